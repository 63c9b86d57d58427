/**
 * A metadata document to the generator's model: one declaration per type (enums, flags, classes with their base
 * classes' members flattened in, generic definitions), the operations, and the warnings. Then only what the
 * `include`/`exclude` options keep, ordered so each declaration follows what it uses (cycles through `lazy`).
 */
import type { MetadataOperationType, MetadataPropertyType, MetadataType, MetadataTypes } from './metadata.js';
import type {
  CodegenWarning, DeclModel, MemberModel, ModuleModel, ObjectDecl, OperationModel, RouteModel, SchemaExpr,
} from './model-types.js';
import { memberName, parameterNames, TypeNamer } from './names.js';
import { orderModule } from './order.js';
import { resolveType, TypeIndex, type ResolveContext, type TypeEntry } from './resolve-type.js';
import { formatTypeExpr, typeOf, TypeSyntaxError, type TypeExpr } from './type-expr.js';

/** Options that change what the schemas are (shared by `generateModule` and `schemasFromMetadata`). */
export interface ModelOptions {
  /** Keep member names as the service declares them (PascalCase) instead of ServiceStack's camelCase. */
  readonly keepNames?: boolean;
  /** Make `isRequired` members optional instead of `required()` (hosts that mark every non-nullable reference). */
  readonly looseRequired?: boolean;
  /** `System.DateTime` as `dateTime()` (default: every tick and the Kind kept) or `date()` (a JS `Date`). */
  readonly dateTime?: 'dateTime' | 'date';
  /** Only these operations (request names) and types, with everything they use. `Name.*` is the same as `Name`. */
  readonly include?: readonly string[];
  /** Leave out these operations and types (a type another kept type uses stays, with a warning). */
  readonly exclude?: readonly string[];
}

/** Enum member names `enumOf` cannot take (they are the schema object's own members). */
const RESERVED_ENUM_NAMES = new Set(['kind', 'values', '__type', '~standard', 'members']);

/** Builds the model of `meta` (already checked by `readMetadata`). */
export function resolveModule(meta: MetadataTypes, options: ModelOptions = {}): ModuleModel {
  const entries = collectTypes(meta);
  const index = new TypeIndex();
  for (const e of entries) index.add(e);
  const dateTime = options.dateTime ?? 'dateTime';
  const keepNames = options.keepNames === true;
  // Warnings are kept per declaration and operation, so that only those of what is generated are reported.
  const typeIds = new Set(entries.map((e) => e.id));
  const decls = entries.map((e) => {
    const warnings: CodegenWarning[] = [];
    return { decl: new DeclBuilder({ index, dateTime, keepNames, warnings }, options, warnings, typeIds).decl(e), warnings };
  });
  const operations = meta.operations.flatMap((op) => {
    const entry = index.find(op.request.name, op.request.genericArgs?.length ?? 0, op.request.namespace);
    if (entry === undefined) return [];
    const warnings: CodegenWarning[] = [];
    return [{ operation: operationModel(op, entry, { index, dateTime, keepNames, warnings, env: new Map(), where: op.request.name }), warnings }];
  });
  return orderModule(decls, operations, meta.config?.baseUrl, options);
}

/** Every type of the document once: `types`, then each operation's request and response, first occurrence wins. */
function collectTypes(meta: MetadataTypes): TypeEntry[] {
  const seen = new Set<string>();
  const namer = new TypeNamer();
  const out: TypeEntry[] = [];
  const known = new Set(meta.types.map((t) => t.name.replace(/`.*$/, '')));
  const add = (type: MetadataType | undefined, isResponse: boolean): void => {
    if (type === undefined) return;
    // A response listed as a closed generic (`QueryResponse`1` with `genericArgs: ["Order"]`) is a use, not a definition.
    if (isResponse && (type.genericArgs ?? []).some((a) => known.has(a) || /^[A-Z][A-Za-z0-9]*$/.test(a) === false)) return;
    const key = `${type.namespace ?? ''}|${type.name}`;
    if (seen.has(key)) return;
    seen.add(key);
    const params = type.isEnum === true ? [] : [...(type.genericArgs ?? [])];
    out.push({ type, id: namer.assign(type.name, type.namespace, params.length), params, index: out.length });
  };
  for (const t of meta.types) add(t, false);
  for (const op of meta.operations) {
    add(op.request, false);
    add(op.response, true);
  }
  return out;
}

type BaseContext = Omit<ResolveContext, 'env' | 'where'>;

/** An unsorted member with the `dataMember.order` it was declared with. */
interface OrderedMember {
  readonly member: MemberModel;
  readonly order: number;
}

class DeclBuilder {
  constructor(
    private readonly base: BaseContext,
    private readonly options: ModelOptions,
    private readonly warnings: CodegenWarning[],
    private readonly typeIds: ReadonlySet<string>,
  ) {}

  decl(entry: TypeEntry): DeclModel {
    const t = entry.type;
    const common = { id: entry.id, dotnetName: t.name, namespace: t.namespace, description: t.description };
    if (t.isEnum === true) return this.enumDecl(entry, common);
    const params = parameterNames(entry.params, this.typeIds);
    const env = new Map<string, SchemaExpr>(entry.params.map((p, i) => [p, { kind: 'param', name: params[i] as string }]));
    const members = this.members(t, env, new Set()).map((m, i) => ({ ...m, i }));
    // ServiceStack writes members ordered by [DataMember(Order)], unset (-1) first, keeping the declared order otherwise.
    members.sort((a, b) => a.order - b.order || a.i - b.i);
    const decl: ObjectDecl = {
      kind: 'object',
      ...common,
      params,
      members: members.map((m) => m.member),
      inherits: t.inherits === undefined ? undefined : formatTypeExpr(typeOf(t.inherits.name, t.inherits.genericArgs)),
      recursive: false,
    };
    return decl;
  }

  private enumDecl(entry: TypeEntry, common: Omit<DeclModel, 'kind'>): DeclModel {
    const t = entry.type;
    const where = qualified(t);
    const names = t.enumNames ?? [];
    const isFlags = (t.attributes ?? []).some((a) => /^flags(attribute)?$/i.test(a.name)) || t.isEnumInt === true;
    if (names.length === 0) {
      this.warnings.push({ where, message: 'an enum without enumNames: read and written as its number (int)' });
      return { kind: 'alias', ...common, schema: { kind: 'scalar', builder: 'int' } };
    }
    if (isFlags) {
      const members: Array<readonly [string, number]> = [];
      for (let i = 0; i < names.length; i++) {
        const raw = t.enumValues?.[i];
        const value = raw === undefined ? i : Number(raw);
        if (!Number.isSafeInteger(value)) {
          this.warnings.push({ where, message: `[Flags] member ${names[i] ?? ''} has value ${JSON.stringify(raw)}, not a safe integer` });
          return { kind: 'alias', ...common, schema: { kind: 'fallback', type: t.name, reason: 'a [Flags] value outside the safe integer range' } };
        }
        members.push([names[i] as string, value]);
      }
      return { kind: 'flags', ...common, members };
    }
    const reserved = names.find((n) => RESERVED_ENUM_NAMES.has(n));
    if (reserved !== undefined) {
      const reason = `the enum member name ${JSON.stringify(reserved)} is reserved by enumOf()`;
      this.warnings.push({ where, message: `${reason}; kept as raw text (string)` });
      return { kind: 'alias', ...common, schema: { kind: 'fallback', type: t.name, reason } };
    }
    if ((t.enumValues ?? []).some((v, i) => v !== String(i))) {
      this.warnings.push({ where, message: 'enum values are not 0, 1, 2, …: names are exact, but a number in the text is read as the member at that position' });
    }
    const wireNames: Record<string, string> = {};
    names.forEach((n, i) => {
      const w = t.enumMemberValues?.[i];
      if (w !== undefined && w !== '' && w !== n) wireNames[n] = w;
    });
    // enumOf() refuses a wire name equal (in any case) to another member's wire name or name: drop such wire names.
    for (let again = true; again; ) {
      again = false;
      const count = new Map<string, number>();
      for (const n of names) count.set((wireNames[n] ?? n).toLowerCase(), (count.get((wireNames[n] ?? n).toLowerCase()) ?? 0) + 1);
      for (const n of names) {
        const w = wireNames[n];
        if (w === undefined || (count.get(w.toLowerCase()) ?? 0) < 2) continue;
        this.warnings.push({ where, message: `enum member ${n}: [EnumMember(Value = ${JSON.stringify(w)})] repeats another member's name in any case; written as ${n}` });
        delete wireNames[n];
        again = true;
      }
    }
    return { kind: 'enum', ...common, names, wireNames };
  }

  /** The members of `t` and of its bases, derived first; a member redeclared in a derived class appears once. */
  private members(t: MetadataType, env: ReadonlyMap<string, SchemaExpr>, visiting: Set<MetadataType>): OrderedMember[] {
    visiting.add(t);
    const out: OrderedMember[] = [];
    const taken = new Set<string>();
    const claim = (m: MemberModel): boolean => {
      const names = [m.name, m.wireName ?? m.name].map((n) => n.toLowerCase());
      if (names.some((n) => taken.has(n))) return false;
      for (const n of names) taken.add(n);
      return true;
    };
    for (const p of t.properties ?? []) {
      const m = this.member(t, p, env);
      if (claim(m.member)) out.push(m);
      else {
        this.warnings.push({
          where: `${qualified(t)}.${p.name}`,
          message: `member name ${JSON.stringify(m.member.name)} clashes with an earlier member (names match case-insensitively on the wire); left out`,
        });
      }
    }
    for (const m of this.baseMembers(t, env, visiting)) if (claim(m.member)) out.push(m);
    visiting.delete(t);
    return out;
  }

  private baseMembers(t: MetadataType, env: ReadonlyMap<string, SchemaExpr>, visiting: Set<MetadataType>): OrderedMember[] {
    const inherits = t.inherits;
    if (inherits === undefined) return [];
    const where = qualified(t);
    let expr: TypeExpr;
    try {
      expr = typeOf(inherits.name, inherits.genericArgs);
    } catch (e) {
      if (!(e instanceof TypeSyntaxError)) throw e;
      this.warnings.push({ where, message: `base type ${JSON.stringify(inherits.name)} cannot be read (${e.message}); its members are left out` });
      return [];
    }
    const entry = this.base.index.find(expr.name, expr.args.length, inherits.namespace);
    if (entry === undefined) {
      this.warnings.push({ where, message: `base type ${formatTypeExpr(expr)} is not in the document; its members are left out` });
      return [];
    }
    if (visiting.has(entry.type)) {
      this.warnings.push({ where, message: `inheritance cycle through ${formatTypeExpr(expr)}; the base's members are left out` });
      return [];
    }
    const ctx: ResolveContext = { ...this.base, env, where };
    const baseEnv = new Map<string, SchemaExpr>(entry.params.map((p, i) => {
      const arg = expr.args[i];
      return [p, arg === undefined ? { kind: 'fallback', type: p, reason: 'missing generic argument' } : resolveType(arg, ctx)];
    }));
    return this.members(entry.type, baseEnv, visiting);
  }

  private member(t: MetadataType, p: MetadataPropertyType, env: ReadonlyMap<string, SchemaExpr>): OrderedMember {
    const where = `${qualified(t)}.${p.name}`;
    const ctx: ResolveContext = { ...this.base, env, where };
    let schema: SchemaExpr;
    let dotnetType = p.type;
    try {
      const expr = typeOf(p.type, p.genericArgs);
      dotnetType = formatTypeExpr(expr);
      schema = resolveType(expr, ctx, p.namespace);
    } catch (e) {
      if (!(e instanceof TypeSyntaxError)) throw e;
      const reason = `the type ${JSON.stringify(p.type)} cannot be read (${e.message})`;
      this.warnings.push({ where, message: `${reason}; kept as raw text (string)` });
      schema = { kind: 'fallback', type: p.type, reason };
    }
    const required = this.options.looseRequired !== true && (p.isRequired === true || p.dataMember?.isRequired === true);
    if (required && schema.kind === 'optional') schema = schema.inner;
    const name = memberName(p.name, this.options.keepNames === true);
    const declaredWire = p.dataMember?.name;
    const wireName = declaredWire !== undefined && declaredWire !== '' && declaredWire !== name ? declaredWire : undefined;
    return {
      member: { name, wireName, schema, required, description: p.description, dotnetName: p.name, dotnetType },
      order: p.dataMember?.order ?? -1,
    };
  }
}

function operationModel(op: MetadataOperationType, entry: TypeEntry, ctx: ResolveContext): OperationModel {
  const returnsVoid = op.returnsVoid === true;
  let response: SchemaExpr | undefined;
  const named = op.returnType ?? op.response;
  if (!returnsVoid && named !== undefined) {
    try {
      response = resolveType(typeOf(named.name, named.genericArgs), { ...ctx, where: `${op.request.name} (response)` }, named.namespace);
    } catch (e) {
      if (!(e instanceof TypeSyntaxError)) throw e;
      ctx.warnings.push({ where: op.request.name, message: `the response type ${JSON.stringify(named.name)} cannot be read; the operation has no response schema` });
    }
  }
  const routes: RouteModel[] = (op.routes ?? []).map((r) => {
    const verbs = (r.verbs ?? '').split(/[\s,]+/).map((v) => v.toUpperCase()).filter((v) => v !== '' && v !== 'ANY');
    return { path: r.path, verbs: verbs.length === 0 ? undefined : verbs };
  });
  return {
    id: entry.id,
    name: op.request.name,
    request: { kind: 'ref', id: entry.id, args: [], lazy: false },
    response,
    method: op.method === undefined || op.method === '' ? undefined : op.method.toUpperCase(),
    routes,
    requiresAuth: op.requiresAuth === true,
    // The client's rule: a response schema exactly when the operation is not void.
    returnsVoid: returnsVoid || response === undefined,
    description: op.request.description,
  };
}

function qualified(t: MetadataType): string {
  return t.namespace === undefined || t.namespace === '' ? t.name : `${t.namespace}.${t.name}`;
}
