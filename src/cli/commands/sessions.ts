/** `jsv sessions`: the EvoVoice active sessions as a table, through the typed client. */
import { JsvError } from '../../errors.js';
import { createEvoVoiceClient, type EvoVoiceClientOptions } from '../../evovoice/client.js';
import { EvoVoiceError, EvoVoiceRequestError } from '../../evovoice/evovoice-error.js';
import { formatSessionsTable } from '../../evovoice/sessions-table.js';
import { HELP_OPTION, UsageError, nonEmpty, positiveInt, valueOf } from '../args.js';
import type { Command } from '../command.js';
import { CliError, formatJsvError, oneLine } from '../report-error.js';
import { DEFAULT_MAX_BYTES } from '../read-limited.js';

const DEFAULT_TIMEOUT_MS = 30_000;

/** `jsv sessions`: fetches the EvoVoice active sessions and prints them as a table. */
export const sessionsCommand: Command = {
  name: 'sessions',
  summary: 'Show the EvoVoice active sessions as a table',
  usage: 'sessions --base-url <url> [--token <token>] [--timeout <ms>] [--max-bytes <n>] [--width <n>]',
  options: [
    { name: 'base-url', type: 'value', valueName: '<url>', description: 'Where the EvoVoice API lives, e.g. https://team.evovoice.io (or $EVOVOICE_BASE_URL)' },
    { name: 'token', type: 'value', valueName: '<token>', description: 'Bearer token (or $EVOVOICE_TOKEN, which other users cannot see in the process list)' },
    { name: 'timeout', type: 'value', valueName: '<ms>', description: `Give up after this many milliseconds (default ${DEFAULT_TIMEOUT_MS})` },
    { name: 'max-bytes', type: 'value', valueName: '<n>', description: `Refuse a response larger than this many bytes (default ${DEFAULT_MAX_BYTES}, 16 MiB)` },
    { name: 'width', type: 'value', valueName: '<n>', description: 'The widest a table line may be (default: the terminal width, or 120)' },
    HELP_OPTION,
  ],
  maxPositionals: 0,
  details: [
    'Calls GET <url>/sessions/active (Accept: text/jsv) and prints one line per session: direction, call state,',
    'from, to, queue, members and age. An error status, a timeout or a network failure is reported in one line',
    'and exits 1; a malformed response is reported like bad input, with the position in the response body.',
    'A response larger than --max-bytes is refused (at once when its Content-Length says so) and exits 1.',
    "Text from the server (messages, names) is printed with control characters shown as escapes (\\u001b).",
  ].join('\n'),
  async run(args, io) {
    const baseUrl = valueOf(args, 'base-url') ?? nonEmpty(io.env['EVOVOICE_BASE_URL']);
    if (baseUrl === undefined) throw new UsageError('--base-url is required (or set EVOVOICE_BASE_URL)', this.name);
    const token = valueOf(args, 'token') ?? nonEmpty(io.env['EVOVOICE_TOKEN']);
    const timeoutMs = positiveInt(valueOf(args, 'timeout'), '--timeout', this.name) ?? DEFAULT_TIMEOUT_MS;
    const maxResponseBytes = positiveInt(valueOf(args, 'max-bytes'), '--max-bytes', this.name) ?? DEFAULT_MAX_BYTES;
    const width = positiveInt(valueOf(args, 'width'), '--width', this.name) ?? io.columns ?? 120;

    const options: { -readonly [K in keyof EvoVoiceClientOptions]: EvoVoiceClientOptions[K] } = { baseUrl, timeoutMs, maxResponseBytes };
    if (token !== undefined) options.bearerToken = token;
    let client;
    try {
      client = createEvoVoiceClient(options);
    } catch (e) {
      if (e instanceof TypeError) throw new UsageError(`--base-url ${JSON.stringify(baseUrl)} is not a valid URL`, this.name);
      throw e;
    }
    let sessions;
    try {
      ({ sessions = [] } = await client.getActiveSessions());
    } catch (e) {
      throw describeFailure(e, baseUrl, token !== undefined);
    }
    io.out(`${formatSessionsTable(sessions, { width })}\n`);
    return 0;
  },
};

function describeFailure(e: unknown, baseUrl: string, hasToken: boolean): unknown {
  if (e instanceof EvoVoiceError) {
    const hint = e.status === 401 && !hasToken ? ' (no token given: use --token or EVOVOICE_TOKEN)' : '';
    return new CliError(`jsv sessions: ${oneLine(e.message)}${hint}`);
  }
  if (e instanceof EvoVoiceRequestError) {
    const hint = e.kind === 'too-large' ? ' (raise the limit with --max-bytes <n>)' : '';
    return new CliError(`jsv sessions: ${oneLine(e.message)}${hint}`);
  }
  if (e instanceof JsvError) {
    // The body arrived but is not a GetActiveSessionsResponse; there is no text to show a frame from, only the position.
    const where = `${baseUrl.replace(/\/+$/, '')}/sessions/active`;
    return new CliError(`jsv sessions: the response is not valid: ${formatJsvError(e, `${where} (response body)`, '').trimEnd()}`);
  }
  return e;
}

