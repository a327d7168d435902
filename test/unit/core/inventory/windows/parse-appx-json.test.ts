import { describe, expect, it } from 'vitest';
import { InventoryItemSchema } from '../../../../../electron/shared/inventory';
import { appxItem, parseAppxJson } from '../../../../../electron/core/inventory/windows/parse-appx-json';
import { fixtureText } from './fixtures';

describe('parseAppxJson', () => {
  it('keeps user apps and drops frameworks, resource packages and System packages', () => {
    const { packages, problems } = parseAppxJson(fixtureText('appx-powershell.json'));
    expect(problems).toEqual([]);
    expect(packages.map((p) => p.packageFamilyName)).toEqual([
      'MSTeams_8wekyb3d8bbwe',
      'Microsoft.OutlookForWindows_8wekyb3d8bbwe',
      'Microsoft.MicrosoftOfficeHub_8wekyb3d8bbwe',
      '5319275A.WhatsAppDesktop_cv1g1gvanyjgm',
    ]);
    expect(packages[0]).toEqual({
      name: 'MSTeams', packageFamilyName: 'MSTeams_8wekyb3d8bbwe', version: '25290.205.4069.4894',
      publisher: 'CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US',
      signatureKind: 'Store', architecture: 'X64',
      installLocation: 'C:\\Program Files\\WindowsApps\\MSTeams_25290.205.4069.4894_x64__8wekyb3d8bbwe',
    });
  });

  it('understands Windows PowerShell 5.1 enum numbers and a lone object', () => {
    const lone = JSON.stringify({
      Name: 'Microsoft.Windows.ShellExperienceHost', PackageFullName: 'Microsoft.Windows.ShellExperienceHost_10.0.26100.1_neutral_neutral_cw5n1h2txyewy',
      SignatureKind: 4, Architecture: 11,
    });
    expect(parseAppxJson(lone).packages).toEqual([]);
    const store = JSON.stringify({ Name: 'MSTeams', PackageFullName: 'MSTeams_25290.205.4069.4894_arm64__8wekyb3d8bbwe', SignatureKind: 3, Architecture: 12, IsFramework: false });
    expect(parseAppxJson(store).packages).toEqual([{ name: 'MSTeams', packageFamilyName: 'MSTeams_8wekyb3d8bbwe', signatureKind: 'Store', architecture: 'Arm64' }]);
  });

  it('returns nothing for null and a plain-words problem for broken JSON', () => {
    expect(parseAppxJson('null')).toEqual({ packages: [], problems: [] });
    expect(parseAppxJson('[{').problems[0]).toMatch(/^The list of Store\/MSIX apps is not readable JSON/);
  });
});

describe('appxItem', () => {
  const items = parseAppxJson(fixtureText('appx-powershell.json')).packages.map(appxItem);

  it('names the Microsoft 365 packages and keeps the family name as identifier', () => {
    expect(items.map((i) => [i.name, i.identifiers.appxFamily, i.publisher])).toEqual([
      ['Microsoft Teams', 'MSTeams_8wekyb3d8bbwe', 'Microsoft Corporation'],
      ['Outlook (new)', 'Microsoft.OutlookForWindows_8wekyb3d8bbwe', 'Microsoft Corporation'],
      ['Microsoft 365 Copilot', 'Microsoft.MicrosoftOfficeHub_8wekyb3d8bbwe', 'Microsoft Corporation'],
      ['5319275A.WhatsAppDesktop', '5319275A.WhatsAppDesktop_cv1g1gvanyjgm', '24803D75-212C-471A-BC57-9EF86AB91435'],
    ]);
    for (const item of items) expect(InventoryItemSchema.safeParse(item).success).toBe(true);
  });
});
