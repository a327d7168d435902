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

/**
 * Packages whose list probably names a menu entry, guessed from its desktop id: vim.desktop is in vim or
 * vim-common, org.kde.dolphin.desktop in dolphin, org.gnome.Calculator.desktop in gnome-calculator. A guess
 * only decides which lists are read first: the owner is whichever list actually names the file.
 */
export function likelyOwners(desktopId: string, packages: Iterable<string>): string[] {
  const stem = desktopId.replace(/\.desktop$/, '').toLowerCase();
  const keys = new Set([stem]);
  const lastPart = stem.slice(stem.lastIndexOf('.') + 1);
  // A version is not a name: python3.11.desktop is not guessed to be in gcc-11.
  if (/^[a-z][a-z0-9+-]+$/.test(lastPart)) keys.add(lastPart);
  const owners: string[] = [];
  for (const pkg of packages) {
    for (const key of keys) {
      if (pkg === key || pkg.startsWith(`${key}-`) || pkg.endsWith(`-${key}`)) {
        owners.push(pkg);
        break;
      }
    }
  }
  return owners;
}
