import { describe, expect, it } from 'vitest';
import type { Session, WebContents } from 'electron';
import { blockNetwork, denyAllPermissions, denyNavigation } from '../../electron/main/harden';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp';
import { FakeSession, FakeWebContents } from './fake-electron';

const asSession = (fake: FakeSession) => fake as unknown as Session;

describe('denyAllPermissions', () => {
  const session = new FakeSession();
  denyAllPermissions(asSession(session));

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'midi', 'hid', 'fullscreen', 'openExternal'])(
    'refuses a %s request',
    (permission) => {
      let granted: boolean | undefined;
      session.permissionRequestHandler?.({}, permission, (answer: boolean) => { granted = answer; });
      expect(granted).toBe(false);
    },
  );

  it('answers every permission check with false', () => {
    expect(session.permissionCheckHandler?.({}, 'media', 'app://switchyard')).toBe(false);
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });
});

describe('blockNetwork', () => {
  const decide = (session: FakeSession, url: string) => {
    let cancel: boolean | undefined;
    session.beforeRequest?.listener({ url }, (response: { cancel: boolean }) => { cancel = response.cancel; });
    return cancel;
  };

  it('filters every http(s) and ws(s) URL', () => {
    const session = new FakeSession();
    blockNetwork(asSession(session));
    expect(session.beforeRequest?.filter.urls).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']);
  });

  it.each(['https://fonts.example.org/font.woff2', 'http://localhost:5173/', 'wss://telemetry.example.com/', 'http://10.0.0.1/update'])(
    'cancels %s in production',
    (url) => {
      const session = new FakeSession();
      blockNetwork(asSession(session));
      expect(decide(session, url)).toBe(true);
    },
  );

  it('adds the strict CSP to responses that reach the app', () => {
    const session = new FakeSession();
    blockNetwork(asSession(session));
    let headers: Record<string, string[]> = {};
    session.headersReceived?.({ responseHeaders: { 'X-A': ['b'] } }, (response: { responseHeaders: Record<string, string[]> }) => {
      headers = response.responseHeaders;
    });
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['X-A']).toEqual(['b']);
  });
});

describe('denyNavigation', () => {
  const contents = new FakeWebContents();
  denyNavigation(contents as unknown as WebContents);

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (eventName) => {
    expect(contents.emitPreventable(eventName, 'https://example.org/')).toBe(true);
  });

  it('denies every new window', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://switchyard/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }));

  it('allows nothing remote: every source list is self, none or data: images', () => {
    for (const [, values] of directives) {
      for (const value of values) expect(["'self'", "'none'", 'data:']).toContain(value);
    }
  });

  it.each(['default-src', 'script-src', 'style-src', 'font-src', 'img-src', 'connect-src', 'object-src', 'frame-ancestors'])(
    'declares %s',
    (name) => expect(directives.has(name)).toBe(true),
  );

  it('forbids connections and eval', () => {
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });
});
