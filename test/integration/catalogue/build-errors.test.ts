import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../data/build/build';
import { formatBuildError } from '../../../data/build/build-error';

const ERRORS_DIR = path.resolve('test/fixtures/catalogue/errors');

const CASES: { tree: string; errors: string[] }[] = [
  { tree: 'yaml-syntax', errors: ['broken.yaml:4: not valid YAML: Sequence item without - indicator'] },
  {
    tree: 'schema-field',
    errors: [
      'org.yaml:2: organisations[0].id: lower-case id: letters, digits, dots and dashes',
      'org.yaml:4: organisations[0].country: ISO 3166-1 alpha-2 code in capitals, e.g. DE',
      'org.yaml:9: organisations[1].name: required field is missing',
      'org.yaml:14: organisations[1].sources[0].verified_on: date as YYYY-MM-DD',
    ],
  },
  {
    tree: 'unknown-field',
    errors: [
      "org.yaml:7: organisations[0].jurisdiction_nte: unknown field 'jurisdiction_nte' (misspelt? the schema in data/schema/source-schema.ts does not define it)",
      "org.yaml:12: organisations[0].sources[0].verified_by: unknown field 'verified_by' (misspelt? the schema in data/schema/source-schema.ts does not define it)",
    ],
  },
  {
    tree: 'unknown-list',
    errors: ["file.yaml:3: vendors: unknown top-level list 'vendors' (allowed: categories, organisations, products, alternatives, relations, step_templates)"],
  },
  {
    tree: 'duplicate-id',
    errors: [
      "b.yaml:2: categories[0].id: id 'office' is already used by the category at a.yaml:2",
      "b.yaml:4: organisations[0].id: id 'nextcloud' is already used by the category at a.yaml:3",
    ],
  },
  {
    tree: 'unresolved-reference',
    errors: [
      "file.yaml:2: categories[0].parent: no category with id 'offices'",
      "file.yaml:14: alternatives[0].vendor: no organisation with id 'exmaple-org'",
      "file.yaml:16: alternatives[0].category: no category with id 'ofice'",
      "file.yaml:17: alternatives[0].also_categories[1]: no category with id 'file-sync'",
      "file.yaml:26: alternatives[0].bundle_of[0]: no alternative with id 'example-docs'",
      "file.yaml:30: relations[0].product: no product with id 'ms-wrod'",
      "file.yaml:34: relations[0].steps[0]: no step template with id 'missing-step'",
      "file.yaml:44: step_templates[0].depends_on[0]: no step template with id 'other-step'",
    ],
  },
  {
    tree: 'bad-pattern',
    errors: ['file.yaml:26: alternatives[0].identifiers[0].value: pattern does not compile as a JavaScript regular expression: Invalid regular expression: /^Example Writer (64-bit/i: Unterminated group'],
  },
  {
    tree: 'identifier-claimed-twice',
    errors: ["file.yaml:43: alternatives[1].identifiers[0]: identifier deb 'Example-Writer' is already claimed by 'example-writer' at file.yaml:12"],
  },
  {
    tree: 'fact-not-covered',
    errors: [
      "file.yaml:9: organisations[0].sources: no source covers 'owner_country': add it to the covers list of the source that backs it",
      "file.yaml:19: products[0].id: product 'example-writer' has 0 alternative(s); it needs at least 2 (add relations)",
      "file.yaml:19: products[0].id: product 'example-writer' has no alternative whose vendor is headquartered in Europe",
      "file.yaml:26: products[0].sources: no source covers 'jurisdiction': add it to the covers list of the source that backs it",
    ],
  },
  {
    tree: 'too-few-alternatives',
    errors: [
      "file.yaml:12: products[0].id: product 'us-writer' has 1 alternative(s); it needs at least 2 (add relations)",
      "file.yaml:12: products[0].id: product 'us-writer' has no alternative whose vendor is headquartered in Europe",
    ],
  },
  { tree: 'dependency-cycle', errors: ['file.yaml:18: step_templates[1].depends_on: cycle: step-a -> step-b -> step-a'] },
  {
    tree: 'duplicate-relation',
    errors: [
      "file.yaml:19: products[0].id: product 'us-writer' has 1 alternative(s); it needs at least 2 (add relations)",
      'file.yaml:49: relations[1]: relation us-writer -> eu-writer is already defined at file.yaml:44',
    ],
  },
  { tree: 'not-utf8', errors: ['latin1.yaml:1: the file is not UTF-8 text; save it as UTF-8'] },
];

describe('catalogue build errors', () => {
  let outDir = '';
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it.each(CASES)('$tree: reports every error with file, line and field, and writes nothing', ({ tree, errors }) => {
    outDir = mkdtempSync(path.join(tmpdir(), 'catalogue-errors-'));
    const sourcesDir = path.join(ERRORS_DIR, tree);
    const outFile = path.join(outDir, 'catalogue.sqlite');
    const result = buildCatalogue({ sourcesDir, outFile, displayRoot: sourcesDir });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map(formatBuildError)).toEqual(errors);
    expect(existsSync(outFile)).toBe(false);
  });

  it('every error fixture folder has a case here', async () => {
    const { readdirSync } = await import('node:fs');
    const folders = readdirSync(ERRORS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.sort()).toEqual(CASES.map((item) => item.tree).sort());
  });

  it('reports the errors of all files at once, not just the first file', () => {
    outDir = mkdtempSync(path.join(tmpdir(), 'catalogue-errors-'));
    const result = buildCatalogue({ sourcesDir: ERRORS_DIR, outFile: path.join(outDir, 'c.sqlite'), displayRoot: ERRORS_DIR });
    const files = new Set(result.ok ? [] : result.errors.map((error) => error.file.split('/')[0]));
    expect(files.size).toBeGreaterThanOrEqual(10);
  });
});

describe('catalogue build errors across files', () => {
  it('resolves references into a file whose only problem is an unknown key', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalogue-partial-'));
    try {
      const valid = path.resolve('test/fixtures/catalogue/valid');
      const sources = path.join(dir, 'sources');
      mkdirSync(sources);
      writeFileSync(path.join(sources, 'office.yaml'), readFileSync(path.join(valid, 'office.yaml')));
      writeFileSync(path.join(sources, 'vendors.yaml'), readFileSync(path.join(valid, 'vendors.yaml'), 'utf8')
        .replace('    kind: foundation\n', '    kind: foundation\n    founded: 2010\n'));
      const result = buildCatalogue({ sourcesDir: sources, outFile: path.join(dir, 'c.sqlite'), displayRoot: sources });
      expect(result.ok ? [] : result.errors.map(formatBuildError)).toEqual([
        "vendors.yaml:29: organisations[2].founded: unknown field 'founded' (misspelt? the schema in data/schema/source-schema.ts does not define it)",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
