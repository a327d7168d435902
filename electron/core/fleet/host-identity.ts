/**
 * Which imported hosts are the same machine. Identity key, strongest first (research/fleet.md §1):
 * SMBIOS serial -> SMBIOS/hardware UUID -> the tool's own device id -> short hostname. Firmware
 * placeholders are ignored, or every unbranded PC would collapse into one host.
 */
import type { InventoryItem, Platform } from '../../shared/inventory';
import type { ImportedHost } from './importer';
import { newest } from './values';

/**
 * Serials firmware writes when the OEM left the field empty. Seen in dmidecode / Win32_BIOS output of
 * AMI Aptio ("Default string", "To Be Filled By O.E.M."), ASUS ("System Serial Number"), Phoenix/Insyde
 * ("Not Specified", "None", "0"), and listed by research/fleet.md §1; compared case-insensitively.
 */
export const PLACEHOLDER_SERIALS: readonly string[] = [
  'to be filled by o.e.m.', 'to be filled by oem', 'default string', 'system serial number', 'chassis serial number',
  'base board serial number', 'not specified', 'not applicable', 'not available', 'none', 'unknown', 'n/a',
  'invalid', 'oem', 'o.e.m.', '0', '00000000', '0000000000', '123456789', '0123456789', 'serial', 'xxxxxxxxxx',
];

/**
 * SMBIOS UUIDs that many machines share: all zeros and all ones (unset, SMBIOS 2.6 §7.2.1), and
 * 03000200-0400-0500-0006-000700080009, the AMI reference-BIOS default left in many boards (it appears
 * together with "Default string" serials in public DMI dumps); also its byte-swapped form as Windows reports it.
 */
export const PLACEHOLDER_UUIDS: readonly string[] = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '03000200-0400-0500-0006-000700080009',
  '00020003-0004-0005-0006-000700080009',
];

const PLACEHOLDER_SERIAL_SET = new Set(PLACEHOLDER_SERIALS);
const PLACEHOLDER_UUID_SET = new Set(PLACEHOLDER_UUIDS);
const IP_ADDRESS = /^(\d{1,3}\.){3}\d{1,3}$|:/;

export function normaliseSerial(serial: string | undefined): string | undefined {
  const value = serial?.trim();
  if (!value || PLACEHOLDER_SERIAL_SET.has(value.toLowerCase()) || /^0+$/.test(value)) return undefined;
  return value.toUpperCase();
}

export function normaliseUuid(uuid: string | undefined): string | undefined {
  const value = uuid?.trim().replace(/^\{|\}$/g, '').toLowerCase();
  if (!value || PLACEHOLDER_UUID_SET.has(value)) return undefined;
  return value;
}

/** "PC-FIN-042.kreis.local" and "pc-fin-042" are the same name; IP addresses are not names. */
export function normaliseHostname(hostname: string | undefined): string | undefined {
  const value = hostname?.trim().toLowerCase();
  if (!value || IP_ADDRESS.test(value)) return undefined;
  return value.split('.')[0] || undefined;
}

export type IdentityKind = 'serial' | 'uuid' | 'tool' | 'hostname' | 'none';

export interface HostKey {
  key: string;
  kind: IdentityKind;
}

export function hostKey(identity: ImportedHost['identity']): HostKey {
  const serial = normaliseSerial(identity.serial);
  if (serial) return { key: `serial:${serial}`, kind: 'serial' };
  const uuid = normaliseUuid(identity.hardwareUuid);
  if (uuid) return { key: `uuid:${uuid}`, kind: 'uuid' };
  const toolId = identity.toolId?.trim();
  if (toolId && identity.toolName) return { key: `${identity.toolName}:${toolId}`, kind: 'tool' };
  const hostname = normaliseHostname(identity.hostname);
  if (hostname) return { key: `host:${hostname}`, kind: 'hostname' };
  return { key: 'unknown', kind: 'none' };
}

/** One machine after merging what every tool said about it. */
export interface MergedHost {
  key: string;
  /** How the machine was recognised; 'hostname' alone deserves a warning, as names get reused. */
  identityKind: IdentityKind;
  serial?: string;
  hardwareUuid?: string;
  hostname?: string;
  /** Device id per tool ({ intune: '5f1c...', glpi: 'pc-fin-042-2026...' }). */
  toolIds: Record<string, string>;
  os?: { platform: Platform; name?: string; version?: string };
  tags: string[];
  lastSeen?: string;
  items: InventoryItem[];
}

/** Union-find over hosts; each root holds the serials and UUIDs its machine is known by. */
class Machines {
  private readonly parent: number[];
  readonly serials: Set<string>[];
  readonly uuids: Set<string>[];

  constructor(hosts: readonly ImportedHost[]) {
    this.parent = hosts.map((_, index) => index);
    this.serials = hosts.map((host) => new Set([normaliseSerial(host.identity.serial)].filter((v): v is string => Boolean(v))));
    this.uuids = hosts.map((host) => new Set([normaliseUuid(host.identity.hardwareUuid)].filter((v): v is string => Boolean(v))));
  }

  root(index: number): number {
    let node = index;
    while (this.parent[node] !== node) {
      const up = this.parent[node] ?? node;
      this.parent[node] = this.parent[up] ?? up;
      node = up;
    }
    return node;
  }

  /** Different machines when both know a serial (or a UUID) and none is shared. */
  conflict(a: number, b: number): boolean {
    const disjoint = (x: Set<string>, y: Set<string>): boolean => x.size > 0 && y.size > 0 && ![...x].some((value) => y.has(value));
    const ra = this.root(a);
    const rb = this.root(b);
    return disjoint(this.serials[ra] ?? new Set(), this.serials[rb] ?? new Set()) || disjoint(this.uuids[ra] ?? new Set(), this.uuids[rb] ?? new Set());
  }

  union(a: number, b: number): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb) return;
    this.parent[rb] = ra;
    for (const serial of this.serials[rb] ?? []) this.serials[ra]?.add(serial);
    for (const uuid of this.uuids[rb] ?? []) this.uuids[ra]?.add(uuid);
  }
}

/**
 * Merges hosts that are the same machine. A shared serial joins at once; a shared UUID or tool device id
 * joins unless the serials disagree (cloned VMs share UUIDs); a shared short hostname joins only when no
 * serial or UUID says otherwise (Intune knows the name, GLPI the serial). Items are kept side by side;
 * counting distinct hosts later means nothing is counted twice.
 */
export function mergeHosts(hosts: readonly ImportedHost[]): MergedHost[] {
  const machines = new Machines(hosts);
  const firstWith = new Map<string, number>();
  const link = (key: string | undefined, index: number, checked: boolean): void => {
    if (!key) return;
    const first = firstWith.get(key);
    if (first === undefined) firstWith.set(key, index);
    else if (!checked || !machines.conflict(first, index)) machines.union(first, index);
  };
  hosts.forEach((host, index) => {
    const serial = normaliseSerial(host.identity.serial);
    const uuid = normaliseUuid(host.identity.hardwareUuid);
    const toolId = host.identity.toolId?.trim();
    link(serial && `serial:${serial}`, index, false);
    link(uuid && `uuid:${uuid}`, index, true);
    link(toolId && host.identity.toolName ? `tool:${host.identity.toolName}:${toolId}` : undefined, index, true);
  });
  const byName = new Map<string, number[]>();
  hosts.forEach((host, index) => {
    const name = normaliseHostname(host.identity.hostname);
    if (!name) return;
    const seen = byName.get(name) ?? [];
    const partner = seen.find((other) => machines.root(other) === machines.root(index) || !machines.conflict(other, index));
    if (partner !== undefined) machines.union(partner, index);
    else seen.push(index);
    byName.set(name, seen);
  });
  const groups = new Map<number, ImportedHost[]>();
  hosts.forEach((host, index) => {
    const root = machines.root(index);
    const group = groups.get(root) ?? [];
    group.push(host);
    groups.set(root, group);
  });
  return [...groups.values()].map(toMergedHost);
}

function toMergedHost(group: ImportedHost[]): MergedHost {
  const keys = group.map((host) => hostKey(host.identity));
  const order: IdentityKind[] = ['serial', 'uuid', 'tool', 'hostname', 'none'];
  const best = keys.reduce((a, b) => (order.indexOf(b.kind) < order.indexOf(a.kind) ? b : a));
  const merged: MergedHost = { key: best.key, identityKind: best.kind, toolIds: {}, tags: [], items: [] };
  const tags = new Set<string>();
  for (const host of group) {
    merged.serial ??= normaliseSerial(host.identity.serial);
    merged.hardwareUuid ??= normaliseUuid(host.identity.hardwareUuid);
    merged.hostname ??= host.identity.hostname?.trim() || undefined;
    if (host.identity.toolName && host.identity.toolId) merged.toolIds[host.identity.toolName] = host.identity.toolId;
    // The most detailed OS description wins (a name and version beat a bare platform).
    if (host.os && (!merged.os || Object.keys(host.os).length > Object.keys(merged.os).length)) merged.os = host.os;
    for (const tag of host.tags) tags.add(tag);
    merged.lastSeen = newest(merged.lastSeen, host.lastSeen);
    merged.items.push(...host.items);
  }
  merged.tags = [...tags];
  for (const field of ['serial', 'hardwareUuid', 'hostname', 'os', 'lastSeen'] as const) if (merged[field] === undefined) delete merged[field];
  return merged;
}
