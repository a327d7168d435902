/**
 * Switchyard never needs the network. The app session cancels every http(s) and ws(s) request, so no
 * telemetry, remote font or update ping can leave the machine even if a dependency tried. In development
 * only, the Vite dev server's own origin is allowed.
 */
export const BLOCKED_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'];

export function shouldBlockRequest(url: string, devServerOrigin?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (devServerOrigin) {
    const dev = new URL(devServerOrigin);
    const sameHost = parsed.hostname === dev.hostname && parsed.port === dev.port;
    if (sameHost && ['http:', 'ws:'].includes(parsed.protocol)) return false;
  }
  return ['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(parsed.protocol);
}
