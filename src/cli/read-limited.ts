/**
 * Reading a server's answer in the CLI: at most `limit` bytes (a larger `Content-Length` is refused before reading),
 * valid UTF-8 (or the declared charset) only, so a hostile or mistaken server can neither exhaust memory nor have
 * its text silently changed. Failures are one-line {@link CliError}s that say how to raise the limit.
 */
import { BodyEncodingError, BodyTooLargeError, readBodyText } from '../fetch/read-body.js';
import { CliError } from './report-error.js';

/** The most bytes a command reads from a server unless `--max-bytes` says otherwise: 16 MiB. */
export const DEFAULT_MAX_BYTES = 16_777_216;

/** The body of `response` as text, or a {@link CliError} (`command: what …`) when it is too large or not valid text. */
export async function readLimitedText(response: Response, limit: number, command: string, what: string): Promise<string> {
  try {
    return (await readBodyText(response, { limit })).text;
  } catch (e) {
    if (e instanceof BodyTooLargeError) {
      throw new CliError(`jsv ${command}: ${what} is too large: ${e.message} (raise the limit with --max-bytes <n>)`);
    }
    if (e instanceof BodyEncodingError) throw new CliError(`jsv ${command}: ${what}: ${e.message}`);
    throw new CliError(`jsv ${command}: ${what} was cut off: ${e instanceof Error ? e.message : String(e)}`);
  }
}
