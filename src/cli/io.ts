/**
 * Where the CLI reads and writes: a file or standard input in, standard output and error out. Commands get a
 * {@link CliIo} rather than touching `process`, so they stay small and the I/O rules live here.
 */
import { readFile } from 'node:fs/promises';
import { CliError } from './report-error.js';

/** What a command may use of the outside world. */
export interface CliIo {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** All of standard input, as bytes. */
  readStdin(): Promise<Uint8Array>;
  /** Whether standard input is a terminal (nothing piped in). */
  readonly stdinIsTerminal: boolean;
  /** The terminal width of standard output, if it is a terminal. */
  readonly columns: number | undefined;
  /** The environment. */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The input of a command: its name for messages (`<stdin>` or the path as given) and its text. */
export interface Input {
  readonly name: string;
  readonly text: string;
}

/** The name used for standard input in messages. */
export const STDIN_NAME = '<stdin>';

/** The real process's I/O. */
export function nodeIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer));
      return Buffer.concat(chunks);
    },
    stdinIsTerminal: process.stdin.isTTY === true,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    env: process.env,
  };
}

/**
 * Reads the input named by the command's positional: a path, or `-`/nothing for standard input. The bytes must be
 * UTF-8 (a byte-order mark is dropped); one final line break (`\n` or `\r\n`) is dropped too, because files end with
 * one and JSV from ServiceStack never does, so `jsv from-json a.json > b.jsv && jsv check b.jsv` works.
 * Problems reading are a {@link CliError} (exit 1); a terminal on standard input is one too, rather than a silent wait.
 */
export async function readInput(io: CliIo, path: string | undefined): Promise<Input> {
  let bytes: Uint8Array;
  let name: string;
  if (path === undefined || path === '-') {
    name = STDIN_NAME;
    if (io.stdinIsTerminal) throw new CliError('jsv: no input: give a file name, or pipe text into standard input', 2);
    bytes = await io.readStdin();
  } else {
    name = path;
    try {
      bytes = await readFile(path);
    } catch (e) {
      throw new CliError(`jsv: cannot read ${path}: ${describeFsError(e)}`);
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${name}: not UTF-8 text (at byte ${firstInvalidUtf8(bytes)})`);
  }
  return { name, text: dropFinalNewline(text) };
}

/** `text` without one trailing `\n` or `\r\n`. */
export function dropFinalNewline(text: string): string {
  if (text.endsWith('\r\n')) return text.slice(0, -2);
  if (text.endsWith('\n')) return text.slice(0, -1);
  return text;
}

function describeFsError(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/** The offset of the first byte that is not part of well-formed UTF-8 (`bytes.length` for a sequence cut short). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}
