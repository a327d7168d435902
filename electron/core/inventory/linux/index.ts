/** The Linux collectors, in the order their diagnostics are listed. */
import type { Collector } from '../collector';
import { createAppImageCollector } from './appimage-collector';
import { createDesktopEntryCollector } from './desktop-collector';
import { dpkgCollector } from './dpkg-collector';
import { createFlatpakCollector } from './flatpak-collector';
import { createGnomeAppStateCollector } from './gnome-app-state-collector';
import { createKdeActivityCollector } from './kde-activity-collector';
import { createProcessCollector } from './process-collector';
import { createRecentlyUsedCollector } from './recently-used-collector';
import { rpmCollector } from './rpm-collector';
import { snapCollector } from './snap-collector';

export const linuxCollectors: readonly Collector[] = [
  dpkgCollector,
  rpmCollector,
  createFlatpakCollector(),
  snapCollector,
  createAppImageCollector(),
  createDesktopEntryCollector(),
  createRecentlyUsedCollector(),
  createGnomeAppStateCollector(),
  createKdeActivityCollector(),
  createProcessCollector(),
];
