// Screenshots of the Lorenz and RD scenes at desktop and phone size (not part of the repo).
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const outDir = '/tmp/dyn-shot-dist';
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({ build: { outDir }, preview: { port: 4290, strictPort: false, open: false }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] as string;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
const sizes = { desktop: { width: 1360, height: 760 }, phone: { width: 390, height: 844 } };
const routes = ['lorenz', 'reaction-diffusion/1', 'reaction-diffusion/2', 'reaction-diffusion/3'];
for (const [size, viewport] of Object.entries(sizes)) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: size === 'phone' ? 2 : 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  for (const route of routes) {
    await page.goto(`${url}#${route}`);
    await page.waitForTimeout(route === 'lorenz' ? 9000 : 6000);
    const name = `${route.replace('/', '-')}-${size}`;
    await page.screenshot({ path: `/tmp/dyn-shots/${name}.png`, fullPage: size === 'phone' });
    console.log(name, errors.length ? `errors: ${errors.join(' | ')}` : 'no console errors');
  }
  await context.close();
}
await browser.close();
await server.close();
