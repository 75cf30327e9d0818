/**
 * Browser tests: real Chromium against the built site, served by a plain static server (see
 * tests/browser/).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/globalSetup.ts'],
    testTimeout: 60_000,
    // expect.poll gives up after 1 s by default: too soon for a page rendering on two busy cores.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 180_000,
    // Two cores: one Chromium at a time.
    fileParallelism: false,
  },
});
