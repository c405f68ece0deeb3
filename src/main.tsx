import { createRoot } from 'react-dom/client';
import { setApiBaseUrl } from '@/api/client';
import { App } from '@/app/app';
import { readConfig } from '@/lib/config';

async function start() {
  const config = readConfig();
  // Tested on import.meta.env itself, which the bundler replaces by a constant: a live build drops this branch
  // and the whole mock with it. This is the only way src/ reaches mocks/.
  if (import.meta.env.VITE_MOCK_API === 'true' && config.mockApi) {
    const { startMockApi } = await import('../mocks/browser');
    await startMockApi();
  }
  setApiBaseUrl(config.apiBaseUrl);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(<App />);
}

void start();
