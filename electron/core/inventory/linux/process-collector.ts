/**
 * Running programs from /proc: one item per program, with how many processes it has. Entries that
 * vanish or refuse to be read mid-scan are normal (processes end, other users' links are private) and
 * are skipped silently.
 */
import type { InventoryItem } from '../../../shared/inventory';
import type { Collector, CollectorOutput } from '../collector';
import { describeFsError, isMissing, locationsFor, nodeFileSystem, type FileSystem } from './file-system';
import { nextProcRead, parseFlatpakInfo, summariseProcesses, type ProcEntry, type ProcessSummary } from './parse-proc';

/** `displayPath` shortens paths in the user's home to ~/..., so the inventory does not spell out the user's folder. */
export function processSummaryToItem(
  summary: ProcessSummary,
  platform: InventoryItem['platform'] = 'linux',
  displayPath: (path: string) => string = (path) => path,
): InventoryItem {
  const identifiers: InventoryItem['identifiers'] = { exe: summary.program };
  if (summary.snapName) identifiers.snapName = summary.snapName;
  if (summary.flatpakId) identifiers.flatpakId = summary.flatpakId;
  const evidence: InventoryItem['evidence'] = { processCount: summary.processCount };
  if (summary.appImage) evidence.appImage = true;
  return {
    id: `process:${summary.program}`,
    platform,
    source: 'process',
    name: summary.program,
    identifiers,
    installLocation: summary.exePath === undefined ? undefined : displayPath(summary.exePath),
    running: true,
    linkedTo: [],
    evidence,
  };
}

async function optional<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch {
    return undefined;
  }
}

export function createProcessCollector(fs: FileSystem = nodeFileSystem): Collector {
  return {
    id: 'linux.processes',
    platforms: ['linux'],
    async collect(context): Promise<CollectorOutput> {
      const places = locationsFor(context);
      const proc = places.system('/proc');
      let pids: number[];
      try {
        pids = (await fs.readDir(proc)).filter((entry) => /^\d+$/.test(entry.name)).map((entry) => Number(entry.name));
      } catch (error) {
        return { items: [], status: 'failed', message: `Running programs were not listed: ${describeFsError(error, places.display(proc))}.` };
      }
      const entries = await Promise.all(pids.map(async (pid): Promise<ProcEntry> => {
        const dir = `${proc}/${pid}`;
        const entry: ProcEntry = { pid };
        let exeLinkMissing = false;
        try {
          entry.exe = await fs.readLink(`${dir}/exe`);
        } catch (error) {
          // Other users' links refuse to be read (EACCES); a missing one means a kernel thread or an ended process.
          exeLinkMissing = isMissing(error);
        }
        if (nextProcRead(entry, exeLinkMissing) === 'cmdline') entry.cmdline = await optional(() => fs.readFile(`${dir}/cmdline`));
        if (nextProcRead(entry, exeLinkMissing) === 'comm') entry.comm = await optional(async () => (await fs.readFile(`${dir}/comm`)).toString('utf8').trim());
        // Flatpak apps see their own files under /app; the sandbox's info file names the app.
        const flatpakInfo = entry.exe?.startsWith('/app/') ? await optional(() => fs.readFile(`${dir}/root/.flatpak-info`)) : undefined;
        if (flatpakInfo) entry.flatpakId = parseFlatpakInfo(flatpakInfo.toString('utf8'));
        return entry;
      }));
      return { items: summariseProcesses(entries).map((summary) => processSummaryToItem(summary, context.platform, places.display)) };
    },
  };
}
