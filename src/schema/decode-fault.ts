/**
 * The internal failure a decoder throws when a value does not fit its schema. Containers add their path segment as
 * it unwinds (no path bookkeeping on the happy path); the public functions turn it into a {@link JsvDecodeError}.
 */
import { JsvDecodeError, type JsvErrorCode, type PathSegment } from '../errors.js';

/** A decode failure on its way up; `path` is collected innermost first. */
export class DecodeFault {
  /** Segments, innermost first. */
  readonly path: PathSegment[] = [];
  constructor(
    readonly code: JsvErrorCode,
    readonly expected: string,
    readonly received: string,
    readonly offset: number,
  ) {}

  /** The public error, with line, column and code frame computed from `text`. */
  toError(text: string | undefined): JsvDecodeError {
    return new JsvDecodeError(this.code, {
      path: this.path.slice().reverse(),
      expected: this.expected,
      received: this.received,
      text,
      offset: this.offset,
    });
  }
}

/** Adds `segment` to a fault passing through a container, and rethrows anything. */
export function addPath(e: unknown, segment: PathSegment): never {
  if (e instanceof DecodeFault) e.path.push(segment);
  throw e;
}
