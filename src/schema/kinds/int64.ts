/** The `int64` kind: a .NET `System.Int64` as a `bigint` with its exact range; out of range is `INVALID_NUMBER`. */
import { INT64_RANGE } from '../../text/dotnet-int-ranges.js';
import type { Int64Schema } from '../types.js';
import { bigintIntegerDefinition } from './integer-range.js';
import { scalarKind } from './kind.js';

/** Everything about `int64()`. */
export const int64Kind = /* @__PURE__ */ scalarKind<Int64Schema>(/* @__PURE__ */ bigintIntegerDefinition('int64', INT64_RANGE));
