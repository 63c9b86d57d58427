/**
 * The generated code of the `object` kind: a decoder that tries the expected next member name (wire order is schema
 * order) before any lookup and builds every instance from one constructor in schema order (one hidden class), and an
 * encoder that reads the value's own enumerable members in one `for…in` pass and concatenates the written names.
 */
import { CodeBuilder, childHint, collectMembers, literalOf, sameChars, writtenNames } from '../code-builder.js';
import { decoderOf } from '../generate-decoder.js';
import { encoderOf } from '../generate-encoder.js';
import { layoutOf } from '../layout.js';
import type { ObjectSchema } from '../types.js';
import { kindOf } from './index.js';

/** Pushes the generated decoder `function <name>(s, c)` of an object schema. */
export function objectDecoderSource(g: CodeBuilder, name: string, schema: ObjectSchema, hint: string): void {
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
    const d = kindOf(m.schema).directReader ?? decoderOf(g, m.schema, childHint(m.schema, hint, m.name));
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
  // A required member still undefined at the end is missing: the interpreter throws the exact MISSING_MEMBER error.
  const missing = layout.required.map((i) => `o[${JSON.stringify(members[i]!.name)}] === undefined`).join(' || ');
  const done = missing === '' ? 'return o;' : `if (${missing}) throw H.BAIL; return o;`;
  const ctor = `${name}_Instance`;
  if (!hasProto) {
    g.lines.push(`function ${ctor}() { ${members.map((m, i) => `this[${JSON.stringify(m.name)}] = ${literalOf(layout.defaults[i])};`).join(' ')} }
${ctor}.prototype = Object.prototype;
${ctor}.keep = new ${ctor}(); // keeps the instances' hidden class alive across full GCs (see docs/performance.md)`);
  }
  g.lines.push(`function ${name}(s, c) {
  const t = s.text, n = s.len, x = t.charCodeAt(s.pos);
  if (x !== 123) { if (x === 44 || x === c || s.pos >= n) return undefined; throw H.BAIL; }
  if (++s.depth > s.maxDepth) throw H.BAIL;
  let p = s.pos + 1;
  const o = ${hasProto ? `{ ${literal} }` : `new ${ctor}()`};
  if (t.charCodeAt(p) === 125) { s.pos = p + 1; s.depth--; ${done} }
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
    if (y === 125) { s.pos = p + 1; s.depth--; ${done} }
    throw H.BAIL;
  }
}`);
}

/** Pushes the generated encoder `function <name>(v, N)` of an object schema. */
export function objectEncoderSource(g: CodeBuilder, name: string, schema: ObjectSchema, hint: string): void {
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
      if (dflt === undefined && layout.required.includes(i)) {
        // A required member may not be omitted: the interpreter throws the exact error.
        code = `x = ${read}; if (x === undefined || x === null) throw H.BAIL; out += ${name} + ${e}(x, N); sep = true;`;
        written = true;
      } else if (dflt === undefined) {
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
