/** The `bytes` kind: a .NET `byte[]` as a `Uint8Array`, base64 on the wire; an empty value is absent, `""` is empty. */
import { decodeBase64, encodeBase64 } from '../../text/base64.js';
import type { BytesSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** Everything about `bytes()`. */
export const bytesKind = scalarKind<BytesSchema>({
  kind: 'bytes',
  code: 'INVALID_BYTES',
  expected: () => 'base64 bytes',
  read: (_, text) => (text === '' ? new Uint8Array(0) : (decodeBase64(text) ?? FAIL)),
  write(_, v) {
    if (!(v instanceof Uint8Array)) return undefined;
    return v.length === 0 ? '""' : encodeBase64(v);
  },
  emptyIsAbsent: true,
  mayBeAbsent: true,
  nullableItem: true,
});
