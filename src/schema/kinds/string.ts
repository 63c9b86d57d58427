/** The `string` kind: any text; an empty value is absent (`null` in a list); a `{…}`/`[…]` block is kept as raw text. */
import { quoteString } from '../../text/quote.js';
import type { StringSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** Everything about `string()`. */
export const stringKind = scalarKind<StringSchema>({
  kind: 'string',
  code: 'EXPECTED_STRING',
  expected: () => 'a string',
  read: (_, text) => text,
  write: (_, v) => (typeof v === 'string' ? quoteString(v) : undefined),
  fromJson: (_, v) => (typeof v === 'string' ? v : FAIL),
  emptyIsAbsent: true,
  mayBeAbsent: true,
  nullableItem: true,
  mayStartWithBom: () => true,
  decoderSource: (name) => `function ${name}(s, c) { return H.readString(s, c); }`,
  encoderSource: (name) => `function ${name}(v) { if (typeof v !== 'string') throw H.BAIL; return H.quoteString(v); }`,
  directReader: 'H.readString',
});
