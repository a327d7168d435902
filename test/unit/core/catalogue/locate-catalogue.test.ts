import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateCatalogue } from '../../../../electron/core/catalogue/locate-catalogue';

const repoRoot = path.resolve('/repo');
const resourcesDir = path.resolve('/opt/switchyard/resources');
const packaged = path.join(resourcesDir, 'catalogue.sqlite');
const inRepo = path.join(repoRoot, 'data', 'dist', 'catalogue.sqlite');

describe('locateCatalogue', () => {
  it.each([
    ['the environment variable wins, even when the file is missing', { SWITCHYARD_CATALOGUE: 'custom.sqlite' }, resourcesDir, [packaged], path.resolve('custom.sqlite')],
    ['then the packaged resources folder', {}, resourcesDir, [packaged], packaged],
    ['the repository when the resources folder has no catalogue', {}, resourcesDir, [], inRepo],
    ['the repository when not packaged', {}, undefined, [], inRepo],
    ['an empty variable counts as unset', { SWITCHYARD_CATALOGUE: '' }, undefined, [], inRepo],
  ] as const)('%s', (_name, env, resources, existing, expected) => {
    const exists = (file: string): boolean => (existing as readonly string[]).includes(file);
    expect(locateCatalogue({ env, resourcesDir: resources, repoRoot, exists })).toBe(expected);
  });
});
