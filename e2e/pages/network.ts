import type { Page } from '@playwright/test';

/** The bodies of the PATCH requests the page sends from now on. */
export function recordPatches(page: Page): unknown[] {
  const bodies: unknown[] = [];
  page.on('request', (request) => {
    if (request.method() === 'PATCH') bodies.push(request.postDataJSON());
  });
  return bodies;
}
