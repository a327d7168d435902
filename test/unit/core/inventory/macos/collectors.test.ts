import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InventoryItemSchema } from '../../../../../electron/shared/inventory';
import { appBundleCollector } from '../../../../../electron/core/inventory/macos/app-bundle-collector';
import { BREW_PATHS, homebrewCollector } from '../../../../../electron/core/inventory/macos/homebrew-collector';
import { macosCollectors } from '../../../../../electron/core/inventory/macos/index';
import { macosProcessCollector } from '../../../../../electron/core/inventory/macos/process-collector';
import { spotlightCollector } from '../../../../../electron/core/inventory/macos/spotlight-collector';
import { systemProfilerCollector } from '../../../../../electron/core/inventory/macos/system-profiler-collector';
import type { CollectorContext } from '../../../../../electron/core/inventory/collector';
import type { Handler } from '../windows/fake-context';
import { fail, fakeContext, fakeRun, ok } from '../windows/fake-context';
import { MAC_TOOLS } from '../../../../../electron/core/inventory/macos/commands';
import { FIXTURE_HOME, FIXTURE_ROOT, fixtureText } from './fixtures';

const CORRUPT_AS_XML = '<?xml version="1.0"?><plist version="1.0"><dict><key>CFBundleIdentifier</key><string>com.example.corrupt</string><key>CFBundleShortVersionString</key><string>1.0</string></dict></plist>';

function mac(handlers: Record<string, Handler> = {}): CollectorContext {
  return fakeContext({ platform: 'macos', rootDir: FIXTURE_ROOT, homeDir: FIXTURE_HOME, run: fakeRun(handlers) });
}

const plutil: Handler = (args) => (args.at(-1)?.includes('Corrupt.app') ? ok(CORRUPT_AS_XML) : fail('exit-code', 'invalid', 1));

describe('macos.app-bundles', () => {
  it('walks /Applications one level down and ~/Applications, reading XML and binary Info.plists', async () => {
    const output = await appBundleCollector.collect(mac({ [MAC_TOOLS.plutil]: plutil }));
    expect(output.items.map((i) => [i.installLocation, i.name, i.identifiers.bundleId ?? null, i.version ?? null, i.scope])).toEqual([
      ['/Applications/Broken.app', 'Broken', null, null, 'machine'],
      ['/Applications/Corrupt.app', 'Corrupt', 'com.example.corrupt', '1.0', 'machine'],
      ['/Applications/Keynote.app', 'Keynote', 'com.apple.iWork.Keynote', '14.4', 'machine'],
      ['/Applications/LibreOffice.app', 'LibreOffice', 'org.libreoffice.script', '25.8.2', 'machine'],
      ['/Applications/Microsoft OneDrive.app', 'OneDrive', 'com.microsoft.OneDrive', '25.199.1012', 'machine'],
      ['/Applications/Microsoft Word.app', 'Microsoft Word', 'com.microsoft.Word', '16.103', 'machine'],
      ['/Applications/Slack.app', 'Slack', 'com.tinyspeck.slackmacgap', '4.47.59', 'machine'],
      ['/Applications/Utilities/Terminal.app', 'Terminal', 'com.apple.Terminal', '2.15', 'machine'],
      [join(FIXTURE_HOME, 'Applications', 'Obsidian.app'), 'Obsidian', 'md.obsidian', '1.9.14', 'user'],
    ]);
    expect(output).toMatchObject({ status: 'partial', message: '1 app(s) have no readable Info.plist; they are listed by folder name only.' });
    const byName = new Map(output.items.map((i) => [i.name, i]));
    expect(byName.get('Keynote')?.evidence).toMatchObject({ appStore: true });
    expect(byName.get('OneDrive')?.evidence).toMatchObject({ backgroundAgent: true });
    for (const item of output.items) expect(InventoryItemSchema.safeParse(item).success).toBe(true);
  });

  it('finds nothing, quietly, where there is no Applications folder', async () => {
    expect(await appBundleCollector.collect(fakeContext({ platform: 'macos' }))).toEqual({ items: [] });
  });
});

describe('macos.system-profiler', () => {
  it('lists System Information apps with publisher, team id and the bundle id from Info.plist', async () => {
    const run = fakeRun({ [MAC_TOOLS.systemProfiler]: () => ok(fixtureText('system-profiler.json')) });
    const output = await systemProfilerCollector.collect(fakeContext({ platform: 'macos', rootDir: FIXTURE_ROOT, run }));
    expect(output.items).toHaveLength(7);
    expect(output.items[0]).toEqual({
      id: 'system-profiler:/Applications/Microsoft Word.app', platform: 'macos', source: 'system-profiler', name: 'Microsoft Word',
      version: '16.103', publisher: 'Microsoft Corporation', identifiers: { bundleId: 'com.microsoft.Word' }, scope: 'machine',
      installLocation: '/Applications/Microsoft Word.app', linkedTo: [],
      evidence: { obtainedFrom: 'identified_developer', architecture: 'arch_arm_i64', bundleModified: '2025-11-12T06:14:22.000Z', teamId: 'UBF8T346G9' },
    });
    expect(output.items.find((i) => i.name === 'Obsidian')?.scope).toBe('user');
    expect(output).toMatchObject({ status: 'partial', message: '1 application record(s) without a name were skipped.' });
    expect(run.calls[0]).toEqual({ command: MAC_TOOLS.systemProfiler, args: ['SPApplicationsDataType', '-json'] });
  });

  it('falls back to -xml when -json is refused (macOS before 10.15)', async () => {
    const run = fakeRun({
      [MAC_TOOLS.systemProfiler]: (args) => (args.includes('-json') ? fail('exit-code', 'unknown option', 1) : ok(fixtureText('system-profiler.xml'))),
    });
    const output = await systemProfilerCollector.collect(fakeContext({ platform: 'macos', run }));
    expect(output.items.map((i) => [i.name, i.publisher])).toEqual([['Microsoft Word', 'Microsoft Corporation'], ['Programme d’installation', 'Apple']]);
    expect(output.status).toBeUndefined();
  });

  it('is skipped off macOS and failed, in words, when System Information times out', async () => {
    expect((await systemProfilerCollector.collect(fakeContext({ platform: 'macos' }))).status).toBe('skipped');
    const run = fakeRun({ [MAC_TOOLS.systemProfiler]: () => fail('timeout', "'system_profiler' did not answer within 180 s and was stopped") });
    expect(await systemProfilerCollector.collect(fakeContext({ platform: 'macos', run }))).toEqual({
      items: [], status: 'failed', message: "System Information could not list the applications: 'system_profiler' did not answer within 180 s and was stopped.",
    });
  });
});

describe('macos.spotlight', () => {
  const blocks: Record<string, string> = {
    'Slack.app': 'kMDItemCFBundleIdentifier = "com.tinyspeck.slackmacgap"\nkMDItemLastUsedDate       = 2025-11-26 08:41:07 +0000\nkMDItemUseCount           = 187\n',
    'Microsoft Word.app': 'kMDItemCFBundleIdentifier = "com.microsoft.Word"\nkMDItemLastUsedDate       = 2025-11-24 15:03:02 +0000\nkMDItemUseCount           = 64\n',
  };
  const mdls: Handler = (args) => {
    const paths = args.filter((a) => a.endsWith('.app'));
    return ok(paths.map((p) => blocks[basename(p)] ?? 'kMDItemCFBundleIdentifier = (null)\nkMDItemLastUsedDate       = (null)\nkMDItemUseCount           = (null)\n').join(''));
  };

  it('asks Spotlight once for all bundles and keeps only apps with a usage signal', async () => {
    const run = fakeRun({ [MAC_TOOLS.mdls]: mdls });
    const output = await spotlightCollector.collect(fakeContext({ platform: 'macos', rootDir: FIXTURE_ROOT, homeDir: FIXTURE_HOME, run }));
    expect(run.calls).toHaveLength(1);
    expect(run.calls[0]?.args.slice(0, 6)).toEqual(['-name', 'kMDItemCFBundleIdentifier', '-name', 'kMDItemLastUsedDate', '-name', 'kMDItemUseCount']);
    expect(output.items.map((i) => [i.installLocation, i.identifiers.bundleId, i.lastUsed, i.useCount])).toEqual([
      ['/Applications/Microsoft Word.app', 'com.microsoft.Word', '2025-11-24T15:03:02.000Z', 64],
      ['/Applications/Slack.app', 'com.tinyspeck.slackmacgap', '2025-11-26T08:41:07.000Z', 187],
    ]);
    expect(output.status).toBeUndefined();
  });

  it('drops a batch it cannot attribute and says so; is skipped without mdls', async () => {
    const short = fakeRun({ [MAC_TOOLS.mdls]: () => ok(fixtureText('mdls-batch.txt')) });
    const output = await spotlightCollector.collect(fakeContext({ platform: 'macos', rootDir: FIXTURE_ROOT, homeDir: FIXTURE_HOME, run: short }));
    expect(output).toEqual({ items: [], status: 'partial', message: 'Spotlight answered for 3 of 9 apps, so their last-used dates were left out.' });
    expect((await spotlightCollector.collect(fakeContext({ platform: 'macos', rootDir: FIXTURE_ROOT }))).status).toBe('skipped');
  });
});

describe('macos.homebrew', () => {
  it('uses the Intel prefix when the Apple silicon one is missing, with auto-update off', async () => {
    const seen: (Record<string, string | undefined> | undefined)[] = [];
    const run = fakeRun({ [BREW_PATHS[1]]: (_args, options) => { seen.push(options?.env); return ok(fixtureText('brew-list-casks.txt')); } });
    const output = await homebrewCollector.collect(fakeContext({ platform: 'macos', run }));
    expect(run.calls.map((c) => c.command)).toEqual([...BREW_PATHS]);
    expect(output.items.map((i) => [i.identifiers.packageName, i.version])).toContainEqual(['slack', '4.47.59']);
    expect(output.items).toHaveLength(6);
    expect(seen[0]?.HOMEBREW_NO_AUTO_UPDATE).toBe('1');
  });

  it('is skipped without Homebrew and failed when brew fails', async () => {
    expect(await homebrewCollector.collect(fakeContext({ platform: 'macos' }))).toEqual({ items: [], status: 'skipped', message: 'Homebrew is not installed, so there are no Homebrew apps to list.' });
    const run = fakeRun({ [BREW_PATHS[0]]: () => fail('exit-code', "'brew' exited with code 1: Error: Running Homebrew as root is extremely dangerous", 1) });
    expect((await homebrewCollector.collect(fakeContext({ platform: 'macos', run }))).status).toBe('failed');
  });
});

describe('macos.processes', () => {
  it('lists running applications once each, with the bundle id where the bundle is readable', async () => {
    const run = fakeRun({ [MAC_TOOLS.ps]: () => ok(fixtureText('ps-comm.txt')) });
    const output = await macosProcessCollector.collect(fakeContext({ platform: 'macos', rootDir: FIXTURE_ROOT, run }));
    expect(output.items.map((i) => [i.name, i.scope, i.running, i.identifiers.bundleId ?? null])).toEqual([
      ['Finder', 'machine', true, null], ['Microsoft Outlook', 'machine', true, null], ['Microsoft Teams', 'machine', true, null],
      ['Slack', 'machine', true, 'com.tinyspeck.slackmacgap'], ['Obsidian', 'user', true, null],
    ]);
  });

  it('is skipped without ps and failed when it fails', async () => {
    expect((await macosProcessCollector.collect(fakeContext({ platform: 'macos' }))).status).toBe('skipped');
    expect((await macosProcessCollector.collect(fakeContext({ platform: 'macos', run: fakeRun({ [MAC_TOOLS.ps]: () => fail('error', 'x') }) }))).status).toBe('failed');
  });
});

describe('macosCollectors', () => {
  it('has unique ids and runs only on macOS', () => {
    const ids = macosCollectors.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(macosCollectors.every((c) => c.platforms.length === 1 && c.platforms[0] === 'macos')).toBe(true);
  });
});
