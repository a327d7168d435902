/**
 * Picks the importer for a file by asking each one how sure it is, looking only at the start of the file
 * so detection stays cheap for exports of hundreds of megabytes.
 */
import type { Importer, ImportInput } from './importer';
import { IMPORTERS } from './importers/index';

/** Detectors see this much of the file: enough for headers, envelopes and the first records. */
export const DETECT_SAMPLE_CHARS = 64 * 1024;
/** Below this confidence a guess is not trusted. */
const MIN_CONFIDENCE = 0.25;

export type DetectResult =
  | { ok: true; importer: Importer; confidence: number }
  | { ok: false; reason: string };

export function detectFormat(sample: ImportInput, importers: readonly Importer[] = IMPORTERS): DetectResult {
  const head = { fileName: sample.fileName, text: sample.text.slice(0, DETECT_SAMPLE_CHARS) };
  let best: { importer: Importer; confidence: number } | undefined;
  for (const importer of importers) {
    let confidence = 0;
    try {
      confidence = importer.detect(head);
    } catch {
      // A detector that trips over odd input simply does not claim the file.
      confidence = 0;
    }
    if (confidence > (best?.confidence ?? 0)) best = { importer, confidence };
  }
  if (best && best.confidence >= MIN_CONFIDENCE) return { ok: true, ...best };
  return {
    ok: false,
    reason: `Unrecognised format. Switchyard can import: ${importers.map((importer) => importer.label).join('; ')}. `
      + 'If this is a CSV list of software, check that it has a header row with a column for the software name.',
  };
}
