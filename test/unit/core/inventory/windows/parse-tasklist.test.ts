import { describe, expect, it } from 'vitest';
import { decodeConsoleOutput } from '../../../../../electron/core/inventory/windows/decode-console-output';
import { parseTasklistCsv, userProgramImages } from '../../../../../electron/core/inventory/windows/parse-tasklist';
import { fixtureBytes } from './fixtures';

describe('tasklist', () => {
  const { processes, problems } = parseTasklistCsv(decodeConsoleOutput(fixtureBytes('tasklist-de.cp850.csv')));

  it('reads image, PID and session number whatever the locale prints around them', () => {
    expect(problems).toEqual([]);
    expect(processes).toHaveLength(10);
    expect(processes[8]).toEqual({ image: 'Übersetzer.exe', pid: 14002, session: 1 });
  });

  it('lists each program once and leaves out services (session 0)', () => {
    expect(userProgramImages(processes)).toEqual(['explorer.exe', 'OUTLOOK.EXE', 'ms-teams.exe', 'EXCEL.EXE', 'Übersetzer.exe', 'slack.exe']);
  });

  it('skips lines that are not process rows and reports unreadable CSV', () => {
    expect(parseTasklistCsv('INFORMATION: No tasks are running which match the specified criteria.\r\n').processes).toEqual([]);
    expect(parseTasklistCsv('"a","1","Console","1","1 K"\n"unterminated').problems[0]).toMatch(/^The list of running programs is not readable/);
  });
});
