/** Reads a Windows fixture by name (see test/fixtures/inventory/windows/README.md for origins). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WINDOWS_FIXTURES = fileURLToPath(new URL('../../../../fixtures/inventory/windows/', import.meta.url));

export function fixtureBytes(name: string): Buffer {
  return readFileSync(`${WINDOWS_FIXTURES}${name}`);
}

export function fixtureText(name: string): string {
  return fixtureBytes(name).toString('utf8');
}
