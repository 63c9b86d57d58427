/**
 * Bounded quotes of input for error messages: a message never grows with the input. A long text is cut to its first
 * characters (60 by default, never splitting a surrogate pair) and shown with `JSON.stringify`, so control characters
 * appear as escapes (`\u0000`), never raw.
 */

/** The most characters of input a message quotes by default. */
export const EXCERPT_LENGTH = 60;

/** `text` (or its first `max` characters and `…`) as a JSON string literal, for a message. */
export function excerpt(text: string, max: number = EXCERPT_LENGTH): string {
  if (text.length <= max) return JSON.stringify(text);
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${JSON.stringify(text.slice(0, end))}… (${text.length} characters)`;
}
