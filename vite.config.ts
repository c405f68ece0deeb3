/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin, type Rollup } from 'vite';

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

/**
 * Every built page (live and demo) carries a strict Content-Security-Policy: scripts only from this origin,
 * never inline; no plugins; no <base>. Styles may be inline because MUI's emotion writes <style> elements.
 * The dev server goes without it: Vite's dev preamble is an inline script.
 */
export function contentSecurityPolicy(apiBaseUrl: string): string {
  const api = apiBaseUrl ? ` ${new URL(apiBaseUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

function withContentSecurityPolicy(apiBaseUrl: string): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(apiBaseUrl) }, injectTo: 'head-prepend' },
    ],
  };
}

/** The most gzipped JavaScript the first screen may need (issue 6): the build fails above it. */
export const firstScreenBudgetKb = 190;

/**
 * What the first screen loads: the entry, the chunks the entry imports at start-up (the app; the mock only in
 * a demo build), and everything those import statically. Dialogs and other lazy chunks are not counted.
 */
export function firstScreenChunks(bundle: Rollup.OutputBundle, includeMock: boolean): Rollup.OutputChunk[] {
  const chunks = new Map(Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item] as const] : [])));
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (!entry) return [];
  const startUp = entry.dynamicImports.filter((file) => includeMock || !/\/browser-[^/]*\.js$/.test(file));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    chunks.get(file)?.imports.forEach(visit);
  };
  [entry.fileName, ...startUp].forEach(visit);
  return [...seen].flatMap((file) => chunks.get(file) ?? []);
}

function withFirstScreenBudget(mockApi: boolean): Plugin {
  return {
    name: 'first-screen-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = firstScreenChunks(bundle, false);
      const kb = chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0) / 1024;
      const summary = `first screen: ${kb.toFixed(1)} KB of gzipped JavaScript in ${chunks.length} chunks (budget ${firstScreenBudgetKb} KB${mockApi ? '; the demo mock, loaded beside it, is not counted' : ''})`;
      if (kb > firstScreenBudgetKb) this.error(`${summary}: over budget. Make what is not needed at once lazy.`);
      this.info(summary);
    },
  };
}

// `npm start` serves the app on the mock API (.env.development); `npm run build:demo` ships it (.env.demo).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mockApi = env.VITE_MOCK_API === 'true';
  return {
    plugins: [react(), withoutMockWorkerInLiveBuilds(mockApi), withContentSecurityPolicy(env.VITE_API_BASE_URL ?? ''), withFirstScreenBudget(mockApi)],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    server: { port: 5173 },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
      // userEvent types long values (a secret ARN) key by key: on a busy 2-core machine that outlasts the
      // default 5 s. A limit, not a timing assertion; speed is measured by npm run bench.
      testTimeout: 20_000,
      // .ci/run reads the JSON report to print its closing "N passed, N failed" line.
      reporters: process.env.CI_REPORTS_DIR ? ['default', 'json'] : ['default'],
      outputFile: { json: `${process.env.CI_REPORTS_DIR ?? '.'}/vitest.json` },
    },
  };
});
