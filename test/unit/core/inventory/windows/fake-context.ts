/** A CollectorContext whose commands are answered by a table, for collector tests on any host. */
import type { CollectorContext } from '../../../../../electron/core/inventory/collector';
import type { RunCommand, RunFailure, RunOptions, RunResult } from '../../../../../electron/core/inventory/run-command';

export type Handler = (args: readonly string[], options?: RunOptions) => RunResult;

export function ok(stdout: string | Uint8Array): RunResult {
  const bytes = typeof stdout === 'string' ? Buffer.from(stdout, 'utf8') : Buffer.from(stdout);
  return { ok: true, stdout: bytes.toString('utf8'), stdoutBytes: bytes, stderr: '' };
}

export function fail(failure: RunFailure, message = `failed: ${failure}`, exitCode?: number): RunResult {
  return { ok: false, failure, message, stdout: '', stderr: '', ...(exitCode === undefined ? {} : { exitCode }) };
}

export interface FakeRun extends RunCommand {
  calls: { command: string; args: readonly string[] }[];
}

/** Commands without a handler behave like a command missing from this machine. */
export function fakeRun(handlers: Record<string, Handler>): FakeRun {
  const calls: FakeRun['calls'] = [];
  const run = (async (command: string, args: readonly string[], options?: RunOptions) => {
    calls.push({ command, args });
    const handler = handlers[command];
    return handler ? handler(args, options) : fail('not-found', `'${command}' is not installed on this machine`);
  }) as FakeRun;
  run.calls = calls;
  return run;
}

export function fakeContext(overrides: Partial<CollectorContext> = {}): CollectorContext {
  return {
    platform: 'windows',
    homeDir: '/nonexistent-home',
    rootDir: '/nonexistent-root',
    env: {},
    run: fakeRun({}),
    signal: new AbortController().signal,
    ...overrides,
  };
}
