import { describe, expect, it } from 'vitest';
import { InventoryItemSchema } from '../../../../../electron/shared/inventory';
import { parseUninstallJson } from '../../../../../electron/core/inventory/windows/parse-uninstall-json';
import { uninstallItems } from '../../../../../electron/core/inventory/windows/uninstall-items';
import { fixtureText } from './fixtures';

describe('uninstallItems', () => {
  const parsed = parseUninstallJson(fixtureText('uninstall-powershell.json'));
  const items = uninstallItems(parsed.entries, parsed.clickToRun);

  it('lists visible programs once, with the Office languages merged into one product', () => {
    expect(items.map((i) => i.id)).toEqual([
      'click-to-run:O365ProPlusRetail',
      'click-to-run:VisioProRetail',
      'uninstall-registry:machine64:7-Zip',
      'uninstall-registry:machine32:Microsoft Edge',
      'uninstall-registry:machine32:{731F6BAA-A986-45A4-8936-7C3AAAAA760B}',
      'uninstall-registry:user:slack',
      'uninstall-registry:user:S-1-5-21-3623811015-3361044348-30300820-1013:ZoomUMX',
    ]);
    for (const item of items) expect(InventoryItemSchema.safeParse(item).success).toBe(true);
  });

  it('carries ReleaseId, excluded apps, languages and channel on the Office item', () => {
    expect(items[0]).toEqual({
      id: 'click-to-run:O365ProPlusRetail', platform: 'windows', source: 'click-to-run', name: 'Microsoft 365 Apps for enterprise',
      version: '16.0.18730.20122', publisher: 'Microsoft Corporation', installLocation: 'C:\\Program Files\\Microsoft Office',
      identifiers: { c2rReleaseId: 'O365ProPlusRetail', uninstallKey: 'O365ProPlusRetail - de-de' }, scope: 'machine', linkedTo: [],
      excludedApps: ['groove', 'lync', 'teams'],
      evidence: { languages: 'de-de, en-us', channel: 'Monthly Enterprise Channel', platform: 'x64', mediaType: 'CDN' },
    });
  });

  it('marks per-user entries with their profile and keeps install facts', () => {
    const zoom = items.find((i) => i.id.endsWith('ZoomUMX'));
    expect(zoom).toMatchObject({ scope: 'user', user: 'S-1-5-21-3623811015-3361044348-30300820-1013', version: '6.4.6 (53970)', installDate: '2025-04-10' });
    expect(items.find((i) => i.id.endsWith(':slack'))).toMatchObject({ scope: 'user', name: 'Slack', evidence: { registryView: 'user', estimatedSizeKb: 27402 } });
    expect(items.find((i) => i.id.includes('{731F6BAA'))?.evidence).toEqual({ registryView: 'machine32', windowsInstaller: true, estimatedSizeKb: 162562 });
  });
});
