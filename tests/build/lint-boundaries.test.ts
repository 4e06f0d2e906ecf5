/**
 * The layer boundaries in biome.json stay enforced: probe files that break them, placed where the
 * rules apply (and where they do not), are linted with the project's config in a temporary copy of
 * the layout. Phaser only in src/scenes, src/ui and src/main.ts; no page globals in the simulation
 * layers; workers may use self and postMessage.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const GLOBALS = ['window', 'document', 'self', 'localStorage', 'navigator', 'Worker', 'postMessage'];
const SIM_LAYERS = ['envs', 'agents', 'train', 'dynamics', 'core', 'state'];
const USES_PHASER = "import Phaser from 'phaser';\nexport const p = Phaser;\n";
const USES_GLOBALS = `export const g = () => [${GLOBALS.join(', ')}];\n`;

interface Diagnostic {
  category: string;
  message: string;
  location: { path: string };
}

function lint(files: Record<string, string>): Diagnostic[] {
  const root = mkdtempSync(join(tmpdir(), 'rl-lint-probe-'));
  try {
    copyFileSync(join(process.cwd(), 'biome.json'), join(root, 'biome.json'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const biome = join(process.cwd(), 'node_modules', '.bin', 'biome');
    let out: string;
    try {
      out = execFileSync(
        biome,
        ['lint', '--reporter=json', '--vcs-enabled=false', '--max-diagnostics=none', '.'],
        {
          cwd: root,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        },
      );
    } catch (e) {
      // Errors found: biome exits non-zero with the report on stdout.
      out = (e as { stdout: string }).stdout;
    }
    return (JSON.parse(out) as { diagnostics: Diagnostic[] }).diagnostics;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('layer boundaries (biome lint)', () => {
  it('refuses Phaser below the app layer and page globals in the simulation, at error level', () => {
    const files: Record<string, string> = {};
    for (const layer of [...SIM_LAYERS, 'play', 'workers'])
      files[`src/${layer}/phaser-probe.ts`] = USES_PHASER;
    for (const layer of SIM_LAYERS) files[`src/${layer}/globals-probe.ts`] = USES_GLOBALS;
    // Allowed: the app layer, and workers talking to their page.
    files['src/scenes/probe.ts'] = USES_PHASER + USES_GLOBALS;
    files['src/ui/probe.ts'] = USES_PHASER + USES_GLOBALS;
    files['src/main.ts'] = USES_PHASER + USES_GLOBALS;
    files['src/workers/probe.ts'] = 'export const w = () => [self, postMessage];\n';
    const found = lint(files);

    const key = (d: Diagnostic) =>
      `${d.location.path.replaceAll('\\', '/')} ${d.category.replace('lint/style/', '')} ${
        d.category.endsWith('Globals') ? (d.message.match(/variable (\w+)/)?.[1] ?? '?') : 'phaser'
      }`;
    const expected = [
      ...[...SIM_LAYERS, 'play', 'workers'].map((l) => `src/${l}/phaser-probe.ts noRestrictedImports phaser`),
      ...SIM_LAYERS.flatMap((l) => GLOBALS.map((g) => `src/${l}/globals-probe.ts noRestrictedGlobals ${g}`)),
    ];
    expect(found.map(key).sort()).toEqual(expected.sort());
    expect(found.every((d) => (d as unknown as { severity: string }).severity === 'error')).toBe(true);
  }, 60_000);
});
