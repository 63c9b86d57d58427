/** The `byte` kind: a .NET `System.Byte` as a `number` with its exact range; out of range is `INVALID_NUMBER`. */
import { BYTE_RANGE } from '../../text/dotnet-int-ranges.js';
import type { ByteSchema } from '../types.js';
import { numberIntegerDefinition } from './integer-range.js';
import { scalarKind } from './kind.js';

/** Everything about `byte()`. */
export const byteKind = /* @__PURE__ */ scalarKind<ByteSchema>(/* @__PURE__ */ numberIntegerDefinition('byte', BYTE_RANGE));
