import { defineConfig } from 'vitest/config';

// Unit, integration and adapter tests run under Node. The e2e suite (test/e2e) drives Chromium and has
// its own config (vitest.e2e.config.ts) so that it runs after the production renderer bundle is built.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts', 'test/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    allowOnly: false,
    pool: 'forks',
  },
});
