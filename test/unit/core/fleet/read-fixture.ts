import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../../../electron/core/fleet/decode';
import type { ImportInput } from '../../../../electron/core/fleet/importer';

export const FIXTURES = join(__dirname, '../../../fixtures/fleet');

/** A fleet fixture decoded the way import-files.ts decodes real files. */
export function fixture(relativePath: string): ImportInput {
  const decoded = decodeBytes(readFileSync(join(FIXTURES, relativePath)));
  if (!decoded.ok) throw new Error(`fixture ${relativePath}: ${decoded.reason}`);
  return { fileName: relativePath, text: decoded.text };
}
