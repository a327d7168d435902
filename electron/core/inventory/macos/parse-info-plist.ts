/**
 * Pure parser for a bundle's Contents/Info.plist, XML or binary (bplist00). Keys per Apple's
 * "Information Property List" reference: CFBundleIdentifier, CFBundleShortVersionString (the marketing
 * version; CFBundleVersion is the build), CFBundleName, CFBundleDisplayName, CFBundlePackageType (APPL),
 * LSUIElement (agent without a Dock icon), LSApplicationCategoryType.
 */
import type { PlistValue } from 'plist';
import { parse as parsePlist, parseBinary } from 'plist';

export interface InfoPlist {
  bundleId?: string;
  name?: string;
  displayName?: string;
  shortVersion?: string;
  bundleVersion?: string;
  packageType?: string;
  category?: string;
  backgroundAgent: boolean;
}

const BINARY_MAGIC = 'bplist00';

export function isBinaryPlist(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, BINARY_MAGIC.length)).toString('latin1') === BINARY_MAGIC;
}

function str(value: PlistValue | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function infoPlistFromValue(value: PlistValue): InfoPlist | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date || value instanceof Uint8Array) return undefined;
  const dict = value as Record<string, PlistValue>;
  const agent = dict.LSUIElement;
  const info: InfoPlist = { backgroundAgent: agent === true || agent === '1' || agent === 1 };
  const fields: [Exclude<keyof InfoPlist, 'backgroundAgent'>, string][] = [
    ['bundleId', 'CFBundleIdentifier'], ['name', 'CFBundleName'], ['displayName', 'CFBundleDisplayName'],
    ['shortVersion', 'CFBundleShortVersionString'], ['bundleVersion', 'CFBundleVersion'],
    ['packageType', 'CFBundlePackageType'], ['category', 'LSApplicationCategoryType'],
  ];
  for (const [field, key] of fields) {
    const text = str(dict[key]);
    if (text) info[field] = text;
  }
  return info;
}

/** undefined when the bytes are neither a readable XML nor a readable binary property list. */
export function parseInfoPlist(bytes: Uint8Array): InfoPlist | undefined {
  try {
    if (isBinaryPlist(bytes)) return infoPlistFromValue(parseBinary(bytes));
    const text = Buffer.from(bytes).toString('utf8');
    return text.includes('<plist') ? infoPlistFromValue(parsePlist(text)) : undefined;
  } catch {
    return undefined;
  }
}
