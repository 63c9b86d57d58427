/** The `uint16` kind: a .NET `System.UInt16` as a `number` with its exact range; out of range is `INVALID_NUMBER`. */
import { UINT16_RANGE } from '../../text/dotnet-int-ranges.js';
import type { UInt16Schema } from '../types.js';
import { numberIntegerDefinition } from './integer-range.js';
import { scalarKind } from './kind.js';

/** Everything about `uint16()`. */
export const uint16Kind = /* @__PURE__ */ scalarKind<UInt16Schema>(/* @__PURE__ */ numberIntegerDefinition('uint16', UINT16_RANGE));
