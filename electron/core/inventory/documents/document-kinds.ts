/**
 * Which file names count as Office-ecosystem evidence, and which container each one is, so the scanner
 * knows whether it can look inside for a VBA project. Pure: a file name in, a classification out.
 * Extensions follow the research notes (inventory.md §6.1) and the Readiness Toolkit's list (§6.3).
 */
import type { DocumentKind } from '../../../shared/inventory';

/** zip = an OOXML package (central directory probe); ole = a Compound File Binary (directory probe). */
export type Container = 'zip' | 'ole' | 'none';

export interface FileClass {
  kind: DocumentKind;
  container: Container;
  /** The extension itself promises macros (.docm, .xlsm ...). Evidence only: detection is by structure. */
  declaresMacro: boolean;
}

interface ExtensionRule {
  kind: DocumentKind;
  container: Container;
  declaresMacro?: boolean;
}

const RULES: Record<string, ExtensionRule> = {
  docx: { kind: 'ooxml-document', container: 'zip' },
  dotx: { kind: 'ooxml-document', container: 'zip' },
  docm: { kind: 'ooxml-document', container: 'zip', declaresMacro: true },
  dotm: { kind: 'ooxml-document', container: 'zip', declaresMacro: true },
  xlsx: { kind: 'ooxml-workbook', container: 'zip' },
  xltx: { kind: 'ooxml-workbook', container: 'zip' },
  // .xlsb is a zip of binary parts and may carry vbaProject.bin without saying so in its name.
  xlsb: { kind: 'ooxml-workbook', container: 'zip' },
  xlsm: { kind: 'ooxml-workbook', container: 'zip', declaresMacro: true },
  xltm: { kind: 'ooxml-workbook', container: 'zip', declaresMacro: true },
  xlam: { kind: 'ooxml-workbook', container: 'zip', declaresMacro: true },
  pptx: { kind: 'ooxml-presentation', container: 'zip' },
  ppsx: { kind: 'ooxml-presentation', container: 'zip' },
  potx: { kind: 'ooxml-presentation', container: 'zip' },
  sldx: { kind: 'ooxml-presentation', container: 'zip' },
  pptm: { kind: 'ooxml-presentation', container: 'zip', declaresMacro: true },
  ppsm: { kind: 'ooxml-presentation', container: 'zip', declaresMacro: true },
  potm: { kind: 'ooxml-presentation', container: 'zip', declaresMacro: true },
  ppam: { kind: 'ooxml-presentation', container: 'zip', declaresMacro: true },
  sldm: { kind: 'ooxml-presentation', container: 'zip', declaresMacro: true },
  odt: { kind: 'odf-text', container: 'none' },
  ott: { kind: 'odf-text', container: 'none' },
  fodt: { kind: 'odf-text', container: 'none' },
  ods: { kind: 'odf-spreadsheet', container: 'none' },
  ots: { kind: 'odf-spreadsheet', container: 'none' },
  fods: { kind: 'odf-spreadsheet', container: 'none' },
  odp: { kind: 'odf-presentation', container: 'none' },
  otp: { kind: 'odf-presentation', container: 'none' },
  fodp: { kind: 'odf-presentation', container: 'none' },
  odg: { kind: 'odf-other', container: 'none' },
  otg: { kind: 'odf-other', container: 'none' },
  odf: { kind: 'odf-other', container: 'none' },
  odb: { kind: 'odf-other', container: 'none' },
  doc: { kind: 'legacy-word', container: 'ole' },
  dot: { kind: 'legacy-word', container: 'ole' },
  xls: { kind: 'legacy-excel', container: 'ole' },
  xlt: { kind: 'legacy-excel', container: 'ole' },
  xla: { kind: 'legacy-excel', container: 'ole' },
  ppt: { kind: 'legacy-powerpoint', container: 'ole' },
  pot: { kind: 'legacy-powerpoint', container: 'ole' },
  pps: { kind: 'legacy-powerpoint', container: 'ole' },
  ppa: { kind: 'legacy-powerpoint', container: 'ole' },
  pst: { kind: 'outlook-data', container: 'none' },
  ost: { kind: 'outlook-data', container: 'none' },
  one: { kind: 'onenote', container: 'none' },
  onepkg: { kind: 'onenote', container: 'none' },
  // Visio is a separately licensed product, so its files are strong evidence; .vsdx/.vsdm are OOXML packages.
  vsd: { kind: 'visio', container: 'none' },
  vss: { kind: 'visio', container: 'none' },
  vst: { kind: 'visio', container: 'none' },
  vsdx: { kind: 'visio', container: 'zip' },
  vssx: { kind: 'visio', container: 'zip' },
  vstx: { kind: 'visio', container: 'zip' },
  vsdm: { kind: 'visio', container: 'zip', declaresMacro: true },
  vssm: { kind: 'visio', container: 'zip', declaresMacro: true },
  vstm: { kind: 'visio', container: 'zip', declaresMacro: true },
  mpp: { kind: 'project', container: 'none' },
  mpt: { kind: 'project', container: 'none' },
  // Access files need the ACE driver to look inside, so they are only counted.
  mdb: { kind: 'access', container: 'none' },
  mde: { kind: 'access', container: 'none' },
  accdb: { kind: 'access', container: 'none' },
  accde: { kind: 'access', container: 'none' },
  pub: { kind: 'publisher', container: 'none' },
};

/** The classification of each extension, built once: classifying is done for every file a scan sees. */
const CLASSES: ReadonlyMap<string, Readonly<FileClass>> = new Map(Object.entries(RULES).map(([extension, rule]) =>
  [extension, Object.freeze({ kind: rule.kind, container: rule.container, declaresMacro: rule.declaresMacro ?? false })]));

/** Longer extensions are not documents; checking the length first spares lower-casing most names. */
const LONGEST_EXTENSION = Math.max(...Object.keys(RULES).map((extension) => extension.length));

/** macOS iCloud Drive leaves `.Name.ext.icloud` in place of a file that is only in the cloud. */
const ICLOUD_STUB = /^\.(.+)\.icloud$/i;

/** Office writes `~$name.docx` owner files next to open documents; they are locks, not documents. */
const OFFICE_OWNER_FILE_PREFIX = '~$';

/** The same frozen object for every file of one extension. */
export function classifyFileName(name: string): Readonly<FileClass> | undefined {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1 || name.length - dot - 1 > LONGEST_EXTENSION) return undefined;
  if (name.startsWith(OFFICE_OWNER_FILE_PREFIX)) return undefined;
  return CLASSES.get(name.slice(dot + 1).toLowerCase());
}

/** The real document name behind an iCloud stub, or undefined when the name is not a stub. */
export function iCloudStubTarget(name: string): string | undefined {
  // Nearly every name fails the cheap test, so the regular expression runs only for likely stubs.
  if (name.charCodeAt(0) !== 0x2e || !name.toLowerCase().endsWith('.icloud')) return undefined;
  return ICLOUD_STUB.exec(name)?.[1];
}
