/**
 * The one way core code runs an external command: execFile with an argument array (never a shell),
 * a timeout, an output cap and cancellation. Failures come back as data a collector can turn into a
 * diagnostic for the user, never as an exception that would abort a scan.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export interface RunOptions {
  timeoutMs?: number;
  /** Bytes of stdout kept; a command that prints more fails with 'output-too-large'. */
  maxOutputBytes?: number;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

export type RunFailure =
  | 'not-found'        // the command does not exist on this machine
  | 'permission-denied'
  | 'timeout'
  | 'output-too-large'
  | 'cancelled'
  | 'exit-code'        // ran, but exited non-zero
  | 'error';

export type RunResult =
  | { ok: true; stdout: string; stdoutBytes: Buffer; stderr: string }
  | { ok: false; failure: RunFailure; message: string; stdout: string; stderr: string; exitCode?: number };

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

export type RunCommand = (command: string, args: readonly string[], options?: RunOptions) => Promise<RunResult>;

/**
 * Whether `command` could be found the way execvp looks for it: false only when no folder of PATH has an
 * entry of that name. Anything else (found, not executable, a folder that cannot be read, a path with a
 * slash, no PATH at all, Windows' PATHEXT rules) answers true and leaves the verdict to the real spawn.
 * Synchronous on purpose: a few existence checks take microseconds, while a round trip through libuv's
 * thread pool per folder queues behind the scan's file reads and held a collector slot for milliseconds.
 */
export function mayBeOnPath(command: string, pathVariable: string | undefined, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32' || pathVariable === undefined || command.includes('/')) return true;
  // An empty PATH element means the current folder (execvp, POSIX).
  return pathVariable.split(':').some((folder) => {
    try {
      accessSync(path.join(folder || '.', command), constants.F_OK);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code !== 'ENOENT' && code !== 'ENOTDIR';
    }
  });
}

function notFound(command: string): RunResult {
  return { ok: false, failure: 'not-found', message: `'${command}' is not installed on this machine`, stdout: '', stderr: '', exitCode: undefined };
}

const spawnCommand: RunCommand = (command, args, options = {}) => {
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBuffer = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
  return new Promise((resolve) => {
    execFile(
      command,
      [...args],
      {
        timeout,
        // SIGKILL: a child that ignores SIGTERM would otherwise run past its timeout.
        killSignal: 'SIGKILL',
        maxBuffer,
        signal: options.signal,
        env: options.env ?? { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
        encoding: 'buffer',
        windowsHide: true,
        shell: false,
      },
      (error, stdoutBuf, stderrBuf) => {
        const stdoutBytes = Buffer.isBuffer(stdoutBuf) ? stdoutBuf : Buffer.from(stdoutBuf ?? '');
        const stdout = stdoutBytes.toString('utf8');
        const stderr = (Buffer.isBuffer(stderrBuf) ? stderrBuf : Buffer.from(stderrBuf ?? '')).toString('utf8');
        if (!error) {
          resolve({ ok: true, stdout, stdoutBytes, stderr });
          return;
        }
        const err = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string; code?: string | number };
        if (err.code === 'ENOENT') {
          resolve(notFound(command));
          return;
        }
        let failure: RunFailure = 'error';
        let message = err.message;
        if (err.code === 'EACCES' || err.code === 'EPERM') {
          failure = 'permission-denied';
          message = `not allowed to run '${command}'`;
        } else if (err.name === 'AbortError' || err.code === 'ABORT_ERR') {
          failure = 'cancelled';
          message = `'${command}' was cancelled`;
        } else if (err.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          failure = 'output-too-large';
          message = `'${command}' printed more than ${Math.round(maxBuffer / 1024 / 1024)} MB; output ignored`;
        } else if (err.killed && err.signal === 'SIGKILL') {
          failure = 'timeout';
          message = `'${command}' did not answer within ${Math.round(timeout / 1000)} s and was stopped`;
        } else if (typeof err.code === 'number') {
          failure = 'exit-code';
          message = `'${command}' exited with code ${err.code}${stderr.trim() ? `: ${stderr.trim().split('\n')[0]}` : ''}`;
        }
        resolve({
          ok: false, failure, message, stdout, stderr,
          exitCode: typeof err.code === 'number' ? err.code : undefined,
        });
      },
    );
  });
};

/**
 * Spawning forks this whole process before exec can fail, which costs milliseconds of the event loop in a
 * large process such as Electron's; a scan asks for several commands a machine usually lacks (rpm on
 * Debian, flatpak, snap). Looking them up in PATH first gives the same 'not-found' answer without the fork.
 */
export const runCommand: RunCommand = async (command, args, options = {}) => {
  if (!options.signal?.aborted && !mayBeOnPath(command, (options.env ?? process.env).PATH)) return notFound(command);
  return spawnCommand(command, args, options);
};
