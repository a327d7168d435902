/**
 * Extracts catalogue-grade identifiers hidden in fleet fields. The Office Click-to-Run ProductReleaseId
 * (O365ProPlusRetail, VisioProRetail ...) names the product exactly and turns up in the Uninstall subkey
 * name (GLPI guid, SCCM ProdID0) and in the uninstall string (osquery programs): research/fleet.md §0.5.
 */
const C2R_FROM_KEY = /^([A-Za-z0-9]+(?:Retail|Volume))(?: - [a-z]{2}-[a-z]{2,4})?$/;
const C2R_FROM_UNINSTALL = /productstoremove=([A-Za-z0-9]+(?:Retail|Volume))\./;

export function c2rReleaseId(uninstallKey: string | undefined, uninstallString?: string): string | undefined {
  const fromKey = uninstallKey ? C2R_FROM_KEY.exec(uninstallKey.trim())?.[1] : undefined;
  if (fromKey) return fromKey;
  return uninstallString ? C2R_FROM_UNINSTALL.exec(uninstallString)?.[1] : undefined;
}

/** MSIX family name from a full package name: Name_Version_Arch_ResourceId_PublisherId -> Name_PublisherId. */
export function appxFamilyFromFullName(fullName: string | undefined): string | undefined {
  const parts = fullName?.split('_');
  if (!parts || parts.length !== 5 || !parts[0] || !parts[4]) return undefined;
  return `${parts[0]}_${parts[4]}`;
}
