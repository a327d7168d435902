import { readFileSync, readlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextProcRead, parseFlatpakInfo, programOf, summariseProcesses } from '../../../../../electron/core/inventory/linux/parse-proc';
import { TREE_ROOT } from './helpers';

const args = (...parts: string[]) => Buffer.from(parts.map((part) => `${part}\0`).join(''));

describe('/proc interpretation', () => {
  it('names a real captured process by its executable and skips the real kernel thread', () => {
    const sleep = { pid: 21238, comm: readFileSync(`${TREE_ROOT}/proc/21238/comm`, 'utf8').trim(), cmdline: readFileSync(`${TREE_ROOT}/proc/21238/cmdline`), exe: readlinkSync(`${TREE_ROOT}/proc/21238/exe`) };
    const kthreadd = { pid: 2, comm: readFileSync(`${TREE_ROOT}/proc/2/comm`, 'utf8').trim(), cmdline: readFileSync(`${TREE_ROOT}/proc/2/cmdline`) };
    expect(programOf(sleep)).toBe('sleep');
    expect(programOf(kthreadd)).toBeUndefined();
  });

  it('falls back from exe to the first argument to comm, and distrusts exe links that are not paths', () => {
    expect(programOf({ pid: 1, cmdline: args('/usr/lib/slack/slack', '--type=renderer') })).toBe('slack');
    expect(programOf({ pid: 1, cmdline: args('/opt/app/bin/app --rewritten argv') })).toBe('app');
    expect(programOf({ pid: 1, exe: 'memfd:sealed-1 (deleted)', cmdline: args('/usr/bin/python3', 'x.py') })).toBe('python3');
    expect(programOf({ pid: 1, exe: '/usr/bin/zoom (deleted)' })).toBe('zoom');
    expect(programOf({ pid: 1, comm: 'blanked', cmdline: Buffer.from([0]) })).toBe('blanked');
  });

  it('summarises per program and recognises snap, AppImage and flatpak processes', () => {
    const summaries = summariseProcesses([
      { pid: 10, exe: '/usr/lib/slack/slack', cmdline: args('/usr/lib/slack/slack') },
      { pid: 11, exe: '/usr/lib/slack/slack', cmdline: args('/usr/lib/slack/slack', '--type=gpu-process') },
      { pid: 12, exe: '/snap/firefox/5889/usr/lib/firefox/firefox', cmdline: args('firefox') },
      { pid: 13, exe: '/tmp/.mount_ObsidiXyZ/obsidian', cmdline: args('obsidian') },
      { pid: 14, exe: '/app/extra/zoom/zoom', flatpakId: 'us.zoom.Zoom' },
      { pid: 2, comm: 'kthreadd', cmdline: Buffer.alloc(0) },
    ]);
    expect(summaries).toEqual([
      { program: 'firefox', exePath: '/snap/firefox/5889/usr/lib/firefox/firefox', processCount: 1, snapName: 'firefox', flatpakId: undefined, appImage: false },
      { program: 'obsidian', exePath: '/tmp/.mount_ObsidiXyZ/obsidian', processCount: 1, snapName: undefined, flatpakId: undefined, appImage: true },
      { program: 'slack', exePath: '/usr/lib/slack/slack', processCount: 2, snapName: undefined, flatpakId: undefined, appImage: false },
      { program: 'zoom', exePath: '/app/extra/zoom/zoom', processCount: 1, snapName: undefined, flatpakId: 'us.zoom.Zoom', appImage: false },
    ]);
  });

  it('reads the app id from a sandbox info file', () => {
    expect(parseFlatpakInfo('[Application]\nname=us.zoom.Zoom\nruntime=runtime/org.freedesktop.Platform/x86_64/23.08\n\n[Instance]\nname=other\n')).toBe('us.zoom.Zoom');
    expect(parseFlatpakInfo('[Instance]\nname=x\n')).toBeUndefined();
  });

  it('asks for the command line only without a usable exe link, and for comm only when the command line names nothing', () => {
    expect(nextProcRead({ pid: 1, exe: '/usr/bin/sleep' })).toBeUndefined();
    expect(nextProcRead({ pid: 1, exe: 'memfd:sealed-1 (deleted)' })).toBe('cmdline');
    expect(nextProcRead({ pid: 1 })).toBe('cmdline');
    expect(nextProcRead({ pid: 1, cmdline: Buffer.from('/usr/lib/slack/slack\0') })).toBeUndefined();
    expect(nextProcRead({ pid: 1, cmdline: Buffer.from('\0\0') })).toBe('comm');
    expect(nextProcRead({ pid: 1, cmdline: Buffer.from('\0\0'), comm: 'renamed' })).toBeUndefined();
    // A kernel thread: an empty command line, and comm would not make it a program.
    expect(nextProcRead({ pid: 2, cmdline: Buffer.alloc(0) })).toBeUndefined();
    // Its exe link does not even exist, which already says so; a refused link (another user's) does not.
    expect(nextProcRead({ pid: 2 }, true)).toBeUndefined();
    expect(nextProcRead({ pid: 1 }, false)).toBe('cmdline');
  });

  it('names every process the same whether or not the reads nextProcRead skips were made', () => {
    // exeLinkMissing: the link does not exist (kernel thread); otherwise a missing exe means the link was refused.
    const full = [
      { pid: 1, exe: '/usr/bin/sleep', cmdline: Buffer.from('sleep\0 5\0'), comm: 'sleep', exeLinkMissing: false },
      { pid: 2, cmdline: Buffer.alloc(0), comm: 'kthreadd', exeLinkMissing: true },
      { pid: 3, exe: 'memfd:x (deleted)', cmdline: Buffer.from('/opt/app/bin/app\0'), comm: 'app', exeLinkMissing: false },
      { pid: 4, cmdline: Buffer.from('\0'), comm: 'blanked', exeLinkMissing: false },
      { pid: 5, cmdline: Buffer.from('/usr/sbin/sshd\0'), comm: 'sshd', exeLinkMissing: false },
    ];
    for (const { exeLinkMissing, ...entry } of full) {
      const lean: { pid: number; exe?: string; cmdline?: Buffer; comm?: string } = { pid: entry.pid, exe: entry.exe };
      if (nextProcRead(lean, exeLinkMissing) === 'cmdline') lean.cmdline = entry.cmdline;
      if (nextProcRead(lean, exeLinkMissing) === 'comm') lean.comm = entry.comm;
      expect(programOf(lean)).toBe(programOf(entry));
    }
  });
});
