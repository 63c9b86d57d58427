/** The `sbyte` kind: a .NET `System.SByte` as a `number` with its exact range; out of range is `INVALID_NUMBER`. */
import { SBYTE_RANGE } from '../../text/dotnet-int-ranges.js';
import type { SByteSchema } from '../types.js';
import { numberIntegerDefinition } from './integer-range.js';
import { scalarKind } from './kind.js';

/** Everything about `sbyte()`. */
export const sbyteKind = /* @__PURE__ */ scalarKind<SByteSchema>(/* @__PURE__ */ numberIntegerDefinition('sbyte', SBYTE_RANGE));
