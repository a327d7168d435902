/**
 * Microsoft 365 Apps / Office Click-to-Run. The installer writes one Uninstall entry per product per
 * language ("Microsoft 365 Apps for enterprise - de-de", "... - en-us"), and the facts that matter for a
 * migration (which suite, which apps were excluded, channel, bitness) live in
 * HKLM\SOFTWARE\Microsoft\Office\ClickToRun\Configuration:
 *   ProductReleaseIds            comma list of installed products (O365ProPlusRetail,VisioProRetail)
 *   VersionToReport, Platform    build and bitness (x86/x64/arm64)
 *   UpdateChannel / CDNBaseUrl   http://officecdn.microsoft.com/pr/<channel GUID>
 *   <ReleaseId>.ExcludedApps     apps the admin left out (groove,lync,teams ...)
 *   <ReleaseId>.MediaType        CDN / Local ...
 * Value names per Microsoft Learn ("Configuration options for the Office Deployment Tool", "Change the
 * Microsoft 365 Apps update channel") and deployment scripts seen in public code.
 */
import type { RegKey } from './parse-reg-query';
import { regValuesByName } from './parse-reg-query';
import type { UninstallEntry } from './uninstall-entry';

export interface ClickToRunConfiguration {
  releaseIds: string[];
  version?: string;
  platform?: string;
  channel?: string;
  culture?: string;
  installationPath?: string;
  /** Per ReleaseId: excluded apps (lower case) and media type. */
  products: Record<string, { excludedApps: string[]; mediaType?: string }>;
}

/**
 * Channel GUIDs as they appear at the end of CDNBaseUrl/UpdateChannel. Microsoft names the channels in
 * "Overview of update channels for Microsoft 365 Apps"; the GUID ↔ name pairs are the ones used by the
 * Office Deployment Tool and repeated in many public admin scripts.
 */
const CHANNELS: Record<string, string> = {
  '492350f6-3a01-4f97-b9c0-c7c6ddf67d60': 'Current Channel',
  '64256afe-f5d9-4f86-8936-8840a6a4f5be': 'Current Channel (Preview)',
  '55336b82-a18d-4dd6-b5f6-9e5095c314a6': 'Monthly Enterprise Channel',
  '7ffbc6bf-bc32-4f92-8982-f9dd17fd3114': 'Semi-Annual Enterprise Channel',
  'b8f9b850-328d-4355-9145-c59439a0c4cf': 'Semi-Annual Enterprise Channel (Preview)',
  '5440fd1f-7ecb-4221-8110-145efaa6372f': 'Beta Channel',
};

/**
 * Product names for ReleaseIds that have no Uninstall entry to name them (a product listed only in
 * ProductReleaseIds). Names per Microsoft Learn, "Product IDs that are supported by the Office Deployment Tool".
 */
const RELEASE_ID_NAMES: Record<string, string> = {
  O365ProPlusRetail: 'Microsoft 365 Apps for enterprise',
  O365ProPlusEEANoTeamsRetail: 'Microsoft 365 Apps for enterprise',
  O365BusinessRetail: 'Microsoft 365 Apps for business',
  O365BusinessEEANoTeamsRetail: 'Microsoft 365 Apps for business',
  O365HomePremRetail: 'Microsoft 365 Family / Personal',
  VisioProRetail: 'Visio Plan 2',
  ProjectProRetail: 'Project Online Desktop Client',
  ProPlus2019Volume: 'Office Professional Plus 2019',
  ProPlus2021Volume: 'Office LTSC Professional Plus 2021',
  ProPlus2024Volume: 'Office LTSC Professional Plus 2024',
};

export function channelName(urlOrGuid: string | undefined): string | undefined {
  if (!urlOrGuid) return undefined;
  const guid = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i.exec(urlOrGuid.trim())?.[1];
  if (!guid) return undefined;
  return CHANNELS[guid.toLowerCase()] ?? `Unknown channel (${guid.toLowerCase()})`;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function list(value: unknown): string[] {
  return (str(value) ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');
}

/** From a value-name → data record (PowerShell JSON, or reg.exe via clickToRunFromRegKeys). */
export function parseClickToRunValues(values: Record<string, unknown>): ClickToRunConfiguration {
  const releaseIds = list(values.ProductReleaseIds);
  const products: ClickToRunConfiguration['products'] = {};
  for (const id of releaseIds) {
    const mediaType = str(values[`${id}.MediaType`]);
    products[id] = {
      excludedApps: list(values[`${id}.ExcludedApps`]).map((app) => app.toLowerCase()),
      ...(mediaType ? { mediaType } : {}),
    };
  }
  const config: ClickToRunConfiguration = { releaseIds, products };
  const version = str(values.VersionToReport) ?? str(values.ClientVersionToReport);
  const platform = str(values.Platform);
  // UpdateChannel is the channel that updates actually come from once set (by policy or ODT);
  // CDNBaseUrl is where the installation came from.
  const channel = channelName(str(values.UpdateChannel)) ?? channelName(str(values.CDNBaseUrl));
  const culture = str(values.ClientCulture);
  const installationPath = str(values.InstallationPath);
  if (version) config.version = version;
  if (platform) config.platform = platform;
  if (channel) config.channel = channel;
  if (culture) config.culture = culture;
  if (installationPath) config.installationPath = installationPath;
  return config;
}

/** The Configuration key in `reg query ...\ClickToRun\Configuration` output, if it was printed. */
export function clickToRunFromRegKeys(keys: readonly RegKey[]): ClickToRunConfiguration | undefined {
  const key = keys.find((k) => /\\Office\\ClickToRun\\Configuration$/i.test(k.path));
  return key ? parseClickToRunValues(regValuesByName(key)) : undefined;
}

export interface ClickToRunProduct {
  releaseId: string;
  name: string;
  version?: string;
  publisher?: string;
  /** Cultures of the per-language Uninstall entries, sorted (de-de, en-us). */
  languages: string[];
  installLocation?: string;
  excludedApps: string[];
  channel?: string;
  platform?: string;
  mediaType?: string;
  /** Uninstall subkeys merged into this product. */
  uninstallKeys: string[];
}

/**
 * ReleaseId and culture of a Click-to-Run Uninstall entry, read from its UninstallString
 * (`OfficeClickToRun.exe ... productstoremove=O365ProPlusRetail.16_en-us_x-none culture=en-us`), or from
 * the subkey name `<ReleaseId> - <culture>` when the string is missing.
 */
export function clickToRunIdentity(entry: UninstallEntry): { releaseId: string; culture?: string } | undefined {
  const uninstall = entry.uninstallString ?? '';
  if (/OfficeClickToRun\.exe/i.test(uninstall)) {
    const product = /productstoremove=([A-Za-z0-9]+)\.\d+_([a-z]{2,3}-[a-z0-9-]+?)_/i.exec(uninstall);
    const culture = /\bculture=([a-z]{2,3}-[a-z0-9-]+)/i.exec(uninstall)?.[1] ?? product?.[2];
    if (product?.[1]) return { releaseId: product[1], ...(culture ? { culture: culture.toLowerCase() } : {}) };
  }
  const byKey = /^([A-Za-z0-9]+(?:Retail|Volume)) - ([a-z]{2,3}-[a-z0-9-]+)$/i.exec(entry.key);
  if (byKey?.[1]) return { releaseId: byKey[1], culture: (byKey[2] ?? '').toLowerCase() };
  return undefined;
}

function withoutCulture(displayName: string | undefined, culture: string | undefined): string | undefined {
  if (!displayName) return undefined;
  return culture ? displayName.replace(new RegExp(` - ${culture}$`, 'i'), '').trim() : displayName;
}

/**
 * Folds the per-language Uninstall entries into one product per ReleaseId, enriched with the
 * Configuration values, and adds products the Configuration lists that have no Uninstall entry.
 * Entries that are not Click-to-Run come back untouched in `others`.
 */
export function mergeClickToRun(
  entries: readonly UninstallEntry[],
  config: ClickToRunConfiguration | undefined,
): { products: ClickToRunProduct[]; others: UninstallEntry[] } {
  const products = new Map<string, ClickToRunProduct>();
  const others: UninstallEntry[] = [];
  const product = (releaseId: string): ClickToRunProduct => {
    let found = products.get(releaseId);
    if (!found) {
      found = { releaseId, name: RELEASE_ID_NAMES[releaseId] ?? releaseId, languages: [], excludedApps: [], uninstallKeys: [] };
      products.set(releaseId, found);
    }
    return found;
  };
  for (const entry of entries) {
    const identity = entry.scope === 'user' ? undefined : clickToRunIdentity(entry);
    if (!identity) {
      others.push(entry);
      continue;
    }
    const target = product(identity.releaseId);
    const name = withoutCulture(entry.displayName, identity.culture);
    if (name && target.uninstallKeys.length === 0) target.name = name;
    target.uninstallKeys.push(entry.key);
    if (identity.culture && !target.languages.includes(identity.culture)) target.languages.push(identity.culture);
    target.version ??= entry.displayVersion;
    target.publisher ??= entry.publisher;
    target.installLocation ??= entry.installLocation;
  }
  for (const releaseId of config?.releaseIds ?? []) {
    const target = product(releaseId);
    const settings = config?.products[releaseId];
    target.excludedApps = settings?.excludedApps ?? [];
    if (settings?.mediaType) target.mediaType = settings.mediaType;
    if (config?.version) target.version = config.version;
    if (config?.platform) target.platform = config.platform;
    if (config?.channel) target.channel = config.channel;
    target.installLocation ??= config?.installationPath;
    target.publisher ??= 'Microsoft Corporation';
  }
  for (const found of products.values()) {
    found.languages.sort();
    for (const field of ['version', 'publisher', 'installLocation'] as const) if (found[field] === undefined) delete found[field];
  }
  return { products: [...products.values()].sort((a, b) => a.releaseId.localeCompare(b.releaseId)), others };
}
