/** Shared test scaffolding for the Linux collectors: fixture paths, a collector context, fake runs and file systems. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CollectorContext } from '../../../../../electron/core/inventory/collector';
import { nodeFileSystem, type FileSystem } from '../../../../../electron/core/inventory/linux/file-system';
import type { RunCommand, RunResult } from '../../../../../electron/core/inventory/run-command';

export const FIXTURES = fileURLToPath(new URL('../../../../fixtures/inventory/linux/', import.meta.url));
export const TREE_ROOT = `${FIXTURES}tree/root`;
export const TREE_HOME = `${FIXTURES}tree/home`;

export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

export function ok(stdout: string): RunResult {
  return { ok: true, stdout, stdoutBytes: Buffer.from(stdout), stderr: '' };
}

export const notFound = (command: string): RunResult => ({
  ok: false, failure: 'not-found', message: `'${command}' is not installed on this machine`, stdout: '', stderr: '',
});

/** A run that answers from a table keyed by command name; unknown commands are "not installed". */
export function fakeRun(answers: Record<string, RunResult | ((args: readonly string[]) => RunResult)>): RunCommand & { calls: string[][] } {
  const calls: string[][] = [];
  const run = async (command: string, args: readonly string[]) => {
    calls.push([command, ...args]);
    const answer = answers[command];
    if (answer === undefined) return notFound(command);
    return typeof answer === 'function' ? answer(args) : answer;
  };
  return Object.assign(run, { calls });
}

export function context(overrides: Partial<CollectorContext> = {}): CollectorContext {
  return {
    platform: 'linux',
    homeDir: TREE_HOME,
    rootDir: TREE_ROOT,
    env: {},
    run: fakeRun({}),
    signal: new AbortController().signal,
    ...overrides,
  };
}

function errno(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/** The real file system, except that paths matching `denied` fail with EACCES, as a mode-000 file does for a normal user. */
export function denyingFileSystem(denied: (path: string) => boolean, code = 'EACCES'): FileSystem {
  const guard = <A extends unknown[], R>(operation: (path: string, ...rest: A) => Promise<R>) =>
    async (path: string, ...rest: A): Promise<R> => {
      if (denied(path)) throw errno(code, path);
      return operation(path, ...rest);
    };
  return {
    readFile: guard(nodeFileSystem.readFile),
    readHead: guard(nodeFileSystem.readHead),
    readDir: guard(nodeFileSystem.readDir),
    readLink: guard(nodeFileSystem.readLink),
    stat: guard(nodeFileSystem.stat),
    copyFile: guard(nodeFileSystem.copyFile),
  };
}
