/**
 * The type of the schema an expression builds, spelled as the return type of the builder call that makes it
 * (`ReturnType<typeof array<typeof SessionInfo>>`), so that it says exactly what the code builds, whatever the
 * builders' own type names are. Used by the `.d.ts` of JavaScript output and for generic arguments in value types.
 */
import { commentText } from './emit-expr.js';
import type { SchemaExpr } from './model-types.js';

/** `ReturnType<typeof builder<args>>`. */
export const ret = (builder: string, args?: string): string => (args === undefined ? `ReturnType<typeof ${builder}>` : `ReturnType<typeof ${builder}<${args}>>`);

/** The type of the schema `s` builds. */
export function schemaType(s: SchemaExpr): string {
  switch (s.kind) {
    case 'scalar':
      return ret(s.builder);
    case 'array':
      return ret('array', schemaType(s.item));
    case 'dict':
      return ret('dict', schemaType(s.value));
    case 'optional':
      return ret('optional', schemaType(s.inner));
    case 'ref': {
      const t = s.args.length === 0 ? `typeof ${s.id}` : ret(s.id, s.args.map(schemaType).join(', '));
      return s.lazy ? ret('lazy', t) : t;
    }
    case 'param':
      return s.name;
    case 'pair':
      return ret('object', `{ ${s.keyName}: ${schemaType(s.key)}; ${s.valueName}: ${schemaType(s.value)} }`);
    case 'fallback':
      return `${ret('string')} /* ${commentText(`${s.type}: ${s.reason}`)} */`;
  }
}

