import { describe, expect, it } from 'vitest';
import { osNameAndVersion, parseOsRelease } from '../../../../electron/core/inventory/host-identity-os-release';
import { readHostIdentity } from '../../../../electron/core/inventory/host-identity';
import { nodeFileSystem, type FileSystem } from '../../../../electron/core/inventory/linux/file-system';
import { fixture, TREE_ROOT } from './linux/helpers';

describe('os-release', () => {
  it('reads the real Debian 12 file', () => {
    expect(osNameAndVersion(parseOsRelease(fixture('tree/root/etc/os-release')))).toEqual({ name: 'Debian GNU/Linux', version: '12' });
  });

  it('handles quoting, escapes, comments and rolling releases', () => {
    const values = parseOsRelease('# comment\nNAME=\'Arch Linux\'\nPRETTY_NAME="Say \\"hi\\""\nBUILD_ID=rolling\nbad line\nID=arch\n');
    expect(values.get('PRETTY_NAME')).toBe('Say "hi"');
    expect(osNameAndVersion(values)).toEqual({ name: 'Arch Linux', version: 'rolling' });
    expect(osNameAndVersion(parseOsRelease(''))).toEqual({ name: 'Linux', version: '' });
  });
});

describe('readHostIdentity', () => {
  it('reads OS and machine id from the tree and stays quiet about root-only DMI files', async () => {
    const identity = await readHostIdentity({ platform: 'linux', rootDir: TREE_ROOT });
    expect(identity).toMatchObject({ os: { platform: 'linux', name: 'Debian GNU/Linux', version: '12' }, machineId: '0123456789abcdef0123456789abcdef' });
    expect(identity.hostname.length).toBeGreaterThan(0);
    expect(identity).not.toHaveProperty('serial');
    expect(identity).not.toHaveProperty('hardwareUuid');
  });

  it('takes DMI values when readable and drops firmware placeholders', async () => {
    const dmi: Record<string, string> = {
      '/sys/class/dmi/id/product_uuid': '4c4c4544-0042-3510-8052-b4c04f4e4332\n',
      '/sys/class/dmi/id/product_serial': 'To Be Filled By O.E.M.\n',
    };
    const fs: FileSystem = { ...nodeFileSystem, readFile: async (path) => {
      if (dmi[path.slice(TREE_ROOT.length)]) return Buffer.from(dmi[path.slice(TREE_ROOT.length)] as string);
      return nodeFileSystem.readFile(path);
    } };
    const identity = await readHostIdentity({ platform: 'linux', rootDir: TREE_ROOT, fs });
    expect(identity.hardwareUuid).toBe('4c4c4544-0042-3510-8052-b4c04f4e4332');
    expect(identity.serial).toBeUndefined();
  });

  it('falls back to generic names when nothing is readable', async () => {
    const identity = await readHostIdentity({ platform: 'macos', rootDir: '/nonexistent-root' });
    expect(identity.os.name).toBe('macOS');
    expect((await readHostIdentity({ platform: 'linux', rootDir: '/nonexistent-root' })).os.name).toBe('Linux');
  });
});
