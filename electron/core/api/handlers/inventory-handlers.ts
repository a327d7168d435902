import path from 'node:path';
import type { Handlers } from '../handler-types';
import type { CoreServices } from '../services';
import { UserFacingError } from '../dispatch';
import { listAudits, saveAudit } from '../../store/audits';
import { deleteCorrection, saveCorrection } from '../../store/corrections';
import { auditView } from '../../workflows/audit-view';
import { loadInventoryFile } from '../../workflows/load-inventory';

type InventoryHandlers = Pick<Handlers, 'inventory.scan' | 'inventory.importFile' | 'audits.list' | 'audits.get' | 'matching.correct'>;

export function createInventoryHandlers(services: CoreServices): InventoryHandlers {
  const view = (id?: string) => auditView(services.state(), services.catalogue(), id);
  return {
    'inventory.scan': async (input, context) => {
      const ungranted = input.documents.roots.filter((root) => !services.grants.allows(root));
      if (ungranted.length > 0) {
        throw new UserFacingError('invalid-input', `Choose document folders with the folder dialog; ${ungranted.length} folder(s) were not picked there.`);
      }
      const catalogue = services.catalogue();
      const inventory = await services.scan({
        documents: input.documents.enabled ? (input.documents.roots.length ? { roots: input.documents.roots, keepPaths: input.documents.keepPaths } : 'default') : false,
        browserHistory: input.browserHistory ? { entries: catalogue.listMatchables() } : false,
        signal: context.signal,
        onProgress: (event) => context.progress({
          step: event.collector, state: event.state === 'running' ? 'running' : event.status === 'failed' ? 'failed' : 'done', count: event.itemCount,
        }),
      });
      if (context.signal.aborted) throw new UserFacingError('failed', 'The scan was cancelled; nothing was saved.');
      const summary = saveAudit(services.state(), inventory, 'scan', inventory.host.hostname, services.now());
      return view(summary.id)!;
    },
    'inventory.importFile': async (_input, context) => {
      const picked = await services.dialogs.openFiles({
        title: 'Load an inventory file', multiple: false, directories: false,
        filters: [{ name: 'Inventories', extensions: ['json', 'csv', 'tsv', 'txt', 'xml', 'reg', 'zip', 'ndjson', 'log'] }],
      });
      if (!picked?.[0]) return null;
      context.progress({ step: 'import', state: 'running' });
      const loaded = await loadInventoryFile(picked[0]);
      if (!loaded.ok) throw new UserFacingError('failed', `Could not load ${path.basename(picked[0])}: ${loaded.message}`);
      const summary = saveAudit(services.state(), loaded.inventory, 'import', `${path.basename(picked[0])} (${loaded.format})`, services.now());
      context.progress({ step: 'import', state: 'done', count: loaded.inventory.items.length });
      return view(summary.id);
    },
    'audits.list': async () => listAudits(services.state()),
    'audits.get': async (input) => view(input.id),
    'matching.correct': async (input) => {
      const db = services.state();
      if (input.action === 'reset') deleteCorrection(db, input.matchKey);
      else if (input.action === 'reject') saveCorrection(db, { matchKey: input.matchKey, action: 'reject', catalogueKind: null, catalogueId: null, label: input.label }, services.now());
      else {
        const known = services.catalogue().listMatchables().some((e) => e.kind === input.catalogueKind && e.id === input.catalogueId);
        if (!known) throw new UserFacingError('not-found', `No ${input.catalogueKind} with id ${input.catalogueId} in the catalogue.`);
        saveCorrection(db, { matchKey: input.matchKey, action: input.action, catalogueKind: input.catalogueKind ?? null, catalogueId: input.catalogueId ?? null, label: input.label }, services.now());
      }
      const result = view(input.auditId);
      if (!result) throw new UserFacingError('not-found', 'That audit no longer exists.');
      return result;
    },
  };
}
