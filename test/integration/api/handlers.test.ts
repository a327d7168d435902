/**
 * The handler table on real services (catalogue, a fresh state database in a temp folder) with fake dialogs,
 * exactly as the renderer reaches it through dispatch().
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/core/api/create-handlers';
import { dispatch } from '../../../electron/core/api/dispatch';
import type { HandlerContext } from '../../../electron/core/api/handler-types';
import { createCoreServices } from '../../../electron/core/services';
import type { AuditView } from '../../../electron/shared/audit';
import type { Checklist } from '../../../electron/shared/planning';

const REPO = path.resolve(__dirname, '../../..');
const FIXTURE = path.join(REPO, 'test', 'fixtures', 'workstations', 'windows-office-pc.inventory.json');
const dir = mkdtempSync(path.join(os.tmpdir(), 'switchyard-api-'));
let nextSave = '';
const services = createCoreServices({
  appName: 'Switchyard', appVersion: '0.0.0-test', userDataPath: dir, versions: { node: process.versions.node },
  cataloguePath: path.join(REPO, 'data', 'dist', 'catalogue.sqlite'), offline: { networkBlocked: false, note: 'test' },
}, {
  dialogs: { openFiles: async () => [FIXTURE], saveFile: async () => nextSave || null, confirmDroppedFiles: async (paths) => paths.every((p) => !p.includes('declined')) },
  now: () => new Date('2026-11-27T12:00:00Z'),
});
const handlers = createHandlers(services);
afterAll(() => services.close());

const context = (): HandlerContext => ({ signal: new AbortController().signal, progress: () => {} });
async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await dispatch(handlers, method, input, context());
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

describe('handlers', () => {
  it('has no audit and no plan before anything was scanned or loaded', async () => {
    expect(await call('audits.get', {})).toBeNull();
    expect(await call('plan.get', { scope: 'local', lang: 'en' })).toBeNull();
  });

  it('loads an inventory file picked in the dialog and saves it as an audit', async () => {
    const view = await call<AuditView>('inventory.importFile', {});
    expect(view.summary).toMatchObject({ kind: 'import', hostname: 'BUERO-PC-07' });
    expect(view.counts.products).toBeGreaterThan(10);
    expect(await call<unknown[]>('audits.list', {})).toHaveLength(1);
  });

  it('applies a rejection to the row and keeps it for the next view', async () => {
    const view = await call<AuditView>('audits.get', {});
    const zoomRow = view.inventory.items.find((i) => i.name === 'Zoom Workplace (64-bit)')!;
    const match = view.matches.find((m) => m.itemId === zoomRow.id)!;
    expect(match.outcome.kind).toBe('product');
    const corrected = await call<AuditView>('matching.correct', { auditId: view.summary.id, matchKey: match.matchKey, action: 'reject', label: zoomRow.name });
    expect(corrected.matches.find((m) => m.itemId === zoomRow.id)!.outcome).toMatchObject({ kind: 'ignored', tier: 'correction' });
    const again = await call<AuditView>('audits.get', { id: view.summary.id });
    expect(again.matches.find((m) => m.itemId === zoomRow.id)!.outcome.kind).toBe('ignored');
    await call('matching.correct', { auditId: view.summary.id, matchKey: match.matchKey, action: 'reset', label: zoomRow.name });
  });

  it('refuses a re-map to an entry that does not exist', async () => {
    const view = await call<AuditView>('audits.get', {});
    const result = await dispatch(handlers, 'matching.correct', { auditId: view.summary.id, matchKey: view.matches[0]!.matchKey, action: 'remap', catalogueKind: 'product', catalogueId: 'no-such-product', label: 'x' }, context());
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('plans, follows a chosen alternative, and keeps item progress', async () => {
    const plan = (await call<Checklist>('plan.get', { scope: 'local', lang: 'en' }))!;
    const word = plan.products.find((p) => p.productId === 'ms-word')!;
    expect(word.decision).toBe('migrate');
    const other = word.candidates.find((c) => c.id !== word.chosen?.id)!;
    const replanned = (await call<Checklist>('plan.choose', { scope: 'local', lang: 'en', productId: 'ms-word', alternativeId: other.id }))!;
    expect(replanned.products.find((p) => p.productId === 'ms-word')).toMatchObject({ chosen: { id: other.id }, chosenByUser: true });
    const item = replanned.items[0]!;
    await call('plan.updateItem', { scope: 'local', itemKey: item.key, status: 'done', owner: 'Ana', dueDate: '2026-12-31' });
    const reloaded = (await call<Checklist>('plan.get', { scope: 'local', lang: 'de' }))!;
    expect(reloaded.items.find((i) => i.key === item.key)).toMatchObject({ status: 'done', owner: 'Ana', dueDate: '2026-12-31' });
    expect(reloaded.lang).toBe('de');
  });

  it('refuses an alternative that does not replace the product', async () => {
    const result = await dispatch(handlers, 'plan.choose', { scope: 'local', lang: 'en', productId: 'ms-word', alternativeId: 'keepassxc' }, context());
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('saves and reads priorities', async () => {
    const priorities = { euJurisdiction: 1, openSource: 3, selfHostable: 0, euHosting: 0, platformFit: 2, formatFit: 1, lowEffort: 3 };
    expect(await call('settings.setPriorities', priorities)).toEqual(priorities);
    expect(await call('settings.getPriorities', {})).toEqual(priorities);
  });

  it('exports a report where the user chose, and returns null when they cancel', async () => {
    nextSave = path.join(dir, 'plan.md');
    expect(await call('report.export', { scope: 'local', lang: 'en', format: 'md' })).toEqual({ path: nextSave });
    expect(readFileSync(nextSave, 'utf8')).toContain('# Switching plan: BUERO-PC-07');
    nextSave = '';
    expect(await call('report.export', { scope: 'local', lang: 'en', format: 'csv' })).toBeNull();
    expect(existsSync(path.join(dir, 'plan.csv'))).toBe(false);
  });

  it('reads only paths the user picked or confirmed, however the renderer asks', async () => {
    const secret = path.join(dir, 'id_ed25519');
    writeFileSync(secret, '-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n');
    const preview = await dispatch(handlers, 'fleet.csvPreview', { path: secret }, context());
    expect(preview).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const importCsv = await dispatch(handlers, 'fleet.importCsv', { path: secret, mapping: { delimiter: ',', headerRow: 0, columns: { name: 0 } } }, context());
    expect(importCsv.ok).toBe(false);
    const scan = await dispatch(handlers, 'inventory.scan', { documents: { enabled: true, roots: ['/etc'], keepPaths: true } }, context());
    expect(scan).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('imports dropped files only after the user confirmed them', async () => {
    expect(await call('fleet.importPaths', { paths: [path.join(dir, 'declined.json')] })).toBeNull();
    const dropped = await call<{ files: Array<{ ok: boolean }> }>('fleet.importPaths', { paths: [FIXTURE] });
    expect(dropped.files).toHaveLength(1);
    expect(dropped.files[0]!.ok).toBe(true);
  });

  it('answers catalogue questions', async () => {
    const product = await call<{ alternatives: unknown[] }>('catalogue.product', { id: 'ms-word' });
    expect(product.alternatives.length).toBeGreaterThanOrEqual(2);
    const missing = await dispatch(handlers, 'catalogue.product', { id: 'nope' }, context());
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call<unknown[]>('catalogue.search', { query: 'teams' })).not.toHaveLength(0);
  });
});
