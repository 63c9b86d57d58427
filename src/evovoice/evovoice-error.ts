/**
 * The EvoVoice client's errors. They are the generic `jsvFetch` errors under EvoVoice names, so one `instanceof`
 * check fits whichever way you think of them:
 * - {@link EvoVoiceError} (a `ServiceStackError`): the service answered with an error status; `status`, `statusText`
 *   and the `responseStatus` it sent (`errorCode`, `message`, `stackTrace`, field `errors`).
 * - {@link EvoVoiceRequestError} (a `JsvRequestError`): no complete answer; `kind` is `'timeout'`, `'aborted'`,
 *   `'network'` or `'too-large'`, `cause` the original error.
 * A body that is not valid JSV/JSON, or does not fit the DTOs, rejects with the `JsvError` from decoding.
 */
import { JsvRequestError, type JsvRequestErrorInit } from '../fetch/request-error.js';
import { ServiceStackError, type ServiceStackErrorInit } from '../fetch/service-stack-error.js';
import { hasBrand, setBrand } from '../instance-brand.js';

export type { ResponseError, ResponseStatus } from '../fetch/service-stack-error.js';
export type { JsvRequestErrorKind as EvoVoiceRequestErrorKind } from '../fetch/request-error.js';

const EVOVOICE_ERROR: unique symbol = /* @__PURE__ */ Symbol.for('jsv-codec.EvoVoiceError');
const EVOVOICE_REQUEST_ERROR: unique symbol = /* @__PURE__ */ Symbol.for('jsv-codec.EvoVoiceRequestError');

/** The EvoVoice service answered with a non-2xx status (e.g. 401 for a missing or bad bearer token). */
export class EvoVoiceError extends ServiceStackError {
  override name = 'EvoVoiceError';

  /** True for an `EvoVoiceError` from any copy of jsv-codec (ESM or CommonJS build). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(this, EVOVOICE_ERROR, value);
  }

  constructor(init: ServiceStackErrorInit) {
    super(init);
    setBrand(this, EVOVOICE_ERROR);
  }
}

/** A request to EvoVoice did not complete: timed out, aborted, failed on the network, or its body was too large. */
export class EvoVoiceRequestError extends JsvRequestError {
  override name = 'EvoVoiceRequestError';

  /** True for an `EvoVoiceRequestError` from any copy of jsv-codec (ESM or CommonJS build). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(this, EVOVOICE_REQUEST_ERROR, value);
  }

  constructor(message: string, init: JsvRequestErrorInit) {
    super(message, init);
    setBrand(this, EVOVOICE_REQUEST_ERROR);
  }
}
