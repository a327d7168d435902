/**
 * Pure parser for GNOME Shell's ~/.local/share/gnome-shell/application_state: per desktop ID a focus
 * score (+1 for every 7 s of window focus, all halved when one passes a cap) and the last time it was
 * seen (Unix seconds). Format and constants: GNOME/gnome-shell src/shell-app-usage.c
 * (FOCUS_TIME_MIN_SECONDS, SCORE_MAX); research/inventory.md §4.7(b).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface GnomeAppUsage {
  desktopId: string;
  score: number;
  /** ISO date-time. */
  lastSeen?: string;
}

/** Seconds of focus one score point stands for (FOCUS_TIME_MIN_SECONDS in shell-app-usage.c). */
export const GNOME_SECONDS_PER_SCORE_POINT = 7;

export class GnomeAppStateFormatError extends Error {}

type Node = Record<string, unknown>;

function nodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.filter((item): item is Node => typeof item === 'object' && item !== null);
  return typeof value === 'object' && value !== null ? [value as Node] : [];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  isArray: (name) => name === 'context' || name === 'application',
});

export function parseGnomeAppState(xml: string): GnomeAppUsage[] {
  if (xml.trim() === '') return [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new GnomeAppStateFormatError(`not valid XML (line ${valid.err.line}: ${valid.err.msg})`);
  const root = (parser.parse(xml) as Node)['application-state'];
  if (root === undefined) throw new GnomeAppStateFormatError('no <application-state> element');
  // The same app can appear in several contexts (workspaces of old GNOME versions): scores add up.
  const byId = new Map<string, { score: number; lastSeen?: number }>();
  for (const context of nodes((root as Node).context)) {
    for (const application of nodes(context.application)) {
      const desktopId = typeof application.id === 'string' ? application.id : '';
      const score = Number(application.score);
      if (!desktopId || !Number.isFinite(score) || score < 0) continue;
      const seen = Number(application['last-seen']);
      const entry = byId.get(desktopId) ?? { score: 0 };
      entry.score += score;
      if (Number.isInteger(seen) && seen > 0 && (entry.lastSeen === undefined || seen > entry.lastSeen)) entry.lastSeen = seen;
      byId.set(desktopId, entry);
    }
  }
  return [...byId].map(([desktopId, { score, lastSeen }]) => ({
    desktopId,
    score,
    lastSeen: lastSeen === undefined ? undefined : new Date(lastSeen * 1000).toISOString(),
  }));
}
