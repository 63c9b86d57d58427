/**
 * The `char` kind: a .NET `System.Char`, one UTF-16 code unit as a one-character string. ServiceStack writes a char
 * raw (`,` `:` `{` bare); that is read (at the root it is the whole text), and special characters are written quoted so
 * that they read back. Empty or longer text fails. A missing member is the .NET default, `'\0'`.
 */
import { formatChar, parseChar } from '../../text/dotnet-char.js';
import type { CharSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** Everything about `char()`. */
export const charKind = /* @__PURE__ */ scalarKind<CharSchema>({
  kind: 'char',
  code: 'EXPECTED_STRING',
  expected: () => 'a single character',
  read: (_, text) => parseChar(text) ?? FAIL,
  write: (_, v) => (typeof v === 'string' ? formatChar(v) : undefined),
  fromJson: (_, v) => (typeof v === 'string' ? (parseChar(v) ?? FAIL) : FAIL),
  defaultOf: () => '\0',
  mayStartWithBom: () => true,
});
