/** The collectors each platform runs by default. */
import type { Platform } from '../../shared/inventory';
import type { Collector } from './collector';
import { linuxCollectors } from './linux';
import { macosCollectors } from './macos';
import { windowsCollectors } from './windows';

const registry: Record<Platform, readonly Collector[]> = {
  linux: linuxCollectors,
  windows: windowsCollectors,
  macos: macosCollectors,
};

export function collectorsFor(platform: Platform): readonly Collector[] {
  return registry[platform];
}
