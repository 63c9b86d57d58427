/** The `uint32` kind: a .NET `System.UInt32` as a `number` with its exact range; out of range is `INVALID_NUMBER`. */
import { UINT32_RANGE } from '../../text/dotnet-int-ranges.js';
import type { UInt32Schema } from '../types.js';
import { numberIntegerDefinition } from './integer-range.js';
import { scalarKind } from './kind.js';

/** Everything about `uint32()`. */
export const uint32Kind = /* @__PURE__ */ scalarKind<UInt32Schema>(/* @__PURE__ */ numberIntegerDefinition('uint32', UINT32_RANGE));
