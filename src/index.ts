/**
 * jsv-codec: a typed, byte-exact codec for ServiceStack's JSV text format. This module only re-exports.
 */
export {
  JsvError, JsvSyntaxError, JsvDecodeError, JsvEncodeError, formatPath,
  type JsvErrorCode, type PathSegment, type SafeResult, type TextPosition,
} from './errors.js';
export { parse, safeParse, type JsvNode, type ParseOptions, type SafeParseResult } from './text/parse.js';
export { stringify, safeStringify, type StringifyOptions } from './text/stringify.js';
export { format, safeFormat, type FormatOptions } from './text/format.js';
export { quoteString, needsQuoting } from './text/quote.js';
export { TimeSpan } from './text/time-span-value.js';
export {
  string, number, int, bigint, boolean, date, timeSpan, guid, bytes, enumOf, flags, array, dict, object, optional,
} from './schema/builders.js';
export { decode, safeDecode, type DecodeCallOptions, type SafeDecodeResult } from './schema/decode.js';
export { encode, safeEncode, type EncodeCallOptions } from './schema/encode.js';
export { compile, type Codec } from './schema/compile.js';
export { fromJsonValue, safeFromJsonValue } from './schema/from-json.js';
export type { StandardSchemaV1 } from './schema/standard-schema.js';
export * from './fetch/index.js';
export type {
  AnySchema, ArraySchema, BigIntSchema, BooleanSchema, BytesSchema, DateSchema, DecodeOptions, DictSchema, EncodeOptions,
  EnumSchema, FlagsSchema, GuidSchema, Infer, InferItem, InferShape, IntSchema, MemberInfo, NumberSchema, ObjectOptions,
  ObjectSchema, OptionalSchema, SchemaKind, Shape, StringSchema, TimeSpanSchema,
} from './schema/types.js';
export type { EnumOptions } from './schema/types.js';
export { Decimal } from './text/decimal-value.js';
export { DateTimeOffset } from './text/date-time-offset-value.js';
export { DateTime, type DateTimeKind } from './text/date-time-value.js';
export * from './client/index.js';
export {
  decimal, dateTimeOffset, dateTime, char, byte, sbyte, int16, uint16, uint32, int64, uint64, float,
} from './schema/builders.js';
export type {
  ByteSchema, CharSchema, DateTimeOffsetSchema, DateTimeSchema, DecimalSchema, FloatSchema, Int16Schema, Int64Schema,
  SByteSchema, UInt16Schema, UInt32Schema, UInt64Schema,
} from './schema/types.js';
export {
  decodeStream, type DecodeStreamOptions, type ListItemOf, type ListStream, type TextSource,
} from './schema/decode-stream.js';
export { required } from './schema/builders.js';
export type { InferInput, InputShape, RequiredSchema } from './schema/types.js';
export { lazy } from './schema/builders.js';
export type { LazySchema, Schema } from './schema/types.js';
