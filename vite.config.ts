/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm start` serves the app on the mock API; `vite build` (live) leaves every line of mocks/ out,
// because src/ reaches mocks/ only through one dynamic import behind VITE_MOCK_API.
export default defineConfig({
  plugins: [react()],
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
});
