/**
 * Windows registry parser throughput on a generated 5,000-entry Uninstall dump, in both reader formats:
 * `reg query ... /s` text (decode + parseRegQuery + entry extraction) and the PowerShell JSON
 * (parseUninstallJson). Baselines measured in the same run on the same text: a bare line split for
 * reg.exe, a bare JSON.parse for PowerShell. The ratio says what the parsing itself costs on top.
 */
import { performance } from 'node:perf_hooks';
import { decodeConsoleOutput } from '../../electron/core/inventory/windows/decode-console-output';
import { parseRegQuery } from '../../electron/core/inventory/windows/parse-reg-query';
import { parseUninstallJson } from '../../electron/core/inventory/windows/parse-uninstall-json';
import { uninstallEntriesFromRegKeys } from '../../electron/core/inventory/windows/uninstall-entry';

const ENTRIES = 5_000;
const REPEATS = 15;
const ROOT = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';

/** A realistic mix: MSI products with their full value set, plain installers, and empty stock keys. */
function generate(): { regText: Buffer; json: string } {
  const lines: string[] = [''];
  const records: Record<string, unknown>[] = [];
  for (let i = 0; i < ENTRIES; i += 1) {
    const guid = `{${i.toString(16).padStart(8, '0').toUpperCase()}-1A2B-4C3D-8E9F-0123456789AB}`;
    const name = `Produkt ${i} für Büro (x64)`;
    const version = `${i % 30}.${i % 7}.${i}`;
    const key = i % 10 === 0 ? `Stock${i}` : guid;
    lines.push(`${ROOT}\\${key}`);
    const record: Record<string, unknown> = { path: `${ROOT}\\${key}` };
    if (i % 10 !== 0) {
      const values: [string, string, string][] = [
        ['AuthorizedCDFPrefix', 'REG_SZ', ''], ['Comments', 'REG_SZ', ''], ['DisplayVersion', 'REG_SZ', version],
        ['InstallDate', 'REG_SZ', `2025${String((i % 12) + 1).padStart(2, '0')}15`], ['InstallLocation', 'REG_SZ', `C:\\Program Files\\Produkt ${i}\\`],
        ['ModifyPath', 'REG_EXPAND_SZ', `MsiExec.exe /I${guid}`], ['NoModify', 'REG_DWORD', '0x1'], ['Publisher', 'REG_SZ', 'Beispiel GmbH'],
        ['EstimatedSize', 'REG_DWORD', `0x${(i * 37).toString(16)}`], ['UninstallString', 'REG_EXPAND_SZ', `MsiExec.exe /I${guid}`],
        ['WindowsInstaller', 'REG_DWORD', '0x1'], ['Language', 'REG_DWORD', '0x407'], ['DisplayName', 'REG_SZ', name],
      ];
      if (i % 5 === 0) values.push(['SystemComponent', 'REG_DWORD', '0x1']);
      for (const [valueName, type, data] of values) lines.push(`    ${valueName}    ${type}    ${data}`);
      Object.assign(record, {
        DisplayName: name, DisplayVersion: version, Publisher: 'Beispiel GmbH', InstallDate: `2025${String((i % 12) + 1).padStart(2, '0')}15`,
        InstallLocation: `C:\\Program Files\\Produkt ${i}\\`, InstallSource: null, UninstallString: `MsiExec.exe /I${guid}`,
        QuietUninstallString: null, DisplayIcon: null, EstimatedSize: i * 37, SystemComponent: i % 5 === 0 ? 1 : null,
        ParentKeyName: null, ReleaseType: null, WindowsInstaller: 1, BundleProviderKey: null,
      });
    }
    lines.push('');
    records.push(record);
  }
  const text = lines.join('\r\n');
  return {
    regText: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    json: JSON.stringify({ entries: records, clickToRun: null }),
  };
}

function best(action: () => number): { ms: number; count: number } {
  let ms = Number.POSITIVE_INFINITY;
  let count = 0;
  for (let i = 0; i < REPEATS; i += 1) {
    const start = performance.now();
    count = action();
    ms = Math.min(ms, performance.now() - start);
  }
  return { ms, count };
}

function report(label: string, bytes: number, parser: { ms: number; count: number }, baseline: { ms: number }): void {
  const entriesPerSecond = Math.round(parser.count / (parser.ms / 1000));
  const mbPerSecond = bytes / 1024 / 1024 / (parser.ms / 1000);
  console.log(
    `${label}: ${parser.count} entries from ${(bytes / 1024 / 1024).toFixed(2)} MB in ${parser.ms.toFixed(1)} ms ` +
    `= ${entriesPerSecond.toLocaleString('en')} entries/s, ${mbPerSecond.toFixed(1)} MB/s; ` +
    `baseline ${baseline.ms.toFixed(1)} ms, ratio ${(parser.ms / baseline.ms).toFixed(1)}x`,
  );
}

export async function run(): Promise<void> {
  const { regText, json } = generate();

  const regParser = best(() => uninstallEntriesFromRegKeys(parseRegQuery(decodeConsoleOutput(regText))).length);
  const regBaseline = best(() => regText.subarray(2).toString('utf16le').split('\r\n').length);
  report('reg.exe text (UTF-16LE, decode + parseRegQuery + entries)', regText.length, regParser, regBaseline);

  const jsonParser = best(() => parseUninstallJson(json).entries.length);
  const jsonBaseline = best(() => (JSON.parse(json) as { entries: unknown[] }).entries.length);
  report('PowerShell JSON (parseUninstallJson)', Buffer.byteLength(json), jsonParser, jsonBaseline);
}
