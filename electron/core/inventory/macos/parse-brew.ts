/**
 * Pure parser for `brew list --cask --versions`: one line per installed cask, the token then its
 * installed version(s) separated by spaces (Homebrew manpage, "list --versions"), e.g.
 *   firefox 136.0.1
 *   libreoffice 24.8.5
 * A cask with several installed versions lists all of them; the last one is the newest installed.
 */

export interface BrewCask {
  token: string;
  version?: string;
}

export function parseBrewCaskList(text: string): BrewCask[] {
  const casks: BrewCask[] = [];
  for (const line of text.split(/\r?\n/)) {
    const [token, ...versions] = line.trim().split(/\s+/);
    if (!token || !/^[a-z0-9][a-z0-9@._+-]*$/.test(token)) continue;
    const version = versions.at(-1);
    casks.push(version ? { token, version } : { token });
  }
  return casks;
}
