import { defineConfig } from 'vitest/config';

// Unit tests run in plain Node: nothing under test may touch Phaser or the DOM.
// Browser tests (tests/e2e) drive Debian's Chromium and run in their own config.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
