import { describe, expect, it } from 'vitest';
import { parseRpmQuery, rpmFullVersion } from '../../../../../electron/core/inventory/linux/parse-rpm';
import { fixture } from './helpers';

describe('parseRpmQuery', () => {
  it('reads packages, maps (none) to absent and skips signing-key pseudo-packages', () => {
    const packages = parseRpmQuery(fixture('rpm-qa.txt'));
    expect(packages.map((pkg) => pkg.name)).toEqual([
      'libreoffice-writer', 'libreoffice-calc', 'thunderbird', 'firefox', 'google-chrome-stable', 'zoom', 'slack', 'glibc',
    ]);
    const writer = packages[0];
    expect(writer).toEqual({
      name: 'libreoffice-writer', epoch: 1, version: '24.8.4.2', release: '2.fc41', arch: 'x86_64',
      installedAt: '2025-02-06T12:00:02.000Z', vendor: 'Fedora Project', summary: 'LibreOffice Word Processor',
    });
    expect(rpmFullVersion(writer!)).toBe('1:24.8.4.2-2.fc41');
    expect(rpmFullVersion(packages[3]!)).toBe('135.0.1-1.fc41');
    expect(packages.find((pkg) => pkg.name === 'slack')?.vendor).toBeUndefined();
  });

  it('tolerates empty input, junk lines, a bad epoch and a bad install time', () => {
    expect(parseRpmQuery('')).toEqual([]);
    expect(parseRpmQuery('error: rpmdb open failed\n')).toEqual([]);
    const [pkg] = parseRpmQuery('tool\t(none)\t1.0\t1\tnoarch\tyesterday\t(none)\t(none)\r\n');
    expect(pkg).toEqual({ name: 'tool', epoch: 0, version: '1.0', release: '1', arch: 'noarch', installedAt: undefined, vendor: undefined, summary: undefined });
  });
});
