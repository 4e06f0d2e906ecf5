/**
 * Builds the page once into a fresh temporary folder and serves it with `vite preview` for every
 * browser test file. A folder per run, so two runs on one machine cannot pull files from under
 * each other (a shared dist/ did).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(join(tmpdir(), 'rl-playground-e2e-'));
  // The test build: it carries the test hooks (window.__rl), which a production build leaves out.
  await build({ mode: 'test', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    build: { outDir },
    preview: { port: 4180, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
