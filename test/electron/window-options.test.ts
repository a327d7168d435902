import { describe, expect, it } from 'vitest';
import { createSecureWindowOptions } from '../../electron/main/window-options';

describe('createSecureWindowOptions', () => {
  const prefs = createSecureWindowOptions('/app/preload.cjs').webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['devTools', false],
  ] as const)('sets %s to %s explicitly', (key, value) => {
    expect(Object.prototype.hasOwnProperty.call(prefs, key)).toBe(true);
    expect(prefs[key]).toBe(value);
  });

  it('loads the given preload and nothing else from Node', () => {
    expect(prefs.preload).toBe('/app/preload.cjs');
  });
});
