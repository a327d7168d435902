import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathGrants } from '../../../../electron/core/api/path-grants';

describe('PathGrants', () => {
  const grants = new PathGrants();
  grants.grant(['/data/exports/hosts.csv', '/data/inventories']);

  it.each([
    ['/data/exports/hosts.csv', true],
    ['/data/inventories/pc-1.json', true],
    ['/data/inventories/sub/pc-2.json', true],
    ['/data/inventories/../exports/other.csv', false],
    ['/data/inventories-evil/x.json', false],
    ['/data/exports/hosts.csv.bak', false],
    ['/home/user/.ssh/id_ed25519', false],
  ])('%s → %s', (candidate, allowed) => {
    expect(grants.allows(path.resolve(candidate))).toBe(allowed);
  });
});
