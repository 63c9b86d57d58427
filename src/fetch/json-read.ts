/**
 * A JSON reader for `jsv from-json` and for pointing at the error in a JSON body that `JSON.parse` refused. Unlike `JSON.parse` it can keep integers beyond 2^53 exact (as `bigint`, which
 * `stringify` writes as digits), bounds nesting (a `MAX_DEPTH` error, never a stack overflow), reports syntax errors
 * as a {@link JsvSyntaxError} with the position, and can record where each value starts so that an error about a path
 * (`$.sessions[3].callState`) can point into the text.
 */
import { JsvSyntaxError, type PathSegment } from '../errors.js';

/** Options of {@link readJson}. */
export interface ReadJsonOptions {
  /** Integers outside the safe range as `bigint` (exact) or as `number` (as `JSON.parse` does). Default `'number'`. */
  readonly bigIntegers?: 'bigint' | 'number';
  /** The deepest nesting allowed (default 512, as the JSV readers). */
  readonly maxDepth?: number;
  /** Set as the `cause` of the error thrown (e.g. the engine's own `JSON.parse` error). */
  readonly cause?: unknown;
  /** Filled with, for each object and array read, where each member's or item's value starts. */
  readonly positions?: WeakMap<object, Map<string | number, number>>;
}

const DEFAULT_MAX_DEPTH = 512;

/** Reads one JSON value (whitespace around it allowed). Throws {@link JsvSyntaxError} for anything else. */
export function readJson(text: string, options: ReadJsonOptions = {}): unknown {
  const exactIntegers = options.bigIntegers === 'bigint';
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const positions = options.positions;
  const n = text.length;
  let i = 0;

  const fail = (code: 'UNEXPECTED_CHARACTER' | 'UNTERMINATED_STRING' | 'MAX_DEPTH', message: string, at = i): never => {
    throw new JsvSyntaxError(code, message, text, at, 'cause' in options ? { cause: options.cause } : undefined);
  };
  const unexpected = (what: string): never =>
    i >= n ? fail('UNEXPECTED_CHARACTER', `Invalid JSON: the text ends where ${what} was expected`) : fail('UNEXPECTED_CHARACTER', `Invalid JSON: unexpected ${JSON.stringify(text[i])} where ${what} was expected`);

  const ws = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      i++;
    }
  };

  const str = (): string => {
    const open = i;
    i++;
    let out = '';
    let from = i;
    for (;;) {
      if (i >= n) return fail('UNTERMINATED_STRING', 'Invalid JSON: unterminated string', open);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(from, i);
        i++;
        return out;
      }
      if (c < 0x20) return fail('UNEXPECTED_CHARACTER', 'Invalid JSON: a control character must be escaped inside a string');
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += text.slice(from, i);
      const e = text[i + 1];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail('UNEXPECTED_CHARACTER', 'Invalid JSON: \\u must be followed by four hex digits');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default:
          return fail('UNEXPECTED_CHARACTER', `Invalid JSON: unknown escape \\${e ?? ''}`);
      }
      i += 2;
      from = i;
    }
  };

  const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
  const num = (): number | bigint => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m === null) return unexpected('a value');
    const t = m[0];
    i += t.length;
    const v = Number(t);
    if (exactIntegers && m[1] === undefined && m[2] === undefined && !Number.isSafeInteger(v)) return BigInt(t);
    return v;
  };

  const literal = (word: string, value: boolean | null): boolean | null => {
    if (!text.startsWith(word, i)) return unexpected('a value');
    i += word.length;
    return value;
  };

  const value = (depth: number): unknown => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      if (depth >= maxDepth) return fail('MAX_DEPTH', `Nesting deeper than ${maxDepth} levels`);
      return c === '{' ? obj(depth + 1) : list(depth + 1);
    }
    if (c === '"') return str();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    return num();
  };

  const obj = (depth: number): Record<string, unknown> => {
    i++;
    const out: Record<string, unknown> = {};
    const where = positions === undefined ? undefined : new Map<string | number, number>();
    if (where !== undefined) positions?.set(out, where);
    ws();
    if (text[i] === '}') {
      i++;
      return out;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') unexpected('a member name in double quotes');
      const key = str();
      ws();
      if (text[i] !== ':') unexpected("':'");
      i++;
      ws();
      where?.set(key, i);
      const v = value(depth);
      if (key === '__proto__') Object.defineProperty(out, key, { value: v, writable: true, enumerable: true, configurable: true });
      else out[key] = v;
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return out;
      }
      unexpected("',' or '}'");
    }
  };

  const list = (depth: number): unknown[] => {
    i++;
    const out: unknown[] = [];
    const where = positions === undefined ? undefined : new Map<string | number, number>();
    if (where !== undefined) positions?.set(out, where);
    ws();
    if (text[i] === ']') {
      i++;
      return out;
    }
    for (;;) {
      ws();
      where?.set(out.length, i);
      out.push(value(depth));
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return out;
      }
      unexpected("',' or ']'");
    }
  };

  const result = value(0);
  ws();
  if (i < n) unexpected('the end of the text');
  return result;
}

/**
 * Where the value at `path` starts in the JSON `text` (a valid document), following member names exactly or, failing
 * that, case-insensitively (as `fromJsonValue` matches them); as deep as the path can be followed. `undefined` when
 * the text cannot be read.
 */
export function locateJsonPath(text: string, path: readonly PathSegment[]): number | undefined {
  const positions = new WeakMap<object, Map<string | number, number>>();
  let node: unknown;
  try {
    node = readJson(text, { positions, maxDepth: Math.max(DEFAULT_MAX_DEPTH, path.length + 1) });
  } catch {
    return undefined;
  }
  let at = text.length - text.trimStart().length;
  for (const seg of path) {
    if (typeof node !== 'object' || node === null) break;
    const where = positions.get(node);
    if (where === undefined) break;
    let key: string | number | undefined = seg;
    if (!where.has(seg) && typeof seg === 'string') {
      const lower = seg.toLowerCase();
      key = [...where.keys()].find((k) => typeof k === 'string' && k.toLowerCase() === lower);
    }
    if (key === undefined || !where.has(key)) break;
    at = where.get(key) as number;
    node = Array.isArray(node) ? node[key as number] : (node as Record<string, unknown>)[key as string];
  }
  return at;
}
