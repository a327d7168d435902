import type { PrioritiesInput } from '../../../electron/shared/contract';

/** The criteria in the order Settings shows them: jurisdiction first, as the mission puts it. */
export const PRIORITY_KEYS = ['euJurisdiction', 'openSource', 'selfHostable', 'euHosting', 'platformFit', 'formatFit', 'lowEffort'] as const;
export type PriorityKey = (typeof PRIORITY_KEYS)[number];

/** 0 = ignore, 3 = decisive. */
export const PRIORITY_LEVELS = [0, 1, 2, 3] as const;

/**
 * The planner's defaults (electron/core/planning/priorities.ts), repeated because the renderer may not import
 * core; a unit test keeps the two equal.
 */
export const DEFAULT_PRIORITIES: PrioritiesInput = {
  euJurisdiction: 3, openSource: 2, selfHostable: 1, euHosting: 1, platformFit: 2, formatFit: 1, lowEffort: 2,
};

export const isDefault = (priorities: PrioritiesInput): boolean =>
  PRIORITY_KEYS.every((key) => priorities[key] === DEFAULT_PRIORITIES[key]);
