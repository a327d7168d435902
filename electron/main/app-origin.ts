/**
 * The renderer is served from app://switchyard/ instead of file:// so that the origin is fixed, the
 * CSP applies to every file, and the protocol handler can refuse anything outside the bundle
 * (https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'switchyard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
