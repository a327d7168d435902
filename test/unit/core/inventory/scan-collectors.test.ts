import { describe, expect, it } from 'vitest';
import { collectorsFor } from '../../../../electron/core/inventory/collectors';
import { PlatformSchema } from '../../../../electron/shared/inventory';

describe('collector registry', () => {
  it.each(PlatformSchema.options)('%s has collectors, each declared for that platform, with unique ids', (platform) => {
    const collectors = collectorsFor(platform);
    expect(collectors.length).toBeGreaterThan(0);
    for (const collector of collectors) expect(collector.platforms).toContain(platform);
    expect(new Set(collectors.map((collector) => collector.id)).size).toBe(collectors.length);
  });

  it('keeps the platforms apart', () => {
    const linux = new Set(collectorsFor('linux').map((collector) => collector.id));
    for (const collector of [...collectorsFor('windows'), ...collectorsFor('macos')]) expect(linux.has(collector.id)).toBe(false);
  });
});
