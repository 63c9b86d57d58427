/**
 * {@link ServiceStackError}: an HTTP error status from a ServiceStack service, with the `ResponseStatus` it sent
 * (`{ResponseStatus:{ErrorCode:…,Message:…,StackTrace:…,Errors:[{ErrorCode:…,FieldName:…,Message:…}]}}`, in JSV or
 * JSON, either key case).
 */
import { hasBrand, setBrand } from '../instance-brand.js';
import { array, dict, object, optional, string } from '../schema/builders.js';
import type { Infer } from '../schema/types.js';
import { decodeBody, type BodyFormat } from './decode-body.js';

/** One field error of a {@link ResponseStatus} (ServiceStack's `ResponseError`). */
export interface ResponseError {
  /** The error code, e.g. `NotEmpty`; `''` when the service sent none. */
  readonly errorCode: string;
  /** The request field it is about; `''` when the service sent none. */
  readonly fieldName: string;
  /** The message; `''` when the service sent none. */
  readonly message: string;
  readonly meta?: Readonly<Record<string, string>>;
}

/** ServiceStack's `ResponseStatus`: what went wrong, as the service reports it. */
export interface ResponseStatus {
  /** The error code (usually the .NET exception name, e.g. `UnauthorizedAccessException`); the HTTP status (`'401'`) when the body had none. */
  readonly errorCode: string;
  /** The message; the HTTP status text (or the start of a plain-text body) when the body had none. */
  readonly message: string;
  /** The server's stack trace (debug mode only). */
  readonly stackTrace?: string;
  /** Field errors (validation). */
  readonly errors?: readonly ResponseError[];
  readonly meta?: Readonly<Record<string, string>>;
}

/** What {@link ServiceStackError}'s constructor takes. */
export interface ServiceStackErrorInit {
  readonly status: number;
  readonly statusText: string;
  readonly responseStatus: ResponseStatus;
  /** The URL that was requested. */
  readonly url: string;
  /** Why the body gave no `ResponseStatus` (its decoding error), if it did not. */
  readonly cause?: unknown;
}

const SERVICE_STACK_ERROR: unique symbol = /* @__PURE__ */ Symbol.for('jsv-codec.ServiceStackError');

/** A non-2xx response from a ServiceStack service. */
export class ServiceStackError extends Error {
  override name = 'ServiceStackError';
  /** The HTTP status, e.g. `401`. */
  readonly status: number;
  /** The HTTP status text, e.g. `Unauthorized` (may be `''`: HTTP/2 has none). */
  readonly statusText: string;
  /** What the service said went wrong, or a stand-in made from the status when its body said nothing usable. */
  readonly responseStatus: ResponseStatus;
  /** The URL that was requested. */
  readonly url: string;

  /** True for a `ServiceStackError` from any copy of jsv-codec (ESM or CommonJS build). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(this, SERVICE_STACK_ERROR, value);
  }

  constructor(init: ServiceStackErrorInit) {
    super(describe(init), 'cause' in init ? { cause: init.cause } : undefined);
    setBrand(this, SERVICE_STACK_ERROR);
    this.status = init.status;
    this.statusText = init.statusText;
    this.responseStatus = init.responseStatus;
    this.url = init.url;
  }
}

/**
 * `401 Unauthorized: Invalid BearerToken (TokenException)`. The message stays short whatever the server sent: each
 * piece is cut (see {@link clip}) and at most {@link MAX_FIELDS} field errors are listed; `responseStatus` keeps it all.
 */
function describe(init: ServiceStackErrorInit): string {
  const { status, statusText, responseStatus: rs } = init;
  let out = statusText === '' ? `HTTP ${status}` : `${status} ${clip(statusText, 100)}`;
  if (rs.message !== '' && rs.message !== statusText) out += `: ${clip(rs.message, 300)}`;
  if (rs.errorCode !== '' && rs.errorCode !== String(status) && rs.errorCode !== rs.message && rs.errorCode !== statusText) out += ` (${clip(rs.errorCode, 100)})`;
  const fields = rs.errors?.filter((e) => e.fieldName !== '' || e.message !== '') ?? [];
  if (fields.length > 0) {
    const shown = fields.slice(0, MAX_FIELDS).map((e) => (e.fieldName === '' ? clip(e.message, 100) : `${clip(e.fieldName, 60)}: ${clip(e.message, 100)}`));
    if (fields.length > MAX_FIELDS) shown.push(`${fields.length - MAX_FIELDS} more`);
    out += `; ${shown.join('; ')}`;
  }
  return out;
}

/** The most field errors listed in a message. */
const MAX_FIELDS = 10;

/** `text`, or its first `max` characters and `…`. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * The schema of the part of any ServiceStack error body that matters: its `ResponseStatus` member (other members are
 * ignored). Built on first use, not at module level: module-level schema objects would keep the schema compiler in
 * every bundle that imports this module (`parse` alone, or `ServiceStackError` for an `instanceof`).
 */
function makeErrorBodySchema() {
  const ResponseErrorSchema = object(
    { errorCode: optional(string()), fieldName: optional(string()), message: optional(string()), meta: optional(dict(string())) },
    { name: 'ResponseError' },
  );
  const ResponseStatusSchema = object(
    {
      errorCode: optional(string()),
      message: optional(string()),
      stackTrace: optional(string()),
      errors: optional(array(ResponseErrorSchema)),
      meta: optional(dict(string())),
    },
    { name: 'ResponseStatus' },
  );
  return object({ responseStatus: optional(ResponseStatusSchema) }, { name: 'ErrorResponse' });
}
let errorBodySchema: ReturnType<typeof makeErrorBodySchema> | undefined;
type ErrorBody = Infer<ReturnType<typeof makeErrorBodySchema>>;

/** The longest piece of a non-ServiceStack body used as a message. */
const EXCERPT = 200;

/**
 * Reads the `ResponseStatus` out of an error body. When the body has none (empty, HTML, plain text, malformed), makes
 * one from the status: `errorCode` is the status number, `message` the status text (for a short `text/plain` body,
 * the body itself). `cause` is the decoding error, if any.
 */
export function responseStatusFromBody(
  text: string,
  format: BodyFormat,
  media: string,
  status: number,
  statusText: string,
): { responseStatus: ResponseStatus; cause?: unknown } {
  let cause: unknown;
  if (text.trim() !== '') {
    try {
      const body = decodeErrorBody(text, format);
      if (body.responseStatus !== undefined) return { responseStatus: fromDecoded(body.responseStatus, status, statusText) };
    } catch (e) {
      cause = e;
    }
  }
  const excerpt = excerptOf(text);
  const message = media === 'text/plain' && excerpt !== '' ? excerpt : statusText !== '' ? statusText : excerpt !== '' ? excerpt : `HTTP ${status}`;
  const responseStatus: ResponseStatus = { errorCode: String(status), message };
  return cause === undefined ? { responseStatus } : { responseStatus, cause };
}

function decodeErrorBody(text: string, format: BodyFormat): ErrorBody {
  const schema = (errorBodySchema ??= makeErrorBodySchema());
  try {
    return decodeBody(schema, text, format);
  } catch (e) {
    // Hand-written or pretty-printed error bodies: try once more, skipping layout whitespace.
    if (format === 'json') throw e;
    return decodeBody(schema, text, 'jsv', { lenient: true });
  }
}

function fromDecoded(rs: NonNullable<ErrorBody['responseStatus']>, status: number, statusText: string): ResponseStatus {
  const out: { -readonly [K in keyof ResponseStatus]: ResponseStatus[K] } = {
    errorCode: rs.errorCode ?? String(status),
    message: rs.message ?? (statusText !== '' ? statusText : `HTTP ${status}`),
  };
  if (rs.stackTrace !== undefined) out.stackTrace = rs.stackTrace;
  if (rs.errors !== undefined) {
    out.errors = rs.errors.map((e) => {
      const item: { -readonly [K in keyof ResponseError]: ResponseError[K] } = {
        errorCode: e.errorCode ?? '',
        fieldName: e.fieldName ?? '',
        message: e.message ?? '',
      };
      if (e.meta !== undefined) item.meta = e.meta;
      return item;
    });
  }
  if (rs.meta !== undefined) out.meta = rs.meta;
  return out;
}

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}
