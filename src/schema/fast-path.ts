/**
 * The contract between generated code and the interpreter. Generated codecs are a fast path: they hand a call to the
 * interpreter only on signals defined here, and anything else they throw is a bug that surfaces as a
 * {@link GeneratedCodeError} carrying the original exception as its `cause` (see docs/contributing-codegen.md).
 */
import { JsvError } from '../errors.js';
import { DecodeFault } from './decode-fault.js';

/** The type of {@link BAIL}: thrown by generated code for input the interpreter handles but the fast path does not. */
export class FastPathBail {
  /** Why, for messages in strict mode. */
  readonly reason = 'the fast path does not handle this input';
}

/** The one bail signal generated code throws (`throw H.BAIL`); preallocated, so bailing costs no allocation. */
export const BAIL: FastPathBail = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ new FastPathBail());

/**
 * A bug in generated code (or in generating it): the fast path threw something that is not one of its defined
 * signals. In production it is thrown to the caller (never answered by the interpreter in silence); `cause` is the
 * original exception. `jitless: true` avoids generated code altogether.
 */
export class GeneratedCodeError extends Error {
  constructor(what: string, cause: unknown) {
    const detail =
      cause instanceof Error ? `${cause.name}: ${cause.message}`
      : cause instanceof FastPathBail ? cause.reason
      : cause instanceof DecodeFault ? `${cause.code}: expected ${cause.expected}`
      : String(cause);
    super(`jsv-codec: ${what} failed (${detail}). This is a bug in jsv-codec; please report it. Pass { jitless: true } to work around it.`, { cause });
  }

  override get name(): string {
    return 'GeneratedCodeError';
  }
}

/** Whether `e` is the engine running out of stack (the interpreter then redoes the call and reports `MAX_DEPTH`). */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack|too much recursion/i.test(e.message);
}

/**
 * Whether a generated decoder's exception is a defined signal, after which the interpreter redoes the whole call:
 * the bail signal; a {@link DecodeFault} or {@link JsvError} raised by the shared readers and the scanner (the input is
 * invalid: the interpreter raises the same error with its full path); or the stack running out.
 */
export function isDecodeSignal(e: unknown): boolean {
  return e === BAIL || e instanceof DecodeFault || e instanceof JsvError || isStackOverflow(e);
}

/** Whether a generated encoder's exception is a defined signal: the bail signal or the stack running out. */
export function isEncodeSignal(e: unknown): boolean {
  return e === BAIL || isStackOverflow(e);
}

/** Whether code generation was refused by the environment (a CSP, `--disallow-code-generation-from-strings`). */
export function isCodeGenerationRefused(e: unknown): boolean {
  return e instanceof EvalError;
}

/**
 * Internal diagnostics (not public API): how often generated code handed a call to the interpreter, and a strict mode
 * for tests in which any hand-over throws a {@link GeneratedCodeError} instead (valid text and well-typed values must
 * never need the interpreter).
 */
export const fastPathStats = {
  /** Hand-overs by decoders. */
  decode: 0,
  /** Hand-overs by encoders. */
  encode: 0,
  /** When true, a hand-over throws instead of running the interpreter. */
  strict: false,
};

/** Counts a hand-over to the interpreter; in strict mode throws instead. */
export function noteFallback(family: 'decode' | 'encode', what: string, signal: unknown): void {
  fastPathStats[family]++;
  if (fastPathStats.strict) throw new GeneratedCodeError(`${what} (strict mode: the call needed the interpreter)`, signal);
}
