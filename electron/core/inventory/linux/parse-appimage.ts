/**
 * Pure helpers for AppImages, which have no registry: recognising the file by its magic bytes and
 * reading a name and version out of the file name. Magic per the AppImage specification
 * (github.com/AppImage/AppImageSpec, "Type 1/2 image format"): an ELF file with "AI" and the type
 * byte at offset 8.
 */

export const APPIMAGE_HEADER_BYTES = 16;

export function detectAppImageType(header: Uint8Array): 1 | 2 | undefined {
  if (header.length < 11) return undefined;
  const isElf = header[0] === 0x7f && header[1] === 0x45 && header[2] === 0x4c && header[3] === 0x46;
  if (!isElf || header[8] !== 0x41 || header[9] !== 0x49) return undefined;
  if (header[10] === 1) return 1;
  if (header[10] === 2) return 2;
  return undefined;
}

const EXTENSION = /\.appimage$/i;
const ARCH_SUFFIX = /[-_.](x86[-_]64|amd64|aarch64|arm64|armhf|i[36]86)$/i;
/** The version starts at the first separator followed by an optional "v" and a digit: Obsidian-1.5.3, Nextcloud-3.13.0-x86_64. */
const VERSION_START = /[-_ ]v?(?=\d)/;

export function parseAppImageFileName(fileName: string): { name: string; version?: string } {
  const stem = fileName.replace(EXTENSION, '').replace(ARCH_SUFFIX, '');
  const match = VERSION_START.exec(stem);
  if (!match || match.index === 0) return { name: stem || fileName };
  return { name: stem.slice(0, match.index), version: stem.slice(match.index + match[0].length) };
}
