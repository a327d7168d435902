import { describe, expect, it } from 'vitest';
import { decodeConsoleOutput } from '../../../../../electron/core/inventory/windows/decode-console-output';
import { parseRegQuery } from '../../../../../electron/core/inventory/windows/parse-reg-query';
import {
  decodeUserAssistValue, filetimeToIso, parseUserAssistJson, resolveKnownFolder, rot13, userAssistFromRegKeys,
} from '../../../../../electron/core/inventory/windows/parse-userassist';
import { fixtureBytes, fixtureText } from './fixtures';

const EXPECTED = [
  { name: 'Microsoft.Office.WINWORD.EXE.15', kind: 'app-id', runCount: 212, focusCount: 1450, focusMs: 183_600_000, lastRun: '2025-11-24T13:37:21.000Z' },
  { name: 'Microsoft.Office.OUTLOOK.EXE.15', kind: 'app-id', runCount: 402, focusCount: 2210, focusMs: 298_800_000, lastRun: '2025-11-26T07:45:09.000Z' },
  { name: 'MSTeams_8wekyb3d8bbwe!MSTeams', kind: 'app-id', runCount: 77, focusCount: 2804, focusMs: 205_200_000, lastRun: '2025-11-26T08:02:44.000Z' },
  { name: '%ProgramFiles%\\LibreOffice\\program\\soffice.exe', kind: 'executable', runCount: 15, focusCount: 41, focusMs: 7_260_000, lastRun: '2025-10-30T16:20:00.000Z' },
  { name: '%SystemRoot%\\System32\\notepad.exe', kind: 'executable', runCount: 0, focusCount: 3, focusMs: 20_000 },
  { name: '%ProgramData%\\Microsoft\\Windows\\Start Menu\\Programs\\Excel.lnk', kind: 'shortcut', runCount: 31, focusCount: 120, focusMs: 5_400_000, lastRun: '2025-11-20T10:00:00.000Z' },
  { name: '%AppData%\\Microsoft\\Internet Explorer\\Quick Launch\\User Pinned\\TaskBar\\Firefox.lnk', kind: 'shortcut', runCount: 9, focusCount: 0, focusMs: 0, lastRun: '2025-09-01T18:30:15.000Z' },
];

describe('UserAssist', () => {
  it('decodes the reg.exe hex form: ROT13 names, known folders, counts at 4/8/12, FILETIME at 60', () => {
    const entries = userAssistFromRegKeys(parseRegQuery(decodeConsoleOutput(fixtureBytes('userassist-reg-query.txt'))));
    expect(entries).toEqual(EXPECTED);
  });

  it('decodes the PowerShell base64 form to the same entries', () => {
    expect(parseUserAssistJson(fixtureText('userassist-powershell.json'))).toEqual({ entries: EXPECTED, problems: [] });
  });

  it('rotates letters only, so GUID hex digits A-F rotate too', () => {
    expect(rot13('{6Q809377-6NS0-444O-8957-N3773S02200R}\\7-Mvc\\7mSZ.rkr')).toBe('{6D809377-6AF0-444B-8957-A3773F02200E}\\7-Zip\\7zFM.exe');
    expect(rot13(rot13('UEME_CTLSESSION'))).toBe('UEME_CTLSESSION');
  });

  it('leaves unknown folder GUIDs and plain names as they are', () => {
    expect(resolveKnownFolder('{00000000-0000-0000-0000-000000000000}\\x.exe')).toBe('{00000000-0000-0000-0000-000000000000}\\x.exe');
    expect(resolveKnownFolder('Chrome')).toBe('Chrome');
    expect(resolveKnownFolder('{7c5a40ef-a0fb-4bfc-874a-c0f2e0b9fa8e}\\Zoom\\bin\\Zoom.exe')).toBe('%ProgramFiles(x86)%\\Zoom\\bin\\Zoom.exe');
  });

  it('skips the session value and data that is not the 72-byte layout', () => {
    expect(decodeUserAssistValue(rot13('UEME_CTLSESSION'), new Uint8Array(1612))).toBeUndefined();
    expect(decodeUserAssistValue(rot13('C:\\old.exe'), new Uint8Array(16))).toBeUndefined();
  });

  it('converts FILETIME ticks to UTC and treats 0 as never', () => {
    expect(filetimeToIso(116_444_736_000_000_000n)).toBe('1970-01-01T00:00:00.000Z');
    expect(filetimeToIso(0n)).toBeUndefined();
  });

  it('reports broken JSON in plain words and ignores records of the wrong shape', () => {
    expect(parseUserAssistJson('[').problems[0]).toMatch(/^The program-start history \(UserAssist\) is not readable JSON/);
    expect(parseUserAssistJson('[{"name":1},null,{"name":"x"}]')).toEqual({ entries: [], problems: [] });
    expect(parseUserAssistJson('null')).toEqual({ entries: [], problems: [] });
  });
});
