import { setupWorker } from 'msw/browser';
import { MockDb } from './db';
import { createHandlers } from './handlers';
import { loadDataSet, saveDataSet } from './persistence';
import { readMockSettings, scenarioState } from './scenarios';

/**
 * Starts the mock API in the browser (dev server and demo build). The app's requests wait until this resolves
 * (holdRequestsUntil), so none leaves before the worker answers it. `search` is the query of the URL the page
 * was loaded with, where the switches are.
 */
export async function startMockApi(search: string): Promise<void> {
  const settings = readMockSettings(search);
  const db = new MockDb();
  const worker = setupWorker(...createHandlers(db, settings));
  // The worker's activation is slow on a first visit; the scenario's records are built meanwhile.
  const started = worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  const initial = scenarioState(settings.scenario);
  db.load(initial);
  // The large scenario is generated the same on every load; saving ten thousand rows would only slow it.
  if (settings.scenario !== 'large') {
    const storageKey = `data-sources-console.mock-db.${settings.scenario}`;
    const saved = loadDataSet(window.localStorage, storageKey);
    if (saved) db.load({ environment: initial.environment, data: saved });
    db.onChange = (data) => saveDataSet(window.localStorage, storageKey, data);
  }
  await started;
}
