/** The `guid` kind: a .NET `Guid` as its lowercase dashed text; N/D/B/P forms read, the 32-digit N form written. */
import { formatGuid, parseGuid } from '../../text/guid.js';
import type { GuidSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** Everything about `guid()`. */
export const guidKind = scalarKind<GuidSchema>({
  kind: 'guid',
  code: 'INVALID_GUID',
  expected: () => 'a GUID',
  read: (_, text) => parseGuid(text) ?? FAIL,
  write: (_, v) => (typeof v === 'string' ? formatGuid(v) : undefined),
  mayBeAbsent: true,
});
