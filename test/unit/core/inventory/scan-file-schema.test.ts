/**
 * electron/shared/inventory.schema.json documents the file `switchyard scan --out` writes, for people
 * and tools outside Switchyard. It is generated from the zod schema; this test fails when the two drift.
 * Regenerate after changing electron/shared/inventory.ts:
 *   SWITCHYARD_WRITE_SCHEMA=1 npx vitest run test/unit/core/inventory/scan-file-schema.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InventoryFileSchema } from '../../../../electron/shared/inventory';
import { scanWorkstation } from '../../../../electron/core/inventory/scan';
import { fakeRun, fixture, ok, TREE_HOME, TREE_ROOT } from './linux/helpers';

const SCHEMA_PATH = fileURLToPath(new URL('../../../../electron/shared/inventory.schema.json', import.meta.url));

/** The input side: what a reader accepts. Fields with defaults (linkedTo, evidence) may be left out by other producers. */
function generated(): string {
  const schema = {
    title: 'Switchyard inventory file',
    $comment: 'Generated from InventoryFileSchema in electron/shared/inventory.ts with zod z.toJSONSchema; do not edit by hand.',
    ...z.toJSONSchema(InventoryFileSchema, { io: 'input' }),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

describe('inventory.schema.json', () => {
  it('equals the schema generated from the zod definition', () => {
    if (process.env.SWITCHYARD_WRITE_SCHEMA === '1') writeFileSync(SCHEMA_PATH, generated());
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(generated());
  });

  it('describes the file a scan produces: every field the scan writes is declared', async () => {
    const file = await scanWorkstation({
      generator: { name: 'Switchyard', version: '0.0.0-test' }, platform: 'linux', rootDir: TREE_ROOT, homeDir: TREE_HOME, env: {},
      run: fakeRun({ 'dpkg-query': ok(fixture('dpkg-query-selected-debian12.txt')) }),
    });
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { properties: Record<string, unknown>; required: string[]; additionalProperties?: unknown };
    for (const key of Object.keys(file)) expect(schema.properties).toHaveProperty(key);
    for (const key of schema.required) expect(file).toHaveProperty(key);
    expect(InventoryFileSchema.strict().safeParse(file).success).toBe(true);
  });
});
