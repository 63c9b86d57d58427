/**
 * The decoded value type of a recursive declaration, written out (`{ name?: string | undefined; children?: Category[]
 * | undefined }`). TypeScript cannot infer the type of a constant that refers to itself (TS7022, and TS2502 in a
 * `.d.ts`), so a declaration in a cycle is written as the README says recursive schemas are: a type alias spelled out,
 * then `const Category: Schema<Category> = object(...)`. The rules are `Infer`'s (src/schema/types.ts): members of
 * .NET value-type kinds and `required` members are present, others optional; list items of strings, bytes and
 * optional values may be `null`. The type checker holds the two together: the schema must be assignable to
 * `Schema<T>`, and test/codegen pins the written type equal to the inferred one for every kind.
 */
import { docComment } from './emit-expr.js';
import { schemaType } from './emit-schema-type.js';
import type { DeclModel, MemberModel, ObjectDecl, ScalarBuilder, SchemaExpr } from './model-types.js';
import { propertyKey } from './names.js';

/** Kinds whose member is present even when missing from the text (.NET value-type defaults), as `Infer` says. */
const DEFAULTED = new Set([
  'number', 'int', 'bigint', 'boolean', 'enum', 'flags', 'decimal', 'char', 'byte', 'sbyte', 'int16', 'uint16', 'uint32',
  'int64', 'uint64', 'float',
]);

/** Kinds whose empty list slot decodes to `null`. */
const NULLABLE_ITEM = new Set(['string', 'bytes', 'optional']);

/** Scalars whose values are jsv-codec classes, named through the builder so that no extra import is needed. */
const CLASS_VALUED: ReadonlySet<ScalarBuilder> = new Set(['decimal', 'dateTime', 'dateTimeOffset', 'timeSpan']);

function scalarType(b: ScalarBuilder): string {
  if (CLASS_VALUED.has(b)) return `Infer<ReturnType<typeof ${b}>>`;
  switch (b) {
    case 'string': case 'guid': case 'char':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'int64': case 'uint64':
      return 'bigint';
    case 'date':
      return 'Date';
    case 'bytes':
      return 'Uint8Array';
    default:
      return 'number';
  }
}

/** Writes value types, looking declarations up by id for the kind of a reference. */
export class ValueTypeWriter {
  private readonly decls: ReadonlyMap<string, DeclModel>;

  constructor(decls: readonly DeclModel[]) {
    this.decls = new Map(decls.map((d) => [d.id, d]));
  }

  /** The schema kind `s` builds (`undefined` for a generic parameter, whose kind is not known). */
  kindOf(s: SchemaExpr): string | undefined {
    switch (s.kind) {
      case 'scalar':
        return s.builder;
      case 'array': case 'dict': case 'optional':
        return s.kind;
      case 'pair':
        return 'object';
      case 'fallback':
        return 'string';
      case 'param':
        return undefined;
      case 'ref': {
        if (s.lazy) return 'lazy';
        const d = this.decls.get(s.id);
        if (d === undefined || d.kind === 'object') return 'object';
        if (d.kind === 'alias') return this.kindOf(d.schema);
        return d.kind === 'flags' ? 'flags' : 'enum';
      }
    }
  }

  /** The decoded type of `s`. */
  valueType(s: SchemaExpr): string {
    switch (s.kind) {
      case 'scalar':
        return scalarType(s.builder);
      case 'fallback':
        return 'string';
      case 'array': {
        const item = NULLABLE_ITEM.has(this.kindOf(s.item) ?? '') ? `${this.present(s.item)} | null` : this.valueType(s.item);
        return /^[\w.]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
      }
      case 'dict':
        return `Record<string, ${this.valueType(s.value)}>`;
      case 'optional':
        return `${this.present(s.inner)} | undefined`;
      case 'param':
        return `Infer<${s.name}>`;
      case 'pair': {
        const members = [
          { name: s.keyName, schema: s.key, required: false, description: undefined },
          { name: s.valueName, schema: s.value, required: false, description: undefined },
        ];
        return `{ ${members.map((m) => this.memberText(m)).join('; ')} }`;
      }
      case 'ref':
        return s.args.length === 0 ? s.id : `${s.id}<${s.args.map(schemaType).join(', ')}>`;
    }
  }

  /** The type of a present value of `s` (`undefined` excluded). */
  private present(s: SchemaExpr): string {
    if (s.kind === 'optional') return this.present(s.inner);
    if (s.kind === 'param') return `Exclude<Infer<${s.name}>, undefined>`;
    return this.valueType(s);
  }

  /** `name: T` for a member that is always present, `name?: T | undefined` otherwise. */
  private memberText(m: Pick<MemberModel, 'name' | 'schema' | 'required'>): string {
    const kind = m.required ? 'required' : this.kindOf(m.schema);
    if (kind === 'required' || DEFAULTED.has(kind ?? '')) return `${propertyKey(m.name)}: ${this.present(m.schema)}`;
    const type = m.schema.kind === 'param' ? this.valueType(m.schema) : this.present(m.schema);
    return `${propertyKey(m.name)}?: ${type} | undefined`;
  }

  /** The value type of a recursive object declaration: an object type literal, one member per line. */
  declType(d: ObjectDecl): string {
    if (d.members.length === 0) return '{}';
    const lines = d.members.map((m) => `${docComment(m.description === undefined ? [] : [m.description], '  ')}  ${this.memberText(m)};\n`);
    return `{\n${lines.join('')}}`;
  }
}
