import { holdRequestsUntil, setApiBaseUrl } from '@/api/client';
import { readConfig } from '@/lib/config';

/*
 * A small entry that starts both big downloads at once: the app, and (with the mock API on) the mock. The app
 * renders as soon as it arrives; API requests wait at the gate until the mock's service worker answers.
 */
function start() {
  const config = readConfig();
  setApiBaseUrl(config.apiBaseUrl);
  // Tested on import.meta.env itself, which the bundler replaces by a constant: a live build drops this branch
  // and the whole mock with it. This is the only way src/ reaches mocks/.
  if (import.meta.env.VITE_MOCK_API === 'true' && config.mockApi) {
    // A service worker's first install is slow; begin it now, while the mock's code is still downloading.
    // MSW's own start then finds the same registration under way.
    void navigator.serviceWorker?.register(`${import.meta.env.BASE_URL}mockServiceWorker.js`).catch(() => undefined);
    // The switches (?scenario, ?fault, ?latency) are read now: the app may render, and its redirect from / drop
    // the query, before the mock's code has arrived.
    const startSearch = window.location.search;
    holdRequestsUntil(import('../mocks/browser').then(({ startMockApi }) => startMockApi(startSearch)));
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  void import('@/app/render-app').then(({ renderApp }) => renderApp(root));
}

start();
