/**
 * The names of every API method, without their schemas. The preload needs only the names, and keeping
 * zod out of it keeps the sandboxed preload tiny; contract.ts is checked against this list by the compiler.
 */
export const METHOD_NAMES = [
  'system.status',
  'catalogue.stats',
  'catalogue.categories',
  'catalogue.search',
  'catalogue.alternatives',
  'catalogue.product',
  'catalogue.alternative',
  'inventory.scan',
  'inventory.importFile',
  'audits.list',
  'audits.get',
  'matching.correct',
  'settings.getPriorities',
  'settings.setPriorities',
  'plan.get',
  'plan.choose',
  'plan.updateItem',
  'report.export',
  'fleet.import',
  'fleet.importPaths',
  'fleet.summary',
  'fleet.host',
  'fleet.clear',
  'fleet.csvPreview',
  'fleet.importCsv',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];
