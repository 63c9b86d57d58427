/** The `timeSpan` kind: a .NET `TimeSpan` as a {@link TimeSpan} (exact 100 ns ticks); XSD durations both ways. */
import { TimeSpan } from '../../text/time-span-value.js';
import type { TimeSpanSchema } from '../types.js';
import { FAIL, scalarKind } from './kind.js';

/** Everything about `timeSpan()`. */
export const timeSpanKind = scalarKind<TimeSpanSchema>({
  kind: 'timeSpan',
  code: 'INVALID_TIMESPAN',
  expected: () => 'a time span (e.g. PT1H30M)',
  read: (_, text) => TimeSpan.parse(text) ?? FAIL,
  write(_, v) {
    if (v instanceof TimeSpan) return v.toString();
    if (typeof v === 'string') return TimeSpan.parse(v)?.toString();
    return undefined;
  },
  mayBeAbsent: true,
});
