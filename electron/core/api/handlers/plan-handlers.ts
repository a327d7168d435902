import path from 'node:path';
import type { Checklist } from '../../../shared/planning';
import type { Handlers } from '../handler-types';
import type { CoreServices } from '../services';
import { UserFacingError } from '../dispatch';
import { DEFAULT_PRIORITIES, PRIORITIES_SETTING_KEY, PrioritiesSchema } from '../../planning/priorities';
import { createReportModel } from '../../reports/report-model';
import { REPORT_TEXT } from '../../reports/report-text';
import { REPORT_EXTENSIONS, writeReport } from '../../reports/write-report';
import { chooseAlternative, clearChoice, readChoices, readProgress, updateProgress } from '../../store/checklist-progress';
import { readSetting, writeSetting } from '../../store/settings';
import { auditView } from '../../workflows/audit-view';
import { planInventory } from '../../workflows/plan-inventory';

type PlanHandlers = Pick<Handlers, 'settings.getPriorities' | 'settings.setPriorities' | 'plan.get' | 'plan.choose' | 'plan.updateItem' | 'report.export'>;

/** Plans other than this workstation's (the fleet's) are built by the fleet module and registered here. */
export type FleetPlanner = (lang: 'en' | 'de') => { checklist: Checklist; label: string } | null;

export function createPlanHandlers(services: CoreServices, fleetPlanner?: FleetPlanner): PlanHandlers {
  const priorities = () => readSetting(services.state(), PRIORITIES_SETTING_KEY, PrioritiesSchema, DEFAULT_PRIORITIES);

  function localPlan(lang: 'en' | 'de'): { checklist: Checklist; label: string } | null {
    const db = services.state();
    const view = auditView(db, services.catalogue());
    if (!view) return null;
    const checklist = planInventory(view.inventory, view.findings, services.catalogue(), 'local', lang, {
      priorities: priorities(), choices: readChoices(db, 'local'), progress: readProgress(db, 'local'),
    }, services.now());
    return { checklist, label: view.inventory.host.hostname };
  }

  const plan = (scope: 'local' | 'fleet', lang: 'en' | 'de') => (scope === 'local' ? localPlan(lang) : fleetPlanner?.(lang) ?? null);

  return {
    'settings.getPriorities': async () => priorities(),
    'settings.setPriorities': async (input) => {
      writeSetting(services.state(), PRIORITIES_SETTING_KEY, input);
      return priorities();
    },
    'plan.get': async (input) => plan(input.scope, input.lang)?.checklist ?? null,
    'plan.choose': async (input) => {
      if (input.alternativeId === null) clearChoice(services.state(), input.scope, input.productId);
      else {
        const product = services.catalogue().getProduct(input.productId);
        if (!product?.alternatives.some((a) => a.alternative.id === input.alternativeId)) {
          throw new UserFacingError('invalid-input', `${input.alternativeId} is not an alternative to ${input.productId} in the catalogue.`);
        }
        chooseAlternative(services.state(), input.scope, input.productId, input.alternativeId, services.now());
      }
      return plan(input.scope, input.lang)?.checklist ?? null;
    },
    'plan.updateItem': async (input) => {
      const { scope, itemKey, ...update } = input;
      const saved = updateProgress(services.state(), scope, itemKey, update, services.now());
      return { itemKey, ...saved };
    },
    'report.export': async (input, context) => {
      const current = plan(input.scope, input.lang);
      if (!current) throw new UserFacingError('not-found', input.scope === 'local' ? 'There is no audit yet: run a scan or load an inventory first.' : 'No machines imported yet.');
      const text = REPORT_TEXT[input.lang];
      const extension = REPORT_EXTENSIONS[input.format];
      // The scan date comes from an inventory file: only a plain date goes into the suggested file name.
      const date = /^\d{4}-\d{2}-\d{2}/.exec(current.checklist.scanDate)?.[0] ?? 'undated';
      const target = await services.dialogs.saveFile({
        title: text.title, defaultName: `switchyard-${input.scope}-${date}.${extension}`,
        filters: [{ name: input.format.toUpperCase(), extensions: [extension] }],
      });
      if (!target) return null;
      context.progress({ step: 'report', state: 'running' });
      const model = createReportModel(current.checklist, { title: text.title, scopeLabel: current.label });
      await writeReport(model, input.format, input.lang, target, services.printPdf);
      context.progress({ step: 'report', state: 'done' });
      return { path: path.resolve(target) };
    },
  };
}
