/**
 * `jsv call <Operation> --metadata <url|file> [--base-url URL] [--token T] [Member=value …]`: sends any operation of a
 * ServiceStack service, with schemas built from its `/types/metadata` document at run time, and prints the response
 * as JSON.
 */
import { readFile } from 'node:fs/promises';
import { createServiceClient, type ServiceClientOptions } from '../../client/service-client.js';
import type { AnyOperation } from '../../client/operation.js';
import { schemasFromMetadata, type RuntimeOperation } from '../../codegen/runtime.js';
import { JsvError } from '../../errors.js';
import { JsvRequestError } from '../../fetch/request-error.js';
import { ServiceStackError } from '../../fetch/service-stack-error.js';
import { decode } from '../../schema/decode.js';
import type { AnySchema, MemberInfo, ObjectSchema } from '../../schema/types.js';
import { HELP_OPTION, UsageError, flagOf, nonEmpty, positiveInt, valueOf } from '../args.js';
import type { Command } from '../command.js';
import { toJsonText } from '../json-write.js';
import { CliError, formatJsvError, oneLine } from '../report-error.js';
import { DEFAULT_MAX_BYTES, readLimitedText } from '../read-limited.js';

const DEFAULT_TIMEOUT_MS = 30_000;
const METADATA_PATH = /\/types\/metadata\/?$/i;

/** `jsv call`: one operation, by name, through the typed client. */
export const callCommand: Command = {
  name: 'call',
  summary: 'Send any operation of a ServiceStack service (schemas from its metadata), print the response as JSON',
  usage: 'call <Operation> --metadata <url|file> [--base-url <url>] [--token <token>] [Member=value …]',
  options: [
    { name: 'metadata', type: 'value', valueName: '<url|file>', description: "The service's /types/metadata document (a URL or a JSON file)" },
    { name: 'base-url', type: 'value', valueName: '<url>', description: 'Where the service lives (default: the metadata URL without /types/metadata, else its config.baseUrl)' },
    { name: 'token', type: 'value', valueName: '<token>', description: 'Bearer token (or $JSV_TOKEN, which other users cannot see in the process list); also sent for a metadata URL, unless --base-url names another origin' },
    { name: 'method', type: 'value', valueName: '<verb>', description: "The verb, instead of the operation's" },
    { name: 'timeout', type: 'value', valueName: '<ms>', description: `Give up after this many milliseconds (default ${DEFAULT_TIMEOUT_MS})` },
    { name: 'max-bytes', type: 'value', valueName: '<n>', description: `Refuse a metadata document or response larger than this many bytes (default ${DEFAULT_MAX_BYTES}, 16 MiB)` },
    { name: 'compact', type: 'flag', description: 'One line of JSON instead of indenting by two spaces' },
    HELP_OPTION,
  ],
  maxPositionals: Number.MAX_SAFE_INTEGER,
  details: [
    'Each Member=value sets one request member (its name in any case). The value is read as ServiceStack reads a',
    'query-string value: a string member takes the text as it is; anything else is JSV text (Ids=1,2,3 or',
    "Ids=[1,2,3], Filter={Name:x}, At=2024-05-01T10:11:12Z, Status=Paid). The route, verb, query string or JSV body",
    'are chosen as createServiceClient does. The response is printed as jsv to-json --schema prints values; a void',
    'operation prints nothing. An error status is reported in one line with its field errors, and exits 1.',
    'A metadata URL is fetched with Accept: application/json and the bearer token (unless --base-url is on another',
    'origin: the token is never sent to a host that is not the service); https://host/api/types/metadata gives the',
    'base URL https://host/api/.',
  ].join('\n'),
  async run(args, io) {
    const [name, ...assignments] = args.positionals;
    if (name === undefined) throw new UsageError('give the operation to call, e.g. jsv call Hello --metadata …', this.name);
    const source = valueOf(args, 'metadata');
    if (source === undefined) throw new UsageError('--metadata is required (a URL or a JSON file)', this.name);
    const timeoutMs = positiveInt(valueOf(args, 'timeout'), '--timeout', this.name) ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = positiveInt(valueOf(args, 'max-bytes'), '--max-bytes', this.name) ?? DEFAULT_MAX_BYTES;
    const token = valueOf(args, 'token') ?? nonEmpty(io.env['JSV_TOKEN']);
    const baseUrlOption = valueOf(args, 'base-url');

    // The metadata may need the same credentials as the service (a host can protect /types/metadata), but the token
    // goes to the metadata host only when it is the service's own: not when --base-url names another origin.
    const metadataToken = token !== undefined && (baseUrlOption === undefined || sameOrigin(source, baseUrlOption)) ? token : undefined;
    const document = await readMetadataDocument(source, timeoutMs, metadataToken, maxBytes);
    let operations: Readonly<Record<string, RuntimeOperation>>;
    try {
      ({ operations } = schemasFromMetadata(document));
    } catch (e) {
      if (e instanceof JsvError) throw new CliError(`jsv call: ${source}: ${oneLine(e.message)}`);
      throw e;
    }
    const operation = findOperation(operations, name, this.name);
    const request = buildRequest(operation.request as ObjectSchema<any>, assignments, this.name);

    const baseUrl = baseUrlOption ?? defaultBaseUrl(source, document);
    if (baseUrl === undefined) throw new UsageError('--base-url is required (the metadata does not say where the service is)', this.name);
    const options: { -readonly [K in keyof ServiceClientOptions]: ServiceClientOptions[K] } = { baseUrl, timeoutMs, maxResponseBytes: maxBytes };
    if (token !== undefined) options.bearerToken = token;
    let client;
    try {
      client = createServiceClient(options);
    } catch (e) {
      if (e instanceof TypeError) throw new UsageError(`--base-url ${JSON.stringify(baseUrl)} is not a valid URL`, this.name);
      throw e;
    }
    const method = valueOf(args, 'method');
    let result: unknown;
    try {
      result = await client.send(operation as AnyOperation, request as never, method === undefined ? undefined : { method });
    } catch (e) {
      throw describeFailure(e, token !== undefined);
    }
    if (result !== undefined) io.out(`${toJsonText(result, flagOf(args, 'compact'))}\n`);
    return 0;
  },
};

/** The metadata document: fetched (`Accept: application/json`) or read from a file, then parsed as JSON. */
async function readMetadataDocument(source: string, timeoutMs: number, token: string | undefined, maxBytes: number): Promise<unknown> {
  let text: string;
  if (/^https?:\/\//i.test(source)) {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetch(source, { headers, signal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      throw new CliError(`jsv call: cannot fetch the metadata from ${source}: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new CliError(`jsv call: cannot fetch the metadata from ${source}: ${response.status} ${response.statusText}`);
    }
    text = await readLimitedText(response, maxBytes, 'call', `the metadata from ${source}`);
  } else {
    try {
      text = await readFile(source, 'utf8');
    } catch (e) {
      throw new CliError(`jsv call: cannot read ${source}: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new CliError(`jsv call: ${source} is not JSON: ${oneLine(e instanceof Error ? e.message : String(e))}`);
  }
}

/** The operation called `name` (exactly, else in any case), or a usage error listing the near ones. */
function findOperation(operations: Readonly<Record<string, RuntimeOperation>>, name: string, command: string): RuntimeOperation {
  const all = Object.values(operations);
  const exact = all.find((o) => o.name === name) ?? all.find((o) => o.name.toLowerCase() === name.toLowerCase());
  if (exact !== undefined && exact.request.kind === 'object') return exact;
  const names = all.map((o) => o.name).sort();
  const near = names.filter((n) => n.toLowerCase().includes(name.toLowerCase()));
  const shown = (near.length > 0 ? near : names).slice(0, 20).join(', ');
  throw new UsageError(`the metadata has no operation ${JSON.stringify(name)}${shown === '' ? '' : ` (${near.length > 0 ? 'did you mean' : 'it has'}: ${shown})`}`, command);
}

/** The request: .NET defaults for every member, then each `Member=value` read by the member's schema. */
function buildRequest(schema: ObjectSchema<any>, assignments: readonly string[], command: string): Record<string, unknown> {
  const request = { ...(decode(schema, '{}') as Record<string, unknown>) };
  for (const a of assignments) {
    const eq = a.indexOf('=');
    if (eq <= 0) throw new UsageError(`expected Member=value, not ${JSON.stringify(a)}`, command);
    const key = a.slice(0, eq);
    const member = (schema.members as readonly MemberInfo[]).find((m) => m.name.toLowerCase() === key.toLowerCase());
    if (member === undefined) {
      const names = (schema.members as readonly MemberInfo[]).map((m) => m.name).join(', ');
      throw new UsageError(`${schema.name ?? 'the request'} has no member ${JSON.stringify(key)}${names === '' ? ' (it has none)' : ` (it has: ${names})`}`, command);
    }
    const text = a.slice(eq + 1);
    try {
      request[member.name] = readValue(member.schema, text);
    } catch (e) {
      if (e instanceof JsvError) throw new CliError(formatJsvError(e, `${key}=`, text).trimEnd(), 2);
      throw e;
    }
  }
  return request;
}

/** A value as ServiceStack reads a query-string value: a string as it is, a list with or without brackets, else JSV. */
function readValue(schema: AnySchema, text: string): unknown {
  let inner = schema;
  while (inner.kind === 'optional') inner = inner.inner;
  if (inner.kind === 'string') return text;
  if (inner.kind === 'array' && !text.startsWith('[')) return decode(inner, `[${text}]`);
  return decode(inner, text);
}

/** Whether `a` and `b` are URLs of the same origin (scheme, host and port); `false` when either is not a URL. */
function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** The metadata URL without `/types/metadata` (its path prefix kept, its query dropped), else the document's `config.baseUrl`. */
function defaultBaseUrl(source: string, document: unknown): string | undefined {
  if (/^https?:\/\//i.test(source)) {
    const url = new URL(source);
    if (METADATA_PATH.test(url.pathname)) {
      url.pathname = url.pathname.replace(METADATA_PATH, '/');
      url.search = '';
      return url.href;
    }
  }
  const config = (document as { config?: { baseUrl?: unknown } } | null)?.config;
  return typeof config?.baseUrl === 'string' && config.baseUrl !== '' ? config.baseUrl : undefined;
}

function describeFailure(e: unknown, hasToken: boolean): unknown {
  if (e instanceof ServiceStackError) {
    const hint = e.status === 401 && !hasToken ? ' (no token given: use --token or JSV_TOKEN)' : '';
    return new CliError(`jsv call: ${oneLine(e.message)}${hint}`);
  }
  if (e instanceof JsvRequestError) {
    const hint = e.kind === 'too-large' ? ' (raise the limit with --max-bytes <n>)' : '';
    return new CliError(`jsv call: ${oneLine(e.message)}${hint}`);
  }
  if (e instanceof JsvError) return new CliError(`jsv call: ${formatJsvError(e, 'the request or response', '').trimEnd()}`);
  return e;
}

