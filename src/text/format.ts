/**
 * `format`: a readable multi-line layout of JSV text. Unlike ServiceStack's `JsvFormatter`, the output parses back:
 * `parse(format(t), { lenient: true })` deep-equals `parse(t)`. Strings that lenient reading would trim (leading or
 * trailing whitespace) are quoted, so the guarantee holds for every text.
 */
import { JsvError, type SafeResult } from '../errors.js';
import { toJsvError } from './to-jsv-error.js';
import { isSpace } from './chars.js';
import { parse, type JsvNode, type ParseOptions } from './parse.js';
import { quoteString } from './quote.js';
import { protectLeadingBom } from './stringify.js';

/** Options for {@link format}. */
export interface FormatOptions extends ParseOptions {
  /** One level of indentation; default a tab, as ServiceStack's `Dump()` uses. */
  readonly indent?: string;
  /** Line break; default `\n`. */
  readonly newline?: string;
}

/** Lays JSV text out over several lines with indentation; the text is parsed first (use `lenient` for spaced input). */
export function format(text: string, options?: FormatOptions): string {
  const tree = parse(text, options);
  const indent = options?.indent ?? '\t';
  const nl = options?.newline ?? '\n';
  const out: string[] = [];
  try {
    writeNode(tree, out, '', indent, nl);
    return protectLeadingBom(out.join(''));
  } catch (e) {
    // Indentation grows with depth × lines: hostile input can ask for more text than the engine can hold.
    if (e instanceof RangeError) throw new JsvError('MAX_LENGTH', `The formatted text would be longer than this runtime's longest string (${e.message})`, { cause: e });
    throw e;
  }
}

/** Like {@link format}, but returns `{ ok: false, error }` (e.g. a `JsvSyntaxError` for malformed text) instead of throwing; never throws. */
export function safeFormat(text: string, options?: FormatOptions): SafeResult<string> {
  try {
    return { ok: true, value: format(text, options) };
  } catch (e) {
    return { ok: false, error: toJsvError(e) };
  }
}

/** Quotes `s` by the JSV rule, and also when it has leading or trailing whitespace (so lenient reading keeps it). */
function formatString(s: string): string {
  const q = quoteString(s);
  if (q !== s || s.length === 0) return q;
  if (isSpace(s.charCodeAt(0)) || isSpace(s.charCodeAt(s.length - 1))) return `"${s}"`;
  return s;
}

function writeNode(node: JsvNode, out: string[], pad: string, indent: string, nl: string): void {
  if (node === null) return;
  if (typeof node === 'string') {
    out.push(formatString(node));
    return;
  }
  const inner = pad + indent;
  if (Array.isArray(node)) {
    if (node.length === 0) {
      out.push('[]');
      return;
    }
    out.push('[', nl);
    for (let i = 0; i < node.length; i++) {
      out.push(inner);
      writeNode(node[i]!, out, inner, indent, nl);
      out.push(i < node.length - 1 ? ',' : '', nl);
    }
    out.push(pad, ']');
    return;
  }
  const keys = Object.keys(node);
  if (keys.length === 0) {
    out.push('{}');
    return;
  }
  out.push('{', nl);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = node[key]!;
    out.push(inner, formatString(key), ':');
    if (value !== null) out.push(' ');
    writeNode(value, out, inner, indent, nl);
    out.push(i < keys.length - 1 ? ',' : '', nl);
  }
  out.push(pad, '}');
}
