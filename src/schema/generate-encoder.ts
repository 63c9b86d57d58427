/**
 * Generated encoders (`(v, N) => string`): each returns the text of a present value by concatenation. They throw
 * `H.BAIL` for any value that does not fit (the interpreter then raises the error with its path).
 */
import { quoteString } from '../text/quote.js';
import { layoutOf } from './layout.js';
import { CodeBuilder, childHint, collectMembers, literalOf, writtenNames } from './code-builder.js';
import type { AnySchema, ObjectSchema } from './types.js';

/** The name of a function `(v, N) => string` returning the text of a present (non-null) value of `schema`; `N` picks the key case. */
export function encoderOf(g: CodeBuilder, schema: AnySchema, hint: string): string {
  let name = g.encoders.get(schema);
  if (name !== undefined) return name;
  name = g.functionName('encode', hint);
  g.encoders.set(schema, name);
  const k = g.constant(schema);
  switch (schema.kind) {
    case 'string':
      g.lines.push(`function ${name}(v) { if (typeof v !== 'string') throw H.BAIL; return H.quoteString(v); }`);
      break;
    case 'boolean':
      g.lines.push(`function ${name}(v) { if (v === true) return 'True'; if (v === false) return 'False'; throw H.BAIL; }`);
      break;
    case 'int':
      g.lines.push(`function ${name}(v) { if ((v | 0) === v) return '' + v; const r = H.writeScalar(${k}, v); if (r === undefined) throw H.BAIL; return r; }`);
      break;
    case 'enum': {
      const cases = schema.values.map((v) => `case ${JSON.stringify(v)}: return ${JSON.stringify(quoteString(v))};`).join(' ');
      g.lines.push(`function ${name}(v) { switch (v) { ${cases} } throw H.BAIL; }`);
      break;
    }
    case 'optional': {
      const inner = encoderOf(g, schema.inner, childHint(schema.inner, hint, 'inner'));
      g.lines.push(`function ${name}(v, N) { return ${inner}(v, N); }`);
      break;
    }
    case 'array': {
      const item = encoderOf(g, schema.item, childHint(schema.item, hint, 'item'));
      const nullable = schema.item.kind === 'string' || schema.item.kind === 'bytes' || schema.item.kind === 'optional';
      // Objects are concatenated, and every 8 of them flattened as soon as they are written (see flat-string.ts);
      // other items are joined.
      const body =
        schema.item.kind === 'object'
          ? `let out = '[', chunk = '';
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (x === undefined || x === null) throw H.BAIL;
    chunk += (i > 0 ? ',' : '') + ${item}(x, N);
    if ((i & 7) === 7) { out += H.flatString(chunk); chunk = ''; }
  }
  return out + chunk + ']';`
          : `const parts = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (x === undefined || x === null) { ${nullable ? "parts[i] = '';" : 'throw H.BAIL;'} }
    else parts[i] = ${item}(x, N);
  }
  ${nullable ? "if (n === 1 && parts[0] === '') throw H.BAIL; // [null] has no JSV text: the interpreter raises the error" : ''}
  return '[' + parts.join(',') + ']';`;
      g.lines.push(`function ${name}(v, N) {
  if (!H.isArray(v)) throw H.BAIL;
  const n = v.length;
  if (n === 0) return '[]';
  ${body}
}`);
      break;
    }
    case 'dict': {
      const value = encoderOf(g, schema.value, childHint(schema.value, hint, 'value'));
      g.lines.push(`function ${name}(v, N) {
  if (typeof v !== 'object' || H.isArray(v) || v instanceof Map) throw H.BAIL;
  let out = '{', sep = '';
  for (const key in v) {
    if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
    const x = v[key];
    if (x === undefined || x === null) continue;
    out += sep + H.memberPrefix(key) + ${value}(x, N);
    sep = ',';
  }
  return out + '}';
}`);
      break;
    }
    case 'object':
      objectEncoder(g, name, schema, hint);
      break;
    default:
      g.lines.push(`function ${name}(v) { const r = H.writeScalar(${k}, v); if (r === undefined) throw H.BAIL; return r; }`);
  }
  return name;
}

function objectEncoder(g: CodeBuilder, name: string, schema: ObjectSchema, hint: string): void {
  const layout = layoutOf(schema);
  // Names with ':' for the first written member, and with a leading ',' for the others; once a member that is
  // always written (a value type) has been written, every later member statically takes the ',' form.
  const names = writtenNames(g, layout);
  let written = false; // whether some earlier member is certainly written
  const body = layout.members
    .map((m, i) => {
      const e = encoderOf(g, m.schema, childHint(m.schema, hint, m.name));
      const read = `m${i}`;
      const dflt = layout.defaults[i];
      const name = written ? `R[${i}]` : `(sep ? R[${i}] : F[${i}])`;
      let code: string;
      if (dflt === undefined) {
        code = `x = ${read}; if (x !== undefined && x !== null) { out += ${name} + ${e}(x, N); sep = true; }`;
      } else {
        code = `x = ${read}; if (x === undefined || x === null) x = ${literalOf(dflt)}; out += ${name} + ${e}(x, N); sep = true;`;
        written = true;
      }
      return code;
    })
    .join('\n    ');
  g.lines.push(`function ${name}(v, N) {
  if (typeof v !== 'object' || H.isArray(v)) throw H.BAIL;
  ${collectMembers(layout)}
  const W = ${names}[N], F = W.first, R = W.rest;
  let out = '{', sep = false, x;
  ${body}
  return out + '}';
}`);
}
