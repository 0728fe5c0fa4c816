/**
 * On every page: registers the service worker, offers a new version when one is waiting, and
 * says when the page is a saved copy read offline.
 */
import { fill, formatDateTime, offlineSupported, savedAt } from './caches.ts';

const banner = document.querySelector<HTMLElement>('[data-offline-banner]');
const strings = banner?.dataset ?? {};
const locale = document.documentElement.lang || 'it';

function showOfflineNotice(): void {
  const notice = document.querySelector<HTMLElement>('[data-offline-notice]');
  if (!notice) return;
  if (navigator.onLine) {
    notice.hidden = true;
    return;
  }
  void savedAt(window.location.pathname).then((date) => {
    const copy = date
      ? fill(strings['savedCopy'] ?? '', { date: formatDateTime(date, locale) })
      : (strings['savedCopyUnknown'] ?? '');
    notice.textContent = `${strings['offline'] ?? ''} ${copy}`.trim();
    notice.hidden = false;
  });
}

function offerUpdate(worker: ServiceWorker): void {
  const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
  const button = prompt?.querySelector<HTMLButtonElement>('button');
  if (!prompt || !button) return;
  prompt.hidden = false;
  button.addEventListener('click', () => {
    reloadOnControllerChange = true;
    worker.postMessage({ type: 'SKIP_WAITING' });
  });
}

let reloadOnControllerChange = false;

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      // With no controller this is the first install, not an update.
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
    });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadOnControllerChange) window.location.reload();
  });
  // Look for a new deployment on every page view, not only every 24 hours.
  void registration.update().catch(() => undefined);
}

if (offlineSupported() && import.meta.env.PROD) {
  void register().catch(() => undefined);
  window.addEventListener('online', showOfflineNotice);
  window.addEventListener('offline', showOfflineNotice);
  showOfflineNotice();
}
