/**
 * How the CLI reports bad input: `file:line:column: message [CODE]`, the code frame, and for a value that does not fit
 * the schema the path (`at $.sessions[3].callState`). Never a stack trace.
 */
import { JsvDecodeError, JsvEncodeError, JsvError, JsvSyntaxError, formatPath, positionOf, type PathSegment } from '../errors.js';

/** A failure the CLI has already put into words: `message` goes to stderr as it is, then the process exits with `exitCode`. */
export class CliError extends Error {
  override name = 'CliError';
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** Where an error happened in the input, when the error itself does not say (e.g. a JSON value mapped through a schema). */
export type Locate = (path: readonly PathSegment[]) => number | undefined;

/**
 * The report for a {@link JsvError} about the input `source` (named `name` in messages):
 *
 * ```text
 * sessions.jsv:1:734: expected one of Disconnected, Ringing, Connected, Hold, Passive, received "Bogus" [INVALID_ENUM]
 * 1 | …ialState:None,callState:Bogus,queueState:…
 *                               ^
 *   at $.sessions[3].callState
 * ```
 *
 * `locate` gives an offset for errors without a position (JSON input, encode errors).
 */
export function formatJsvError(error: JsvError, name: string, source: string, locate?: Locate): string {
  const path = error instanceof JsvDecodeError || error instanceof JsvEncodeError ? error.path : undefined;
  let offset: number | undefined;
  let frame = '';
  let line = 0;
  let column = 0;
  if (error instanceof JsvSyntaxError || (error instanceof JsvDecodeError && error.line > 0)) {
    ({ offset, line, column, frame } = error);
  } else if (path !== undefined && locate !== undefined) {
    offset = locate(path);
    if (offset !== undefined) ({ line, column, frame } = positionOf(source, offset));
  }
  const head = offset === undefined ? name : `${name}:${line}:${column}`;
  let out = `${head}: ${describe(error, path)} [${error.code}]\n`;
  if (frame !== '') out += `${indent(frame)}\n`;
  if (path !== undefined) out += `  at ${formatPath(path)}\n`;
  return out;
}

/** Each line of `text` indented by two spaces. */
function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

/** The message without the parts printed separately: the leading path and the trailing position and frame. */
function describe(error: JsvError, path: readonly PathSegment[] | undefined): string {
  let msg = error.message;
  const cut = msg.indexOf('\n\n');
  if (cut !== -1) msg = msg.slice(0, cut);
  msg = msg.replace(/ at line \d+, column \d+$/, '').replace('pass { lenient: true }', 'use --lenient');
  if (path !== undefined) {
    const prefix = `${formatPath(path)}: `;
    if (msg.startsWith(prefix)) msg = msg.slice(prefix.length);
  }
  return msg;
}

/** Whether `e` is the engine running out of stack (deeply nested input somewhere outside the library's bounded code). */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/**
 * Turns an error about the input into a {@link CliError} with its report (exit 1); anything else is returned as it is,
 * for the caller to rethrow (an internal error).
 */
export function inputError(e: unknown, input: { readonly name: string; readonly text: string }, locate?: Locate): unknown {
  if (e instanceof JsvError) return new CliError(formatJsvError(e, input.name, input.text, locate).trimEnd());
  if (isStackOverflow(e)) return new CliError(`${input.name}: the input is nested too deeply to process`);
  return e;
}

/** A message on one line: line breaks and the spaces around them become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
