/** What every `jsv` subcommand is: its name, its help, its options and what it does. */
import type { OptionSpec, ParsedArgs } from './args.js';
import type { CliIo } from './io.js';

/** One `jsv` sub-command: its name, usage, options, help text and what it runs. */
export interface Command {
  readonly name: string;
  /** One line for `jsv --help`. */
  readonly summary: string;
  /** The synopsis after `jsv `, e.g. `to-json [file|-] [options]`. */
  readonly usage: string;
  /** Paragraphs after the options in `jsv <command> --help`. */
  readonly details: string;
  readonly options: readonly OptionSpec[];
  /** How many positionals it takes (0 or 1). */
  readonly maxPositionals: number;
  /** Runs it; resolves with the exit code. Throws `UsageError`, `CliError` or a `JsvError` about the input. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
