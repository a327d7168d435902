import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InventoryItemSchema } from '../../../../../electron/shared/inventory';
import { appxCollector } from '../../../../../electron/core/inventory/windows/appx-collector';
import { windowsCollectors } from '../../../../../electron/core/inventory/windows/index';
import { perUserInstallCollector } from '../../../../../electron/core/inventory/windows/per-user-collector';
import { POWERSHELL_ARGS, UNINSTALL_SCRIPT } from '../../../../../electron/core/inventory/windows/powershell';
import { windowsProcessCollector } from '../../../../../electron/core/inventory/windows/process-collector';
import { uninstallCollector } from '../../../../../electron/core/inventory/windows/uninstall-collector';
import { userAssistCollector } from '../../../../../electron/core/inventory/windows/userassist-collector';
import { fail, fakeContext, fakeRun, ok } from './fake-context';
import { fixtureBytes, fixtureText, WINDOWS_FIXTURES } from './fixtures';

const OTHER_SID = 'S-1-5-21-1004336348-1177238915-682003330-1001';
const OWN_SID = 'S-1-5-21-1004336348-1177238915-682003330-1002';

/** reg.exe answering like a German Windows whose PowerShell is blocked. */
function regExe(args: readonly string[]) {
  const key = args[1] ?? '';
  if (key === 'HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall') return ok(fixtureBytes('reg-query-uninstall-hklm-de.utf16le.txt'));
  if (key === 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall') return ok(fixtureBytes('reg-query-uninstall-hkcu-de.cp850.txt'));
  if (key === 'HKU') return ok(['', 'HKEY_USERS\\.DEFAULT', 'HKEY_USERS\\S-1-5-18', `HKEY_USERS\\${OTHER_SID}`, `HKEY_USERS\\${OTHER_SID}_Classes`, `HKEY_USERS\\${OWN_SID}`, ''].join('\r\n'));
  if (key === `HKU\\${OTHER_SID}\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall`) {
    return ok(`\r\nHKEY_USERS\\${OTHER_SID}\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\Zoom\r\n    DisplayName    REG_SZ    Zoom Workplace (64-bit)\r\n`);
  }
  if (key.endsWith('ClickToRun\\Configuration')) return ok(fixtureBytes('reg-query-click-to-run.txt'));
  return fail('exit-code', "'reg.exe' exited with code 1: FEHLER: Der angegebene Registrierungsschlüssel wurde nicht gefunden.", 1);
}

describe('windows.uninstall-registry', () => {
  it('reads everything through one PowerShell call when PowerShell works', async () => {
    const run = fakeRun({ 'powershell.exe': () => ok(fixtureText('uninstall-powershell.json')) });
    const output = await uninstallCollector.collect(fakeContext({ run }));
    expect(output.status).toBeUndefined();
    expect(output.items).toHaveLength(7);
    expect(run.calls).toEqual([{ command: 'powershell.exe', args: [...POWERSHELL_ARGS, UNINSTALL_SCRIPT] }]);
  });

  it('falls back to reg.exe, decodes UTF-16 and code page 850, and reads other loaded profiles but not its own twice', async () => {
    const run = fakeRun({
      'powershell.exe': () => fail('permission-denied', "not allowed to run 'powershell.exe'"),
      'reg.exe': regExe,
      'whoami.exe': () => ok(`"pc\\jürgen","${OWN_SID}"\r\n`),
    });
    const output = await uninstallCollector.collect(fakeContext({ run }));
    expect(output.status).toBe('ok');
    expect(output.message).toMatch(/read with reg\.exe because PowerShell could not be used \(not allowed to run 'powershell\.exe'\)/);
    const byId = new Map(output.items.map((i) => [i.id, i]));
    expect(byId.get('click-to-run:O365ProPlusRetail')).toMatchObject({ excludedApps: ['groove', 'lync', 'access'], evidence: { languages: 'de-de, en-us', channel: 'Current Channel' } });
    expect(byId.get('uninstall-registry:user:Bürokalender')).toMatchObject({ name: 'Bürokalender für Ämter', publisher: 'Schäfer & Söhne GmbH' });
    expect(byId.get(`uninstall-registry:user:${OTHER_SID}:Zoom`)).toMatchObject({ user: OTHER_SID, scope: 'user' });
    const queried = run.calls.filter((c) => c.command === 'reg.exe').map((c) => c.args[1]);
    expect(queried.some((k) => k?.includes(OWN_SID))).toBe(false);
    expect(queried.some((k) => k?.includes('_Classes') || k?.includes('S-1-5-18'))).toBe(false);
    for (const item of output.items) expect(InventoryItemSchema.safeParse(item).success).toBe(true);
  });

  it('falls back to reg.exe when PowerShell prints something that is not JSON', async () => {
    const run = fakeRun({ 'powershell.exe': () => ok('Der Befehl wurde durch eine Richtlinie blockiert.'), 'reg.exe': regExe });
    const output = await uninstallCollector.collect(fakeContext({ run }));
    expect(output.message).toMatch(/PowerShell printed something unreadable/);
    expect(output.items.length).toBeGreaterThan(3);
  });

  it('is skipped with a clear message on a computer without Windows tools', async () => {
    const output = await uninstallCollector.collect(fakeContext());
    expect(output).toEqual({ items: [], status: 'skipped', message: expect.stringMatching(/not running Windows/) });
  });

  it('reports failed, in words, when neither reader works', async () => {
    const run = fakeRun({
      'powershell.exe': () => fail('timeout', "'powershell.exe' did not answer within 120 s and was stopped"),
      'reg.exe': () => fail('permission-denied', "not allowed to run 'reg.exe'"),
    });
    const output = await uninstallCollector.collect(fakeContext({ run }));
    expect(output).toEqual({ items: [], status: 'failed', message: "Installed programs could not be read: 'powershell.exe' did not answer within 120 s and was stopped; reg.exe also failed (not allowed to run 'reg.exe')." });
  });
});

describe('windows.appx', () => {
  it('lists packages from PowerShell', async () => {
    const output = await appxCollector.collect(fakeContext({ run: fakeRun({ 'powershell.exe': () => ok(fixtureText('appx-powershell.json')) }) }));
    expect(output.items.map((i) => i.name)).toEqual(['Microsoft Teams', 'Outlook (new)', 'Microsoft 365 Copilot', '5319275A.WhatsAppDesktop']);
  });

  it('is skipped without PowerShell and failed when PowerShell fails or prints garbage', async () => {
    expect((await appxCollector.collect(fakeContext())).status).toBe('skipped');
    const timeout = await appxCollector.collect(fakeContext({ run: fakeRun({ 'powershell.exe': () => fail('timeout', 'too slow') }) }));
    expect(timeout).toEqual({ items: [], status: 'failed', message: 'Store and MSIX apps (such as the new Teams and new Outlook) could not be listed: too slow.' });
    const garbage = await appxCollector.collect(fakeContext({ run: fakeRun({ 'powershell.exe': () => ok('<html>') }) }));
    expect(garbage.status).toBe('failed');
  });
});

describe('windows.userassist', () => {
  it('turns program starts into usage items with identifiers', async () => {
    const output = await userAssistCollector.collect(fakeContext({ run: fakeRun({ 'powershell.exe': () => ok(fixtureText('userassist-powershell.json')) }) }));
    const byName = new Map(output.items.map((i) => [i.name, i]));
    expect(byName.get('Microsoft.Office.WINWORD.EXE.15')).toMatchObject({ identifiers: { exe: 'WINWORD.EXE' }, useCount: 212, focusSeconds: 183600, lastUsed: '2025-11-24T13:37:21.000Z' });
    expect(byName.get('MSTeams_8wekyb3d8bbwe!MSTeams')?.identifiers).toEqual({ appxFamily: 'MSTeams_8wekyb3d8bbwe' });
    expect(byName.get('soffice.exe')?.identifiers).toEqual({ exe: 'soffice.exe' });
    expect(byName.get('Excel')).toMatchObject({ evidence: { userAssistKind: 'shortcut' }, useCount: 31 });
    expect(byName.get('notepad.exe')?.lastUsed).toBeUndefined();
    for (const item of output.items) expect(InventoryItemSchema.safeParse(item).success).toBe(true);
  });

  it('uses reg.exe when PowerShell is missing, and explains an empty history', async () => {
    const viaReg = await userAssistCollector.collect(fakeContext({ run: fakeRun({ 'reg.exe': () => ok(fixtureBytes('userassist-reg-query.txt')) }) }));
    expect(viaReg.items).toHaveLength(7);
    const empty = await userAssistCollector.collect(fakeContext({ run: fakeRun({ 'reg.exe': () => fail('exit-code', 'missing', 1) }) }));
    expect(empty).toEqual({ items: [], message: expect.stringMatching(/keeps no program-start history/) });
    expect((await userAssistCollector.collect(fakeContext())).status).toBe('skipped');
    const denied = await userAssistCollector.collect(fakeContext({ run: fakeRun({ 'reg.exe': () => fail('permission-denied', "not allowed to run 'reg.exe'") }) }));
    expect(denied).toEqual({ items: [], status: 'failed', message: "The program-start history could not be read: not allowed to run 'reg.exe'." });
  });
});

describe('windows.processes', () => {
  it('lists running programs of user sessions', async () => {
    const output = await windowsProcessCollector.collect(fakeContext({ run: fakeRun({ 'tasklist.exe': () => ok(fixtureBytes('tasklist-de.cp850.csv')) }) }));
    expect(output.items.map((i) => i.id)).toEqual(['process:explorer.exe', 'process:outlook.exe', 'process:ms-teams.exe', 'process:excel.exe', 'process:übersetzer.exe', 'process:slack.exe']);
    expect(output.items[1]).toMatchObject({ running: true, identifiers: { exe: 'OUTLOOK.EXE' } });
  });

  it('is skipped without tasklist and failed when it fails', async () => {
    expect((await windowsProcessCollector.collect(fakeContext())).status).toBe('skipped');
    expect((await windowsProcessCollector.collect(fakeContext({ run: fakeRun({ 'tasklist.exe': () => fail('error', 'boom') }) }))).status).toBe('failed');
  });
});

describe('windows.per-user-installs', () => {
  const profile = join(WINDOWS_FIXTURES, 'profile');

  it('finds per-user apps through LOCALAPPDATA and APPDATA', async () => {
    const env = { LOCALAPPDATA: join(profile, 'AppData', 'Local'), APPDATA: join(profile, 'AppData', 'Roaming') };
    const output = await perUserInstallCollector.collect(fakeContext({ env }));
    expect(output.items.map((i) => [i.name, i.version ?? null])).toEqual([
      ['Slack', '4.43.43'], ['Microsoft Teams (classic)', null], ['Microsoft OneDrive', '25.199.1012.0001'], ['Zoom Workplace', null],
    ]);
    for (const item of output.items) expect(InventoryItemSchema.safeParse(item).success).toBe(true);
  });

  it('falls back to the profile layout under the home folder', async () => {
    const output = await perUserInstallCollector.collect(fakeContext({ homeDir: profile }));
    expect(output.items).toHaveLength(4);
  });

  it('finds nothing, quietly, when the folders do not exist', async () => {
    expect(await perUserInstallCollector.collect(fakeContext())).toEqual({ items: [] });
  });
});

describe('windowsCollectors', () => {
  it('has unique ids and runs only on Windows', () => {
    const ids = windowsCollectors.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(windowsCollectors.every((c) => c.platforms.length === 1 && c.platforms[0] === 'windows')).toBe(true);
  });
});
