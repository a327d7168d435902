/**
 * The only module that touches window.switchyard. Everything else imports `api` from here, so the
 * renderer can be driven by the real preload or by the e2e harness without knowing which.
 */
import type { SwitchyardApi } from '../../electron/shared/api';

declare global {
  interface Window {
    switchyard?: SwitchyardApi;
  }
}

export function getApi(): SwitchyardApi {
  const api = window.switchyard;
  if (!api) throw new Error('Switchyard API unavailable: the window was not opened by Switchyard.');
  return api;
}

let taskCounter = 0;
/** Task ids for long work, unique within this window. */
export const newTaskId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${(taskCounter++).toString(36)}`;
