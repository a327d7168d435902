/**
 * The whole pipeline for one workstation: inventory → findings → checklist, with the user's choices,
 * progress and priorities from the state database (or none, for a one-off CLI report).
 */
import type { InventoryFile } from '../../shared/inventory';
import type { Finding } from '../../shared/matching';
import type { Checklist } from '../../shared/planning';
import type { CatalogueRepository } from '../catalogue/repository';
import { assembleChecklist } from '../planning/assemble';
import { deriveFacts } from '../planning/facts';
import { DEFAULT_PRIORITIES, type Priorities } from '../planning/priorities';
import type { ItemProgress } from '../store/checklist-progress';

export interface PlanState {
  priorities: Priorities;
  choices: ReadonlyMap<string, string>;
  progress: ReadonlyMap<string, ItemProgress>;
}

export const NO_PLAN_STATE: PlanState = { priorities: DEFAULT_PRIORITIES, choices: new Map(), progress: new Map() };

export function planInventory(
  inventory: InventoryFile, findings: readonly Finding[], catalogue: CatalogueRepository, scope: string, lang: 'en' | 'de', state: PlanState, now = new Date(),
): Checklist {
  return assembleChecklist({
    scope, lang, now, scanDate: inventory.scannedAt, findings, catalogue,
    facts: deriveFacts({ documents: inventory.documents, devices: 1, users: 1 }),
    priorities: state.priorities, choices: state.choices, progress: state.progress,
    platforms: [inventory.host.os.platform],
  });
}
