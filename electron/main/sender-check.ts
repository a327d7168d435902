/**
 * Every IPC message is checked for where it came from: the top frame of our own window, showing our own
 * origin. A subframe, a navigated-away page or a devtools-injected frame gets nothing
 * (https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages).
 */
import { APP_ORIGIN } from './app-origin';

export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

export function isTrustedSender(frame: SenderFrameLike | null | undefined): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  let origin: string;
  try {
    const url = new URL(frame.url);
    origin = url.protocol === 'app:' ? `${url.protocol}//${url.host}` : url.origin;
  } catch {
    return false;
  }
  return origin === APP_ORIGIN;
}
