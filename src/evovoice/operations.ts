/**
 * The EvoVoice operations as {@link Operation}s for `createServiceClient`, written by hand from the service's metadata
 * (`GetActiveSessions`: `GET /sessions/active`, authenticated). The metadata code generator makes the same records.
 */
import { defineOperation, type Operation } from '../client/operation.js';
import { GetActiveSessions, GetActiveSessionsResponse } from './dto.js';

/** `GetActiveSessions`: `GET /sessions/active`, your active sessions (needs a bearer token). */
export const GetActiveSessionsOperation: Operation<typeof GetActiveSessions, typeof GetActiveSessionsResponse> & { readonly returnsVoid: false } = /* @__PURE__ */ defineOperation({
  name: 'GetActiveSessions',
  request: GetActiveSessions,
  response: GetActiveSessionsResponse,
  method: 'GET',
  routes: [{ path: '/sessions/active', verbs: ['GET'] }],
  requiresAuth: true,
});
