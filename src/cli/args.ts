/**
 * The command-line parser: GNU-style long options (`--name value`, `--name=value`), a few short aliases (`-h`),
 * `-` as a positional (standard input) and `--` ending the options. Anything it does not know is a {@link UsageError}
 * (exit code 2), never a silent guess.
 */

/** A mistake in how the command was called: the message, then a hint to `--help`; exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The command the mistake is about (`undefined` at the top level), for the `--help` hint. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/** One option a command accepts. */
export interface OptionSpec {
  /** The long name, without `--`. */
  readonly name: string;
  /** `flag`: present or not; `value`: takes one argument. */
  readonly type: 'flag' | 'value';
  /** A one-letter alias, without `-`. */
  readonly short?: string;
  /** The placeholder shown in help (`<ms>`). */
  readonly valueName?: string;
  /** One line for the help text. */
  readonly description: string;
}

/** What {@link parseArgs} found. */
export interface ParsedArgs {
  /** Flags given, and the value of each value option given, by long name. */
  readonly options: ReadonlyMap<string, string | true>;
  readonly positionals: readonly string[];
}

/** The `--help` option every command has. */
export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', type: 'flag', description: 'Show this help' };

/**
 * Parses `argv` against `specs`. Throws {@link UsageError} for an unknown option, a missing or unexpected value, an
 * option given twice, or more than `maxPositionals` positionals.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], maxPositionals: number, command?: string): ParsedArgs {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short !== undefined).map((s) => [s.short as string, s]));

  const set = (spec: OptionSpec, value: string | true): void => {
    if (options.has(spec.name)) throw new UsageError(`option --${spec.name} given more than once`, command);
    options.set(spec.name, value);
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      for (let j = i + 1; j < argv.length; j++) positionals.push(argv[j] as string);
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      const spec = byName.get(name);
      if (spec === undefined) throw new UsageError(`unknown option --${name}${suggest(name, specs)}`, command);
      if (spec.type === 'flag') {
        if (eq !== -1) throw new UsageError(`option --${name} takes no value`, command);
        set(spec, true);
      } else if (eq !== -1) {
        set(spec, arg.slice(eq + 1));
      } else {
        const value = argv[i + 1];
        if (value === undefined) throw new UsageError(`option --${name} needs a value${spec.valueName ? ` (${spec.valueName})` : ''}`, command);
        set(spec, value);
        i++;
      }
      continue;
    }
    if (arg.length > 1 && arg.startsWith('-')) {
      const spec = byShort.get(arg.slice(1));
      if (spec === undefined) throw new UsageError(`unknown option ${arg}`, command);
      if (spec.type === 'flag') {
        set(spec, true);
      } else {
        const value = argv[i + 1];
        if (value === undefined) throw new UsageError(`option ${arg} needs a value`, command);
        set(spec, value);
        i++;
      }
      continue;
    }
    positionals.push(arg);
  }
  if (positionals.length > maxPositionals) {
    const extra = positionals[maxPositionals] as string;
    throw new UsageError(
      maxPositionals === 0 ? `unexpected argument '${extra}'` : `unexpected argument '${extra}' (only one input is read)`,
      command,
    );
  }
  return { options, positionals };
}

/** ` (did you mean --schema?)` when one known option starts like `name` or the other way round. */
function suggest(name: string, specs: readonly OptionSpec[]): string {
  const hit = specs.find((s) => name.length >= 2 && (s.name.startsWith(name) || name.startsWith(s.name)));
  return hit === undefined ? '' : ` (did you mean --${hit.name}?)`;
}

/** The value of a value option, or `undefined`. */
export function valueOf(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === 'string' ? v : undefined;
}

/** Whether a flag was given. */
export function flagOf(args: ParsedArgs, name: string): boolean {
  return args.options.get(name) === true;
}

/** The option lines of a help text, aligned. */
export function describeOptions(specs: readonly OptionSpec[]): string {
  const heads = specs.map((s) => {
    const long = `--${s.name}${s.type === 'value' ? ` ${s.valueName ?? '<value>'}` : ''}`;
    return s.short === undefined ? `    ${long}` : `-${s.short}, ${long}`;
  });
  const width = heads.reduce((w, h) => Math.max(w, h.length), 0);
  return specs.map((s, i) => `  ${(heads[i] as string).padEnd(width)}  ${s.description}`).join('\n');
}

/** An environment variable's value, or `undefined` when it is unset or empty. */
export function nonEmpty(v: string | undefined): string | undefined {
  return v === undefined || v === '' ? undefined : v;
}

/** A whole number > 0 (a safe integer) given to `option`, or `undefined` when it was not given; else a {@link UsageError}. */
export function positiveInt(value: string | undefined, option: string, command: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) <= 0 || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${option} must be a positive whole number, not ${JSON.stringify(value)}`, command);
  }
  return Number(value);
}
