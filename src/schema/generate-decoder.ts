/**
 * Generated decoders: one JavaScript function per schema node with the interpreter's `decodeAt` contract
 * (`(s, close) => value | undefined`). They read strict, well-formed text only and throw `H.BAIL` on anything else.
 */
import { layoutOf } from './layout.js';
import { CodeBuilder, childHint, literalOf } from './code-builder.js';
import type { AnySchema, ArraySchema, DictSchema, EnumSchema, ObjectSchema } from './types.js';

/** The name of a function `(s, close) => value | undefined` decoding `schema` at the cursor (decodeAt's contract). */
export function decoderOf(g: CodeBuilder, schema: AnySchema, hint: string): string {
  let name = g.decoders.get(schema);
  if (name !== undefined) return name;
  name = g.functionName('decode', hint);
  g.decoders.set(schema, name);
  const k = g.constant(schema);
  switch (schema.kind) {
    case 'string':
      g.lines.push(`function ${name}(s, c) { return H.readString(s, c); }`);
      break;
    case 'boolean':
      g.lines.push(`function ${name}(s, c) { return H.readBoolean(s, c, ${k}); }`);
      break;
    case 'int':
      g.lines.push(`function ${name}(s, c) { return H.readInt(s, c, ${k}); }`);
      break;
    case 'enum':
      enumDecoder(g, name, schema, k);
      break;
    case 'optional': {
      const inner = decoderOf(g, schema.inner, childHint(schema.inner, hint, 'inner'));
      g.lines.push(`function ${name}(s, c) { const x = s.text.charCodeAt(s.pos); if (x === 44 || x === c || s.pos >= s.len) return undefined; return ${inner}(s, c); }`);
      break;
    }
    case 'array':
      arrayDecoder(g, name, schema, hint);
      break;
    case 'dict':
      dictDecoder(g, name, schema, hint);
      break;
    case 'object':
      objectDecoder(g, name, schema, hint);
      break;
    default:
      g.lines.push(`function ${name}(s, c) { return H.decodeScalar(${k}, s, c); }`);
  }
  return name;
}

function enumDecoder(g: CodeBuilder, name: string, schema: EnumSchema, k: string): void {
  const byLength = new Map<number, string[]>();
  for (const v of schema.values) byLength.set(v.length, [...(byLength.get(v.length) ?? []), v]);
  const cases = [...byLength]
    .map(([len, vs]) => `case ${len}: ${vs.map((v) => `if (${sameChars(v, 0)}) { s.pos = e; return ${JSON.stringify(v)}; }`).join(' ')} break;`)
    .join('\n      ');
  g.lines.push(`function ${name}(s, c) {
  const t = s.text, p = s.pos, x = t.charCodeAt(p);
  if (x !== 34 && x !== 123 && x !== 91) {
    const e = s.plainEnd(c);
    switch (e - p) {
    ${cases}
    }
  }
  return H.decodeScalar(${k}, s, c);
}`);
}

function arrayDecoder(g: CodeBuilder, name: string, schema: ArraySchema, hint: string): void {
  const item = decoderOf(g, schema.item, childHint(schema.item, hint, 'item'));
  const nullable = schema.item.kind === 'string' || schema.item.kind === 'bytes' || schema.item.kind === 'optional';
  g.lines.push(`function ${name}(s, c) {
  const t = s.text, x = t.charCodeAt(s.pos);
  if (x !== 91) { if (x === 44 || x === c || s.pos >= s.len) return undefined; throw H.BAIL; }
  if (++s.depth > s.maxDepth) throw H.BAIL;
  s.pos++;
  const a = new Array();
  if (t.charCodeAt(s.pos) === 93) { s.pos++; s.depth--; return a; }
  for (;;) {
    const v = ${item}(s, 93);
    ${nullable ? 'a.push(v === undefined ? null : v);' : 'if (v === undefined) throw H.BAIL; a.push(v);'}
    const y = t.charCodeAt(s.pos);
    if (y === 44) { s.pos++; continue; }
    if (y === 93) { s.pos++; s.depth--; return a; }
    throw H.BAIL;
  }
}`);
}

function dictDecoder(g: CodeBuilder, name: string, schema: DictSchema, hint: string): void {
  const value = decoderOf(g, schema.value, childHint(schema.value, hint, 'value'));
  g.lines.push(`function ${name}(s, c) {
  const t = s.text, x = t.charCodeAt(s.pos);
  if (x !== 123) { if (x === 44 || x === c || s.pos >= s.len) return undefined; throw H.BAIL; }
  if (++s.depth > s.maxDepth) throw H.BAIL;
  s.pos++;
  const o = new H.PlainObject();
  if (t.charCodeAt(s.pos) === 125) { s.pos++; s.depth--; return o; }
  for (;;) {
    const k = s.readKey();
    const v = ${value}(s, 125);
    if (v !== undefined) { if (k === "__proto__") H.setOwn(o, k, v); else o[k] = v; }
    const y = t.charCodeAt(s.pos);
    if (y === 44) { s.pos++; if (t.charCodeAt(s.pos) === 125) throw H.BAIL; continue; }
    if (y === 125) { s.pos++; s.depth--; return o; }
    throw H.BAIL;
  }
}`);
}

/**
 * A test that the text at `p + offset` holds `word`, as one comparison per character: for short member names this is
 * two to three times faster than `startsWith`, which V8 calls as a builtin every time.
 */
function sameChars(word: string, offset: number): string {
  return Array.from({ length: word.length }, (_, i) => `t.charCodeAt(p + ${offset + i}) === ${word.charCodeAt(i)}`).join(' && ') || 'true';
}

function objectDecoder(g: CodeBuilder, name: string, schema: ObjectSchema, hint: string): void {
  const layout = layoutOf(schema);
  const L = g.constant(layout);
  const members = layout.members;
  const literal = members
    .map((m, i) => `${m.name === '__proto__' ? '["__proto__"]' : JSON.stringify(m.name)}: ${literalOf(layout.defaults[i])}`)
    .join(', ');
  // The expected next member first (wire order is schema order): its declared/camelCase/PascalCase spellings + ':'.
  // Spellings as written (quoted when the name holds a special character), so `{a:b:1}` never matches a member `a:b`.
  const spellingsOf = (i: number) => [...new Set([layout.written.declared[i]!, layout.written.camel[i]!, layout.written.pascal[i]!])].map((w) => w + ':');
  const assignOf = (i: number): string => {
    const m = members[i]!;
    // Strings (most members) are read by the shared reader directly, without a per-member wrapper call.
    const d = m.schema.kind === 'string' ? 'H.readString' : decoderOf(g, m.schema, childHint(m.schema, hint, m.name));
    return m.name === '__proto__' ? `H.setOwn(o, "__proto__", ${d}(s, 125))` : `o[${JSON.stringify(m.name)}] = ${d}(s, 125)`;
  };
  // The cases fall through: from the expected member on, each later one is tried in turn (absent members are skipped).
  const expect = members
    .map((_, i) => {
      const sp = spellingsOf(i);
      const rest = sp[0]!.slice(1);
      const firsts = [...new Set(sp.map((w) => w.charCodeAt(0)))];
      const test = sp.every((w) => w.slice(1) === rest)
        ? `(${firsts.map((c) => `f === ${c}`).join(' || ')}) && ${sameChars(rest, 1)}`
        : sp.map((w) => `t.startsWith(${JSON.stringify(w)}, p)`).join(' || ');
      return `case ${i}: if (${test}) { s.pos = p + ${sp[0]!.length}; ${assignOf(i)}; next = ${i + 1}; break found; }`;
    })
    .join('\n        ');
  // Otherwise: find the ':' and compare only the members whose names have that length (no string is built).
  const byLength = new Map<number, string[]>();
  members.forEach((_, i) => {
    // Only plain spellings: the scan below stops at a quote, and a quoted name is read by s.readKey().
    for (const w of spellingsOf(i).filter((w) => w.charCodeAt(0) !== 34)) byLength.set(w.length, [...(byLength.get(w.length) ?? []), `if (t.startsWith(${JSON.stringify(w)}, p)) { i = ${i}; p += ${w.length}; }`]);
  });
  const lookup = [...byLength]
    .map(([len, tests]) => `case ${len}: ${tests.join(' else ')} break;`)
    .join('\n          ');
  const assign = members.map((_, i) => `case ${i}: ${assignOf(i)}; break;`).join('\n        ');
  // Instances come from a constructor, not an object literal (see plain-object.ts), with every member in schema order.
  const hasProto = members.some((m) => m.name === '__proto__');
  const ctor = `${name}_Instance`;
  if (!hasProto) {
    g.lines.push(`function ${ctor}() { ${members.map((m, i) => `this[${JSON.stringify(m.name)}] = ${literalOf(layout.defaults[i])};`).join(' ')} }
${ctor}.prototype = Object.prototype;`);
  }
  g.lines.push(`function ${name}(s, c) {
  const t = s.text, n = s.len, x = t.charCodeAt(s.pos);
  if (x !== 123) { if (x === 44 || x === c || s.pos >= n) return undefined; throw H.BAIL; }
  if (++s.depth > s.maxDepth) throw H.BAIL;
  let p = s.pos + 1;
  const o = ${hasProto ? `{ ${literal} }` : `new ${ctor}()`};
  if (t.charCodeAt(p) === 125) { s.pos = p + 1; s.depth--; return o; }
  let next = 0;
  for (;;) {
    const f = t.charCodeAt(p);
    found: {
      switch (next) {
        ${expect}
      }
      let i = -1;
      let e = p;
      while (e < n) { const k = t.charCodeAt(e); if (k === 58 || k === 44 || k === 125 || k === 34) break; e++; }
      if (t.charCodeAt(e) === 58) {
        switch (e + 1 - p) {
        ${lookup}
        }
      }
      if (i < 0) { s.pos = p; i = H.memberIndex(${L}, s.readKey()); } else s.pos = p;
      switch (i) {
        ${assign}
        default: s.skipValue(125);
      }
      next = i + 1;
    }
    p = s.pos;
    const y = t.charCodeAt(p);
    if (y === 44) { p++; continue; }
    if (y === 125) { s.pos = p + 1; s.depth--; return o; }
    throw H.BAIL;
  }
}`);
}
