/** Fleet views: products across machines, hosts, and the import log. */
export interface FleetProductRow {
  key: string;
  kind: 'product' | 'alternative';
  catalogueId: string | null;
  name: string;
  category: string | null;
  hostsInstalled: number;
  hostsUsed30: number;
  hostsUsed90: number;
  /** Aggregate-only sources (Intune device counts, Fleet host counts): shown beside, never added. */
  aggregateDevices: Array<{ source: string; devices: number }>;
}

export interface FleetHostRow {
  /** The machine's first host row id; stable while its imports exist. */
  id: number;
  machineKey: string;
  hostname: string | null;
  serial: string | null;
  osPlatform: string | null;
  osName: string | null;
  tags: string[];
  lastSeen: string | null;
  itemCount: number;
  sources: string[];
}

export interface FleetImportLogRow {
  id: number;
  file: string;
  format: string;
  importedAt: string;
  hostCount: number;
  itemCount: number;
  warnings: string[];
}

export interface FleetSummary {
  totalHosts: number;
  /** Distinct software titles seen that the catalogue does not track. */
  otherTitles: number;
  products: FleetProductRow[];
  hosts: FleetHostRow[];
  imports: FleetImportLogRow[];
  tags: string[];
  platforms: string[];
}

export interface FleetHostDetail extends FleetHostRow {
  hardwareUuid: string | null;
  toolIds: Record<string, string>;
  items: Array<{ name: string; version: string | null; publisher: string | null; lastUsed: string | null; productKey: string; source: string }>;
}

export interface FleetImportFileResult {
  file: string;
  ok: boolean;
  format?: string;
  hosts?: number;
  items?: number;
  /** What went wrong, naming the line or record, in words for the user. */
  error?: string;
  warnings: string[];
}

export interface FleetImportResult {
  files: FleetImportFileResult[];
  totalHosts: number;
}
