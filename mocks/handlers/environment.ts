import { http } from 'msw';
import { apiPaths } from '@/api/paths';
import type { MockDb } from '../db';
import { json } from './respond';

export const environmentHandlers = (db: MockDb) => [http.get(apiPaths.environment, () => json(db.environment))];
