import { describe, expect, it } from 'vitest';
import { InventoryItemSchema } from '../../../../../electron/shared/inventory';
import { dpkgCollector } from '../../../../../electron/core/inventory/linux/dpkg-collector';
import { createFlatpakCollector } from '../../../../../electron/core/inventory/linux/flatpak-collector';
import { rpmCollector } from '../../../../../electron/core/inventory/linux/rpm-collector';
import { snapCollector, SNAP_TIMEOUT_MS } from '../../../../../electron/core/inventory/linux/snap-collector';
import type { RunCommand, RunResult } from '../../../../../electron/core/inventory/run-command';
import { context, denyingFileSystem, fakeRun, fixture, ok } from './helpers';

const failure = (failure: Extract<RunResult, { ok: false }>['failure'], message: string, stderr = ''): RunResult => ({ ok: false, failure, message, stdout: '', stderr });

describe('dpkg collector', () => {
  it('asks dpkg-query for the status field and turns installed packages into valid items', async () => {
    const run = fakeRun({ 'dpkg-query': ok(fixture('dpkg-query-selected-debian12.txt')) });
    const output = await dpkgCollector.collect(context({ run }));
    expect(run.calls[0]).toEqual(['dpkg-query', '-W', '-f', expect.stringContaining('${db:Status-Status}')]);
    expect(output.items).toHaveLength(6);
    for (const item of output.items) expect(InventoryItemSchema.safeParse(item).success).toBe(true);
    expect(output.items.find((item) => item.id === 'dpkg:libc6:amd64')).toMatchObject({
      name: 'libc6', source: 'dpkg', scope: 'machine', publisher: 'GNU Libc Maintainers', identifiers: { packageName: 'libc6' },
    });
  });

  it('skips quietly where dpkg is missing and fails in words when it breaks', async () => {
    expect(await dpkgCollector.collect(context())).toMatchObject({ items: [], status: 'skipped', message: expect.stringContaining("'dpkg-query' is not installed") });
    const run = fakeRun({ 'dpkg-query': failure('exit-code', "'dpkg-query' exited with code 2: dpkg-query: error: parsing file '/var/lib/dpkg/status'") });
    expect(await dpkgCollector.collect(context({ run }))).toMatchObject({ items: [], status: 'failed', message: expect.stringMatching(/^Debian packages could not be listed: .*parsing file/) });
  });
});

describe('rpm collector', () => {
  it('reads packages with epoch:version-release and the install date', async () => {
    const output = await rpmCollector.collect(context({ run: fakeRun({ rpm: ok(fixture('rpm-qa.txt')) }) }));
    expect(output.items).toHaveLength(8);
    expect(output.items[0]).toMatchObject({ id: 'rpm:libreoffice-writer-1:24.8.4.2-2.fc41.x86_64', version: '1:24.8.4.2-2.fc41', installDate: '2025-02-06T12:00:02.000Z', publisher: 'Fedora Project' });
  });

  it('is skipped on a machine without rpm', async () => {
    expect((await rpmCollector.collect(context())).status).toBe('skipped');
  });
});

describe('flatpak collector', () => {
  it('lists apps of both installations with their scope', async () => {
    const output = await createFlatpakCollector().collect(context({ run: fakeRun({ flatpak: ok(fixture('flatpak-list.txt')) }) }));
    expect(output.items).toHaveLength(6);
    expect(output.items.find((item) => item.identifiers.flatpakId === 'com.slack.Slack')).toMatchObject({ id: 'flatpak:user:com.slack.Slack', scope: 'user', evidence: { origin: 'flathub', branch: 'stable' } });
    expect(output.items.find((item) => item.identifiers.flatpakId === 'org.libreoffice.LibreOffice')?.scope).toBe('machine');
  });

  it('reads the installation folders when the flatpak command is missing', async () => {
    const output = await createFlatpakCollector().collect(context());
    expect(output.status ?? 'ok').toBe('ok');
    expect(output.message).toMatch(/installation folders/);
    expect(output.items).toEqual([expect.objectContaining({ id: 'flatpak:system:org.libreoffice.LibreOffice', evidence: { installation: 'system', branch: 'stable', architecture: 'x86_64' } })]);
  });

  it('says so when an installation folder is unreadable', async () => {
    const fs = denyingFileSystem((path) => path.endsWith('/var/lib/flatpak/app'));
    const output = await createFlatpakCollector(fs).collect(context());
    expect(output).toMatchObject({ status: 'partial', message: expect.stringContaining('no permission to read /var/lib/flatpak/app') });
  });

  it('is skipped when neither the command nor any installation exists', async () => {
    const output = await createFlatpakCollector().collect(context({ rootDir: '/nonexistent-root', homeDir: '/nonexistent-home' }));
    expect(output).toMatchObject({ items: [], status: 'skipped' });
  });
});

describe('snap collector', () => {
  it('lists applications only', async () => {
    const output = await snapCollector.collect(context({ run: fakeRun({ snap: ok(fixture('snap-list.txt')) }) }));
    expect(output.items.map((item) => item.id)).toEqual(['snap:firefox', 'snap:libreoffice', 'snap:slack', 'snap:teams-for-linux', 'snap:thunderbird', 'snap:zoom-client']);
    expect(output.items[0]).toMatchObject({ publisher: 'mozilla', installLocation: '/snap/firefox/5889', evidence: { verifiedPublisher: true } });
  });

  it('turns a hung snap (snapd stopped) into a diagnostic once its timeout passes', async () => {
    // A command that never answers by itself: only the timeout RunCommand enforces ends it.
    let timeoutAsked: number | undefined;
    const hung: RunCommand = (command, _args, options) => new Promise((resolve) => {
      timeoutAsked = options?.timeoutMs;
      queueMicrotask(() => resolve(failure('timeout', `'${command}' did not answer within ${(options?.timeoutMs ?? 0) / 1000} s and was stopped`)));
    });
    const output = await snapCollector.collect(context({ run: hung }));
    expect(timeoutAsked).toBe(SNAP_TIMEOUT_MS);
    expect(output).toMatchObject({ items: [], status: 'failed', message: expect.stringContaining('snapd service is probably not running') });
  });

  it('explains a refused connection to snapd', async () => {
    const run = fakeRun({ snap: failure('exit-code', "'snap' exited with code 1: error: cannot communicate with server", 'error: cannot communicate with server: Get "http://localhost/v2/snaps": dial unix /run/snapd.socket: connect: connection refused') });
    expect((await snapCollector.collect(context({ run }))).message).toMatch(/snapd service is probably not running/);
  });
});
