import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one factory for window options. Every security-relevant preference is explicit, even where it
 * equals Electron's default, so a change of default or a careless edit shows up in review and in the
 * adapter test (https://www.electronjs.org/docs/latest/tutorial/security).
 */
export function createSecureWindowOptions(preloadPath: string, options: { devTools: boolean } = { devTools: false }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Switchyard',
    backgroundColor: '#1b1d22',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      // Developer tools only in development builds.
      devTools: options.devTools,
    },
  };
}
