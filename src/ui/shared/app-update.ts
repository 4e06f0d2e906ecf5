/**
 * When the service worker (vite.config.ts, vite-plugin-pwa) has installed a newer build, offer it in
 * a notice with a Reload button. The new worker waits until then (skipWaiting is off), so an open
 * tab keeps fetching its own build's scene chunks; Reload lets it take over, and the page reloads
 * once it controls the page. Without a registration (the test build, a browser without service
 * workers) this does nothing.
 */
import { notify } from '../../state/notices.ts';

/** The parts of the browser's service worker API used here (a fake in the unit test). */
export interface UpdateHost {
  container: Pick<ServiceWorkerContainer, 'getRegistration' | 'addEventListener' | 'controller'>;
  reload(): void;
}

export async function offerUpdates(host: UpdateHost): Promise<void> {
  // Some browsers refuse service workers in a private window: no offer then, and no error.
  const registration = await host.container.getRegistration().catch(() => undefined);
  if (!registration) return;
  let asked = false;
  let offered: ServiceWorker | undefined;
  const offer = (worker: ServiceWorker) => {
    // The first install is no update: there was no worker in control before it.
    if (!host.container.controller || offered === worker) return;
    offered = worker;
    notify('info', (w) => w.menu.offline.updateReady, {
      label: (w) => w.menu.offline.reload,
      run: () => {
        asked = true;
        // The message the generated worker listens for (workbox: skipWaiting on request).
        worker.postMessage({ type: 'SKIP_WAITING' });
      },
    });
  };
  const follow = (worker: ServiceWorker | null) => {
    if (!worker) return;
    if (worker.state === 'installed') offer(worker);
    else worker.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
  };
  follow(registration.waiting ?? registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
  // Only after our Reload: on a first visit the new worker takes the page too (clientsClaim).
  host.container.addEventListener('controllerchange', () => {
    if (asked) host.reload();
  });
}
