/**
 * Pure parsers for Flatpak applications: `flatpak list --app --columns=FLATPAK_COLUMNS` (tab-separated
 * and without a header when stdout is not a terminal; a header is skipped if present anyway), and the
 * `current` symlink of an installation's app folder ("x86_64/stable") for when the command is missing.
 * Sources: flatpak-list(1); GLPI Agent Generic/Softwares/Flatpak.pm (research/inventory.md §4.3).
 */

export interface FlatpakApp {
  appId: string;
  name: string;
  version?: string;
  branch?: string;
  arch?: string;
  origin?: string;
  /** 'system', 'user', or the name of an extra system installation. */
  installation: string;
}

export const FLATPAK_COLUMNS = 'application,name,version,branch,origin,installation';

/** Reverse-DNS application ids (org.libreoffice.LibreOffice); anything else is a header or noise. */
const APP_ID = /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)+$/;

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function parseFlatpakList(text: string): FlatpakApp[] {
  const apps: FlatpakApp[] = [];
  for (const line of text.split('\n')) {
    const [appId, name, version, branch, origin, installation] = line.replace(/\r$/, '').split('\t').map((field) => field.trim());
    if (!appId || !APP_ID.test(appId)) continue;
    apps.push({
      appId,
      name: present(name) ?? appId,
      // An empty version is common (Zoom); GLPI substitutes the branch, but "stable" is not a version.
      version: present(version),
      branch: present(branch),
      origin: present(origin),
      installation: present(installation) ?? 'system',
    });
  }
  return apps;
}

/** `<installation>/app/<id>/current` points at "<arch>/<branch>" of the active deployment. */
export function parseFlatpakCurrentLink(appId: string, link: string, installation: string): FlatpakApp | undefined {
  if (!APP_ID.test(appId)) return undefined;
  const [arch, branch] = link.replace(/\/+$/, '').split('/').slice(-2);
  return { appId, name: appId, arch: present(arch), branch: present(branch), installation };
}
