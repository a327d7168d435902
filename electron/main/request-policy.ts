/**
 * Switchyard never needs the network. The app session cancels every http(s) and ws(s) request, so no
 * telemetry, remote font or update ping can leave the machine even if a dependency tried. There is no
 * exception for development either: `npm run dev` rebuilds the bundle that app:// serves.
 */
export const BLOCKED_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export function shouldBlockRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  return ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol);
}
