/**
 * One type name to one schema expression: the mapping rules for System types, collections, `Nullable`, arrays,
 * generic parameters and the document's own types. Unknown or unmappable types become a raw-text fallback and a
 * warning, never an error.
 */
import type { MetadataType } from './metadata.js';
import type { CodegenWarning, SchemaExpr } from './model-types.js';
import { memberName } from './names.js';
import { DICTIONARY_TYPES, LIST_TYPES, PLAIN_KEY_TYPES, SCALARS, UNMAPPED, withoutSystemPrefix } from './system-types.js';
import { formatTypeExpr, stripArity, type TypeExpr } from './type-expr.js';

/** A type of the document, with its module identifier and generic parameters. */
export interface TypeEntry {
  readonly type: MetadataType;
  readonly id: string;
  /** Generic parameter names (`["T"]`); empty for a closed type. */
  readonly params: readonly string[];
  /** Position in the document, for deterministic order. */
  readonly index: number;
}

/** Finds the document's types by the names references use. */
export class TypeIndex {
  private readonly byFull = new Map<string, TypeEntry>();
  private readonly byName = new Map<string, TypeEntry[]>();

  add(entry: TypeEntry): void {
    const key = refKey(entry.type.name, entry.params.length);
    this.byFull.set(`${entry.type.namespace ?? ''}|${key}`, entry);
    const list = this.byName.get(key) ?? [];
    list.push(entry);
    this.byName.set(key, list);
  }

  /** The type `name` with `arity` generic arguments, preferring the one in `namespace`. */
  find(name: string, arity: number, namespace: string | undefined): TypeEntry | undefined {
    const key = refKey(name, arity);
    if (namespace !== undefined) {
      const exact = this.byFull.get(`${namespace}|${key}`);
      if (exact !== undefined) return exact;
    }
    return this.byName.get(key)?.[0];
  }
}

/** The lookup key of a type name: the last segment without arity, then `` `n `` for `n` generic parameters. */
export function refKey(name: string, arity: number): string {
  const plain = stripArity(name);
  const last = plain.slice(Math.max(plain.lastIndexOf('.'), plain.lastIndexOf('+')) + 1);
  return arity > 0 ? `${last}\`${arity}` : last;
}

/** What resolving needs: the index, the options, the generic environment and where to report. */
export interface ResolveContext {
  readonly index: TypeIndex;
  readonly dateTime: 'dateTime' | 'date';
  /** Member names as declared instead of camelCase (for the members the resolver makes, `Key` and `Value`). */
  readonly keepNames: boolean;
  /** Generic parameters in scope, by .NET name, and what they stand for. */
  readonly env: ReadonlyMap<string, SchemaExpr>;
  /** `Acme.Order.Lines`, for warnings. */
  readonly where: string;
  readonly warnings: CodegenWarning[];
}

/** The schema of `expr`; `namespace` is the namespace the metadata gives for the outermost name. */
export function resolveType(expr: TypeExpr, ctx: ResolveContext, namespace?: string): SchemaExpr {
  if (expr.arrays > 0) {
    const isBytes = withoutSystemPrefix(expr.name) === 'Byte' && expr.args.length === 0 && ctx.index.find(expr.name, 0, namespace) === undefined;
    let s: SchemaExpr = isBytes ? { kind: 'scalar', builder: 'bytes' } : resolveType({ ...expr, arrays: 0 }, ctx, namespace);
    for (let k = isBytes ? 1 : 0; k < expr.arrays; k++) s = { kind: 'array', item: s };
    return s;
  }
  const bound = expr.args.length === 0 ? ctx.env.get(expr.name) : undefined;
  if (bound !== undefined) return bound;

  // The document's own type, when the metadata places it in a namespace the document declares.
  const own = ctx.index.find(expr.name, expr.args.length, namespace);
  if (own !== undefined && namespace !== undefined && own.type.namespace === namespace) return reference(own, expr, ctx);

  const system = systemType(expr, ctx);
  if (system !== undefined) return system;
  if (own !== undefined) return reference(own, expr, ctx);
  return fallback(expr, ctx, `unknown type ${formatTypeExpr(expr)}: not a System type and not in the document`);
}

function reference(entry: TypeEntry, expr: TypeExpr, ctx: ResolveContext): SchemaExpr {
  const args = expr.args.map((a) => resolveType(a, ctx));
  return { kind: 'ref', id: entry.id, args, lazy: false };
}

function systemType(expr: TypeExpr, ctx: ResolveContext): SchemaExpr | undefined {
  const name = withoutSystemPrefix(expr.name);
  const [a0, a1] = expr.args;
  if (expr.args.length === 0) {
    if (name === 'DateTime') return { kind: 'scalar', builder: ctx.dateTime };
    const builder = SCALARS.get(name);
    if (builder !== undefined) return { kind: 'scalar', builder };
  }
  if (name === 'Nullable' && a0 !== undefined && expr.args.length === 1) {
    const inner = resolveType(a0, ctx);
    return inner.kind === 'optional' ? inner : { kind: 'optional', inner };
  }
  if (LIST_TYPES.has(name) && a0 !== undefined && expr.args.length === 1) return { kind: 'array', item: resolveType(a0, ctx) };
  if (DICTIONARY_TYPES.has(name) && a0 !== undefined && a1 !== undefined && expr.args.length === 2) {
    if (!isPlainKey(a0, ctx)) {
      return fallback(expr, ctx, `dictionary keys of type ${formatTypeExpr(a0)} have no plain text form a JavaScript object can be keyed by`);
    }
    return { kind: 'dict', value: resolveType(a1, ctx) };
  }
  if (name === 'KeyValuePair' && a0 !== undefined && a1 !== undefined && expr.args.length === 2) {
    return {
      kind: 'pair',
      key: resolveType(a0, ctx),
      value: resolveType(a1, ctx),
      keyName: memberName('Key', ctx.keepNames),
      valueName: memberName('Value', ctx.keepNames),
    };
  }
  const reason = UNMAPPED.get(name);
  if (reason !== undefined) return fallback(expr, ctx, reason);
  return undefined;
}

/** A key type that is written as one plain token: a System scalar or an enum. */
function isPlainKey(key: TypeExpr, ctx: ResolveContext): boolean {
  if (key.arrays > 0 || key.args.length > 0) return false;
  const own = ctx.index.find(key.name, 0, undefined);
  if (own !== undefined) return own.type.isEnum === true;
  return PLAIN_KEY_TYPES.has(withoutSystemPrefix(key.name)) || ctx.env.has(key.name);
}

function fallback(expr: TypeExpr, ctx: ResolveContext, reason: string): SchemaExpr {
  ctx.warnings.push({ where: ctx.where, message: `${reason}; kept as raw text (string)` });
  return { kind: 'fallback', type: formatTypeExpr(expr), reason };
}
