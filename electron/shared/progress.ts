import { z } from 'zod';

/**
 * Long work (a scan, an import, a report) reports progress as events tagged with the task id the caller
 * chose, and can be cancelled with that id.
 */
export const ProgressEventSchema = z.object({
  taskId: z.string(),
  /** What part of the work, e.g. a collector id ('linux.dpkg') or 'documents'. */
  step: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** 0..1 when known. */
  fraction: z.number().min(0).max(1).optional(),
  count: z.number().int().nonnegative().optional(),
  message: z.string().optional(),
});
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;

export const TASK_ID = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
