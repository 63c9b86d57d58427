/** The `int16` kind: a .NET `System.Int16` as a `number` with its exact range; out of range is `INVALID_NUMBER`. */
import { INT16_RANGE } from '../../text/dotnet-int-ranges.js';
import type { Int16Schema } from '../types.js';
import { numberIntegerDefinition } from './integer-range.js';
import { scalarKind } from './kind.js';

/** Everything about `int16()`. */
export const int16Kind = /* @__PURE__ */ scalarKind<Int16Schema>(/* @__PURE__ */ numberIntegerDefinition('int16', INT16_RANGE));
