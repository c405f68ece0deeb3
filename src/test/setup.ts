import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { mockServer, resetMockBackend } from '../../mocks/node';

// Idle preloading is a browser speed-up (npm run bench measures it). In jsdom it would only fetch dialogs' code
// at arbitrary moments, even after a test file's environment is gone; lazy components load when rendered.
window.requestIdleCallback = () => 0;
window.cancelIdleCallback = () => undefined;

// Every test talks to the mock API; a request it does not answer is a test error, not a silent pass.
beforeAll(() => mockServer.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => resetMockBackend());
afterEach(() => {
  cleanup();
  mockServer.resetHandlers();
});
afterAll(() => mockServer.close());
