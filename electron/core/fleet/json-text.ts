import type { ImportError } from './importer';
/**
 * JSON parsing that reports failures in words and positions a user can act on, plus a reader for
 * files holding several JSON documents back to back (saved Graph pages, NDJSON logs).
 */
export type JsonResult = { ok: true; value: unknown } | { ok: false; reason: string; line?: number };

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, ...describeJsonError(text, error) };
  }
}

function describeJsonError(text: string, error: unknown): { reason: string; line?: number } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (/Unexpected end of JSON input/i.test(message) || (position && Number(position[1]) >= text.trimEnd().length)) {
    return { reason: 'The JSON ends too early: the file looks cut off. Export it again and check it was copied completely.' };
  }
  if (position) {
    const line = text.slice(0, Number(position[1])).split('\n').length;
    return { reason: `The JSON is damaged near line ${line}: ${message}`, line };
  }
  return { reason: `The file is not valid JSON: ${message}` };
}

/**
 * Splits text into top-level JSON values (`{...}{...}`, `[...]\n[...]`, NDJSON) by tracking bracket depth
 * outside strings, and parses each. A damaged value becomes an error with its line; the others still count.
 */
export function parseJsonValues(text: string): { values: { value: unknown; line: number }[]; errors: { line: number; reason: string }[] } {
  const values: { value: unknown; line: number }[] = [];
  const errors: { line: number; reason: string }[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let start = -1;
  let line = 1;
  let startLine = 1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 10) line += 1;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === 92) escaped = true;
      else if (ch === 34) inString = false;
      continue;
    }
    if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      if (depth === 0) { start = i; startLine = line; }
      depth += 1;
    } else if (ch === 125 || ch === 93) {
      depth -= 1;
      if (depth === 0 && start >= 0) {
        const parsed = parseJson(text.slice(start, i + 1));
        if (parsed.ok) values.push({ value: parsed.value, line: startLine });
        // The parser's own line count is relative to this document; the document's start line is what helps.
        else errors.push({ line: startLine, reason: parsed.reason.replace(/ near line \d+/, '') });
        start = -1;
      } else if (depth < 0) {
        errors.push({ line, reason: 'A closing bracket has no opening bracket.' });
        depth = 0;
      }
    }
  }
  if (depth > 0 && start >= 0) {
    errors.push({ line: startLine, reason: 'The last JSON record ends too early: the file looks cut off.' });
  }
  return { values, errors };
}

/** JSON formats are claimed only by files that are JSON from the first character (not prose quoting JSON). */
export function startsAsJson(text: string): boolean {
  return /^\uFEFF?\s*[[{]/.test(text);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first object inside a top-level JSON array, read without parsing the rest: detectors see only the
 * head of a file, which usually ends mid-record. Braces inside strings ("{GUID}") are skipped.
 */
export function firstArrayObject(text: string): Record<string, unknown> | undefined {
  const open = /^\s*\[\s*\{/.exec(text);
  if (!open) return undefined;
  const start = open[0].length - 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) {
        const parsed = parseJson(text.slice(start, i + 1));
        return parsed.ok && isRecord(parsed.value) ? parsed.value : undefined;
      }
    }
  }
  return undefined;
}

/**
 * A whole-file JSON import: the parsed value, or undefined after recording the parse error (with its line) for
 * the file, which every JSON importer reports the same way.
 */
export function parseJsonFile(body: string, fileName: string, errors: ImportError[]): unknown {
  const parsed = parseJson(body);
  if (parsed.ok) return parsed.value;
  errors.push({ file: fileName, line: parsed.line, reason: parsed.reason });
  return undefined;
}
