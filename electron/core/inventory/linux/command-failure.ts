/**
 * Turns a failed command into collector output. A missing command means the source does not exist on
 * this machine (no rpm on Debian): that is a skip, not a fault. Anything else (timeout, crash, refusal)
 * is a failure the user should see, with the reason in the words RunCommand already chose.
 */
import type { CollectorOutput } from '../collector';
import type { RunResult } from '../run-command';

export function commandFailureOutput(result: Extract<RunResult, { ok: false }>, what: string, hint?: string): CollectorOutput {
  if (result.failure === 'not-found') {
    return { items: [], status: 'skipped', message: `${what} were not listed: ${result.message}.` };
  }
  return { items: [], status: 'failed', message: `${what} could not be listed: ${result.message}.${hint ? ` ${hint}` : ''}` };
}
