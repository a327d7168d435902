import { z } from 'zod';

export const CatalogueStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('ok'),
    path: z.string(),
    buildId: z.string(),
    /** Latest verified_on date among the sources (null for an empty catalogue). */
    buildDate: z.string().nullable(),
    counts: z.record(z.string(), z.number()),
  }),
  z.object({ state: z.literal('missing'), path: z.string() }),
  z.object({ state: z.literal('invalid'), path: z.string(), message: z.string() }),
]);
export type CatalogueStatus = z.infer<typeof CatalogueStatusSchema>;

export const SystemStatusSchema = z.object({
  appName: z.string(),
  appVersion: z.string(),
  platform: z.string(),
  arch: z.string(),
  osRelease: z.string(),
  versions: z.object({
    node: z.string(),
    chromium: z.string().optional(),
    electron: z.string().optional(),
  }),
  userDataPath: z.string(),
  catalogue: CatalogueStatusSchema,
  /** The app never talks to the network; this states how that is enforced in this runtime. */
  offline: z.object({ networkBlocked: z.boolean(), note: z.string() }),
});
export type SystemStatus = z.infer<typeof SystemStatusSchema>;
