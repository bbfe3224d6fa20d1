import { serviceWorker } from './serviceWorkerState.svelte';

/**
 * Registers the service worker that vite-plugin-pwa built beside index.html. Not on the dev
 * server (there is no sw.js there), nor where the browser has no service workers (http:// on a
 * LAN address, for one): the app then still works online.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD) return serviceWorker.unavailable('disabled');
  if (!('serviceWorker' in navigator)) return serviceWorker.unavailable('unsupported');
  if (navigator.serviceWorker.controller !== null) serviceWorker.controlledAtStart();
  // workbox-window is small but not needed for the first paint.
  const { Workbox } = await import('workbox-window');
  // Relative to the page, so the app works from any folder it is served from.
  const workbox = new Workbox(new URL('sw.js', document.baseURI).href);
  await serviceWorker.attach(workbox, {
    reload: () => location.reload(),
    isOnline: () => navigator.onLine,
  });
  lookAgainWhenShown();
}

const lookEvery = 60 * 60 * 1000;

/** An installed app stays open for days: look for new editions when it comes back to the screen, at most hourly. */
function lookAgainWhenShown(): void {
  let lastLook = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastLook < lookEvery) return;
    lastLook = Date.now();
    void serviceWorker.checkQuietly();
  });
}
