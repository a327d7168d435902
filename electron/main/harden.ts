/**
 * Deny-by-default guards for the app session and every web contents
 * (https://www.electronjs.org/docs/latest/tutorial/security, items 4, 5, 13, 14).
 */
import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';
import { BLOCKED_URL_PATTERNS, shouldBlockRequest } from './request-policy';

/**
 * Switchyard needs no web permission at all: no camera, microphone, notifications, geolocation,
 * clipboard reading, MIDI or HID. File dialogs go through the main process, not the File System Access API.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

export function blockNetwork(session: Session): void {
  session.webRequest.onBeforeRequest({ urls: BLOCKED_URL_PATTERNS }, (details, callback) => {
    callback({ cancel: shouldBlockRequest(details.url) });
  });
  // Belt and braces for any response that does reach the page: the same CSP as the app protocol.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/** The app is a single page: it never navigates, never opens windows, never hosts webviews. */
export function denyNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
