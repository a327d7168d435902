/**
 * The contract every fleet importer follows: one foreign export format in, hosts with InventoryItems out.
 * Importers are pure (text in, records out) so the same code runs for the CLI, the UI and tests;
 * reading files, unzipping and decoding happen before, in import-files.ts.
 */
import type { InventoryItem, ItemIdentifiers, Platform } from '../../shared/inventory';

export interface ImportInput {
  fileName: string;
  text: string;
}

/** One problem in one file, written for the person who exported it. */
export interface ImportError {
  file: string;
  line?: number;
  record?: string;
  reason: string;
}

/** What a source says about which machine it saw; host-identity.ts turns this into a join key. */
export interface HostIdentityClaims {
  serial?: string;
  hardwareUuid?: string;
  /** The id the tool itself gives the device (Intune DeviceId, SCCM ResourceID, GLPI deviceid ...). */
  toolId?: string;
  toolName?: string;
  hostname?: string;
}

export interface ImportedHost {
  identity: HostIdentityClaims;
  os?: { platform: Platform; name?: string; version?: string };
  /** Department, group, team, tag: whatever the source uses to slice the fleet. */
  tags: string[];
  /** ISO date-time of the newest observation of this host. */
  lastSeen?: string;
  items: InventoryItem[];
}

/**
 * A count reported by a tool without a host list (Intune detectedApps, Fleet software titles).
 * Shown beside per-host counts, never added to them: the hosts behind it are unknown.
 */
export interface AggregateRow {
  importer: string;
  /** The tool's name as the user knows it, for "as reported by ...". */
  reportedBy: string;
  name: string;
  version?: string;
  publisher?: string;
  platform?: Platform;
  identifiers: ItemIdentifiers;
  deviceCount: number;
}

export interface ImportResult {
  hosts: ImportedHost[];
  aggregates: AggregateRow[];
  errors: ImportError[];
}

export interface Importer {
  /** Stable id, stored as evidence.importer on every item. */
  id: string;
  /** Name of the format as the user knows it. */
  label: string;
  /** 0..1: how sure this importer is that the sample is its format. Looks only at the start of the file. */
  detect(sample: ImportInput): number;
  parse(input: ImportInput): ImportResult;
}

/** A count of machines is a whole number from 0 up; anything else in a count column is a broken row. */
export const isDeviceCount = (value: number): boolean => Number.isInteger(value) && value >= 0;
