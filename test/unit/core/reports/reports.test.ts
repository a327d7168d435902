import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderCsvReport, CSV_COLUMNS } from '../../../../electron/core/reports/csv-report';
import { renderHtmlReport } from '../../../../electron/core/reports/html-report';
import { renderJsonReport } from '../../../../electron/core/reports/json-report';
import { renderMarkdownReport } from '../../../../electron/core/reports/markdown-report';
import { createReportModel } from '../../../../electron/core/reports/report-model';
import type { Checklist, ChecklistItem } from '../../../../electron/shared/planning';

const item = (extra: Partial<ChecklistItem>): ChecklistItem => ({
  key: 'k1', templateId: 't1', phase: 'migrate', title: 'Convert documents', detail: 'Use soffice --convert-to', ownerRole: 'it-admin',
  productId: 'ms-word', productName: 'Microsoft Word', alternativeId: 'libreoffice', alternativeName: 'LibreOffice', crossCutting: false,
  effortHours: 14, risk: { likelihood: 3, impact: 3, score: 9, level: 'medium' }, reasoning: ['200 Office documents found'], verify: false, verifyFacts: [],
  dependsOn: [], sources: [{ url: 'https://example.org/guide', verifiedOn: '2026-11-01' }], status: 'todo', owner: '', dueDate: null, notes: '', ...extra,
});

const checklist: Checklist = {
  scope: 'local', lang: 'en', generatedAt: '2026-11-27T12:00:00.000Z', scanDate: '2026-11-20T09:00:00.000Z',
  catalogue: { buildId: 'abcdef0123456789', buildDate: '2026-11-27' },
  products: [{
    productId: 'ms-word', productName: 'Microsoft <Word> | "Pro"', vendor: 'Microsoft', vendorCountry: 'US', ownerCountry: 'US', category: 'office-documents',
    dataLocation: 'local', lastUsed: null, usageKnown: false, decision: 'migrate', chosen: null, chosenByUser: false, candidates: [], effortHours: 14, riskScore: 9,
    reasoning: ['vendor in the EU (DE)'], eolDate: null,
  }],
  items: [
    item({}),
    item({ key: 'k2', title: 'Review <script>alert(1)</script> macros, "quoted", with, commas\nand newline', status: 'done', owner: 'Ana | IT', dueDate: '2026-12-31', verify: true, verifyFacts: ['templates_count'], risk: { likelihood: 5, impact: 3, score: 15, level: 'high' } }),
  ],
  phases: [{ phase: 'migrate', total: 2, done: 1, applicable: 2 }],
  totals: { items: 2, done: 1, effortHours: 28 },
  sovereignty: { rows: [{ category: 'office-documents', categoryName: 'Office documents', usVendorProducts: ['Microsoft Word'], otherNonEuProducts: [], europeanProducts: [], cloudProducts: [], localProducts: ['Microsoft Word'], after: [] }],
    before: { usJurisdiction: 1, otherNonEu: 0, european: 0, cloud: 0, local: 1 }, after: { usJurisdiction: 0, otherNonEu: 0, european: 1 }, alreadySwitched: ['Thunderbird'] },
};
const model = createReportModel(checklist, { title: 'Switching plan', scopeLabel: 'PC <07>' });

describe('HTML report', () => {
  const html = renderHtmlReport(model, 'en');

  it('escapes every dynamic string', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('PC &lt;07&gt;');
  });

  it('is self-contained: no scripts, no remote fonts, styles or images', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|@import|url\(http|src="http/i);
    expect(html).toContain('<svg');
  });

  it('states the catalogue build and the scan date', () => {
    expect(html).toContain('build abcdef012345 of 2026-11-27');
    expect(html).toContain('2026-11-20');
  });

  it('follows the language', () => {
    const german = renderHtmlReport(model, 'de');
    expect(german).toContain('<html lang="de">');
    expect(german).toContain('Souveränität');
  });
});

describe('CSV report', () => {
  const csv = renderCsvReport(model, 'en');
  const rows = parse(csv, { columns: true }) as Record<string, string>[];

  it('has the tracker-friendly header and one row per item, surviving quotes, commas and newlines', () => {
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.title).toBe('Review <script>alert(1)</script> macros, "quoted", with, commas\nand newline');
  });

  it('maps owner, due date, priority, estimate (seconds for Jira) and labels', () => {
    expect(rows[1]).toMatchObject({ assignee: 'Ana | IT', due_date: '2026-12-31', priority: 'High', original_estimate: String(14 * 3600), estimate_hours: '14', status: 'done' });
    expect(rows[1]!.labels?.split(' ')).toEqual(['switchyard', 'phase-migrate', 'product-ms-word', 'verify']);
    expect(rows[0]!.description).toContain('https://example.org/guide');
    expect(rows[0]!.description).toContain('2026-11-20');
  });
});

describe('CSV injection', () => {
  it('neutralises cells a spreadsheet would run as formulas, in text columns only', () => {
    const evil = createReportModel({ ...checklist, items: [item({ owner: '=HYPERLINK("https://evil.example","x")', title: '+cmd', notes: '@SUM(A1)' })] }, { title: 'x', scopeLabel: 'y' });
    const [row] = parse(renderCsvReport(evil, 'en'), { columns: true }) as Record<string, string>[];
    expect(row!.assignee).toBe('\'=HYPERLINK("https://evil.example","x")');
    expect(row!.title).toBe("'+cmd");
    expect(row!.original_estimate).toBe(String(14 * 3600));
  });
});

describe('Markdown report', () => {
  const md = renderMarkdownReport(model, 'en');

  it('keeps tables intact when names contain pipes', () => {
    expect(md).toContain('Microsoft &lt;Word&gt; \\| "Pro"');
  });

  it('ticks done items and marks items to verify', () => {
    expect(md).toMatch(/- \[x\] \*\*Review/);
    expect(md).toMatch(/- \[ \] \*\*Convert documents\*\*/);
    expect(md).toContain('_(verify)_');
  });
});

describe('JSON report', () => {
  it('tags its format and version and carries the whole checklist', () => {
    const json = JSON.parse(renderJsonReport(model));
    expect(json).toMatchObject({ format: 'switchyard-plan', formatVersion: 1, scopeLabel: 'PC <07>', catalogue: { buildId: 'abcdef0123456789' }, scanDate: '2026-11-20T09:00:00.000Z' });
    expect(json.items).toHaveLength(2);
  });
});
