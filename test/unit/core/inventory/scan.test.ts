import { describe, expect, it } from 'vitest';
import type { Collector } from '../../../../electron/core/inventory/collector';
import { currentPlatform, scanWorkstation, type ScanProgressEvent } from '../../../../electron/core/inventory/scan';
import { DocumentKindSchema, InventoryFileSchema, type DocumentSummary, type InventoryItem } from '../../../../electron/shared/inventory';
import { fakeRun, fixture, ok, TREE_HOME, TREE_ROOT } from './linux/helpers';

const generator = { name: 'Switchyard', version: '0.0.0-test' };
const base = { generator, platform: 'linux' as const, rootDir: TREE_ROOT, homeDir: TREE_HOME, env: {} };

function item(id: string, extra: Partial<InventoryItem> = {}): InventoryItem {
  return { id, platform: 'linux', source: 'dpkg', name: id, identifiers: {}, linkedTo: [], evidence: {}, ...extra };
}

function collector(id: string, collect: Collector['collect']): Collector {
  return { id, platforms: ['linux'], collect };
}

describe('scanWorkstation on the fixture tree', () => {
  it('produces a valid inventory file with host identity, every collector diagnosed and observations linked', async () => {
    const run = fakeRun({ 'dpkg-query': ok(fixture('dpkg-query-debian12.txt')), snap: ok(fixture('snap-list.txt')) });
    const file = await scanWorkstation({ ...base, run });
    expect(InventoryFileSchema.safeParse(file).success).toBe(true);
    expect(file.host).toMatchObject({ os: { platform: 'linux', name: 'Debian GNU/Linux', version: '12' }, machineId: '0123456789abcdef0123456789abcdef' });
    expect(file.diagnostics.map((d) => [d.collector, d.status])).toEqual([
      ['linux.dpkg', 'ok'], ['linux.rpm', 'skipped'], ['linux.flatpak', 'ok'], ['linux.snap', 'ok'], ['linux.appimage', 'ok'],
      ['linux.desktop-entries', 'ok'], ['linux.recently-used', 'ok'], ['linux.gnome-app-state', 'ok'], ['linux.kde-activity', 'skipped'], ['linux.processes', 'ok'],
    ]);
    const byId = new Map(file.items.map((i) => [i.id, i]));
    expect(byId.get('dpkg:chromium')?.linkedTo).toEqual(['desktop-entry:chromium.desktop', 'gnome-app-state:chromium.desktop']);
    expect(byId.get('desktop-entry:firefox_firefox.desktop')?.linkedTo).toEqual(['gnome-app-state:firefox_firefox.desktop', 'recently-used:Firefox', 'snap:firefox']);
    expect(byId.get('desktop-entry:org.libreoffice.LibreOffice.writer.desktop')?.linkedTo).toEqual([
      'flatpak:system:org.libreoffice.LibreOffice', 'gnome-app-state:org.libreoffice.LibreOffice.writer.desktop',
    ]);
    expect(byId.get('desktop-entry:appimagekit_5f3c2e1a-Obsidian.desktop')?.linkedTo).toEqual([
      'appimage:~/Applications/Obsidian-1.5.3-x86_64.AppImage', 'gnome-app-state:appimagekit_5f3c2e1a-Obsidian.desktop',
    ]);
    expect(file.items.filter((i) => i.source === 'dpkg')).toHaveLength(825);
  });

  it('reports progress for every collector, running then done', async () => {
    const events: ScanProgressEvent[] = [];
    await scanWorkstation({ ...base, run: fakeRun({}), onProgress: (event) => events.push(event) });
    const dpkg = events.filter((event) => event.collector === 'linux.dpkg');
    expect(dpkg).toEqual([{ collector: 'linux.dpkg', state: 'running' }, { collector: 'linux.dpkg', state: 'done', itemCount: 0, status: 'skipped' }]);
    expect(events.filter((event) => event.state === 'done')).toHaveLength(10);
  });
});

describe('collector isolation', () => {
  it('turns a throwing, a hung and a garbage-returning collector into diagnostics and keeps the others', async () => {
    const collectors = [
      collector('good', async () => ({ items: [item('dpkg:a')] })),
      collector('throws', async () => { throw new Error('disk on fire'); }),
      collector('hangs', () => new Promise(() => undefined)),
      collector('garbage', async () => 'not an object' as never),
      collector('mixed', async () => ({ items: [item('dpkg:b'), { id: 42 } as never, item('dpkg:c', { useCount: -1 })] })),
      collector('odd-status', async () => ({ items: [], status: 'fine-ish' as never, message: 42 as never })),
    ];
    const file = await scanWorkstation({ ...base, collectors, collectorTimeoutMs: 200 });
    expect(file.items.map((i) => i.id)).toEqual(['dpkg:a', 'dpkg:b']);
    const byCollector = Object.fromEntries(file.diagnostics.map((d) => [d.collector, d]));
    expect(byCollector.good).toMatchObject({ status: 'ok', itemCount: 1 });
    expect(byCollector.throws).toMatchObject({ status: 'failed', message: 'Stopped with an unexpected error: disk on fire. Nothing from this source is included.' });
    expect(byCollector.hangs).toMatchObject({ status: 'failed', message: expect.stringContaining('Did not finish within 0.2 s') });
    expect(byCollector.garbage).toMatchObject({ status: 'failed', message: expect.stringContaining('unexpected shape') });
    expect(byCollector.mixed).toMatchObject({ status: 'partial', itemCount: 1, message: '2 malformed records were left out.' });
    expect(byCollector['odd-status']).toEqual({ collector: 'odd-status', status: 'ok', itemCount: 0, durationMs: expect.any(Number) });
  });

  it('aborts the signal of a collector that ran out of time, so its commands stop', async () => {
    let aborted = false;
    const hung = collector('hung-command', (context) => new Promise((resolve) => {
      // Stands for a command that never answers: it only ends when the collector's signal aborts.
      context.signal.addEventListener('abort', () => {
        aborted = true;
        resolve({ items: [item('dpkg:late')] });
      });
    }));
    const file = await scanWorkstation({ ...base, collectors: [hung], collectorTimeoutMs: 100 });
    expect(aborted).toBe(true);
    expect(file.items).toEqual([]);
    expect(file.diagnostics[0]?.status).toBe('failed');
  });

  it('keeps the first of two items with the same id', async () => {
    const collectors = [collector('one', async () => ({ items: [item('dpkg:x', { name: 'first' })] })), collector('two', async () => ({ items: [item('dpkg:x', { name: 'second' })] }))];
    const file = await scanWorkstation({ ...base, collectors });
    expect(file.items.map((i) => i.name)).toEqual(['first']);
  });

  it('runs only the collectors of the platform and never more than four at once', async () => {
    let running = 0;
    let peak = 0;
    const slow = (id: string) => collector(id, async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 20));
      running -= 1;
      return { items: [] };
    });
    const windowsOnly: Collector = { id: 'windows-only', platforms: ['windows'], collect: async () => { throw new Error('must not run'); } };
    const file = await scanWorkstation({ ...base, collectors: [...Array.from({ length: 9 }, (_, i) => slow(`c${i}`)), windowsOnly] });
    expect(peak).toBe(4);
    expect(file.diagnostics.map((d) => d.collector)).not.toContain('windows-only');
  });
});

describe('cancellation', () => {
  it('resolves with what was collected and marks unfinished collectors as cancelled', async () => {
    const controller = new AbortController();
    const collectors = [
      collector('done-first', async () => ({ items: [item('dpkg:kept')] })),
      collector('cancels', () => new Promise(() => {
        // The user presses Cancel while this source is still working.
        setTimeout(() => controller.abort(), 20);
      })),
      ...Array.from({ length: 6 }, (_, i) => collector(`queued-${i}`, async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return { items: [item(`dpkg:q${i}`)] };
      })),
    ];
    const file = await scanWorkstation({ ...base, collectors, signal: controller.signal, documents: { roots: ['/x'], keepPaths: false }, scanDocuments: async () => { throw new Error('must not run'); } });
    expect(file.items.map((i) => i.id)).toContain('dpkg:kept');
    const statuses = Object.fromEntries(file.diagnostics.map((d) => [d.collector, d.status]));
    expect(statuses['done-first']).toBe('ok');
    expect(statuses.cancels).toBe('cancelled');
    expect(statuses['queued-0']).toBe('cancelled');
    expect(file.diagnostics.find((d) => d.collector === 'queued-5')).toMatchObject({ status: 'cancelled', message: 'Not run: the scan was cancelled first.' });
    expect(file.items.map((i) => i.id)).not.toContain('dpkg:q0');
    expect(statuses.documents).toBe('cancelled');
  });
});

describe('documents', () => {
  const summary: DocumentSummary = {
    roots: ['/home/anna/Dokumente'],
    byKind: {
      ...Object.fromEntries(DocumentKindSchema.options.map((kind) => [kind, { count: 0, bytes: 0 }])) as DocumentSummary['byKind'],
      'ooxml-document': { count: 3, bytes: 300 },
      'odf-text': { count: 2, bytes: 200 },
    },
    macroEnabled: { count: 1, byKind: { 'legacy-word': 1 } },
    skipped: { cloudPlaceholders: 0, unreadable: 0, symlinks: 0 },
    truncated: false,
  };

  it('adds the document summary with its own diagnostic and progress', async () => {
    const events: ScanProgressEvent[] = [];
    let asked: unknown;
    const file = await scanWorkstation({
      ...base, collectors: [], documents: { roots: ['/home/anna/Dokumente'], keepPaths: false }, onProgress: (event) => events.push(event),
      scanDocuments: async (options) => { asked = { roots: options.roots, keepPaths: options.keepPaths }; options.onProgress?.(120); return summary; },
    });
    expect(asked).toEqual({ roots: ['/home/anna/Dokumente'], keepPaths: false });
    expect(file.documents).toEqual(summary);
    expect(file.diagnostics).toEqual([expect.objectContaining({ collector: 'documents', status: 'ok', itemCount: 5 })]);
    expect(events).toContainEqual({ collector: 'documents', state: 'running', itemCount: 120 });
  });

  it('leaves out a document summary of the wrong shape', async () => {
    const file = await scanWorkstation({ ...base, collectors: [], documents: { roots: ['/x'], keepPaths: false }, scanDocuments: async () => ({ roots: [] }) as never });
    expect(file.documents).toBeUndefined();
    expect(file.diagnostics[0]).toMatchObject({ collector: 'documents', status: 'failed' });
  });

  it('reports a failed document count without losing the inventory', async () => {
    const file = await scanWorkstation({
      ...base, collectors: [collector('good', async () => ({ items: [item('dpkg:a')] }))], documents: { roots: ['/gone'], keepPaths: false },
      scanDocuments: async () => { throw new Error('the folder /gone does not exist'); },
    });
    expect(file.items).toHaveLength(1);
    expect(file.documents).toBeUndefined();
    expect(file.diagnostics[1]).toMatchObject({ collector: 'documents', status: 'failed', message: 'Documents were not counted: the folder /gone does not exist.' });
  });
});

describe('currentPlatform', () => {
  it('maps Node platform names and refuses others in words', () => {
    expect(currentPlatform('linux')).toBe('linux');
    expect(currentPlatform('darwin')).toBe('macos');
    expect(currentPlatform('win32')).toBe('windows');
    expect(() => currentPlatform('freebsd')).toThrow("this system reports itself as 'freebsd'");
  });
});
