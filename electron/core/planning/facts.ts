/**
 * Evidence facts for step conditions and sizing, derived from what the scan measured. A fact the scan did
 * not measure is absent (unknown), never zero: "no PST files found" and "PST files not looked for" differ.
 */
import type { DocumentKind, DocumentSummary } from '../../shared/inventory';
import type { FactValue } from './condition';

const OFFICE_DOCUMENT_KINDS: readonly DocumentKind[] = [
  'ooxml-document', 'ooxml-workbook', 'ooxml-presentation', 'legacy-word', 'legacy-excel', 'legacy-powerpoint',
];

const KIND_FACTS: ReadonlyArray<[fact: string, kind: DocumentKind]> = [
  ['pst_files', 'outlook-data'], ['onenote_files', 'onenote'], ['visio_files', 'visio'], ['project_files', 'project'],
  ['access_files', 'access'], ['publisher_files', 'publisher'],
];

export interface FactInput {
  documents?: DocumentSummary;
  /** Machines covered: 1 for a workstation scan, the host count for a fleet. */
  devices: number;
  /** People affected; a workstation scan assumes its one user, a fleet assumes one per machine unless told. */
  users: number;
}

export function deriveFacts(input: FactInput): Map<string, FactValue> {
  const facts = new Map<string, FactValue>([['devices', input.devices], ['users', input.users]]);
  const documents = input.documents;
  if (documents) {
    const count = (kind: DocumentKind) => documents.byKind[kind]?.count ?? 0;
    facts.set('documents', OFFICE_DOCUMENT_KINDS.reduce((sum, kind) => sum + count(kind), 0));
    facts.set('macro_files', documents.macroEnabled.count);
    for (const [fact, kind] of KIND_FACTS) facts.set(fact, count(kind));
    facts.set('odf_files', count('odf-text') + count('odf-spreadsheet') + count('odf-presentation') + count('odf-other'));
  }
  return facts;
}

/** Human words for a quantity, for the reasoning beside an effort figure. */
export const FACT_LABELS: Record<string, { en: string; de: string }> = {
  documents: { en: 'Office documents found', de: 'Office-Dokumente gefunden' },
  macro_files: { en: 'macro-enabled files found', de: 'Dateien mit Makros gefunden' },
  pst_files: { en: 'Outlook data files (PST/OST) found', de: 'Outlook-Datendateien (PST/OST) gefunden' },
  onenote_files: { en: 'OneNote files found', de: 'OneNote-Dateien gefunden' },
  visio_files: { en: 'Visio drawings found', de: 'Visio-Zeichnungen gefunden' },
  project_files: { en: 'Project plans found', de: 'Project-Pläne gefunden' },
  access_files: { en: 'Access databases found', de: 'Access-Datenbanken gefunden' },
  publisher_files: { en: 'Publisher files found', de: 'Publisher-Dateien gefunden' },
  users: { en: 'users', de: 'Personen' },
  devices: { en: 'machines', de: 'Rechner' },
};

/** The words for a quantity of exactly one, where they differ. */
export const FACT_LABELS_ONE: Record<string, { en: string; de: string }> = {
  users: { en: 'user', de: 'Person' },
  devices: { en: 'machine', de: 'Rechner' },
  macro_files: { en: 'macro-enabled file found', de: 'Datei mit Makros gefunden' },
  documents: { en: 'Office document found', de: 'Office-Dokument gefunden' },
};
