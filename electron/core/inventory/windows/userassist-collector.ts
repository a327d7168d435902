/**
 * Program starts recorded by Explorer for the current user (UserAssist). Reader: PowerShell (binary data
 * as base64), fallback reg.exe (binary data as hex). Absent data means "unknown", not "unused": users,
 * cleaners and the "Let Windows track app launches" privacy switch all empty it.
 */
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import { decodeConsoleOutput } from './decode-console-output';
import { parseRegQuery } from './parse-reg-query';
import type { UserAssistEntry } from './parse-userassist';
import { parseUserAssistJson, userAssistFromRegKeys } from './parse-userassist';
import { runPowerShell, USERASSIST_SCRIPT } from './powershell';
import { windowsTool } from './commands';

const USERASSIST_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\UserAssist';

function baseName(path: string): string {
  return path.split('\\').at(-1) ?? path;
}

export function userAssistItem(entry: UserAssistEntry): InventoryItem {
  const item: InventoryItem = {
    id: `userassist:${entry.name.toLowerCase()}`,
    platform: 'windows',
    source: 'userassist',
    name: entry.kind === 'shortcut' ? baseName(entry.name).replace(/\.lnk$/i, '') : entry.kind === 'executable' ? baseName(entry.name) : entry.name,
    identifiers: {},
    scope: 'user',
    useCount: entry.runCount,
    focusSeconds: Math.round(entry.focusMs / 1000),
    linkedTo: [],
    evidence: { userAssistName: entry.name, userAssistKind: entry.kind, focusCount: entry.focusCount },
  };
  if (entry.lastRun) item.lastUsed = entry.lastRun;
  if (entry.kind === 'executable') item.identifiers.exe = baseName(entry.name);
  // Office registers AppUserModelIDs such as Microsoft.Office.WINWORD.EXE.15; packaged apps use
  // <PackageFamilyName>!<AppId> (MSTeams_8wekyb3d8bbwe!MSTeams).
  const officeExe = /^Microsoft\.Office\.([A-Z0-9]+\.EXE)\.\d+$/i.exec(entry.name)?.[1];
  if (entry.kind === 'app-id' && officeExe) item.identifiers.exe = officeExe;
  const family = /^([^\\!]+_[a-z0-9]{13})!/i.exec(entry.name)?.[1];
  if (entry.kind === 'app-id' && family) item.identifiers.appxFamily = family;
  return item;
}

function toItems(entries: readonly UserAssistEntry[]): InventoryItem[] {
  const byId = new Map<string, InventoryItem>();
  for (const entry of entries) {
    const item = userAssistItem(entry);
    if (!byId.has(item.id)) byId.set(item.id, item);
  }
  return [...byId.values()];
}

export const userAssistCollector: Collector = {
  id: 'windows.userassist',
  platforms: ['windows'],
  async collect(context): Promise<CollectorOutput> {
    const ps = await runPowerShell(context, USERASSIST_SCRIPT);
    if (ps.ok) {
      const parsed = parseUserAssistJson(ps.stdout);
      if (parsed.problems.length === 0) return { items: toItems(parsed.entries) };
    }
    const reg = await context.run(windowsTool(context, 'reg'), ['query', USERASSIST_KEY, '/s'], { signal: context.signal, timeoutMs: 30_000 });
    if (reg.ok) return { items: toItems(userAssistFromRegKeys(parseRegQuery(decodeConsoleOutput(reg.stdoutBytes)))) };
    if (reg.failure === 'exit-code') {
      return { items: [], message: 'Windows keeps no program-start history for this user (UserAssist is empty or switched off), so usage counts are unknown.' };
    }
    if (!ps.ok && ps.failure === 'not-found' && reg.failure === 'not-found') {
      return { items: [], status: 'skipped', message: 'PowerShell and reg.exe are not available, so Windows program-start history was not read. This is expected on a computer that is not running Windows.' };
    }
    return { items: [], status: 'failed', message: `The program-start history could not be read: ${reg.message}.` };
  },
};
