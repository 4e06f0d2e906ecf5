/**
 * The production site (`npm run build`: no test hooks, the service worker on) for the browser tests
 * that need it, built once per set of sources and kept in the temporary folder: a rerun on
 * unchanged sources costs nothing. Served by a small static server under a sub-path, as a site
 * hosted in a folder of someone's domain would be.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { build } from 'vite';

/** What the build reads: a change in any of these makes a new build. */
const INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

function sourcesKey(root: string): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((p) => filesUnder(join(root, p)))) {
    hash.update(file.slice(root.length));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Sites built from sources a day old or more: another run still using one is unlikely by then. */
function pruneOldSites(keep: string): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    if (!name.startsWith('rl-playground-site-') || path === keep) continue;
    // Another run may remove one at the same moment.
    const made = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (made < dayAgo) rmSync(path, { recursive: true, force: true });
  }
}

/** The folder of the built site, built now if these sources have not been built before. */
export async function productionSite(root = process.cwd()): Promise<string> {
  const dir = join(tmpdir(), `rl-playground-site-${sourcesKey(root)}`);
  pruneOldSites(dir);
  if (existsSync(join(dir, 'index.html'))) return dir;
  // Built beside and then renamed into place: a run that stops half-way leaves no half a site.
  const work = mkdtempSync(join(tmpdir(), 'rl-playground-site-build-'));
  try {
    await build({ root, mode: 'production', logLevel: 'warn', build: { outDir: work, emptyOutDir: true } });
    if (!existsSync(dir)) renameSync(work, dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

export interface SiteServer {
  /** The site's address, ending in `/`: `http://localhost:1234/sub/dir/`. */
  url: string;
  close(): Promise<void>;
}

/** Serve `dir` at `http://localhost:<port><prefix>` (prefix like `/sub/dir/`); anything else is 404. */
export async function serveSite(dir: string, prefix: string): Promise<SiteServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    const rel = path.slice(prefix.length) || 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
