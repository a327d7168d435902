/**
 * Builds InventoryItems and hosts the same way for every importer, so provenance (source 'import',
 * evidence.importer) and item ids are uniform whatever the format.
 */
import type { InventoryItem, ItemIdentifiers, Platform } from '../../shared/inventory';
import type { ImportedHost, ImportResult } from './importer';
import { newest } from './values';

export interface ItemFields {
  name: string;
  version?: string;
  publisher?: string;
  identifiers?: ItemIdentifiers;
  scope?: 'machine' | 'user';
  user?: string;
  installDate?: string;
  installLocation?: string;
  lastUsed?: string;
  useCount?: number;
  evidence?: Record<string, string | number | boolean | undefined>;
}

export function makeItem(importerId: string, platform: Platform, fields: ItemFields): InventoryItem {
  const evidence: Record<string, string | number | boolean> = { importer: importerId };
  for (const [key, value] of Object.entries(fields.evidence ?? {})) {
    if (value !== undefined && value !== '') evidence[key] = value;
  }
  const identifiers: ItemIdentifiers = {};
  for (const [key, value] of Object.entries(fields.identifiers ?? {}) as [keyof ItemIdentifiers, string | undefined][]) {
    if (value) identifiers[key] = value;
  }
  const item: InventoryItem = {
    id: `import:${fields.name}${fields.version ? `@${fields.version}` : ''}`,
    platform,
    source: 'import',
    name: fields.name,
    identifiers,
    linkedTo: [],
    evidence,
  };
  if (fields.version) item.version = fields.version;
  if (fields.publisher) item.publisher = fields.publisher;
  if (fields.scope) item.scope = fields.scope;
  if (fields.user) item.user = fields.user;
  if (fields.installDate) item.installDate = fields.installDate;
  if (fields.installLocation) item.installLocation = fields.installLocation;
  if (fields.lastUsed) item.lastUsed = fields.lastUsed;
  if (fields.useCount !== undefined && Number.isInteger(fields.useCount) && fields.useCount >= 0) item.useCount = fields.useCount;
  return item;
}

export function emptyResult(): ImportResult {
  return { hosts: [], aggregates: [], errors: [] };
}

/**
 * Collects rows of one file into hosts keyed by whatever the file uses to tell machines apart
 * (Intune DeviceId, SCCM ResourceID, a host name column), keeping item ids unique per host.
 */
export class HostGroups {
  private readonly hosts = new Map<string, { host: ImportedHost; ids: Set<string> }>();

  host(key: string, create: () => Omit<ImportedHost, 'items'>): ImportedHost {
    let entry = this.hosts.get(key);
    if (!entry) {
      entry = { host: { ...create(), items: [] }, ids: new Set() };
      this.hosts.set(key, entry);
    }
    return entry.host;
  }

  /** Records a host without adding software (device lists), keeping its newest sighting. */
  touch(key: string, create: () => Omit<ImportedHost, 'items'>, seenAt?: string): void {
    const host = this.host(key, create);
    host.lastSeen = newest(host.lastSeen, seenAt);
  }

  add(key: string, create: () => Omit<ImportedHost, 'items'>, item: InventoryItem, seenAt?: string): void {
    this.touch(key, create, seenAt);
    const entry = this.hosts.get(key);
    if (entry) pushUnique(entry.host.items, entry.ids, item);
  }

  list(): ImportedHost[] {
    return [...this.hosts.values()].map((entry) => entry.host);
  }
}

/** Appends an item, suffixing its id when the same name and version already appear (two install paths, two users). */
export function pushUnique(items: InventoryItem[], ids: Set<string>, item: InventoryItem): void {
  let id = item.id;
  for (let n = 2; ids.has(id); n += 1) id = `${item.id}#${n}`;
  ids.add(id);
  items.push(id === item.id ? item : { ...item, id });
}

/** Gives a finished host list unique item ids (for importers that build items in one pass). */
export function withUniqueIds(items: InventoryItem[]): InventoryItem[] {
  const out: InventoryItem[] = [];
  const ids = new Set<string>();
  for (const item of items) pushUnique(out, ids, item);
  return out;
}

/**
 * Marks items built by a local collector's code (shared parsers for dpkg, rpm, Uninstall keys, AppX,
 * Switchyard scans) as imported: source 'import', the importer in evidence, the original source kept as
 * evidence.observedBy so matching can still tell a registry entry from a package.
 */
export function asImported(items: readonly InventoryItem[], importerId: string): InventoryItem[] {
  return withUniqueIds(items.map((item) => ({
    ...item,
    source: 'import',
    evidence: { ...item.evidence, importer: importerId, observedBy: item.source },
  })));
}
