import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBinaryPlist, parseInfoPlist } from '../../../../../electron/core/inventory/macos/parse-info-plist';
import { FIXTURE_ROOT } from './fixtures';

const plistOf = (app: string) => readFileSync(join(FIXTURE_ROOT, 'Applications', app, 'Contents', 'Info.plist'));

describe('parseInfoPlist', () => {
  it('reads an XML Info.plist', () => {
    expect(parseInfoPlist(plistOf('Slack.app'))).toEqual({
      bundleId: 'com.tinyspeck.slackmacgap', name: 'Slack', shortVersion: '4.47.59', bundleVersion: '447059',
      packageType: 'APPL', category: 'public.app-category.productivity', backgroundAgent: false,
    });
  });

  it('reads a binary Info.plist in-process', () => {
    const bytes = plistOf('LibreOffice.app');
    expect(isBinaryPlist(bytes)).toBe(true);
    expect(parseInfoPlist(bytes)).toEqual({
      bundleId: 'org.libreoffice.script', name: 'LibreOffice', shortVersion: '25.8.2', bundleVersion: '25.8.2.2', packageType: 'APPL', backgroundAgent: false,
    });
  });

  it('marks LSUIElement agents and keeps the display name', () => {
    expect(parseInfoPlist(plistOf('Microsoft OneDrive.app'))).toMatchObject({ displayName: 'OneDrive', backgroundAgent: true });
  });

  it('returns undefined for damaged or foreign content instead of throwing', () => {
    expect(parseInfoPlist(plistOf('Corrupt.app'))).toBeUndefined();
    expect(parseInfoPlist(Buffer.from('not a plist'))).toBeUndefined();
    expect(parseInfoPlist(Buffer.from('<?xml version="1.0"?><plist version="1.0"><array/></plist>'))).toBeUndefined();
  });
});
