import type { MatchableEntry } from '../../../../electron/core/catalogue/types';
import type { InventoryItem } from '../../../../electron/shared/inventory';

const entry = (e: Partial<MatchableEntry> & Pick<MatchableEntry, 'id' | 'name' | 'kind'>): MatchableEntry => ({
  vendor: 'Vendor', category: 'cat', aliases: [], identifiers: [], partOf: [], members: [], ...e,
});

/** A tiny catalogue written for these tests: enough entries to exercise every tier and the suite rules. */
export const ENTRIES: MatchableEntry[] = [
  entry({ kind: 'product', id: 'ms-365-apps', name: 'Microsoft 365 Apps', category: 'office-suite', members: ['ms-word', 'ms-excel', 'ms-outlook'],
    aliases: ['Microsoft 365 Apps for enterprise', 'Microsoft Office'], identifiers: [{ scheme: 'c2r_release_id', value: 'O365ProPlusRetail' }] }),
  entry({ kind: 'product', id: 'ms-word', name: 'Microsoft Word', category: 'office-docs', partOf: ['ms-365-apps'], c2rApp: 'word',
    identifiers: [{ scheme: 'bundle_id', value: 'com.microsoft.Word' }, { scheme: 'exe', value: 'WINWORD.EXE' }] }),
  entry({ kind: 'product', id: 'ms-excel', name: 'Microsoft Excel', category: 'office-sheets', partOf: ['ms-365-apps'], c2rApp: 'excel' }),
  entry({ kind: 'product', id: 'ms-outlook', name: 'Microsoft Outlook', category: 'mail', partOf: ['ms-365-apps'], c2rApp: 'outlook' }),
  entry({ kind: 'product', id: 'ms-teams', name: 'Microsoft Teams', category: 'chat',
    identifiers: [{ scheme: 'appx_family', value: 'MSTeams_8wekyb3d8bbwe' }, { scheme: 'display_name_pattern', value: '^Teams Machine-Wide Installer$' }] }),
  entry({ kind: 'product', id: 'zoom', name: 'Zoom Workplace', category: 'meetings', aliases: ['Zoom'], identifiers: [{ scheme: 'bundle_id', value: 'us.zoom.xos' }] }),
  entry({ kind: 'product', id: 'slack', name: 'Slack', category: 'chat',
    identifiers: [{ scheme: 'flatpak', value: 'com.slack.Slack' }, { scheme: 'display_name_pattern', value: '^Slack$' }] }),
  entry({ kind: 'product', id: 'acrobat-reader', name: 'Adobe Acrobat Reader', category: 'pdf' }),
  entry({ kind: 'product', id: 'acrobat', name: 'Adobe Acrobat', category: 'pdf' }),
  entry({ kind: 'alternative', id: 'libreoffice', name: 'LibreOffice', category: 'office-suite', identifiers: [{ scheme: 'deb', value: 'libreoffice-writer' }] }),
  entry({ kind: 'alternative', id: 'thunderbird', name: 'Thunderbird', category: 'mail', aliases: ['Mozilla Thunderbird'] }),
  entry({ kind: 'alternative', id: 'signal', name: 'Signal', category: 'chat' }),
];

let counter = 0;
export function item(name: string, extra: Partial<InventoryItem> = {}): InventoryItem {
  return { id: `t${counter++}`, platform: 'windows', source: 'uninstall-registry', name, identifiers: {}, linkedTo: [], evidence: {}, ...extra };
}
