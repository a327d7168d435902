/**
 * Pure parser for `Get-AppxPackage | Select-Object ... | ConvertTo-Json` (see APPX_SCRIPT). New Teams
 * (MSTeams_8wekyb3d8bbwe), new Outlook (Microsoft.OutlookForWindows_8wekyb3d8bbwe) and the Microsoft 365
 * app (Microsoft.MicrosoftOfficeHub_8wekyb3d8bbwe) exist only as packages, with no Uninstall key.
 *
 * Kept: packages a user installed or was given. Dropped: frameworks (VCLibs, WindowsAppRuntime, .NET
 * Native), resource packages (language/scale satellites) and SignatureKind System (inbox OS parts such
 * as StartMenuExperienceHost). Enum values follow Microsoft Learn (Windows.ApplicationModel.PackageSignatureKind:
 * None 0, Developer 1, Enterprise 2, Store 3, System 4; Windows.System.ProcessorArchitecture: X86 0, Arm 5,
 * X64 9, Neutral 11, Arm64 12); Windows PowerShell 5.1 prints them as numbers unless cast to string.
 * Shared with the fleet importer, so the name and result shape are part of its contract.
 */
import type { InventoryItem } from '../../../shared/inventory';

export interface AppxPackage {
  name: string;
  packageFamilyName: string;
  version?: string;
  publisher?: string;
  signatureKind?: string;
  architecture?: string;
  installLocation?: string;
  nonRemovable?: boolean;
}

export interface AppxJsonResult {
  packages: AppxPackage[];
  problems: string[];
}

const SIGNATURE_KINDS = ['None', 'Developer', 'Enterprise', 'Store', 'System'];
const ARCHITECTURES: Record<number, string> = { 0: 'X86', 5: 'Arm', 9: 'X64', 11: 'Neutral', 12: 'Arm64' };

function enumText(value: unknown, names: Record<number, string> | readonly string[]): string | undefined {
  if (typeof value === 'number') return (names as Record<number, string>)[value] ?? String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function truthy(value: unknown): boolean {
  return value === true || value === 'True' || value === 'true' || value === 1;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** `<Name>_<Version>_<Arch>_<ResourceId>_<PublisherId>` → `<Name>_<PublisherId>` (package identity grammar). */
function familyFromFullName(fullName: string | undefined): string | undefined {
  const parts = fullName?.split('_');
  return parts && parts.length === 5 ? `${parts[0]}_${parts[4]}` : undefined;
}

export function parseAppxJson(text: string): AppxJsonResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '' || trimmed === 'null') return { packages: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    return { packages: [], problems: [`The list of Store/MSIX apps is not readable JSON (${(error as Error).message}).`] };
  }
  const records = Array.isArray(data) ? data : [data];
  const result: AppxJsonResult = { packages: [], problems: [] };
  for (const record of records) {
    if (typeof record !== 'object' || record === null) continue;
    const r = record as Record<string, unknown>;
    const name = str(r.Name);
    const family = str(r.PackageFamilyName) ?? familyFromFullName(str(r.PackageFullName));
    if (!name || !family) continue;
    const signatureKind = enumText(r.SignatureKind, SIGNATURE_KINDS);
    if (truthy(r.IsFramework) || truthy(r.IsResourcePackage) || signatureKind === 'System') continue;
    const pkg: AppxPackage = { name, packageFamilyName: family };
    const version = str(r.Version);
    const publisher = str(r.Publisher);
    const architecture = enumText(r.Architecture, ARCHITECTURES);
    const installLocation = str(r.InstallLocation);
    if (version) pkg.version = version;
    if (publisher) pkg.publisher = publisher;
    if (signatureKind) pkg.signatureKind = signatureKind;
    if (architecture) pkg.architecture = architecture;
    if (installLocation) pkg.installLocation = installLocation;
    if (truthy(r.NonRemovable)) pkg.nonRemovable = true;
    result.packages.push(pkg);
  }
  return result;
}

/**
 * Get-AppxPackage has no display name (it lives in the manifest, often as an ms-resource: string), so
 * the packages that matter for a Microsoft 365 inventory get their product names here; the rest keep
 * the package name and are matched by family name.
 */
const KNOWN_PACKAGE_NAMES: Record<string, string> = {
  MSTeams: 'Microsoft Teams',
  'Microsoft.OutlookForWindows': 'Outlook (new)',
  'Microsoft.MicrosoftOfficeHub': 'Microsoft 365 Copilot',
  'Microsoft.Office.OneNote': 'OneNote for Windows 10',
  'Microsoft.Todos': 'Microsoft To Do',
  'Microsoft.SkypeApp': 'Skype',
};

/** The publisher certificate subject "CN=Microsoft Corporation, O=..." → "Microsoft Corporation". */
function publisherName(subject: string | undefined): string | undefined {
  if (!subject) return undefined;
  const field = (name: string): string | undefined =>
    new RegExp(`(?:^|,)\\s*${name}=("[^"]*"|[^,]*)`).exec(subject)?.[1]?.replace(/^"|"$/g, '').trim();
  return field('O') || field('CN') || subject;
}

export function appxItem(pkg: AppxPackage): InventoryItem {
  const evidence: InventoryItem['evidence'] = {};
  if (pkg.signatureKind) evidence.signatureKind = pkg.signatureKind;
  if (pkg.architecture) evidence.architecture = pkg.architecture;
  const item: InventoryItem = {
    id: `appx:${pkg.packageFamilyName}`,
    platform: 'windows',
    source: 'appx',
    name: KNOWN_PACKAGE_NAMES[pkg.name] ?? pkg.name,
    identifiers: { appxFamily: pkg.packageFamilyName },
    scope: 'user',
    linkedTo: [],
    evidence,
  };
  const publisher = publisherName(pkg.publisher);
  if (pkg.version) item.version = pkg.version;
  if (publisher) item.publisher = publisher;
  if (pkg.installLocation) item.installLocation = pkg.installLocation;
  return item;
}
