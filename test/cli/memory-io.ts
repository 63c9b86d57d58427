/** An in-memory `CliIo` for running `run()` in process: what the CLI printed is collected in `stdout` and `stderr`. */
import type { CliIo } from '../../src/cli/io.js';

/** What the CLI sees of its process. */
export interface MemoryIoOptions {
  /** Environment variables (default none). */
  readonly env?: Record<string, string>;
  /** Standard input: bytes, or a function that reads them (default: empty). */
  readonly stdin?: Uint8Array | (() => Promise<Uint8Array>);
  /** Whether standard input is a terminal (default false). */
  readonly stdinIsTerminal?: boolean;
}

/** A `CliIo` whose output is kept in memory. */
export function memoryIo(options: MemoryIoOptions = {}): CliIo & { stdout: string; stderr: string } {
  const stdin = options.stdin ?? new Uint8Array();
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
    readStdin: typeof stdin === 'function' ? stdin : () => Promise.resolve(stdin),
    stdinIsTerminal: options.stdinIsTerminal ?? false,
    columns: undefined,
    env: options.env ?? {},
  };
  return io;
}
