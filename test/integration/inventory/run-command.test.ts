/**
 * runCommand looks a command up in PATH before spawning it; these tests run real commands of this Linux
 * machine and check that the lookup changes no answer, only skips the fork for commands that are absent.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mayBeOnPath, runCommand } from '../../../electron/core/inventory/run-command';

const scratch = mkdtempSync(join(tmpdir(), 'switchyard-run-command-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function script(folder: string, name: string, mode: number): void {
  mkdirSync(join(scratch, folder), { recursive: true });
  writeFileSync(join(scratch, folder, name), '#!/bin/sh\necho "from $0"\n');
  chmodSync(join(scratch, folder, name), mode);
}

describe('mayBeOnPath', () => {
  it('is false only when no PATH folder has an entry of that name', () => {
    script('bin-a', 'switchyard-probe', 0o755);
    const path = `${join(scratch, 'missing')}:${join(scratch, 'bin-a')}`;
    expect(mayBeOnPath('switchyard-probe', path, 'linux')).toBe(true);
    expect(mayBeOnPath('switchyard-absent', path, 'linux')).toBe(false);
  });

  it('leaves paths with a slash, an unset PATH and Windows to the real spawn', () => {
    expect(mayBeOnPath('./switchyard-absent', '/nowhere', 'linux')).toBe(true);
    expect(mayBeOnPath('switchyard-absent', undefined, 'linux')).toBe(true);
    expect(mayBeOnPath('switchyard-absent', 'C:\\nowhere', 'win32')).toBe(true);
  });

  it('reads an empty PATH element as the current folder, as execvp does', () => {
    expect(mayBeOnPath('package.json', '/nowhere:', 'linux')).toBe(true);
    expect(mayBeOnPath('package.json', '/nowhere', 'linux')).toBe(false);
  });

  it('counts a file that exists but is not executable as present, so the spawn reports the refusal', () => {
    script('bin-b', 'switchyard-locked', 0o644);
    expect(mayBeOnPath('switchyard-locked', join(scratch, 'bin-b'), 'linux')).toBe(true);
  });
});

describe('runCommand with the PATH lookup', () => {
  it('answers an absent command exactly as a failed spawn did', async () => {
    expect(await runCommand('switchyard-no-such-command', ['-x'])).toEqual({
      ok: false, failure: 'not-found', message: "'switchyard-no-such-command' is not installed on this machine", stdout: '', stderr: '', exitCode: undefined,
    });
  });

  it('searches the PATH of the environment it was given', async () => {
    script('bin-c', 'switchyard-hello', 0o755);
    const result = await runCommand('switchyard-hello', [], { env: { PATH: `${join(scratch, 'bin-c')}:/usr/bin:/bin` } });
    expect(result).toMatchObject({ ok: true, stdout: `from ${join(scratch, 'bin-c', 'switchyard-hello')}\n` });
    expect(await runCommand('switchyard-hello', [], { env: { PATH: '/usr/bin:/bin' } })).toMatchObject({ ok: false, failure: 'not-found' });
  });

  it('still reports a command found in PATH but not executable as a refusal', async () => {
    script('bin-d', 'switchyard-denied', 0o644);
    const result = await runCommand('switchyard-denied', [], { env: { PATH: join(scratch, 'bin-d') } });
    expect(result).toMatchObject({ ok: false, failure: 'permission-denied' });
  });

  it('runs commands that exist as before', async () => {
    expect(await runCommand('printf', ['%s', 'ok'])).toMatchObject({ ok: true, stdout: 'ok' });
  });

  it('stops a child that ignores SIGTERM at its timeout and says so', async () => {
    const result = await runCommand(process.execPath, ['-e', "process.on('SIGTERM', () => {}); setTimeout(() => {}, 20000)"], { timeoutMs: 500 });
    expect(result).toMatchObject({ ok: false, failure: 'timeout' });
  });
});
