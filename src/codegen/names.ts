/**
 * The naming rules of generated modules, in one place (the README's "Names" paragraph describes them):
 *
 * - A type's name is its .NET name without the generic arity (`QueryResponse`1` → `QueryResponse`) and without an
 *   enclosing type (`Outer.Inner` → `Inner`, as ServiceStack's TypeScript generator writes nested types).
 * - Characters that cannot be in an identifier become `_`; a leading digit gets a `_` before it; a reserved word, or a
 *   name the module itself uses (the builders it imports, `Infer`, `operations`), gets a `_` after it.
 * - When two types end up with the same name, the first (in the document's order: `types`, then each operation's
 *   request and response) keeps it; a later one tries, in turn, `Name_<arity>` (generic types), its namespace's
 *   segments before it (`Billing_Item`, `Acme_Billing_Item`) and then `Name_2`, `Name_3`, …
 * - Members are named by ServiceStack's camelCase rule (`toCamelCase`), or as declared with `keepNames`. A member
 *   whose name is not an identifier is written quoted. A member that clashes with an earlier one of the same type
 *   (names are matched case-insensitively on the wire, so `Id` and `ID` are one member) is left out, with a warning.
 * - A generic parameter named like one of the module's types gets a `_` after it (`T` → `T_`).
 */
import { toCamelCase } from '../text/member-name.js';

const RESERVED_WORDS = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
  'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null',
  'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
  'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'await', 'arguments', 'eval',
  'undefined', 'NaN', 'Infinity', 'globalThis', '__proto__',
  // TypeScript's own type names, which a type alias may not take.
  'any', 'unknown', 'never', 'object', 'string', 'number', 'bigint', 'boolean', 'symbol', 'type', 'as', 'satisfies',
  'declare', 'namespace', 'module', 'keyof', 'readonly', 'infer', 'is', 'asserts', 'abstract', 'accessor', 'constructor',
  'get', 'set', 'of', 'out', 'override', 'require',
  // Globals a generated module may refer to.
  'Object', 'Array', 'Date', 'Record', 'Uint8Array', 'Error', 'JSON', 'Math', 'Promise', 'Symbol',
  // Global types and classes the generated declarations use (ReturnType<typeof …>, Exclude<…>, a WeakMap of instances).
  'ReturnType', 'Exclude', 'WeakMap',
]);

/** The identifiers every generated module declares or imports, which a DTO may not take. */
export const MODULE_NAMES: ReadonlySet<string> = new Set([
  'operations', 'Infer', 'AnySchema', 'Schema',
  'string', 'number', 'int', 'bigint', 'boolean', 'date', 'timeSpan', 'guid', 'bytes', 'enumOf', 'flags', 'array', 'dict',
  'object', 'optional', 'decimal', 'dateTimeOffset', 'dateTime', 'char', 'byte', 'sbyte', 'int16', 'uint16', 'uint32',
  'int64', 'uint64', 'float', 'lazy', 'required',
]);

/** Whether `name` is a plain ASCII JavaScript identifier (no escapes, no reserved-word check). */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/** `name` made into an identifier that is neither reserved nor one of {@link MODULE_NAMES}. */
export function safeIdentifier(name: string): string {
  let id = name.replace(/[^A-Za-z0-9_$]/g, '_');
  if (id === '') id = '_';
  if (/^[0-9]/.test(id)) id = `_${id}`;
  while (RESERVED_WORDS.has(id) || MODULE_NAMES.has(id)) id = `${id}_`;
  return id;
}

/** The base identifier of a .NET type name: no arity, no enclosing type, made safe. */
export function typeBaseName(dotnetName: string): string {
  const tick = dotnetName.indexOf('`');
  const plain = tick === -1 ? dotnetName : dotnetName.slice(0, tick);
  const dot = plain.lastIndexOf('.');
  const plus = plain.lastIndexOf('+');
  return safeIdentifier(plain.slice(Math.max(dot, plus) + 1));
}

/** Hands out unique identifiers for types, in the order they are asked for. */
export class TypeNamer {
  private readonly taken = new Set<string>();

  /** A unique identifier for the type `name` (with `arity` generic parameters) in `namespace`. */
  assign(name: string, namespace: string | undefined, arity: number): string {
    const base = typeBaseName(name);
    const candidates = [base];
    if (arity > 0) candidates.push(`${base}_${arity}`);
    const segments = (namespace ?? '').split('.').filter((s) => s !== '');
    for (let k = 1; k <= segments.length; k++) {
      candidates.push(safeIdentifier(`${segments.slice(-k).join('_')}_${base}`));
    }
    for (const c of candidates) {
      if (!this.taken.has(c)) {
        this.taken.add(c);
        return c;
      }
    }
    for (let n = 2; ; n++) {
      const c = `${base}_${n}`;
      if (!this.taken.has(c)) {
        this.taken.add(c);
        return c;
      }
    }
  }
}

/** The JavaScript member name of a .NET property: ServiceStack's camelCase, or the declared name with `keepNames`. */
export function memberName(dotnetName: string, keepNames: boolean): string {
  return keepNames ? dotnetName : toCamelCase(dotnetName);
}

/** A member name as an object-literal key: bare when it is an identifier, quoted otherwise, computed for `__proto__`. */
export function propertyKey(name: string): string {
  if (name === '__proto__') return '["__proto__"]';
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/**
 * The identifiers of a generic definition's parameters (`T`, `TKey`), made safe; a parameter named like one of the
 * module's types (`typeIds`), or like an earlier parameter, gets a `_` after it (`T` → `T_` when the document has a
 * type `T`), so that it never hides that type inside the definition.
 */
export function parameterNames(names: readonly string[], typeIds: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const name of names) {
    let id = safeIdentifier(name);
    while (typeIds.has(id) || out.includes(id)) id = `${id}_`;
    out.push(id);
  }
  return out;
}
