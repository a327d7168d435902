/**
 * Bytes -> text for the encodings fleet exports really come in: UTF-8 (with or without BOM), UTF-16LE
 * (Windows PowerShell 5.1 `>` and `Out-File`, regedit; with or without BOM), UTF-16BE with BOM, and
 * Windows-1252 for CSV saved by older Excel. Binary files are refused with a message instead of garbage.
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; reason: string };

/** How many leading bytes the UTF-16 and binary sniffers look at. */
const SNIFF_BYTES = 4096;
/** Share of NUL bytes at odd offsets that marks BOM-less UTF-16LE (ASCII text has a NUL in every high byte). */
const UTF16_ZERO_SHARE = 0.4;
/** Share of control characters above which decoded text is treated as binary. */
const BINARY_CONTROL_SHARE = 0.05;

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'The file is empty.' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  if (looksLikeUtf16le(bytes)) return finish(new TextDecoder('utf-16le').decode(bytes), 'utf-16le');
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    return finish(new TextDecoder('windows-1252').decode(bytes), 'windows-1252');
  }
}

function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return false;
  let oddZeros = 0;
  let evenZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  return oddZeros / pairs >= UTF16_ZERO_SHARE && evenZeros / pairs < 0.05;
}

function finish(text: string, encoding: TextEncodingName): DecodeResult {
  const head = text.slice(0, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < head.length; i += 1) {
    const code = head.charCodeAt(i);
    if (code === 0) return { ok: false, reason: 'The file is not text (it contains binary data). Export it again as CSV, JSON, XML or .reg.' };
    const c0 = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    if (c0 || (code >= 0x80 && code < 0xa0) || code === 0xfffd) control += 1;
  }
  if (head.length > 0 && control / head.length > BINARY_CONTROL_SHARE) {
    return { ok: false, reason: 'The file is not text (it contains binary data). Export it again as CSV, JSON, XML or .reg.' };
  }
  if (text.trim() === '') return { ok: false, reason: 'The file contains only blank space.' };
  return { ok: true, text, encoding };
}
