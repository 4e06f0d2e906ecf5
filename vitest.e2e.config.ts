import { defineConfig } from 'vitest/config';

// Browser tests: the built page served by `vite preview`, driven in Debian's Chromium through
// playwright-core. One file at a time: they share the machine's two cores with the browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
