/**
 * Installed programs from the Uninstall keys (+ Click-to-Run). Reader: the PowerShell script; when
 * PowerShell is missing, blocked or prints something unreadable, reg.exe queries the same keys.
 */
import type { Collector, CollectorContext, CollectorOutput } from '../collector';
import type { RunResult } from '../run-command';
import type { ClickToRunConfiguration } from './click-to-run';
import { clickToRunFromRegKeys } from './click-to-run';
import { decodeConsoleOutput } from './decode-console-output';
import { parseRegQuery } from './parse-reg-query';
import { parseUninstallJson } from './parse-uninstall-json';
import { runPowerShell, UNINSTALL_SCRIPT } from './powershell';
import type { UninstallEntry } from './uninstall-entry';
import { uninstallEntriesFromRegKeys } from './uninstall-entry';
import { uninstallItems } from './uninstall-items';
import { windowsTool } from './commands';

const UNINSTALL = 'Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const CLICK_TO_RUN = 'HKLM\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration';

interface RegRead { text: string; failure?: RunResult & { ok: false } }

/** A key that does not exist makes reg.exe exit with code 1: that is an empty key, not a failure. */
async function regQuery(context: CollectorContext, args: string[]): Promise<RegRead> {
  const result = await context.run(windowsTool(context, 'reg'), ['query', ...args], { signal: context.signal, timeoutMs: 60_000 });
  if (result.ok) return { text: decodeConsoleOutput(result.stdoutBytes) };
  if (result.failure === 'exit-code') return { text: '' };
  return { text: '', failure: result };
}

/** SID of the user running the scan, so that HKEY_USERS\<own SID> is not read twice (it is HKCU). */
async function ownSid(context: CollectorContext): Promise<string | undefined> {
  const result = await context.run(windowsTool(context, 'whoami'), ['/user', '/fo', 'csv', '/nh'], { signal: context.signal, timeoutMs: 15_000 });
  return result.ok ? /"(S-1-5-[0-9-]+)"/.exec(result.stdout)?.[1] : undefined;
}

async function readWithRegExe(context: CollectorContext): Promise<{ entries: UninstallEntry[]; clickToRun?: ClickToRunConfiguration; failure?: RunResult & { ok: false } }> {
  const roots: string[][] = [
    [`HKLM\\${UNINSTALL}`, '/s', '/reg:64'],
    [`HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall`, '/s', '/reg:64'],
    [`HKCU\\${UNINSTALL}`, '/s'],
  ];
  const first = await regQuery(context, roots[0] ?? []);
  if (first.failure) return { entries: [], failure: first.failure };
  const texts = [first.text];
  for (const args of roots.slice(1)) texts.push((await regQuery(context, args)).text);
  const hives = parseRegQuery((await regQuery(context, ['HKU'])).text);
  const me = await ownSid(context);
  for (const hive of hives) {
    const sid = hive.path.split('\\')[1];
    if (sid && /^S-1-5-21-[0-9-]+$/.test(sid) && sid !== me) texts.push((await regQuery(context, [`HKU\\${sid}\\${UNINSTALL}`, '/s'])).text);
  }
  const entries = texts.flatMap((text) => uninstallEntriesFromRegKeys(parseRegQuery(text)));
  const clickToRun = clickToRunFromRegKeys(parseRegQuery((await regQuery(context, [CLICK_TO_RUN, '/reg:64'])).text));
  return clickToRun ? { entries, clickToRun } : { entries };
}

export const uninstallCollector: Collector = {
  id: 'windows.uninstall-registry',
  platforms: ['windows'],
  async collect(context): Promise<CollectorOutput> {
    const ps = await runPowerShell(context, UNINSTALL_SCRIPT, 120_000);
    if (ps.ok) {
      const parsed = parseUninstallJson(ps.stdout);
      const readable = parsed.entries.length > 0 || parsed.problems.length === 0;
      if (readable) {
        const items = uninstallItems(parsed.entries, parsed.clickToRun);
        return parsed.problems.length > 0
          ? { items, status: 'partial', message: parsed.problems.join(' ') }
          : { items };
      }
    }
    const why = ps.ok ? 'PowerShell printed something unreadable' : ps.message;
    const reg = await readWithRegExe(context);
    if (reg.failure) {
      if (!ps.ok && ps.failure === 'not-found' && reg.failure.failure === 'not-found') {
        return { items: [], status: 'skipped', message: 'PowerShell and reg.exe are not available, so installed Windows programs were not read. This is expected on a computer that is not running Windows.' };
      }
      return { items: [], status: 'failed', message: `Installed programs could not be read: ${why}; reg.exe also failed (${reg.failure.message}).` };
    }
    return {
      items: uninstallItems(reg.entries, reg.clickToRun),
      status: 'ok',
      message: `Installed programs were read with reg.exe because PowerShell could not be used (${why}). Names with accents may look wrong if the console code page is unusual.`,
    };
  },
};
