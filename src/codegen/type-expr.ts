/**
 * CLR type names as `/types/metadata` writes them, parsed into a tree: `List`1` with `genericArgs: ["String"]`,
 * `Int32[]`, `Nullable`1[]`, and generic arguments written out (`Dictionary<String,List<String>>`, `Nullable<Int32>`,
 * `List`1<String>`), which some hosts put in `genericArgs`.
 */

/** A parsed type name: `name` without its backtick arity, its generic arguments, then how many `[]` follow. */
export interface TypeExpr {
  /** The name as written, without the backtick arity (`List`, `Dictionary`, `QueryResponse`, `System.String`). */
  readonly name: string;
  readonly args: readonly TypeExpr[];
  /** The number of `[]` after the name (`Int32[][]` is 2). */
  readonly arrays: number;
}

/** Thrown for a name that cannot be parsed; the resolver turns it into a warning and a raw-string fallback. */
export class TypeSyntaxError extends Error {
  override name = 'TypeSyntaxError';
}

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  expr(): TypeExpr {
    this.skipSpace();
    const start = this.pos;
    while (this.pos < this.text.length && !'<>,[] '.includes(this.text.charAt(this.pos))) this.pos++;
    const raw = this.text.slice(start, this.pos);
    if (raw === '') throw new TypeSyntaxError(`expected a type name at ${this.pos} in ${JSON.stringify(this.text)}`);
    const name = stripArity(raw);
    const args: TypeExpr[] = [];
    this.skipSpace();
    if (this.peek() === '<') {
      this.pos++;
      for (;;) {
        args.push(this.expr());
        this.skipSpace();
        const c = this.peek();
        this.pos++;
        if (c === '>') break;
        if (c !== ',') throw new TypeSyntaxError(`expected ',' or '>' at ${this.pos - 1} in ${JSON.stringify(this.text)}`);
      }
    }
    let arrays = 0;
    this.skipSpace();
    while (this.text.startsWith('[]', this.pos)) {
      arrays++;
      this.pos += 2;
      this.skipSpace();
    }
    return { name, args, arrays };
  }

  peek(): string {
    return this.text.charAt(this.pos);
  }

  skipSpace(): void {
    while (this.text.charAt(this.pos) === ' ') this.pos++;
  }
}

/** `List`1` → `List`; a name without a backtick is returned as it is. */
export function stripArity(name: string): string {
  const tick = name.indexOf('`');
  return tick === -1 ? name : name.slice(0, tick);
}

/** Parses one written-out type name (`Dictionary<String,List<String>>`, `Int32[]`). Throws {@link TypeSyntaxError}. */
export function parseTypeName(text: string): TypeExpr {
  const r = new Reader(text.trim().replace(/^'/, ''));
  const e = r.expr();
  r.skipSpace();
  if (r.pos !== r.text.length) throw new TypeSyntaxError(`unexpected ${JSON.stringify(r.peek())} at ${r.pos} in ${JSON.stringify(text)}`);
  return e;
}

/**
 * The type of a property or reference: `type` (which may end in `[]`) with its `genericArgs`, each of which may be a
 * plain name or a written-out generic. Arguments written inside `type` itself win over `genericArgs`.
 */
export function typeOf(type: string, genericArgs: readonly string[] | undefined): TypeExpr {
  const head = parseTypeName(type);
  if (head.args.length > 0 || genericArgs === undefined || genericArgs.length === 0) return head;
  return { name: head.name, args: genericArgs.map(parseTypeName), arrays: head.arrays };
}

/** The type written back as C# spells it (`Dictionary<String,List<Int32>>`), for comments and warnings. */
export function formatTypeExpr(e: TypeExpr): string {
  const args = e.args.length === 0 ? '' : `<${e.args.map(formatTypeExpr).join(',')}>`;
  return `${e.name}${args}${'[]'.repeat(e.arrays)}`;
}
