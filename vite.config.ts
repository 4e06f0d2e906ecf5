import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// Relative base so the built page also works from a sub-folder or file server.
export default defineConfig({
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  plugins: [
    // An installable, offline page: a service worker that precaches the whole built site (every
    // scene's chunk, the workers, the textures, the icons) on the first visit, so later visits and
    // any scene open without a network. Relative paths throughout (`sw.js` and its scope beside
    // index.html), so it works from a sub-path too.
    VitePWA({
      injectRegister: 'script',
      // public/manifest.webmanifest and public/icons are the manifest, as they are.
      manifest: false,
      integration: {
        // No service worker in the test build (the browser tests would see yesterday's page from
        // its cache) nor in a build that writes nothing (the bundle tests: the plugin would write
        // sw.js into dist/ from whatever was there).
        configureOptions(config, options) {
          if (config.mode === 'test' || config.build.write === false) options.disable = true;
        },
      },
      workbox: {
        // The first visit's page is taken over as soon as the site is cached (offline from then on).
        // A new build's worker waits until no tab of the old one is open: a tab that has the old
        // entry chunk can still fetch the old scene chunks from the old cache.
        clientsClaim: true,
        skipWaiting: false,
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // The entry chunk is Phaser (about 1.5 MB); above the default 2 MiB it would be left out.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
});
