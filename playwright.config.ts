import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its browser here: use Debian's Chromium when it is installed (or the one named
// by PLAYWRIGHT_CHROMIUM_PATH), and Playwright's own browser anywhere else.
const debianChromium = '/usr/bin/chromium';
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);
const port = Number(process.env.E2E_PORT ?? 4317);
const reports = process.env.CI_REPORTS_DIR;
// Where the e2e run builds the app; two runs side by side (two worktrees' engineers) each name their own.
const distDir = process.env.E2E_DIST ?? 'dist-demo';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: reports ? [['list'], ['json', { outputFile: `${reports}/playwright.json` }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The flows run against the demo build: the same app and mock backend as `npm start`, built once, so pages
  // load in the time a user would see rather than the dev server's on-demand transforms.
  webServer: {
    command: `npx vite build --mode demo --outDir ${distDir} && npx vite preview --outDir ${distDir} --port ${port} --strictPort --host 127.0.0.1 --bypass-lock`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
