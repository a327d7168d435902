/**
 * Runs on the Debian CI machine (integration layer of ARCHITECTURE.md).
 * Scans this Linux machine for real and checks the result against what the system itself says:
 * `dpkg-query` for packages, the .desktop files on disk for menu entries, /etc for the host. Then
 * drives the collectors into real failures: a command that hangs, one that is missing, one that may
 * not be executed, and one that prints junk.
 */
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScanCommand } from '../../../electron/cli/commands/scan';
import type { CollectorContext } from '../../../electron/core/inventory/collector';
import { dpkgCollector } from '../../../electron/core/inventory/linux/dpkg-collector';
import { snapCollector } from '../../../electron/core/inventory/linux/snap-collector';
import { runCommand, type RunCommand } from '../../../electron/core/inventory/run-command';
import { scanWorkstation } from '../../../electron/core/inventory/scan';
import { InventoryFileSchema, type InventoryFile } from '../../../electron/shared/inventory';

const scratch = mkdtempSync(join(tmpdir(), 'switchyard-linux-scan-'));
let file: InventoryFile;

beforeAll(async () => {
  file = await scanWorkstation({ generator: { name: 'Switchyard', version: 'test' } });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function context(run: RunCommand): CollectorContext {
  return { platform: 'linux', homeDir: scratch, rootDir: '/', env: {}, run, signal: new AbortController().signal };
}

/** Menu entries as a plain reading of the files says they should be, independent of our parser. */
function expectedMenuEntries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.endsWith('.desktop')).filter((name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const main = text.split(/^\[(?!Desktop Entry\])/m)[0] ?? '';
    return /^Type=Application\s*$/m.test(main) && !/^(NoDisplay|Hidden)=true\s*$/m.test(main) && !/^OnlyShowIn=/m.test(main);
  });
}

describe('a real scan of this Debian machine', () => {
  it('is a valid inventory file', () => {
    expect(InventoryFileSchema.safeParse(file).success).toBe(true);
    expect(file.diagnostics.find((d) => d.collector === 'linux.dpkg')?.status).toBe('ok');
  });

  it('lists exactly the packages dpkg-query reports as installed', async () => {
    const result = await runCommand('dpkg-query', ['-W', '-f', '${binary:Package}\\t${db:Status-Status}\\n']);
    if (!result.ok) throw new Error(result.message);
    const installed = result.stdout.split('\n').filter((line) => line.endsWith('\tinstalled')).map((line) => `dpkg:${line.split('\t')[0]}`).sort();
    const scanned = file.items.filter((item) => item.source === 'dpkg').map((item) => item.id).sort();
    expect(scanned).toEqual(installed);
    expect(scanned.length).toBeGreaterThan(100);
  });

  it('lists the menu entries present in /usr/share/applications and links each to its package', async () => {
    const expected = expectedMenuEntries('/usr/share/applications').map((name) => `desktop-entry:${name}`);
    const entries = file.items.filter((item) => item.source === 'desktop-entry' && String(item.evidence.entryPath).startsWith('/usr/share/applications/'));
    expect(entries.map((item) => item.id).sort()).toEqual(expected.sort());
    for (const entry of entries) {
      const owner = await runCommand('dpkg-query', ['-S', String(entry.evidence.entryPath)]);
      if (!owner.ok) continue;
      const pkg = owner.stdout.split(':')[0];
      expect(entry.identifiers.packageName).toBe(pkg);
      expect(entry.linkedTo).toContain(file.items.find((item) => item.source === 'dpkg' && item.identifiers.packageName === pkg)?.id);
    }
  });

  it('identifies the host from /etc', () => {
    expect(file.host.machineId).toBe(readFileSync('/etc/machine-id', 'utf8').trim());
    expect(file.host.os.version).toBe(/^VERSION_ID="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]);
  });

  it('sees the test runner itself among the running programs', () => {
    expect(file.items.find((item) => item.id === 'process:node')).toMatchObject({ running: true });
  });

  it('writes the same kind of file through the CLI', async () => {
    const out = join(scratch, 'inventory.json');
    const lines: string[] = [];
    const code = await runScanCommand(['--out', out], { stdout: (text) => lines.push(text), stderr: (text) => lines.push(text) });
    expect(code).toBe(0);
    expect(InventoryFileSchema.safeParse(JSON.parse(readFileSync(out, 'utf8'))).success).toBe(true);
    expect(lines.join('\n')).toMatch(/linux\.dpkg\s+ok/);
  });
});

describe('real command failures become diagnostics', () => {
  it('a command that hangs is stopped at its timeout', async () => {
    // `sleep` stands in for `snap list` talking to a snapd that never answers.
    const hanging: RunCommand = (_command, _args, options) => runCommand('sleep', ['30'], { ...options, timeoutMs: 300 });
    const output = await snapCollector.collect(context(hanging));
    expect(output).toMatchObject({ items: [], status: 'failed', message: expect.stringContaining('did not answer within') });
  });

  it('a missing command is a skip', async () => {
    const missing: RunCommand = (_command, args, options) => runCommand('switchyard-no-such-command', args, options);
    expect(await dpkgCollector.collect(context(missing))).toMatchObject({ items: [], status: 'skipped' });
  });

  it('a command that may not be executed is a failure in words', async () => {
    const script = join(scratch, 'not-executable');
    writeFileSync(script, '#!/bin/sh\necho hi\n');
    chmodSync(script, 0o644);
    const denied: RunCommand = (_command, args, options) => runCommand(script, args, options);
    expect(await dpkgCollector.collect(context(denied))).toMatchObject({ items: [], status: 'failed', message: expect.stringContaining('not allowed to run') });
  });

  it('junk output yields no items and no crash', async () => {
    const junk: RunCommand = (_command, _args, options) => runCommand('head', ['-c', '4096', '/bin/sh'], options);
    expect(await dpkgCollector.collect(context(junk))).toEqual({ items: [] });
  });
});
