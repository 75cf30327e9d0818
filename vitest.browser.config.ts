/** Browser tests: real Chromium against the built site, served by a plain static server (see tests/browser/). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: one Chromium at a time.
    fileParallelism: false,
  },
});
