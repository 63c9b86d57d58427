/**
 * The EvoVoice client's errors. They are the generic `jsvFetch` errors under EvoVoice names, so one `instanceof`
 * check fits whichever way you think of them:
 * - {@link EvoVoiceError} (a `ServiceStackError`): the service answered with an error status; `status`, `statusText`
 *   and the `responseStatus` it sent (`errorCode`, `message`, `stackTrace`, field `errors`).
 * - {@link EvoVoiceRequestError} (a `JsvRequestError`): no complete answer; `kind` is `'timeout'`, `'aborted'`,
 *   `'network'` or `'too-large'`, `cause` the original error.
 * A body that is not valid JSV/JSON, or does not fit the DTOs, rejects with the `JsvError` from decoding.
 */
import { JsvRequestError } from '../fetch/request-error.js';
import { ServiceStackError } from '../fetch/service-stack-error.js';

export type { ResponseError, ResponseStatus } from '../fetch/service-stack-error.js';
export type { JsvRequestErrorKind as EvoVoiceRequestErrorKind } from '../fetch/request-error.js';

/** The EvoVoice service answered with a non-2xx status (e.g. 401 for a missing or bad bearer token). */
export class EvoVoiceError extends ServiceStackError {
  override name = 'EvoVoiceError';
}

/** A request to EvoVoice did not complete: timed out, aborted, failed on the network, or its body was too large. */
export class EvoVoiceRequestError extends JsvRequestError {
  override name = 'EvoVoiceRequestError';
}
