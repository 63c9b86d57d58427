/**
 * How .NET's own types map to jsv-codec schemas: the scalar builders, the list and dictionary interfaces, and the
 * System types that have no schema of their own (kept as raw text, with a warning).
 */
import type { ScalarBuilder } from './model-types.js';

/** System scalars by CLR name (`System.` prefix removed). `DateTime` is decided by the `dateTime` option. */
export const SCALARS: ReadonlyMap<string, ScalarBuilder> = new Map<string, ScalarBuilder>([
  ['String', 'string'],
  ['Boolean', 'boolean'],
  ['Byte', 'byte'],
  ['SByte', 'sbyte'],
  ['Int16', 'int16'],
  ['UInt16', 'uint16'],
  ['Int32', 'int'],
  ['UInt32', 'uint32'],
  ['Int64', 'int64'],
  ['UInt64', 'uint64'],
  ['Single', 'float'],
  ['Double', 'number'],
  ['Decimal', 'decimal'],
  ['DateTimeOffset', 'dateTimeOffset'],
  ['TimeSpan', 'timeSpan'],
  ['Guid', 'guid'],
  ['Char', 'char'],
  // Written as plain text by ServiceStack.
  ['Uri', 'string'],
]);

/** Generic collections read and written as JSV lists `[a,b]`. */
export const LIST_TYPES: ReadonlySet<string> = new Set([
  'List', 'IList', 'ICollection', 'IEnumerable', 'IReadOnlyList', 'IReadOnlyCollection', 'HashSet', 'ISet',
  'IReadOnlySet', 'SortedSet', 'Queue', 'Stack', 'Collection', 'ReadOnlyCollection', 'ObservableCollection',
  'LinkedList', 'ConcurrentBag', 'BlockingCollection', 'ImmutableList', 'ImmutableArray', 'ImmutableHashSet',
]);

/** Generic dictionaries read and written as JSV maps `{k:v}`. */
export const DICTIONARY_TYPES: ReadonlySet<string> = new Set([
  'Dictionary', 'IDictionary', 'IReadOnlyDictionary', 'SortedDictionary', 'SortedList', 'ConcurrentDictionary',
  'ImmutableDictionary', 'OrderedDictionary',
]);

/**
 * Key types whose text is a plain JSV token, so the dictionary decodes to an object keyed by that text (what
 * `dict()` reads). Keys of other types (objects, lists) have no plain text form a JavaScript object can hold.
 */
export const PLAIN_KEY_TYPES: ReadonlySet<string> = new Set([
  'String', 'Char', 'Guid', 'Boolean', 'Byte', 'SByte', 'Int16', 'UInt16', 'Int32', 'UInt32', 'Int64', 'UInt64',
  'Single', 'Double', 'Decimal', 'DateTime', 'DateTimeOffset', 'TimeSpan', 'DateOnly', 'TimeOnly', 'Uri',
]);

/** System types with no schema kind: kept as raw text, with the reason given in the warning. */
export const UNMAPPED: ReadonlyMap<string, string> = new Map([
  ['Object', 'System.Object carries its type at run time (__type); no schema can describe it'],
  ['DateOnly', 'no schema kind for System.DateOnly yet; its text is kept as written'],
  ['TimeOnly', 'no schema kind for System.TimeOnly yet; its text is kept as written'],
  ['Type', 'System.Type is written as a type name; kept as text'],
  ['Stream', 'a stream is not JSV'],
  ['IntPtr', 'no schema kind for System.IntPtr'],
  ['UIntPtr', 'no schema kind for System.UIntPtr'],
  ['Tuple', 'no schema kind for tuples'],
  ['ValueTuple', 'no schema kind for tuples'],
  ['ArrayList', 'an untyped list: its items carry no type'],
  ['Hashtable', 'an untyped dictionary: its values carry no type'],
  ['IEnumerable', 'an untyped list: its items carry no type'],
  ['IDictionary', 'an untyped dictionary: its values carry no type'],
  ['NameValueCollection', 'no schema kind for NameValueCollection'],
  ['HttpWebResponse', 'a raw HTTP response is not JSV'],
]);

/** `System.String` → `String`; other names unchanged. */
export function withoutSystemPrefix(name: string): string {
  for (const prefix of ['System.Collections.Generic.', 'System.Collections.', 'System.']) {
    if (name.startsWith(prefix)) return name.slice(prefix.length);
  }
  return name;
}
