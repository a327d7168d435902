/**
 * Strict Content Security Policy: everything from the app bundle only. No remote scripts, styles,
 * fonts, images or connections; no eval; no plugins; no framing. 'unsafe-inline' styles are not allowed
 * either: React's style props set CSSOM properties, which CSP does not govern.
 * Sent as a response header by the app:// protocol and repeated in index.html's meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');
