/**
 * .NET `char` text: one UTF-16 code unit. ServiceStack writes a char raw, never quoted, so `,` `:` `{` `"` and line
 * breaks come out bare and corrupt the surrounding text; it reads such a bare char back only at the root. We read the
 * bare form, and write a char by the string rule (quoted when special) so that what we write always reads back.
 */
import { quoteString } from './quote.js';

/** Reads a char from its (unquoted) text: exactly one UTF-16 code unit; anything else (empty, longer) is `undefined`. */
export function parseChar(text: string): string | undefined {
  return text.length === 1 ? text : undefined;
}

/** Whether `value` is a valid char: a string of exactly one UTF-16 code unit. */
export function isChar(value: unknown): value is string {
  return typeof value === 'string' && value.length === 1;
}

/**
 * Writes a char: raw, as ServiceStack does (`a`, ` `, `\`, NUL), except that the characters JSV gives a meaning
 * (`"` `:` `,` `{` `}` `[` `]` CR LF) are quoted (`","`, `""""`) so the text reads back. `undefined` for a non-char.
 */
export function formatChar(value: string): string | undefined {
  return value.length === 1 ? quoteString(value) : undefined;
}
