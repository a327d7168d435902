/**
 * Pure helpers for dpkg's per-package file lists, /var/lib/dpkg/info/<package>[:<arch>].list: one
 * absolute path per line. Reading them maps a .desktop file to the package that installed it, the
 * same answer `dpkg-query -S` gives, but it also works on a copied or fixture tree.
 */

/** "libreoffice-writer.list" -> "libreoffice-writer"; "libc6:amd64.list" -> "libc6"; anything else -> undefined. */
export function packageOfListFile(fileName: string): string | undefined {
  if (!fileName.endsWith('.list')) return undefined;
  const stem = fileName.slice(0, -'.list'.length);
  const name = stem.includes(':') ? stem.slice(0, stem.indexOf(':')) : stem;
  return name || undefined;
}

/** The .desktop files under an applications/ folder that a list names. */
export function desktopFilesInList(text: string): string[] {
  const paths: string[] = [];
  for (const line of text.split('\n')) {
    if (line.endsWith('.desktop') && line.includes('/applications/')) paths.push(line);
  }
  return paths;
}
