import { describe, expect, it } from 'vitest';
import { parseDpkgQuery, parseDpkgStatus } from '../../../../../electron/core/inventory/linux/parse-dpkg';
import { fixture } from './helpers';

describe('parseDpkgQuery', () => {
  it('reads every installed package of the real Debian 12 capture', () => {
    const text = fixture('dpkg-query-debian12.txt');
    const packages = parseDpkgQuery(text);
    expect(packages).toHaveLength(text.trimEnd().split('\n').length);
    expect(packages.find((pkg) => pkg.name === 'chromium')).toEqual({
      binaryPackage: 'chromium',
      name: 'chromium',
      version: '156.0.8078.108-1~deb12u1',
      architecture: 'amd64',
      installedSizeKiB: 290280,
      section: 'web',
      maintainer: 'Debian Chromium Team <chromium@packages.debian.org>',
      homepage: 'http://www.chromium.org/Home',
    });
  });

  it('drops packages dpkg knows but has not installed, and strips the Multi-Arch suffix from the name', () => {
    const packages = parseDpkgQuery(fixture('dpkg-query-selected-debian12.txt'));
    expect(packages.map((pkg) => pkg.binaryPackage)).toEqual(['chromium', 'curl', 'git', 'libc6:amd64', 'python3.11', 'vim']);
    const libc = packages.find((pkg) => pkg.name === 'libc6');
    expect(libc?.binaryPackage).toBe('libc6:amd64');
    expect(packages.find((pkg) => pkg.name === 'python3.11')?.homepage).toBeUndefined();
    expect(packages.find((pkg) => pkg.name === 'vim')?.version).toBe('2:9.0.1378-2+deb12u2');
  });

  it('keeps only the installed state out of all dpkg states', () => {
    const states = ['installed', 'config-files', 'half-installed', 'unpacked', 'half-configured', 'triggers-awaited', 'triggers-pending', 'not-installed'];
    const text = states.map((state, i) => `pkg${i}\t1.0\tamd64\t${state}\t1\tmisc\tM <m@x>\t`).join('\n');
    expect(parseDpkgQuery(text).map((pkg) => pkg.name)).toEqual(['pkg0']);
  });

  it('survives empty input, CRLF line ends, short lines, bad sizes and bytes that were not UTF-8', () => {
    expect(parseDpkgQuery('')).toEqual([]);
    expect(parseDpkgQuery('\n\n   \n')).toEqual([]);
    expect(parseDpkgQuery('onlyaname\nname\t1.0\n')).toEqual([]);
    const latin1 = Buffer.concat([Buffer.from('tool\t1.0\tamd64\tinstalled\tabc\tutils\tJos'), Buffer.from([0xe9]), Buffer.from(' <j@x>\t\r\n')]);
    const [tool] = parseDpkgQuery(latin1.toString('utf8'));
    expect(tool).toMatchObject({ name: 'tool', version: '1.0', installedSizeKiB: undefined, maintainer: 'Jos\uFFFD <j@x>', homepage: undefined });
  });

  it('parses a very large listing in one pass', () => {
    const line = (i: number) => `package-${i}\t1.${i}\tamd64\tinstalled\t${i}\tlibs\tM <m@x>\thttps://example.org/${i}`;
    const text = Array.from({ length: 100_000 }, (_, i) => line(i)).join('\n');
    const packages = parseDpkgQuery(text);
    expect(packages).toHaveLength(100_000);
    expect(packages[99_999]?.version).toBe('1.99999');
  });
});

describe('parseDpkgStatus', () => {
  it('reads the real status stanzas, qualifying Multi-Arch: same packages as dpkg does', () => {
    const packages = parseDpkgStatus(fixture('dpkg-status-excerpt-debian12.txt'));
    expect(packages.map((pkg) => pkg.binaryPackage).sort()).toEqual(['chromium', 'libc6:amd64', 'tzdata', 'vim', 'vim-common', 'zutty']);
    expect(packages.find((pkg) => pkg.name === 'vim')).toMatchObject({ version: '2:9.0.1378-2+deb12u2', architecture: 'amd64', section: 'editors', installedSizeKiB: 3650 });
    expect(packages.find((pkg) => pkg.name === 'tzdata')?.architecture).toBe('all');
  });

  it('agrees with dpkg-query on the same machine', () => {
    const fromQuery = parseDpkgQuery(fixture('dpkg-query-debian12.txt'));
    for (const pkg of parseDpkgStatus(fixture('dpkg-status-excerpt-debian12.txt'))) {
      // The status excerpt was cut a little before the full capture; only identity is compared.
      expect(fromQuery.some((other) => other.binaryPackage === pkg.binaryPackage && other.architecture === pkg.architecture)).toBe(true);
    }
  });

  it('skips removed, half-installed and nameless stanzas and ignores multi-line descriptions', () => {
    const text = [
      'Package: gone\nStatus: deinstall ok config-files\nVersion: 1.0\nArchitecture: amd64',
      'Package: broken\nStatus: install reinstreq half-installed\nVersion: 2.0',
      'Status: install ok installed\nVersion: 3.0',
      'Package: kept\nStatus: install ok installed\nArchitecture: amd64\nVersion: 4.0\nDescription: short\n long text\n .\n Package: not-a-field',
      'Package: no-version\nStatus: install ok installed',
    ].join('\n\n');
    const packages = parseDpkgStatus(text);
    expect(packages).toEqual([{ binaryPackage: 'kept', name: 'kept', version: '4.0', architecture: 'amd64', installedSizeKiB: undefined, section: undefined, maintainer: undefined, homepage: undefined }]);
  });

  it('returns nothing for empty or foreign input', () => {
    expect(parseDpkgStatus('')).toEqual([]);
    expect(parseDpkgStatus('<html>not a status file</html>')).toEqual([]);
  });
});
