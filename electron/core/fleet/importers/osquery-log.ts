/**
 * osqueryd filesystem-logger result logs (osqueryd.results.log / osqueryd.snapshots.log): one JSON object
 * per line in event format (`columns` + `action` added/removed), batch format (`diffResults`) or snapshot
 * format (`snapshot`). Field names and order follow osquery core/query.cpp (research/fleet.md §2.3).
 * The current software of each host is rebuilt by replaying the lines in time order.
 */
import type { ImportedHost, Importer, ImportResult, HostIdentityClaims } from '../importer';
import { emptyResult, withUniqueIds } from '../import-record';
import { isRecord, parseJson } from '../json-text';
import { epochSecondsToIso, newest, text } from '../values';
import { itemFromRow, TABLE_PLATFORM, tableFromRow } from './osquery-tables';

const ID = 'osquery-log';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Row = Record<string, unknown>;

interface QueryState {
  epoch: number;
  counter: number;
  rows: Map<string, Row>;
}

interface HostState {
  identity: HostIdentityClaims;
  lastSeen?: string;
  queries: Map<string, QueryState>;
}

interface LogLine {
  line: number;
  record: Row;
  unixTime: number;
}

/** Rows have no key of their own; the whole row (keys sorted) identifies it, as osquery's differ does. */
function rowKey(row: Row): string {
  return JSON.stringify(Object.keys(row).sort().map((key) => [key, row[key]]));
}

function identityOf(record: Row): HostIdentityClaims {
  const decorations = isRecord(record.decorations) ? record.decorations : record;
  const identifier = text(record.hostIdentifier) ?? text(record.hostname);
  const hostUuid = text(decorations.host_uuid) ?? (identifier && UUID.test(identifier) ? identifier : undefined);
  const hostname = text(decorations.hostname) ?? (identifier && !UUID.test(identifier) ? identifier : undefined);
  const serial = text(decorations.hardware_serial) ?? text(decorations.serial);
  return { hardwareUuid: hostUuid, hostname, serial, toolId: identifier, toolName: 'osquery' };
}

function rowsOf(value: unknown): Row[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export const osqueryLogImporter: Importer = {
  id: ID,
  label: 'osquery result log (osqueryd)',
  detect({ text: sample }) {
    const first = sample.trimStart().split('\n', 1)[0] ?? '';
    if (!first.startsWith('{')) return 0;
    const hasHost = /"(hostIdentifier|hostname)"\s*:/.test(first);
    const hasRows = /"(columns|snapshot|diffResults)"\s*:/.test(first);
    const hasTime = /"unixTime"\s*:/.test(first);
    return hasHost && hasRows && hasTime ? 0.95 : 0;
  },
  parse({ fileName, text: body }): ImportResult {
    const result = emptyResult();
    const lines: LogLine[] = [];
    body.split('\n').forEach((raw, index) => {
      const trimmed = raw.trim();
      if (!trimmed) return;
      const parsed = parseJson(trimmed);
      if (!parsed.ok || !isRecord(parsed.value)) {
        result.errors.push({ file: fileName, line: index + 1, reason: parsed.ok ? 'This line is not a JSON object; skipped.' : `${parsed.reason.replace(/ near line \d+/, '')} This line was skipped.` });
        return;
      }
      lines.push({ line: index + 1, record: parsed.value, unixTime: Number(parsed.value.unixTime) || 0 });
    });
    // Several daemons append to one log and clocks interleave; replay strictly by time (stable for ties).
    lines.sort((a, b) => a.unixTime - b.unixTime);

    const hosts = new Map<string, HostState>();
    for (const { record, unixTime } of lines) {
      const identity = identityOf(record);
      const hostKey = identity.toolId ?? identity.hostname ?? 'unknown';
      let host = hosts.get(hostKey);
      if (!host) {
        host = { identity, queries: new Map() };
        hosts.set(hostKey, host);
      }
      host.lastSeen = newest(host.lastSeen, epochSecondsToIso(unixTime));
      const queryName = text(record.name) ?? '';
      const epoch = Number(record.epoch) || 0;
      const counter = Number(record.counter) || 0;
      let state = host.queries.get(queryName);
      // A new epoch, or counter 0 after later counters, means osqueryd restarted its differential: start over.
      if (!state || state.epoch !== epoch || (counter === 0 && state.counter > 0)) {
        state = { epoch, counter, rows: new Map() };
        host.queries.set(queryName, state);
      }
      state.counter = counter;
      if (Array.isArray(record.snapshot)) {
        state.rows = new Map(rowsOf(record.snapshot).map((row) => [rowKey(row), row]));
      } else if (isRecord(record.diffResults)) {
        for (const row of rowsOf(record.diffResults.removed)) state.rows.delete(rowKey(row));
        for (const row of rowsOf(record.diffResults.added)) state.rows.set(rowKey(row), row);
      } else if (isRecord(record.columns)) {
        if (record.action === 'removed') state.rows.delete(rowKey(record.columns));
        else state.rows.set(rowKey(record.columns), record.columns);
      }
    }

    const skippedQueries = new Set<string>();
    for (const host of hosts.values()) {
      const items = [];
      let platform: ImportedHost['os'];
      for (const [queryName, state] of host.queries) {
        for (const row of state.rows.values()) {
          const table = tableFromRow(row);
          if (!table) {
            skippedQueries.add(queryName);
            continue;
          }
          platform ??= { platform: TABLE_PLATFORM[table] };
          const item = itemFromRow(ID, table, row);
          if (item) items.push({ ...item, evidence: { ...item.evidence, query: queryName } });
        }
      }
      if (items.length === 0) continue;
      result.hosts.push({ identity: host.identity, os: platform, tags: [], lastSeen: host.lastSeen, items: withUniqueIds(items) });
    }
    for (const queryName of skippedQueries) {
      result.errors.push({ file: fileName, record: `query "${queryName}"`, reason: 'This scheduled query does not return a software table (programs, apps, deb_packages, rpm_packages, homebrew_packages, chocolatey_packages); its rows were skipped.' });
    }
    return result;
  },
};
