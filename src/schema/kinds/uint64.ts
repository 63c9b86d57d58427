/** The `uint64` kind: a .NET `System.UInt64` as a `bigint` with its exact range; out of range is `INVALID_NUMBER`. */
import { UINT64_RANGE } from '../../text/dotnet-int-ranges.js';
import type { UInt64Schema } from '../types.js';
import { bigintIntegerDefinition } from './integer-range.js';
import { scalarKind } from './kind.js';

/** Everything about `uint64()`. */
export const uint64Kind = /* @__PURE__ */ scalarKind<UInt64Schema>(/* @__PURE__ */ bigintIntegerDefinition('uint64', UINT64_RANGE));
