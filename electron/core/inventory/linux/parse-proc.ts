/**
 * Pure interpretation of what /proc says about one process (proc(5)): `comm` (truncated to 15
 * characters), `cmdline` (NUL-separated, world-readable, empty for kernel threads) and the `exe` link
 * (readable only for one's own processes without privileges). Processes are then summarised per
 * program; arguments are never kept, they can hold file names and tokens.
 */

export interface ProcEntry {
  pid: number;
  comm?: string;
  cmdline?: Buffer;
  exe?: string;
  /** Application id from /proc/<pid>/root/.flatpak-info, for processes inside a Flatpak sandbox. */
  flatpakId?: string;
}

export interface ProcessSummary {
  program: string;
  exePath?: string;
  processCount: number;
  snapName?: string;
  flatpakId?: string;
  appImage: boolean;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The kernel appends " (deleted)" to the exe link of a binary replaced by an upgrade while running.
 * Programs started from an anonymous file (memfd:..., used by sandboxes and runtimes) have no path
 * that names them; their command line is the better name.
 */
function cleanExe(exe: string | undefined): string | undefined {
  const path = exe?.replace(/ \(deleted\)$/, '');
  return path?.startsWith('/') ? path : undefined;
}

function firstArgument(cmdline: Buffer | undefined): string | undefined {
  if (!cmdline || cmdline.length === 0) return undefined;
  const end = cmdline.indexOf(0);
  const first = cmdline.subarray(0, end === -1 ? cmdline.length : end).toString('utf8');
  // Some programs rewrite their argv into one space-separated string (Chromium helpers, nginx workers).
  return first.split(' ')[0] || undefined;
}

/** The program a process runs, or undefined for kernel threads (no command line and no executable). */
export function programOf(entry: ProcEntry): string | undefined {
  const exe = cleanExe(entry.exe);
  if (exe) return basename(exe);
  const first = firstArgument(entry.cmdline);
  if (first) return basename(first) || undefined;
  // A process that blanked its own argv still has a command line; comm is then the only name left.
  // Kernel threads have an empty command line and are not programs anyone installed.
  return entry.cmdline && entry.cmdline.length > 0 ? entry.comm || undefined : undefined;
}

/**
 * The file of /proc/<pid> that can still change programOf's answer, given what was read so far: the exe link
 * settles it, then the command line, then comm. Reading in that order skips two of three reads for most
 * processes, which matters with hundreds of them.
 *
 * `exeLinkMissing`: reading the exe link failed because it does not exist (ENOENT, not a refusal). Linux
 * answers so only for a task without a memory map: a kernel thread or a process that has ended. Such a task
 * has an empty command line (proc(5): a zombie's cmdline "is empty"; kernel threads have none), so it is no
 * program and nothing more is read. On a typical desktop these are a third of all processes.
 */
export function nextProcRead(entry: ProcEntry, exeLinkMissing = false): 'cmdline' | 'comm' | undefined {
  if (cleanExe(entry.exe) || exeLinkMissing) return undefined;
  if (entry.cmdline === undefined) return 'cmdline';
  if (firstArgument(entry.cmdline)) return undefined;
  return entry.cmdline.length > 0 && entry.comm === undefined ? 'comm' : undefined;
}

/** Inside a snap, the executable lives under /snap/<name>/<revision>/. */
function snapOf(exe: string | undefined): string | undefined {
  return exe ? /^\/snap\/([^/]+)\/[^/]+\//.exec(exe)?.[1] : undefined;
}

export function summariseProcesses(entries: readonly ProcEntry[]): ProcessSummary[] {
  const byProgram = new Map<string, ProcessSummary>();
  for (const entry of entries) {
    const program = programOf(entry);
    if (!program) continue;
    const exe = cleanExe(entry.exe);
    const summary = byProgram.get(program) ?? { program, processCount: 0, appImage: false };
    summary.processCount += 1;
    summary.exePath ??= exe;
    summary.snapName ??= snapOf(exe);
    summary.flatpakId ??= entry.flatpakId;
    // A running AppImage is mounted at /tmp/.mount_<name><random> (AppImage runtime).
    if (exe?.startsWith('/tmp/.mount_')) summary.appImage = true;
    byProgram.set(program, summary);
  }
  return [...byProgram.values()].sort((a, b) => a.program.localeCompare(b.program));
}

/** /proc/<pid>/root/.flatpak-info is an INI file; the app id is `name` in [Application]. */
export function parseFlatpakInfo(text: string): string | undefined {
  let inApplication = false;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line.startsWith('[')) inApplication = line === '[Application]';
    else if (inApplication && line.startsWith('name=')) return line.slice('name='.length).trim() || undefined;
  }
  return undefined;
}
