import { z } from 'zod';

/** The build's settings, checked once at start-up: a wrong value stops the app with a clear message. */
const configSchema = z.object({
  /** true: the mock API (mocks/) answers /api in the browser; false: a real Strategy server does. */
  VITE_MOCK_API: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** Where the Strategy server is; empty for the page's own origin. */
  VITE_API_BASE_URL: z.union([z.literal(''), z.url()]).default(''),
});

export interface AppConfig {
  mockApi: boolean;
  apiBaseUrl: string;
}

export function readConfig(env: Record<string, unknown> = import.meta.env): AppConfig {
  const parsed = configSchema.parse(env);
  return { mockApi: parsed.VITE_MOCK_API, apiBaseUrl: parsed.VITE_API_BASE_URL };
}
