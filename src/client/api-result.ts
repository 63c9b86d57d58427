/**
 * What `api()` resolves with: `{ ok: true, value }` or `{ ok: false, error }`, never a rejection, as ServiceStack's
 * `JsonServiceClient.api()` users expect. The {@link ApiError} carries the HTTP status, the service's
 * `ResponseStatus` and its field errors (`fieldError('Name')`), and the error `send` would have thrown as `cause`.
 */
import { JsvError } from '../errors.js';
import { JsvRequestError } from '../fetch/request-error.js';
import { ServiceStackError, type ResponseError, type ResponseStatus } from '../fetch/service-stack-error.js';

/** The result of `api()`. */
export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

/**
 * Why an `api()` call failed. For an error status, `status` and `responseStatus` are the service's; for a request
 * that got no usable response (timeout, abort, network, too large, a body that does not decode, a request value that
 * cannot be written), `status` is `0` and `responseStatus` is made from the error: `errorCode` is the
 * `JsvRequestError`'s `kind` (`'timeout'`, …), the `JsvError`'s `code` (`'INVALID_ENUM'`, …) or the error's name.
 */
export class ApiError {
  /** The HTTP status, or `0` when there was no (usable) response. */
  readonly status: number;
  /** The HTTP status text (`''` without a response, or on HTTP/2). */
  readonly statusText: string;
  /** What went wrong, as the service reported it (or made from the error). */
  readonly responseStatus: ResponseStatus;
  /** The URL requested, when the request got as far as having one. */
  readonly url: string | undefined;
  /** The error `send` would have thrown: a `ServiceStackError`, `JsvRequestError`, `JsvError`, or whatever was thrown. */
  readonly cause: unknown;

  constructor(cause: unknown) {
    this.cause = cause;
    if (cause instanceof ServiceStackError) {
      this.status = cause.status;
      this.statusText = cause.statusText;
      this.responseStatus = cause.responseStatus;
      this.url = cause.url;
      return;
    }
    this.status = 0;
    this.statusText = '';
    this.url = cause instanceof JsvRequestError ? cause.url : undefined;
    const errorCode = cause instanceof JsvRequestError ? cause.kind : cause instanceof JsvError ? cause.code : cause instanceof Error ? cause.name : 'Error';
    this.responseStatus = { errorCode, message: cause instanceof Error ? cause.message : String(cause) };
  }

  /** `responseStatus.errorCode`: e.g. `ValidationException`, `NotFound`, `'timeout'`. */
  get errorCode(): string {
    return this.responseStatus.errorCode;
  }

  /** `responseStatus.message`. */
  get message(): string {
    return this.responseStatus.message;
  }

  /** The field errors (`responseStatus.errors`), `[]` when there are none. */
  get fieldErrors(): readonly ResponseError[] {
    return this.responseStatus.errors ?? [];
  }

  /** The first field error about `name` (matched in any case, as ServiceStack binds members), or `undefined`. */
  fieldError(name: string): ResponseError | undefined {
    const lower = name.toLowerCase();
    return this.fieldErrors.find((e) => e.fieldName.toLowerCase() === lower);
  }
}
