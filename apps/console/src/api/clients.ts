/**
 * One typed client per service, generated from its OpenAPI document (src/api/generated, `npm run console:api`):
 * every path, parameter and body here is checked against what the service publishes. Each calls the service
 * through the one origin, /api/<service>/, with the signed-in person's bearer token.
 */
import createClient, { Middleware } from 'openapi-fetch';
import { currentSession, endSession } from '../auth/session';
import { ApiError, Problem } from './api.errors';
import type { paths as DispatchPaths } from './generated/dispatch';
import type { paths as IntakePaths } from './generated/intake';
import type { paths as WarrantyPaths } from './generated/warranty';

const bearer: Middleware = {
  onRequest({ request }) {
    const session = currentSession();
    if (session) request.headers.set('authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ response }) {
    // An expired or revoked token: back to the sign-in page rather than a screen of errors.
    if (response.status === 401) endSession();
    return response;
  },
};

function client<Paths extends object>(service: string) {
  const c = createClient<Paths>({ baseUrl: `/api/${service}` });
  c.use(bearer);
  return c;
}

export const intake = client<IntakePaths>('intake');
export const dispatch = client<DispatchPaths>('dispatch');
export const warranty = client<WarrantyPaths>('warranty');

/** The data of an openapi-fetch answer, or an ApiError carrying the problem. */
export function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw new ApiError(result.response.status, (result.error ?? {}) as Problem);
  }
  return result.data as T;
}

/** A fresh Idempotency-Key for one creating POST (the services replay the first answer for a repeat). */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}

export { ApiError } from './api.errors';
export type { Problem } from './api.errors';
