/**
 * Pure parser for `tasklist /fo csv /nh`: one quoted CSV row per process,
 * "Image Name","PID","Session Name","Session#","Mem Usage" (Microsoft Learn, "tasklist"). Session names
 * and the memory column are localised ("Konsole", "1.236 K"), so only the image name and the session
 * number are used. Session 0 holds services, not programs a person started.
 */
import { parse } from 'csv-parse/sync';

export interface TasklistProcess {
  image: string;
  pid: number;
  session: number;
}

export function parseTasklistCsv(text: string): { processes: TasklistProcess[]; problems: string[] } {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    return { processes: [], problems: [`The list of running programs is not readable (${(error as Error).message}).`] };
  }
  const processes: TasklistProcess[] = [];
  for (const row of rows) {
    const [image, pid, , session] = row;
    if (!image || !/^\d+$/.test(pid ?? '') || !/^\d+$/.test(session ?? '')) continue;
    processes.push({ image, pid: Number(pid), session: Number(session) });
  }
  return { processes, problems: [] };
}

/** One entry per executable name, services (session 0) left out. */
export function userProgramImages(processes: readonly TasklistProcess[]): string[] {
  const seen = new Map<string, string>();
  for (const p of processes) if (p.session !== 0 && !seen.has(p.image.toLowerCase())) seen.set(p.image.toLowerCase(), p.image);
  return [...seen.values()];
}
