/**
 * A stand-in for the 'electron' module, enough for the main-process adapters: it records what the
 * code under test registers so tests can call those handlers like Electron would. No binary needed.
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  sent: Array<{ channel: string; payload: unknown }> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return false;
  }
  /** Emits like Electron: returns whether a listener called preventDefault. */
  emitPreventable(eventName: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(eventName, { preventDefault: () => { prevented = true; } }, ...args);
    return prevented;
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | undefined;
  permissionCheckHandler: Listener | undefined;
  devicePermissionHandler: Listener | undefined;
  beforeRequest: { filter: { urls: string[] }; listener: Listener } | undefined;
  headersReceived: Listener | undefined;
  setPermissionRequestHandler(handler: Listener): void { this.permissionRequestHandler = handler; }
  setPermissionCheckHandler(handler: Listener): void { this.permissionCheckHandler = handler; }
  setDevicePermissionHandler(handler: Listener): void { this.devicePermissionHandler = handler; }
  webRequest = {
    onBeforeRequest: (filter: { urls: string[] }, listener: Listener) => { this.beforeRequest = { filter, listener }; },
    onHeadersReceived: (listener: Listener) => { this.headersReceived = listener; },
  };
}

export class FakeIpcMain {
  handlers = new Map<string, Listener>();
  listeners = new Map<string, Listener>();
  handle(channel: string, handler: Listener): void { this.handlers.set(channel, handler); }
  on(channel: string, listener: Listener): void { this.listeners.set(channel, listener); }
}

export function fakeIpcEvent(frame: { url: string; parent: unknown } | null, sender = new FakeWebContents()) {
  return { senderFrame: frame, sender };
}
