/** The typed ServiceStack client: operations, `createServiceClient`, `api()` results, JSV query strings. Re-exports only. */
export {
  defineOperation, type AnyOperation, type Operation, type OperationDefinition, type OperationRequest, type OperationResult,
  type OperationRoute, type RequestSchema,
} from './operation.js';
export {
  createServiceClient, type AuthenticationRequiredContext, type AuthenticationUpdate, type SendOptions, type ServiceClient,
  type ServiceClientOptions, type VerbOptions,
} from './service-client.js';
export { ApiError, type ApiResult } from './api-result.js';
export { toQueryString, queryValueText, type QueryStringOptions } from './query-string.js';
export { resolveRoute, resolveMethod, routeAllows, type FallbackPath, type ResolvedRoute } from './route.js';
