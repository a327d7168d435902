import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../../data/build/parse-source';

const ORG = `organisations:
  - id: example-org
    name: Example
    country: DE
    owner_country: DE
    kind: company
    sources:
      - url: "https://example.org/imprint"
        verified_on: 2026-11-01
        covers: [country, owner_country]
`;

describe('parseSource', () => {
  it('parses a valid file and applies the schema defaults', () => {
    const result = parseSource('org.yaml', ORG);
    expect(result.ok && result.source.data.organisations[0]?.sources[0]?.kind).toBe('vendor');
    expect(result.ok && result.source.data.products).toEqual([]);
  });

  it.each([
    [[], 1],
    [['organisations'], 1],
    [['organisations', 0], 2],
    [['organisations', 0, 'country'], 4],
    [['organisations', 0, 'sources', 0, 'verified_on'], 9],
    [['organisations', 0, 'sources', 0, 'covers', 1], 10],
    // Paths that do not exist stop at the deepest node that does.
    [['organisations', 0, 'website'], 2],
    [['organisations', 5, 'name'], 1],
  ] as const)('maps the path %j to line %i', (path, line) => {
    const result = parseSource('org.yaml', ORG);
    expect(result.ok && result.source.lineOf(path)).toBe(line);
  });

  it('treats an empty file or a file of comments as an empty source', () => {
    for (const text of ['', '# nothing here yet\n']) {
      const result = parseSource('empty.yaml', text);
      expect(result.ok && result.source.data.alternatives).toEqual([]);
    }
  });

  it('rejects a document that is not a mapping of lists', () => {
    const result = parseSource('list.yaml', '- just\n- a list\n');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors[0]?.message).toMatch(/expected object/);
  });

  it('reports duplicate keys as invalid YAML with their line', () => {
    const result = parseSource('dup.yaml', 'categories: []\ncategories: []\n');
    expect(result.ok ? [] : result.errors.map((error) => [error.line, error.message])).toEqual([[2, 'not valid YAML: Map keys must be unique']]);
  });
});

describe('parseSource unknown keys', () => {
  it('explains a value cut off by a comma in a flow mapping', () => {
    const text = ORG.replace('covers: [country, owner_country]', 'covers: [country, owner_country]\n      - { url: "https://example.org/a", verified_on: 2026-11-01, covers: [country], kind: vendor, note: one, two more }');
    const result = parseSource('org.yaml', text);
    expect(result.ok ? [] : result.errors.map((error) => `${error.line}: ${error.message}`)).toEqual([
      "11: unknown field 'note' (misspelt? the schema in data/schema/source-schema.ts does not define it)",
      "11: 'two more' is not a field name: it looks like the end of a value cut off by a comma or colon; put that value in quotes",
    ]);
  });
});

describe('parseSource partial results', () => {
  it('still returns the content when only unknown keys are wrong, so other files can refer to its ids', () => {
    const result = parseSource('org.yaml', ORG.replace('kind: company', 'kind: company\n    founded: 1999'));
    expect(result.ok).toBe(false);
    expect(result.source?.data.organisations[0]?.id).toBe('example-org');
  });

  it('returns no content when the schema itself fails', () => {
    const result = parseSource('org.yaml', ORG.replace('country: DE', 'country: Germany'));
    expect(result.ok === false && result.source).toBeUndefined();
  });
});
