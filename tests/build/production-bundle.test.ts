/**
 * The test hooks (window.__rl and every scene's test-hooks.ts) exist only in the test build: a
 * plain `vite build` must ship none of them. Both builds run in memory (nothing is written).
 */
import type { OutputChunk, RolldownOutput } from 'rolldown';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

/** Names that only the hook modules hold (property names survive minification). */
const HOOK_MARKERS = ['__rl', 'cellToClient', 'attractorSample', 'frameListeners', 'seriesPoints'];

async function bundle(mode: 'production' | 'test'): Promise<OutputChunk[]> {
  const out = (await build({ mode, logLevel: 'silent', build: { write: false } })) as
    | RolldownOutput
    | RolldownOutput[];
  return (Array.isArray(out) ? out : [out]).flatMap((o) => o.output.filter((f) => f.type === 'chunk'));
}

const markersIn = (chunks: OutputChunk[]) =>
  HOOK_MARKERS.filter((m) => chunks.some((c) => c.code.includes(m)));

describe('test hooks and the production build', () => {
  it('the test build has the hooks; the production build has none of them', async () => {
    const test = await bundle('test');
    expect(test.some((c) => c.fileName.includes('test-hooks'))).toBe(true);
    expect(markersIn(test)).toEqual(HOOK_MARKERS);

    const production = await bundle('production');
    expect(production.map((c) => c.fileName).filter((f) => f.includes('test-hooks'))).toEqual([]);
    expect(markersIn(production)).toEqual([]);
  }, 180_000);
});
