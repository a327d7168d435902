import type { Handlers } from '../handler-types';
import type { CoreServices } from '../services';
import { UserFacingError } from '../dispatch';
import { clearFleet, machineDetail } from '../../store/fleet';
import { fleetSummary, importFleetFiles, previewFleetCsv, type CsvColumnMapping } from '../../workflows/fleet';

type FleetHandlers = Pick<Handlers, 'fleet.import' | 'fleet.importPaths' | 'fleet.summary' | 'fleet.host' | 'fleet.clear' | 'fleet.csvPreview' | 'fleet.importCsv'>;

export function createFleetHandlers(services: CoreServices): FleetHandlers {
  const importPaths = (paths: readonly string[], signal: AbortSignal, progress: (step: string, state: 'running' | 'done' | 'failed', count?: number, message?: string) => void, mapping?: CsvColumnMapping) =>
    importFleetFiles(services.state(), services.catalogue(), paths, {
      signal,
      now: services.now,
      mapping,
      onFile: (file) => progress(file.file, file.ok ? 'done' : 'failed', file.items, file.error),
    });
  const requireGranted = (file: string) => {
    if (!services.grants.allows(file)) {
      throw new UserFacingError('invalid-input', 'Switchyard only reads files you picked in a dialog or dropped on the window and confirmed.');
    }
  };
  return {
    'fleet.import': async (input, context) => {
      const picked = await services.dialogs.openFiles({
        title: input.folders ? 'Import a folder of inventories' : 'Import inventories', multiple: true, directories: input.folders,
        filters: input.folders ? undefined : [{ name: 'Inventories', extensions: ['json', 'csv', 'tsv', 'txt', 'xml', 'reg', 'zip', 'ndjson', 'log'] }],
      });
      if (!picked?.length) return null;
      return importPaths(picked, context.signal, (step, state, count, message) => context.progress({ step, state, count, message }));
    },
    'fleet.importPaths': async (input, context) => {
      if (!(await services.dialogs.confirmDroppedFiles(input.paths))) return null;
      return importPaths(input.paths, context.signal, (step, state, count, message) => context.progress({ step, state, count, message }));
    },
    'fleet.summary': async (input) => fleetSummary(services.state(), services.catalogue(), input, services.now()),
    'fleet.host': async (input) => {
      const detail = machineDetail(services.state(), input.id);
      if (!detail) throw new UserFacingError('not-found', 'That machine is no longer in the fleet data.');
      return detail;
    },
    'fleet.clear': async () => ({ removedMachines: clearFleet(services.state()) }),
    'fleet.csvPreview': async (input) => {
      requireGranted(input.path);
      const previewed = await previewFleetCsv(input.path, { delimiter: input.delimiter, headerRow: input.headerRow });
      if (!previewed.ok) throw new UserFacingError('failed', previewed.reason);
      return previewed.preview;
    },
    'fleet.importCsv': async (input, context) => {
      requireGranted(input.path);
      return importPaths([input.path], context.signal, (step, state, count, message) => context.progress({ step, state, count, message }), input.mapping);
    },
  };
}
