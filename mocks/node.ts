import { setupServer } from 'msw/node';
import { MockDb } from './db';
import { createHandlers } from './handlers';
import { defaultMockSettings, scenarioState, type MockSettings, type ScenarioName } from './scenarios';

/** The mock API for Vitest: the same handlers as the browser, with state a test resets and switches. */
export const mockSettings: MockSettings = { ...defaultMockSettings };
export const mockDb = new MockDb(scenarioState('default'));
export const mockServer = setupServer(...createHandlers(mockDb, mockSettings));

export function resetMockBackend(scenario: ScenarioName = 'default', settings: Partial<MockSettings> = {}): void {
  Object.assign(mockSettings, defaultMockSettings, { scenario }, settings);
  mockDb.load(scenarioState(scenario));
}
