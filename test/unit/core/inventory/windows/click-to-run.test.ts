import { describe, expect, it } from 'vitest';
import {
  channelName, clickToRunFromRegKeys, clickToRunIdentity, mergeClickToRun, parseClickToRunValues,
} from '../../../../../electron/core/inventory/windows/click-to-run';
import { decodeConsoleOutput } from '../../../../../electron/core/inventory/windows/decode-console-output';
import { parseRegQuery } from '../../../../../electron/core/inventory/windows/parse-reg-query';
import type { UninstallEntry } from '../../../../../electron/core/inventory/windows/uninstall-entry';
import { uninstallEntriesFromRegKeys } from '../../../../../electron/core/inventory/windows/uninstall-entry';
import { fixtureBytes } from './fixtures';

const regConfig = () => clickToRunFromRegKeys(parseRegQuery(decodeConsoleOutput(fixtureBytes('reg-query-click-to-run.txt'))));
const hklmEntries = () => uninstallEntriesFromRegKeys(parseRegQuery(decodeConsoleOutput(fixtureBytes('reg-query-uninstall-hklm-de.utf16le.txt'))));

describe('Click-to-Run configuration', () => {
  it('reads products, excluded apps, version, bitness and channel from reg.exe output', () => {
    expect(regConfig()).toEqual({
      releaseIds: ['O365ProPlusRetail', 'VisioProRetail'],
      version: '16.0.18730.20122',
      platform: 'x64',
      channel: 'Current Channel',
      culture: 'de-de',
      installationPath: 'C:\\Program Files\\Microsoft Office',
      products: {
        O365ProPlusRetail: { excludedApps: ['groove', 'lync', 'access'], mediaType: 'CDN' },
        VisioProRetail: { excludedApps: [], mediaType: 'CDN' },
      },
    });
  });

  it('prefers UpdateChannel over CDNBaseUrl and falls back to ClientVersionToReport', () => {
    const config = parseClickToRunValues({
      ProductReleaseIds: 'ProPlus2024Volume', ClientVersionToReport: '16.0.17932.20222',
      CDNBaseUrl: 'http://officecdn.microsoft.com/pr/492350f6-3a01-4f97-b9c0-c7c6ddf67d60',
      UpdateChannel: 'http://officecdn.microsoft.com/pr/7ffbc6bf-bc32-4f92-8982-f9dd17fd3114',
    });
    expect(config).toMatchObject({ version: '16.0.17932.20222', channel: 'Semi-Annual Enterprise Channel' });
  });

  it.each([
    ['http://officecdn.microsoft.com/pr/55336b82-a18d-4dd6-b5f6-9e5095c314a6', 'Monthly Enterprise Channel'],
    ['5440FD1F-7ECB-4221-8110-145EFAA6372F', 'Beta Channel'],
    ['http://officecdn.microsoft.com/pr/64256afe-f5d9-4f86-8936-8840a6a4f5be/', 'Current Channel (Preview)'],
    ['http://officecdn.microsoft.com/pr/00000000-0000-0000-0000-000000000000', 'Unknown channel (00000000-0000-0000-0000-000000000000)'],
    ['\\\\fileserver\\office', undefined],
  ])('channel of %s', (url, name) => {
    expect(channelName(url)).toBe(name);
  });

  it('finds nothing when the Configuration key was not printed', () => {
    expect(clickToRunFromRegKeys([])).toBeUndefined();
  });
});

describe('mergeClickToRun', () => {
  it('folds the per-language entries into one product and adds products known only to the Configuration', () => {
    const { products, others } = mergeClickToRun(hklmEntries(), regConfig());
    expect(products).toEqual([
      {
        releaseId: 'O365ProPlusRetail', name: 'Microsoft 365 Apps for enterprise', version: '16.0.18730.20122',
        publisher: 'Microsoft Corporation', languages: ['de-de', 'en-us'], installLocation: 'C:\\Program Files\\Microsoft Office',
        excludedApps: ['groove', 'lync', 'access'], channel: 'Current Channel', platform: 'x64', mediaType: 'CDN',
        uninstallKeys: ['O365ProPlusRetail - de-de', 'O365ProPlusRetail - en-us'],
      },
      {
        releaseId: 'VisioProRetail', name: 'Visio Plan 2', version: '16.0.18730.20122', publisher: 'Microsoft Corporation',
        languages: [], installLocation: 'C:\\Program Files\\Microsoft Office', excludedApps: [], channel: 'Current Channel',
        platform: 'x64', mediaType: 'CDN', uninstallKeys: [],
      },
    ]);
    expect(others.some((e) => e.key.startsWith('O365'))).toBe(false);
    expect(others).toHaveLength(9);
  });

  it('still merges by UninstallString when the Configuration key is missing', () => {
    const { products } = mergeClickToRun(hklmEntries(), undefined);
    expect(products.map((p) => [p.releaseId, p.languages, p.excludedApps])).toEqual([['O365ProPlusRetail', ['de-de', 'en-us'], []]]);
  });

  it('recognises an entry by its subkey name when the UninstallString is gone', () => {
    const entry: UninstallEntry = { scope: 'machine64', key: 'ProPlus2021Volume - fr-fr', displayName: 'Office LTSC Professionnel Plus 2021 - fr-fr', systemComponent: false, windowsInstaller: false };
    expect(clickToRunIdentity(entry)).toEqual({ releaseId: 'ProPlus2021Volume', culture: 'fr-fr' });
    expect(mergeClickToRun([entry], undefined).products[0]?.name).toBe('Office LTSC Professionnel Plus 2021');
    expect(clickToRunIdentity({ ...entry, key: 'Mozilla Firefox - de' })).toBeUndefined();
  });
});
