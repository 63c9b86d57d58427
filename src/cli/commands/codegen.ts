/** `jsv codegen`: a service's `/types/metadata` document to a module of jsv-codec schemas, types and operations. */
import { readFile, writeFile } from 'node:fs/promises';
import { generateModule, type GenerateModuleOptions } from '../../codegen/generate-module.js';
import { JsvError } from '../../errors.js';
import { HELP_OPTION, UsageError, flagOf, nonEmpty, valueOf } from '../args.js';
import type { Command } from '../command.js';
import { CliError } from '../report-error.js';
import { DEFAULT_MAX_BYTES, readLimitedText } from '../read-limited.js';

const DEFAULT_TIMEOUT_MS = 30_000;

/** `{baseUrl}/types/metadata`, unless the URL already names the document. */
export function metadataUrl(url: string): string {
  const u = new URL(url);
  if (!/\/types\/metadata\/?$/i.test(u.pathname)) u.pathname = `${u.pathname.replace(/\/+$/, '')}/types/metadata`;
  return u.toString();
}

async function fetchMetadata(url: string, token: string | undefined, timeoutMs: number, maxBytes: number): Promise<string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token !== undefined) headers['Authorization'] = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (e) {
    const why = e instanceof Error && e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : describeCause(e);
    throw new CliError(`jsv codegen: cannot fetch ${url}: ${why}`);
  }
  const body = await readLimitedText(response, maxBytes, 'codegen', url);
  if (response.status === 401 || response.status === 403) {
    const hint = token === undefined ? ' (no token given: use --token or JSV_TOKEN)' : ' (the token was refused)';
    throw new CliError(`jsv codegen: ${url}: ${response.status} ${response.statusText || 'Unauthorized'}${hint}`);
  }
  if (!response.ok) throw new CliError(`jsv codegen: ${url}: ${response.status} ${response.statusText}`.trimEnd());
  return body;
}

function describeCause(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (cause !== undefined && typeof cause.code === 'string') return cause.code;
  return e instanceof Error ? e.message : String(e);
}

/** The document's JSON value; HTML and other non-JSON text are a clear error. */
function parseDocument(text: string, where: string): unknown {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body.startsWith('<')) {
    throw new CliError(`jsv codegen: ${where} is HTML, not a /types/metadata document (give the service's base URL, or a saved metadata JSON file)`);
  }
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new CliError(`jsv codegen: ${where} is not JSON, so not a /types/metadata document (${e instanceof Error ? e.message : String(e)})`);
  }
}

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  return names.length === 0 ? undefined : names;
}

/** `dtos.js` → `dtos.d.ts`, `dtos.mjs` → `dtos.d.mts`. */
export function declarationsPath(out: string): string {
  if (out.endsWith('.mjs')) return `${out.slice(0, -4)}.d.mts`;
  return `${out.replace(/\.js$/, '')}.d.ts`;
}

/** The command line that regenerates the output (the token itself is never written). */
function regenerateLine(argv: ReadonlyMap<string, string | true>, source: string): string {
  const parts = ['npx', 'jsv', 'codegen', source];
  for (const [name, value] of argv) {
    if (name === 'help') continue;
    if (name === 'token') parts.push('--token', '<token>');
    else if (value === true) parts.push(`--${name}`);
    else parts.push(`--${name}`, /^[\w./:@,-]+$/.test(value) ? value : JSON.stringify(value));
  }
  return parts.join(' ');
}

/** `jsv codegen`: writes the schemas module for a service (by URL) or a saved metadata document (by file). */
export const codegenCommand: Command = {
  name: 'codegen',
  summary: 'Generate schemas, types and operations from a ServiceStack /types/metadata document',
  usage: 'codegen <url|file> [-o dtos.ts] [--token <token>] [--include A,B] [--exclude C] [--js] [--loose-required]',
  options: [
    { name: 'out', short: 'o', type: 'value', valueName: '<file>', description: 'Write the module here (default: standard output)' },
    { name: 'token', type: 'value', valueName: '<token>', description: 'Bearer token for the metadata request (or $JSV_TOKEN, which the process list does not show)' },
    { name: 'include', type: 'value', valueName: '<A,B>', description: 'Only these operations (request names) and types, with everything they use' },
    { name: 'exclude', type: 'value', valueName: '<C>', description: 'Leave out these operations and types' },
    { name: 'js', type: 'flag', description: 'Write JavaScript (ESM) and a .d.ts beside it instead of TypeScript (needs -o)' },
    { name: 'loose-required', type: 'flag', description: 'Members marked isRequired are optional instead of required()' },
    { name: 'keep-names', type: 'flag', description: 'Member names as the service declares them instead of camelCase' },
    { name: 'date', type: 'flag', description: 'System.DateTime as date() (a JS Date, milliseconds) instead of dateTime() (every tick)' },
    { name: 'import-from', type: 'value', valueName: '<module>', description: "Import the builders from this module (default 'jsv-codec')" },
    { name: 'timeout', type: 'value', valueName: '<ms>', description: `Give up fetching after this many milliseconds (default ${DEFAULT_TIMEOUT_MS})` },
    { name: 'max-bytes', type: 'value', valueName: '<n>', description: `Refuse a metadata document larger than this many bytes (default ${DEFAULT_MAX_BYTES}, 16 MiB)` },
    HELP_OPTION,
  ],
  maxPositionals: 1,
  details: [
    'Reads {url}/types/metadata (Accept: application/json, with the bearer token if given) or a saved copy of it,',
    'and writes one module: a schema and a type per DTO, generic DTOs as functions (QueryResponse(Order)), and',
    '`operations`, the record a client sends requests with. Types it cannot map are kept as raw text, with a',
    'comment in the module and a warning here; they never stop the module from compiling.',
    '',
    'Example:',
    '  jsv codegen https://api.example.com -o src/dtos.ts --token "$TOKEN"',
    "  then: import { decode } from 'jsv-codec'; import { Order } from './dtos.js'; decode(Order, text)",
    '  and for the other commands: jsv codegen https://api.example.com --js -o dtos.js',
    '                              jsv to-json order.jsv --schema ./dtos.js#Order',
  ].join('\n'),
  async run(args, io) {
    const input = args.positionals[0];
    if (input === undefined) throw new UsageError('give the service URL or a metadata file', this.name);
    const out = valueOf(args, 'out');
    const js = flagOf(args, 'js');
    if (js && out === undefined) throw new UsageError('--js writes two files (the module and its .d.ts): give -o <file.js>', this.name);
    const token = valueOf(args, 'token') ?? nonEmpty(io.env['JSV_TOKEN']);
    const timeoutText = valueOf(args, 'timeout');
    if (timeoutText !== undefined && !/^[1-9]\d*$/.test(timeoutText)) {
      throw new UsageError(`--timeout must be a positive whole number, not ${JSON.stringify(timeoutText)}`, this.name);
    }
    const maxBytesText = valueOf(args, 'max-bytes');
    if (maxBytesText !== undefined && !/^[1-9]\d*$/.test(maxBytesText)) {
      throw new UsageError(`--max-bytes must be a positive whole number, not ${JSON.stringify(maxBytesText)}`, this.name);
    }
    const maxBytes = maxBytesText === undefined ? DEFAULT_MAX_BYTES : Number(maxBytesText);
    const isUrl = /^https?:\/\//i.test(input);
    let source: string;
    let text: string;
    if (isUrl) {
      try {
        source = metadataUrl(input);
      } catch {
        throw new UsageError(`${JSON.stringify(input)} is not a valid URL`, this.name);
      }
      text = await fetchMetadata(source, token, timeoutText === undefined ? DEFAULT_TIMEOUT_MS : Number(timeoutText), maxBytes);
    } else {
      source = input;
      try {
        text = await readFile(input, 'utf8');
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        throw new CliError(`jsv: cannot read ${input}: ${code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e)}`);
      }
    }
    const json = parseDocument(text, source);
    const options: { -readonly [K in keyof GenerateModuleOptions]: GenerateModuleOptions[K] } = {
      source,
      regenerate: regenerateLine(args.options, isUrl ? input : source),
      lang: js ? 'js' : 'ts',
      looseRequired: flagOf(args, 'loose-required'),
      keepNames: flagOf(args, 'keep-names'),
      dateTime: flagOf(args, 'date') ? 'date' : 'dateTime',
    };
    const include = list(valueOf(args, 'include'));
    const exclude = list(valueOf(args, 'exclude'));
    const importFrom = valueOf(args, 'import-from');
    if (include !== undefined) options.include = include;
    if (exclude !== undefined) options.exclude = exclude;
    if (importFrom !== undefined) options.importFrom = importFrom;
    let generated;
    try {
      generated = generateModule(json, options);
    } catch (e) {
      if (e instanceof JsvError && e.code === 'INVALID_METADATA') throw new CliError(`jsv codegen: ${source}: ${e.message}`);
      throw e;
    }
    for (const w of generated.warnings) io.err(`jsv codegen: warning: ${w.where}: ${w.message}\n`);
    if (out === undefined) {
      io.out(generated.code);
      return 0;
    }
    try {
      await writeFile(out, generated.code);
      if (generated.declarations !== undefined) await writeFile(declarationsPath(out), generated.declarations);
    } catch (e) {
      throw new CliError(`jsv codegen: cannot write ${out}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return 0;
  },
};
