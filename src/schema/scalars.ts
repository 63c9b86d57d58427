/**
 * Reading and writing scalar values from and to their text, for generated code (`H.writeScalar`) and callers that
 * hold a schema of any scalar kind: each kind's conversions live in its module under `kinds/`. Readers return
 * {@link FAIL} for text that does not fit; writers return `undefined` for values that do not fit.
 */
import type { JsvErrorCode } from '../errors.js';
import { FAIL } from './fail.js';
import { kindOf } from './kinds/index.js';
import type { ScalarDefinition } from './kinds/kind.js';
import type { AnySchema } from './types.js';

export { FAIL };
export { isScalar } from './kinds/index.js';

function scalarOf(schema: AnySchema): ScalarDefinition<AnySchema> | undefined {
  return (kindOf(schema) as { scalar?: ScalarDefinition<AnySchema> }).scalar;
}

/** Reads a scalar kind from its (unquoted) text; {@link FAIL} when it does not fit (or the kind is not a scalar). */
export function readScalar(schema: AnySchema, text: string): unknown {
  const d = scalarOf(schema);
  return d === undefined ? FAIL : d.read(schema, text);
}

/** Writes a scalar value as JSV text (quoted when needed); `undefined` when the value does not fit the kind. */
export function writeScalar(schema: AnySchema, v: unknown): string | undefined {
  const d = scalarOf(schema);
  return d === undefined ? undefined : d.write(schema, v);
}

/** The error code of a kind whose text or value did not fit. */
export function codeOf(schema: AnySchema): JsvErrorCode {
  return kindOf(schema).code;
}

/** Describes what a schema expects, for messages. */
export function describeSchema(schema: AnySchema): string {
  return kindOf(schema).expected(schema);
}
