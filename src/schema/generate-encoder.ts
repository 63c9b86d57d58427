/**
 * Generated encoders that write into a {@link BufferWriter} (`(v, N, w) => void`): used for large values, where
 * concatenation would build deep ropes. They throw `H.BAIL` for any value that does not fit.
 */
import { quoteString } from '../text/quote.js';
import { layoutOf } from './layout.js';
import { CodeBuilder, collectMembers, literalOf, writtenNames } from './code-builder.js';
import type { AnySchema, ObjectSchema } from './types.js';

/**
 * The name of a function `(v, N, w)` writing a present (non-null) value of `schema` into the writer `w`; `N` picks
 * the key case. It throws `BAIL` for anything that does not fit (the interpreter then raises the error).
 */
export function encoderOf(g: CodeBuilder, schema: AnySchema): string {
  let name = g.encoders.get(schema);
  if (name !== undefined) return name;
  name = `e${g.encoders.size}`;
  g.encoders.set(schema, name);
  const k = g.constant(schema);
  switch (schema.kind) {
    case 'string':
      g.lines.push(`function ${name}(v, N, w) { if (typeof v !== 'string') throw H.BAIL; w.str(v); }`);
      break;
    case 'boolean':
      g.lines.push(`function ${name}(v, N, w) { if (v === true) w.raw('True'); else if (v === false) w.raw('False'); else throw H.BAIL; }`);
      break;
    case 'int':
      g.lines.push(`function ${name}(v, N, w) { if ((v | 0) === v) { w.raw('' + v); return; } const r = H.writeScalar(${k}, v); if (r === undefined) throw H.BAIL; w.raw(r); }`);
      break;
    case 'enum': {
      const cases = schema.values.map((v) => `case ${JSON.stringify(v)}: w.raw(${JSON.stringify(quoteString(v))}); return;`).join(' ');
      g.lines.push(`function ${name}(v, N, w) { switch (v) { ${cases} } throw H.BAIL; }`);
      break;
    }
    case 'optional': {
      const inner = encoderOf(g, schema.inner);
      g.lines.push(`function ${name}(v, N, w) { ${inner}(v, N, w); }`);
      break;
    }
    case 'array': {
      const item = encoderOf(g, schema.item);
      const nullable = schema.item.kind === 'string' || schema.item.kind === 'bytes' || schema.item.kind === 'optional';
      g.lines.push(`function ${name}(v, N, w) {
  if (!H.isArray(v)) throw H.BAIL;
  w.char(91);
  for (let i = 0, n = v.length; i < n; i++) {
    if (i > 0) w.char(44);
    const x = v[i];
    if (x === undefined || x === null) { ${nullable ? '' : 'throw H.BAIL;'} }
    else ${item}(x, N, w);
  }
  w.char(93);
}`);
      break;
    }
    case 'dict': {
      const value = encoderOf(g, schema.value);
      g.lines.push(`function ${name}(v, N, w) {
  if (typeof v !== 'object' || H.isArray(v) || v instanceof Map) throw H.BAIL;
  w.char(123);
  let sep = false;
  for (const key in v) {
    if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
    const x = v[key];
    if (x === undefined || x === null) continue;
    if (sep) w.char(44);
    w.str(key);
    w.char(58);
    ${value}(x, N, w);
    sep = true;
  }
  w.char(125);
}`);
      break;
    }
    case 'object':
      objectEncoder(g, name, schema);
      break;
    default:
      g.lines.push(`function ${name}(v, N, w) { const r = H.writeScalar(${k}, v); if (r === undefined) throw H.BAIL; w.raw(r); }`);
  }
  return name;
}

function objectEncoder(g: CodeBuilder, name: string, schema: ObjectSchema): void {
  const layout = layoutOf(schema);
  // Names with ':' for the first written member, and with a leading ',' for the others; once a member that is
  // always written (a value type) has been written, every later member statically takes the ',' form.
  const names = writtenNames(g, layout);
  let written = false; // whether some earlier member is certainly written
  const body = layout.members
    .map((m, i) => {
      const e = encoderOf(g, m.schema);
      const read = `m${i}`;
      const dflt = layout.defaults[i];
      const nameOut = written ? `w.raw(R[${i}]);` : `w.raw(sep ? R[${i}] : F[${i}]); sep = true;`;
      if (dflt === undefined) return `x = ${read}; if (x !== undefined && x !== null) { ${nameOut} ${e}(x, N, w); }`;
      written = true;
      return `x = ${read}; if (x === undefined || x === null) x = ${literalOf(dflt)}; ${nameOut} ${e}(x, N, w);`;
    })
    .join('\n    ');
  g.lines.push(`function ${name}(v, N, w) {
  if (typeof v !== 'object' || H.isArray(v)) throw H.BAIL;
  ${collectMembers(layout)}
  const W = ${names}[N], F = W.first, R = W.rest;
  let sep = false, x;
  w.char(123);
  ${body}
  w.char(125);
}`);
}
