/**
 * The first page load carries Phaser, the menu and the page chrome, and no scene: each scene is a
 * chunk of its own that the router fetches when the scene first opens (src/scenes/registry.ts).
 * A production build in memory (nothing is written); the chunks' module lists say what is where.
 */
import { gzipSync } from 'node:zlib';
import type { OutputAsset, OutputChunk, RolldownOutput } from 'rolldown';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * What the first load may weigh (raw, minified): Phaser alone is about 1.2 MB of it. The rest is
 * mostly both languages' catalogs for every feature (1.60 MB once the Lab, Compare and the
 * experiments' words joined them; the CLI's own words, ~20 kB of it, could leave the page).
 */
const FIRST_LOAD_BUDGET = 1_650_000;
/** Each scene's own folder: none of its modules may be in the first load. */
const SCENE_DIRS = ['src/scenes/maze/', 'src/scenes/jump/', 'src/scenes/lorenz/', 'src/scenes/rd/'];

async function productionOutput(): Promise<(OutputChunk | OutputAsset)[]> {
  const out = (await build({ mode: 'production', logLevel: 'silent', build: { write: false } })) as
    | RolldownOutput
    | RolldownOutput[];
  return (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
}

/** The page's entry chunk and every chunk it imports statically: what index.html makes the browser fetch. */
function firstLoad(chunks: OutputChunk[]): OutputChunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('/index.html'));
  if (!entry) throw new Error('no chunk has index.html as its entry');
  const seen = new Map<string, OutputChunk>();
  const visit = (c: OutputChunk) => {
    if (seen.has(c.fileName)) return;
    seen.set(c.fileName, c);
    for (const name of c.imports) {
      const next = byName.get(name);
      if (next) visit(next);
    }
  };
  visit(entry);
  return [...seen.values()];
}

const kB = (n: number) => `${(n / 1000).toFixed(2)} kB`;

describe('lazy scenes', () => {
  it('the first load holds no scene code; each scene is a chunk fetched on demand', async () => {
    const output = await productionOutput();
    const chunks = output.filter((o): o is OutputChunk => o.type === 'chunk');
    const first = firstLoad(chunks);
    const modules = first.flatMap((c) => c.moduleIds).map((id) => id.replaceAll('\\', '/'));
    const sceneModules = modules.filter((id) => SCENE_DIRS.some((dir) => id.includes(`/${dir}`)));
    expect(sceneModules).toEqual([]);
    // Phaser and the menu are there (the entry is the page, not an empty shell).
    expect(modules.some((id) => id.includes('/node_modules/phaser/'))).toBe(true);
    expect(modules.some((id) => id.endsWith('/src/scenes/menu/MenuScene.ts'))).toBe(true);

    // Each scene class heads a chunk that the first load reaches only by a dynamic import.
    const dynamic = new Set(first.flatMap((c) => c.dynamicImports));
    for (const scene of ['MazeScene', 'JumpScene', 'LorenzScene', 'ReactionDiffusionScene']) {
      const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(`/${scene}.ts`));
      expect(chunk?.fileName, `${scene}'s chunk`).toBeDefined();
      expect(dynamic.has(chunk?.fileName ?? ''), `${scene} is imported on demand`).toBe(true);
    }

    const js = first.reduce((n, c) => n + Buffer.byteLength(c.code), 0);
    const gz = first.reduce((n, c) => n + gzipSync(c.code).length, 0);
    const css = output
      .filter((o): o is OutputAsset => o.type === 'asset' && o.fileName.endsWith('.css'))
      .filter((a) => first.some((c) => c.viteMetadata?.importedCss.has(a.fileName)));
    const cssBytes = css.reduce((n, a) => n + Buffer.byteLength(a.source), 0);
    console.info(
      `first load: ${first.length} JS chunk(s), ${kB(js)} raw / ${kB(gz)} gzip; CSS ${kB(cssBytes)}`,
    );
    expect(js).toBeLessThan(FIRST_LOAD_BUDGET);
  }, 180_000);
});
