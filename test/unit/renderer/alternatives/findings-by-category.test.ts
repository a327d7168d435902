import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../electron/shared/matching';
import { findingsByCategory } from '../../../../renderer/features/alternatives/findings-by-category';

const finding = (kind: Finding['kind'], catalogueId: string, name: string, category: string): Finding => ({
  kind, catalogueId, name, category, vendor: 'v', confidence: 1, evidence: [], usage: { running: false }, versions: [], platforms: [],
});

describe('findings by category', () => {
  const findings = [
    finding('product', 'ms-word', 'Microsoft Word', 'office-documents'),
    finding('product', 'zoom', 'Zoom', 'video-meetings'),
    finding('alternative', 'thunderbird', 'Thunderbird', 'mail-client'),
    finding('product', 'google-docs', 'Google Docs', 'office-documents'),
    finding('alternative', 'firefox', 'Firefox', 'web-browsers'),
    finding('product', 'odd', 'Odd', 'not-in-catalogue'),
  ];
  const names: Record<string, string> = { 'office-documents': 'Word processing', 'video-meetings': 'Video meetings' };
  const layout = findingsByCategory(findings, (id) => names[id], 'en');

  it('groups proprietary products by category name, products by name', () => {
    expect(layout.groups.map((g) => [g.name, g.findings.map((f) => f.name)])).toEqual([
      ['not-in-catalogue', ['Odd']],
      ['Video meetings', ['Zoom']],
      ['Word processing', ['Google Docs', 'Microsoft Word']],
    ]);
  });

  it('lists the alternatives already in use apart, by name', () => {
    expect(layout.switched.map((f) => f.name)).toEqual(['Firefox', 'Thunderbird']);
  });
});
