/** The `date` kind: a .NET `DateTime` as a `Date` (UTC); text without an offset is taken as UTC. */
import { formatDate, parseDate } from '../../text/dotnet-date.js';
import type { DateSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** Everything about `date()`. */
export const dateKind = scalarKind<DateSchema>({
  kind: 'date',
  code: 'INVALID_DATE',
  expected: () => 'a date',
  read(_, text) {
    const ms = parseDate(text);
    return ms === undefined ? FAIL : new Date(ms);
  },
  write: (_, v) => (v instanceof Date ? formatDate(v.getTime()) : undefined),
  mayBeAbsent: true,
});
