/**
 * The files and folders the user has handed to Switchyard: those a file dialog returned, and those dropped on
 * the window once the user confirmed the drop in a native dialog. Handlers that take a path from the renderer
 * read it only if it is granted here, so even a compromised renderer cannot make the app read, say, an SSH
 * key: it would need the user to pick or confirm that file.
 */
import path from 'node:path';

export class PathGrants {
  private readonly granted = new Set<string>();

  grant(paths: Iterable<string>): void {
    for (const p of paths) this.granted.add(path.resolve(p));
  }

  /** A granted file, or anything inside a granted folder. */
  allows(candidate: string): boolean {
    const resolved = path.resolve(candidate);
    for (const granted of this.granted) {
      if (resolved === granted || resolved.startsWith(granted + path.sep)) return true;
    }
    return false;
  }
}
