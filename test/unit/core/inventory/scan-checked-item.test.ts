/**
 * checkedItem checks plainly well-formed collector items without zod and must give exactly what zod gives:
 * the same verdict, the same values, the same key order, fresh objects. Every case is compared with
 * InventoryItemSchema itself.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CollectorOutput } from '../../../../electron/core/inventory/collector';
import { linuxCollectors } from '../../../../electron/core/inventory/linux';
import { checkedItem } from '../../../../electron/core/inventory/scan';
import { InventoryItemSchema } from '../../../../electron/shared/inventory';
import { context, fakeRun, fixture, ok } from './linux/helpers';

afterEach(() => vi.restoreAllMocks());

/** Same verdict and the same value as zod, down to key order and keys present with an undefined value. */
function expectSameAsZod(candidate: unknown): void {
  const parsed = InventoryItemSchema.safeParse(candidate);
  const checked = checkedItem(candidate);
  if (!parsed.success) {
    expect(checked).toBeUndefined();
    return;
  }
  expect(checked).toStrictEqual(parsed.data);
  expect(JSON.stringify(checked)).toBe(JSON.stringify(parsed.data));
  expect(Object.keys(checked!)).toEqual(Object.keys(parsed.data));
  expect(Object.keys(checked!.identifiers)).toEqual(Object.keys(parsed.data.identifiers));
}

async function fixtureItems(): Promise<unknown[]> {
  const run = fakeRun({ 'dpkg-query': ok(fixture('dpkg-query-debian12.txt')), snap: ok(fixture('snap-list.txt')) });
  const outputs: CollectorOutput[] = await Promise.all(linuxCollectors.map((collector) => collector.collect(context({ run }))));
  return outputs.flatMap((output) => output.items);
}

const plain = {
  id: 'dpkg:vim', platform: 'linux', source: 'dpkg', name: 'vim', version: '2:9.0', identifiers: { packageName: 'vim' },
  scope: 'machine', linkedTo: ['desktop-entry:vim.desktop'], evidence: { architecture: 'amd64', installedSizeKiB: 3700, essential: false },
};

describe('checkedItem', () => {
  it('agrees with zod on every item the Linux collectors make from the fixtures, without calling zod', async () => {
    const items = await fixtureItems();
    expect(items.length).toBeGreaterThan(800);
    const zod = vi.spyOn(InventoryItemSchema, 'safeParse');
    const checked = items.map((candidate) => checkedItem(candidate));
    expect(zod).not.toHaveBeenCalled();
    zod.mockRestore();
    items.forEach((candidate, index) => {
      expect(checked[index]).toStrictEqual(InventoryItemSchema.parse(candidate));
      expect(JSON.stringify(checked[index])).toBe(JSON.stringify(InventoryItemSchema.parse(candidate)));
    });
  });

  it('returns fresh objects, so a collector changing its own records later changes nothing', () => {
    const checked = checkedItem(plain)!;
    expect(checked).not.toBe(plain);
    expect(checked.identifiers).not.toBe(plain.identifiers);
    expect(checked.linkedTo).not.toBe(plain.linkedTo);
    expect(checked.evidence).not.toBe(plain.evidence);
  });

  it('orders keys as the schema does and keeps keys present with an undefined value', () => {
    expectSameAsZod({ evidence: { b: 1, a: 'x' }, linkedTo: [], name: 'n', identifiers: { exe: 'a', packageName: 'p' }, source: 'process', platform: 'linux', id: 'x', version: undefined });
    expectSameAsZod({ ...plain, identifiers: { exe: undefined }, excludedApps: ['groove'], useCount: 0, focusSeconds: 12.5, running: true, user: 'anna' });
    expectSameAsZod({ ...plain, useCount: -0, excludedApps: undefined });
    expectSameAsZod(Object.assign(Object.create(null) as object, plain));
  });

  it.each([
    ['a negative count', { ...plain, useCount: -1 }],
    ['a fractional count', { ...plain, useCount: 1.5 }],
    ['a count beyond safe integers', { ...plain, useCount: 2 ** 60 }],
    ['NaN', { ...plain, useCount: Number.NaN }],
    ['infinite focus time', { ...plain, focusSeconds: Number.POSITIVE_INFINITY }],
    ['an unknown platform', { ...plain, platform: 'beos' }],
    ['an unknown source', { ...plain, source: 'guesswork' }],
    ['an unknown scope', { ...plain, scope: 'everyone' }],
    ['an unknown identifier (strict)', { ...plain, identifiers: { serial: 'x' } }],
    ['a number as identifier', { ...plain, identifiers: { exe: 7 } }],
    ['a sparse list', { ...plain, linkedTo: [, 'a'] }],
    ['a list of numbers', { ...plain, linkedTo: [1] }],
    ['null evidence', { ...plain, evidence: { a: null } }],
    ['nested evidence', { ...plain, evidence: { a: { b: 1 } } }],
    ['NaN evidence', { ...plain, evidence: { a: Number.NaN } }],
    ['a missing name', { ...plain, name: undefined }],
    ['a boxed string', { ...plain, name: new String('vim') }],
    ['a string', 'dpkg:vim'],
    ['null', null],
    ['an array', [plain]],
    ['a date', new Date(0)],
  ])('rejects %s exactly when zod does', (_case, candidate) => {
    expectSameAsZod(candidate);
  });

  it.each([
    ['missing defaults', { id: 'x', platform: 'linux', source: 'dpkg', name: 'x' }],
    ['an unknown key, which zod strips', { ...plain, colour: 'green' }],
    ['a __proto__ evidence key', { ...plain, evidence: JSON.parse('{"__proto__": "x", "a": 1}') as unknown }],
  ])('leaves %s to zod and returns what zod returns', (_case, candidate) => {
    const zod = vi.spyOn(InventoryItemSchema, 'safeParse');
    checkedItem(candidate);
    expect(zod).toHaveBeenCalledOnce();
    zod.mockRestore();
    expectSameAsZod(candidate);
  });
});
