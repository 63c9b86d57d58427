/**
 * `jsv-codec/evovoice`: the EvoVoice `GET /sessions/active` DTOs as schemas, a typed client, its errors, the sample-data
 * generator and the sessions table. This module only re-exports.
 */
export * from './dto.js';
export {
  createEvoVoiceClient, type EvoVoiceCallOptions, type EvoVoiceClient, type EvoVoiceClientOptions,
} from './client.js';
export {
  EvoVoiceError, EvoVoiceRequestError, type EvoVoiceRequestErrorKind, type ResponseError, type ResponseStatus,
} from './evovoice-error.js';
export { ServiceStackError, type ServiceStackErrorInit } from '../fetch/service-stack-error.js';
export { JsvRequestError, type JsvRequestErrorInit, type JsvRequestErrorKind } from '../fetch/request-error.js';
export { DEFAULT_SESSIONS_NOW, generateActiveSessions, mulberry32, type GenerateSessionsOptions } from './generate-sessions.js';
export { formatSessionsTable, type SessionsTableOptions } from './sessions-table.js';
export { GetActiveSessionsOperation } from './operations.js';
