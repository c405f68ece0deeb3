import { delay, http, HttpResponse } from 'msw';
import { errorCodes } from '@/api/errors';
import type { MockSettings } from '../scenarios';
import { errorResponse } from './respond';

/**
 * Runs before every other handler: applies the latency and fault switches, then lets the request through to
 * the resource handlers (a handler that returns nothing passes the request on).
 */
export const faultHandlers = (settings: MockSettings) => [
  http.all('/api/*', async ({ request }) => {
    if (settings.latencyMs > 0) await delay(settings.latencyMs);
    const isRead = request.method === 'GET';
    if (settings.fault === 'offline') return HttpResponse.error();
    if ((settings.fault === 'reads' && isRead) || (settings.fault === 'writes' && !isRead)) {
      return errorResponse(500, {
        code: errorCodes.general,
        message: 'The Intelligence Server could not complete the request. (Simulated fault: the mock was started with ?fault=' + settings.fault + '.)',
      });
    }
    return undefined;
  }),
];
