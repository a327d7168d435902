/**
 * One problem found in the catalogue sources, located so an editor can jump to it:
 * `data/sources/office.yaml:42: products[3].vendor: no organisation with id 'microsft'`.
 */
export interface BuildError {
  /** Path of the source file as shown to the user (relative to the working directory). */
  file: string;
  /** 1-based line; 1 when the problem concerns the whole file. */
  line: number;
  /** Dotted path of the field, e.g. products[3].vendor; empty for the whole file. */
  field: string;
  message: string;
}

export type FieldPath = readonly (string | number)[];

export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((text, segment) =>
    typeof segment === 'number' ? `${text}[${segment}]` : text ? `${text}.${segment}` : segment, '');
}

export function formatBuildError(error: BuildError): string {
  return `${error.file}:${error.line}: ${error.field ? `${error.field}: ` : ''}${error.message}`;
}

/** Stable order for printing: by file, then line, then field, then message. */
export function compareBuildErrors(a: BuildError, b: BuildError): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field) || a.message.localeCompare(b.message);
}
