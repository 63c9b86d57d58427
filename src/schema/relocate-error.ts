/**
 * Moves an error raised while decoding a piece of a larger text (one streamed list item, or the text around the list)
 * to its place in the whole text: offset, line, column and the code frame are those of the whole text, and a decode
 * error's path is prefixed with where the piece sits (`['sessions', 41]`). The frame shows the piece's own text around
 * the position (the rest of the line is no longer in memory).
 */
import { JsvDecodeError, JsvSyntaxError, positionOf, type PathSegment, type TextPosition } from '../errors.js';

/** Where a piece of text starts in the whole text. */
export interface PieceStart {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/**
 * The position in the whole text of offset `at` of `piece`, where `piece[0]` is at `start`. The frame's line number is
 * the whole text's; a line that began before the piece is shown with a leading `…`.
 */
export function wholePosition(piece: string, at: number, start: PieceStart): TextPosition {
  const local = positionOf(piece, at);
  const line = start.line + local.line - 1;
  const column = local.line === 1 ? start.column + local.column - 1 : local.column;
  const [shown = '', caret = ''] = local.frame.split('\n');
  const oldPrefix = `${local.line} | `;
  const cut = local.line === 1 && start.column > 1 && !shown.startsWith(`${oldPrefix}…`) ? '…' : '';
  const newPrefix = `${line} | ${cut}`;
  const frame = `${newPrefix}${shown.slice(oldPrefix.length)}\n${' '.repeat(Math.max(0, caret.length - 1 - oldPrefix.length + newPrefix.length))}^`;
  return { offset: start.offset + local.offset, line, column, frame };
}

function place<E extends JsvSyntaxError | JsvDecodeError>(e: E, base: string, pos: TextPosition): E {
  Object.defineProperties(e, {
    message: { value: `${base} at line ${pos.line}, column ${pos.column}\n\n${pos.frame}`, writable: true, configurable: true },
    offset: { value: pos.offset, enumerable: true, configurable: true },
    line: { value: pos.line, enumerable: true, configurable: true },
    column: { value: pos.column, enumerable: true, configurable: true },
    frame: { value: pos.frame, enumerable: true, configurable: true },
  });
  return e;
}

/**
 * Rebuilds `e` (raised on `piece`) at the position `pos(e.offset)` of the whole text, with `path(e.path)` as a decode
 * error's path. Errors without a position are returned unchanged.
 */
export function relocateError(
  e: unknown,
  pos: (offset: number) => TextPosition,
  path: (inner: readonly PathSegment[]) => readonly PathSegment[] = (p) => p,
): unknown {
  if (e instanceof JsvSyntaxError) {
    const suffix = ` at line ${e.line}, column ${e.column}\n\n${e.frame}`;
    const base = e.message.endsWith(suffix) ? e.message.slice(0, -suffix.length) : e.message;
    const moved = new JsvSyntaxError(e.code, 'x', '', 0, e.cause === undefined ? undefined : { cause: e.cause });
    return place(moved, base, pos(e.offset));
  }
  if (e instanceof JsvDecodeError && e.offset >= 0) {
    const moved = new JsvDecodeError(e.code, { path: path(e.path), expected: e.expected, received: e.received });
    return place(moved, moved.message, pos(e.offset));
  }
  if (e instanceof JsvDecodeError) return new JsvDecodeError(e.code, { path: path(e.path), expected: e.expected, received: e.received });
  return e;
}
