/** The Standard Schema v1 `validate` of every schema: decodes JSV text, reporting failures as issues. */
import { JsvDecodeError } from '../errors.js';
import { safeDecode } from './decode.js';
import type { StandardSchemaV1 } from './standard-schema.js';
import type { AnySchema } from './types.js';

/** Validates `input` (JSV text) against `schema`. */
export function standardValidate(schema: AnySchema, input: unknown): StandardSchemaV1.Result<unknown> {
  if (typeof input !== 'string') return { issues: [{ message: `Expected JSV text (a string), received ${input === null ? 'null' : typeof input}` }] };
  const r = safeDecode(schema, input);
  if (r.ok) return { value: r.value };
  const path = r.error instanceof JsvDecodeError ? r.error.path : [];
  return { issues: [{ message: r.error.message, path }] };
}
