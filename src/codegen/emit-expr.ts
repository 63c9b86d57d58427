/**
 * Writing the model as source text: schema expressions (`array(SessionInfo)`), string literals, comments. The
 * builders named here are jsv-codec's public API; {@link usedBuilders} lists what a module must import.
 */
import type { DeclModel, MemberModel, SchemaExpr } from './model-types.js';

/** A single-quoted JavaScript string literal of `s`. */
export function quote(s: string): string {
  const json = JSON.stringify(s);
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'").replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;
}

/** `text` safe inside a block comment: no `*\/`, no line breaks, no control characters. */
export function commentText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}

/** A doc comment at `indent` for the non-empty lines given; `''` when there are none. */
export function docComment(lines: readonly string[], indent: string): string {
  const clean = lines.flatMap((l) => l.split(/\r?\n/)).map(commentText).filter((l) => l !== '');
  if (clean.length === 0) return '';
  if (clean.length === 1 && (clean[0] as string).length + indent.length < 110) return `${indent}/** ${clean[0] as string} */\n`;
  return `${indent}/**\n${clean.map((l) => `${indent} * ${l}\n`).join('')}${indent} */\n`;
}

/**
 * Marks a call as free of side effects, so that a bundle that imports one schema drops the others (bundlers cannot
 * tell that a call into another module has none).
 */
export const PURE = '/* @__PURE__ */ ';

/** The source of schema expression `s`. */
export function schemaSource(s: SchemaExpr): string {
  switch (s.kind) {
    case 'scalar':
      return `${PURE}${s.builder}()`;
    case 'array':
      return `${PURE}array(${schemaSource(s.item)})`;
    case 'dict':
      return `${PURE}dict(${schemaSource(s.value)})`;
    case 'optional':
      return `${PURE}optional(${schemaSource(s.inner)})`;
    case 'ref': {
      const call = s.args.length === 0 ? s.id : `${PURE}${s.id}(${s.args.map(schemaSource).join(', ')})`;
      return s.lazy ? `${PURE}lazy(() => ${call})` : call;
    }
    case 'param':
      return s.name;
    case 'pair':
      return `${PURE}object({ ${s.keyName}: ${schemaSource(s.key)}, ${s.valueName}: ${schemaSource(s.value)} }, { name: 'KeyValuePair' })`;
    case 'fallback':
      return `${PURE}string() /* ${commentText(`${s.type}: ${s.reason}`)} */`;
  }
}

/** The source of a member's schema: its expression, in `required()` when the member is required. */
export function memberSource(m: MemberModel): string {
  const inner = schemaSource(m.schema);
  return m.required ? `${PURE}required(${inner})` : inner;
}

function collect(s: SchemaExpr, into: Set<string>): void {
  switch (s.kind) {
    case 'scalar':
      into.add(s.builder);
      break;
    case 'array':
      into.add('array');
      collect(s.item, into);
      break;
    case 'dict':
      into.add('dict');
      collect(s.value, into);
      break;
    case 'optional':
      into.add('optional');
      collect(s.inner, into);
      break;
    case 'ref':
      if (s.lazy) into.add('lazy');
      for (const a of s.args) collect(a, into);
      break;
    case 'pair':
      into.add('object');
      collect(s.key, into);
      collect(s.value, into);
      break;
    case 'fallback':
      into.add('string');
      break;
    case 'param':
      break;
  }
}

/** The builder names the declarations (and the extra expressions, e.g. operations' responses) use, sorted. */
export function usedBuilders(decls: readonly DeclModel[], extra: readonly SchemaExpr[] = []): string[] {
  const into = new Set<string>();
  for (const s of extra) collect(s, into);
  for (const d of decls) {
    if (d.kind === 'enum') into.add('enumOf');
    else if (d.kind === 'flags') into.add('flags');
    else if (d.kind === 'alias') collect(d.schema, into);
    else {
      into.add('object');
      for (const m of d.members) {
        if (m.required) into.add('required');
        collect(m.schema, into);
      }
    }
  }
  return [...into].sort();
}
