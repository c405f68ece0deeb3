import { onTestFinished } from 'vitest';
import { mockServer } from '../../../../mocks/node';

export interface SentRequest {
  method: string;
  path: string;
  ifMatch: string | null;
  body: unknown;
}

/** Records every write the app sends to the mock server during one test (what reached the server, as sent). */
export function recordWrites(): { sent: () => Promise<SentRequest[]> } {
  const pending: Promise<SentRequest>[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'GET') return;
    pending.push(
      request
        .clone()
        .text()
        .then((text) => ({
          method: request.method,
          path: new URL(request.url).pathname,
          ifMatch: request.headers.get('If-Match'),
          body: text ? (JSON.parse(text) as unknown) : undefined,
        })),
    );
  };
  mockServer.events.on('request:start', listener);
  onTestFinished(() => void mockServer.events.removeListener('request:start', listener));
  return { sent: () => Promise.all(pending) };
}
