/** The HTTP side: `jsvFetch` for any ServiceStack JSV endpoint, and its errors. Re-exports only. */
export { jsvFetch, type JsvFetchInit } from './jsv-fetch.js';
export { JsvRequestError, type JsvRequestErrorInit, type JsvRequestErrorKind } from './request-error.js';
export { ServiceStackError, type ResponseError, type ResponseStatus, type ServiceStackErrorInit } from './service-stack-error.js';
