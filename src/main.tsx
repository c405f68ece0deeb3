import { createRoot } from 'react-dom/client';
import { setApiBaseUrl } from '@/api/client';
import { App } from '@/app/app';
import { readConfig } from '@/lib/config';

async function start() {
  const config = readConfig();
  if (config.mockApi) {
    // The only way src/ reaches mocks/: a build without VITE_MOCK_API drops this branch and the whole mock.
    const { startMockApi } = await import('../mocks/browser');
    await startMockApi();
  }
  setApiBaseUrl(config.apiBaseUrl);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(<App />);
}

void start();
