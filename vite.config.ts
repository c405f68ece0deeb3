/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

/**
 * A live build (VITE_MOCK_API unset) holds no MSW code: src/ reaches mocks/ only behind
 * import.meta.env.VITE_MOCK_API, and this drops the worker script that public/ would otherwise copy in.
 */
function withoutMockWorkerInLiveBuilds(mockApi: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'without-mock-worker-in-live-builds',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    closeBundle: () => {
      if (!mockApi) rmSync(join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

// `npm start` serves the app on the mock API (.env.development); `npm run build:demo` ships it (.env.demo).
export default defineConfig(({ mode }) => {
  const mockApi = loadEnv(mode, process.cwd(), 'VITE_').VITE_MOCK_API === 'true';
  return {
    plugins: [react(), withoutMockWorkerInLiveBuilds(mockApi)],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    server: { port: 5173 },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
      // .ci/run reads the JSON report to print its closing "N passed, N failed" line.
      reporters: process.env.CI_REPORTS_DIR ? ['default', 'json'] : ['default'],
      outputFile: { json: `${process.env.CI_REPORTS_DIR ?? '.'}/vitest.json` },
    },
  };
});
