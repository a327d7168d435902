/**
 * Pure parser for the GTK recent-files list, ~/.local/share/recently-used.xbel (GLib GBookmarkFile:
 * one <bookmark> per file, with the applications that opened it, how often and when). It reduces the
 * file to per-application usage; the document paths themselves are never returned.
 * Format: GLib gbookmarkfile.c; freedesktop "Desktop Bookmark Spec"; research/inventory.md §4.7(a).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { execProgram } from './parse-desktop-entry';

export interface RecentAppUsage {
  /** As the application registered itself: a display name ("LibreOffice") or program name ("org.gnome.Evince"). */
  name: string;
  /** Basename of the program in its `exec` attribute, which joins to a .desktop entry's Exec. */
  program?: string;
  /** Sum of the per-file open counts. */
  count: number;
  /** ISO date-time of the latest open. */
  lastUsed?: string;
  /** Number of distinct files it opened. */
  documentCount: number;
  /** MIME types of those files, most frequent first: evidence of which formats the app is used for. */
  mimeTypes: string[];
}

export class RecentFilesFormatError extends Error {}

type Node = Record<string, unknown>;

function nodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.filter((item): item is Node => typeof item === 'object' && item !== null);
  return typeof value === 'object' && value !== null ? [value as Node] : [];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** Current GLib writes ISO 8601 with microseconds; GLib before 2.12 wrote `timestamp` in Unix seconds. */
function timeOf(application: Node): number | undefined {
  const modified = text(application.modified);
  if (modified) {
    const ms = Date.parse(modified);
    if (!Number.isNaN(ms)) return ms;
  }
  const seconds = text(application.timestamp);
  return seconds && /^\d+$/.test(seconds) ? Number(seconds) * 1000 : undefined;
}

/** GLib stores exec shell-quoted ('soffice %u'); the quotes are not part of the program name. */
function programOf(exec: string | undefined): string | undefined {
  return exec ? execProgram(exec.replace(/'/g, '')) : undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  isArray: (name) => ['bookmark', 'metadata', 'bookmark:application'].includes(name),
});

export function parseRecentlyUsed(xml: string): RecentAppUsage[] {
  if (xml.trim() === '') return [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new RecentFilesFormatError(`not valid XML (line ${valid.err.line}: ${valid.err.msg})`);
  const root = (parser.parse(xml) as Node).xbel;
  if (root === undefined) throw new RecentFilesFormatError('not a recent-files list (no <xbel> element)');

  interface Tally { program?: string; count: number; last?: number; files: number; mime: Map<string, number> }
  const byApp = new Map<string, Tally>();
  for (const bookmark of nodes((root as Node).bookmark)) {
    for (const metadata of nodes((nodes(bookmark.info)[0] ?? {}).metadata)) {
      const mimeType = text(nodes(metadata['mime:mime-type'])[0]?.type);
      for (const application of nodes(nodes(metadata['bookmark:applications'])[0]?.['bookmark:application'])) {
        const name = text(application.name);
        if (!name) continue;
        const tally = byApp.get(name) ?? { count: 0, files: 0, mime: new Map<string, number>() };
        tally.program ??= programOf(text(application.exec));
        const count = Number(application.count);
        tally.count += Number.isInteger(count) && count > 0 ? count : 1;
        tally.files += 1;
        const time = timeOf(application);
        if (time !== undefined && (tally.last === undefined || time > tally.last)) tally.last = time;
        if (mimeType) tally.mime.set(mimeType, (tally.mime.get(mimeType) ?? 0) + 1);
        byApp.set(name, tally);
      }
    }
  }
  return [...byApp].map(([name, tally]) => ({
    name,
    program: tally.program,
    count: tally.count,
    lastUsed: tally.last === undefined ? undefined : new Date(tally.last).toISOString(),
    documentCount: tally.files,
    mimeTypes: [...tally.mime].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([type]) => type),
  }));
}
