/** The macOS collectors, in the order a scan runs them. */
import type { Collector } from '../collector';
import { appBundleCollector } from './app-bundle-collector';
import { homebrewCollector } from './homebrew-collector';
import { macosProcessCollector } from './process-collector';
import { spotlightCollector } from './spotlight-collector';
import { systemProfilerCollector } from './system-profiler-collector';

export const macosCollectors: Collector[] = [
  appBundleCollector,
  systemProfilerCollector,
  spotlightCollector,
  homebrewCollector,
  macosProcessCollector,
];

export { parseSystemProfilerJson, parseSystemProfilerXml } from './parse-system-profiler';
