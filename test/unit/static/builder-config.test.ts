import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const config = parse(readFileSync(path.resolve(__dirname, '../../../electron-builder.yml'), 'utf8'));

describe('electron-builder.yml', () => {
  it('names the app and its id', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Switchyard');
  });

  it('declares every fuse explicitly, with the secure value', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false, enableCookieEncryption: true, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true, onlyLoadAppFromAsar: true, loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false, resetAdHocDarwinSignature: false,
    });
  });

  it('builds AppImage + deb, nsis + portable and dmg, and publishes nowhere', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.publish).toBeNull();
  });

  it('unpacks native modules, ships the catalogue and never rebuilds node_modules', () => {
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.extraResources).toContainEqual({ from: 'data/dist/catalogue.sqlite', to: 'catalogue.sqlite' });
    expect(config.npmRebuild).toBe(false);
  });
});
