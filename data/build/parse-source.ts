/**
 * Pure: the text of one source file -> its validated content, or errors with file, line and field.
 * YAML is parsed with a LineCounter so that any path (from zod or from the cross-file checks) maps back to a line.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { SOURCE_FILE, type SourceFile } from '../schema/source-schema';
import { formatFieldPath, type BuildError, type FieldPath } from './build-error';
import { findUnknownKeys } from './unknown-keys';

export interface ParsedSource {
  file: string;
  data: SourceFile;
  /** 1-based line of the deepest node that exists along `path` (the key's line for map entries). */
  lineOf(path: FieldPath): number;
}

/**
 * `source` is present on failure too when the content itself is valid and only unknown keys were found, so the
 * cross-file checks still see its ids and do not report every reference into the file as unresolved.
 */
export type ParseResult = { ok: true; source: ParsedSource } | { ok: false; errors: BuildError[]; source?: ParsedSource };

function makeLineOf(doc: Document, counter: LineCounter): (path: FieldPath) => number {
  return (path) => {
    let node: unknown = doc.contents;
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return counter.linePos(offset).line;
  };
}

/** zod's wording for a missing field ("expected string, received undefined") says nothing to an editor. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'required field is missing';
  return issue.message;
}

/**
 * A key that is not a field name is almost always the tail of an unquoted value in a flow mapping:
 * in `{ note: one, two }` the comma ends the note and 'two' becomes a key.
 */
function describeUnknownKey(key: string): string {
  if (!/^[a-z_][a-z0-9_]*$/i.test(key)) {
    return `'${key}' is not a field name: it looks like the end of a value cut off by a comma or colon; put that value in quotes`;
  }
  return `unknown field '${key}' (misspelt? the schema in data/schema/source-schema.ts does not define it)`;
}

export function parseSource(file: string, text: string): ParseResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => ({
        file, line: counter.linePos(error.pos[0]).line, field: '', message: `not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = makeLineOf(doc, counter);
  // An empty file (or one with only comments) is an empty source, not an error: editors create files before filling them.
  const raw: unknown = doc.toJS() ?? {};
  const errors: BuildError[] = [];
  const result = SOURCE_FILE.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          errors.push({ file, line: lineOf([...path, key]), field: formatFieldPath([...path, key]),
            message: `unknown top-level list '${key}' (allowed: ${Object.keys(SOURCE_FILE.shape).join(', ')})` });
        }
      } else {
        errors.push({ file, line: lineOf(path), field: formatFieldPath(path), message: describeIssue(issue) });
      }
    }
  }
  for (const path of findUnknownKeys(SOURCE_FILE, raw)) {
    if (path.length === 1) continue; // top-level keys are reported by the strict schema above
    errors.push({ file, line: lineOf(path), field: formatFieldPath(path), message: describeUnknownKey(String(path[path.length - 1])) });
  }
  if (!result.success) return { ok: false, errors };
  const source: ParsedSource = { file, data: result.data, lineOf };
  return errors.length > 0 ? { ok: false, errors, source } : { ok: true, source };
}
