import { z } from 'zod';

/**
 * What the user values when choosing an alternative (Settings). Weights 0..3: 0 = ignore, 3 = decisive.
 * Defaults follow the mission: European jurisdiction first, open source next.
 */
export const PrioritiesSchema = z.object({
  euJurisdiction: z.number().int().min(0).max(3).default(3),
  openSource: z.number().int().min(0).max(3).default(2),
  selfHostable: z.number().int().min(0).max(3).default(1),
  euHosting: z.number().int().min(0).max(3).default(1),
  platformFit: z.number().int().min(0).max(3).default(2),
  formatFit: z.number().int().min(0).max(3).default(1),
  lowEffort: z.number().int().min(0).max(3).default(2),
});
export type Priorities = z.infer<typeof PrioritiesSchema>;
export const DEFAULT_PRIORITIES: Priorities = PrioritiesSchema.parse({});
export const PRIORITIES_SETTING_KEY = 'planning.priorities';
