import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../../electron/core/matching/matcher';
import { matchInventory } from '../../../../electron/core/matching/match-inventory';
import { ENTRIES, item } from './catalogue-fixture';

const matcher = createMatcher(ENTRIES);

describe('findings', () => {
  it('one app seen through package, process and usage is one finding with all the evidence', () => {
    const pkg = item('Slack', { id: 'pkg', platform: 'linux', source: 'flatpak', identifiers: { flatpakId: 'com.slack.Slack' }, version: '4.41' });
    const process = item('slack', { id: 'proc', platform: 'linux', source: 'process', running: true, linkedTo: ['pkg'] });
    const usage = item('com.slack.Slack.desktop', { id: 'use', platform: 'linux', source: 'recently-used', useCount: 7, lastUsed: '2026-11-20T10:00:00Z', linkedTo: ['pkg'] });
    const { findings } = matchInventory(matcher, [pkg, process, usage]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ catalogueId: 'slack', usage: { running: true, useCount: 7, lastUsed: '2026-11-20T10:00:00Z' }, versions: ['4.41'] });
    expect(findings[0]!.evidence.map((e) => e.itemId).sort()).toEqual(['pkg', 'proc', 'use']);
  });

  it('the Microsoft 365 suite implies its members, minus Click-to-Run excluded apps, without doubles', () => {
    const suite = item('Microsoft 365 Apps for enterprise - en-us', { source: 'click-to-run', identifiers: { c2rReleaseId: 'O365ProPlusRetail' }, excludedApps: ['outlook'] });
    const word = item('WINWORD.EXE', { source: 'process', identifiers: { exe: 'WINWORD.EXE' }, running: true });
    const { findings } = matchInventory(matcher, [suite, word]);
    const ids = findings.map((f) => f.catalogueId).sort();
    expect(ids).toEqual(['ms-365-apps', 'ms-excel', 'ms-word']);
    expect(findings.find((f) => f.catalogueId === 'ms-excel')).toMatchObject({ impliedBy: 'Microsoft 365 Apps' });
    const wordFinding = findings.find((f) => f.catalogueId === 'ms-word')!;
    expect(wordFinding.impliedBy).toBeUndefined();
    expect(wordFinding.evidence.map((e) => e.tier).sort()).toEqual(['identifier', 'suite']);
  });

  it('an alternative already in use is its own kind of finding', () => {
    const { findings, counts } = matchInventory(matcher, [item('LibreOffice 24.8'), item('Zoom')]);
    expect(findings.map((f) => `${f.kind}:${f.catalogueId}`).sort()).toEqual(['alternative:libreoffice', 'product:zoom']);
    expect(counts).toEqual({ rows: 2, products: 1, alternatives: 1, ignored: 0 });
  });
});
