/**
 * The Standard Schema v1 `validate` of every schema: a string is JSV text and is decoded; any other input is an
 * already-decoded JavaScript value (what form and RPC libraries pass), validated and normalized as `fromJsonValue`
 * does. Failures are reported as issues.
 */
import { JsvDecodeError } from '../errors.js';
import { safeDecode } from './decode.js';
import { safeFromJsonValue } from './from-json.js';
import { kindOf } from './kinds/index.js';
import type { StandardSchemaV1 } from './standard-schema.js';
import type { AnySchema } from './types.js';

/** Validates `input` (JSV text, or a decoded value) against `schema`. */
export function standardValidate(schema: AnySchema, input: unknown): StandardSchemaV1.Result<unknown> {
  // As at the root of decode and encode, a missing value is only valid for optional(...).
  if ((input === undefined || input === null) && schema.kind !== 'optional') {
    return { issues: [{ message: `$: expected ${kindOf(schema).expected(schema)}, received ${String(input)}`, path: [] }] };
  }
  const r = typeof input === 'string' ? safeDecode(schema, input) : safeFromJsonValue(schema, input);
  if (r.ok) return { value: r.value };
  const path = r.error instanceof JsvDecodeError ? r.error.path : [];
  return { issues: [{ message: r.error.message, path }] };
}
