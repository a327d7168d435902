/** Paths and readers for the macOS fixtures (see test/fixtures/inventory/macos/README.md for origins). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MACOS_FIXTURES = fileURLToPath(new URL('../../../../fixtures/inventory/macos/', import.meta.url));
export const FIXTURE_ROOT = `${MACOS_FIXTURES}root`;
export const FIXTURE_HOME = `${MACOS_FIXTURES}home`;

export function fixtureText(name: string): string {
  return readFileSync(`${MACOS_FIXTURES}${name}`, 'utf8');
}
