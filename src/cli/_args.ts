/**
 * The command-line handling every verb shares: options, `--help`, and usage errors (exit status
 * 2) printed with the verb's help. The parser is our own rather than `node:util`'s parseArgs,
 * which would load Node's util module into the daemon (~0.5 MiB RSS in the compiled binary).
 *
 * @module
 */

/** Exit status for a command line that is not understood. */
export const USAGE_ERROR = 2;

/** One option: `--name VALUE` / `--name=VALUE` (string) or `--name` (boolean). */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** A one-letter alias: `-o VALUE`, `-oVALUE`, `-v`. */
  readonly short?: string;
  /** A string option that may be given several times; its values are collected in order. */
  readonly multiple?: boolean;
}

/** A verb's options by long name. */
export type OptionsSpec = Readonly<Record<string, OptionSpec>>;

/** A verb's command line: its name for messages, its help text and its options. */
export interface VerbSpec<O extends OptionsSpec> {
  /** As typed after `bpfdrop`, e.g. "ctl". */
  readonly verb: string;
  readonly help: string;
  readonly options: O;
}

/** The value an option gets when it is given. */
type OptionValue<S extends OptionSpec> = S["type"] extends "boolean" ? boolean
  : S["multiple"] extends true ? string[]
  : string;

/** What a command line says: the options given, and the other arguments in order. */
export interface ParsedArgs<O extends OptionsSpec> {
  values: { [K in keyof O]?: OptionValue<O[K]> };
  positionals: string[];
}

const HELP_OPTION: OptionsSpec = { help: { type: "boolean", short: "h" } };

/**
 * Parses `args` for `spec`. Returns the flags and positionals, or the exit status when the
 * command line already got its answer: 0 after printing the help, 2 after a usage error.
 */
export function parseVerbArgs<O extends OptionsSpec>(
  spec: VerbSpec<O>,
  args: string[],
): ParsedArgs<O> | number {
  let parsed: ParsedArgs<O>;
  try {
    parsed = parseArgs({ ...spec.options, ...HELP_OPTION }, args) as unknown as ParsedArgs<O>;
  } catch (e) {
    return usageError(spec, (e as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(spec.help);
    return 0;
  }
  return parsed;
}

/** A command line `options` does not accept. */
class UsageError extends Error {}

/** Splits `args` into options and positionals; `--` ends the options. */
function parseArgs(
  options: OptionsSpec,
  args: readonly string[],
): { values: Record<string, string | boolean | string[]>; positionals: string[] } {
  const values: Record<string, string | boolean | string[]> = {};
  const positionals: string[] = [];
  const set = (name: string, value: string | boolean) => {
    const previous = values[name];
    if (options[name]!.multiple) {
      values[name] = [...(Array.isArray(previous) ? previous : []), value as string];
    } else values[name] = value;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const option = options[name];
      if (option === undefined) throw new UsageError(`unknown option "--${name}"`);
      if (option.type === "boolean") {
        if (eq >= 0) throw new UsageError(`option "--${name}" takes no value`);
        set(name, true);
      } else if (eq >= 0) set(name, arg.slice(eq + 1));
      else set(name, valueAfter(args, ++i, `--${name}`));
    } else if (arg.startsWith("-") && arg.length > 1) {
      // A group of one-letter options (-vh); a string option takes the rest or the next argument.
      for (let at = 1; at < arg.length; at++) {
        const name = longName(options, arg[at]!);
        if (options[name]!.type === "boolean") {
          set(name, true);
          continue;
        }
        set(name, at + 1 < arg.length ? arg.slice(at + 1) : valueAfter(args, ++i, `-${arg[at]}`));
        break;
      }
    } else positionals.push(arg);
  }
  return { values, positionals };
}

function longName(options: OptionsSpec, short: string): string {
  for (const [name, option] of Object.entries(options)) if (option.short === short) return name;
  throw new UsageError(`unknown option "-${short}"`);
}

function valueAfter(args: readonly string[], at: number, option: string): string {
  const value = args[at];
  if (value === undefined) throw new UsageError(`option "${option}" needs a value`);
  return value;
}

/** Prints `why` and the verb's help on stderr; returns the usage-error exit status. */
export function usageError(spec: VerbSpec<OptionsSpec>, why: string): number {
  console.error(`bpfdrop ${spec.verb}: ${why}\n\n${spec.help}`);
  return USAGE_ERROR;
}

/** Checks there is exactly one positional, naming it `what` in the error. */
export function onePositional(
  spec: VerbSpec<OptionsSpec>,
  positionals: string[],
  what: string,
): string | number {
  if (positionals.length !== 1) {
    return usageError(spec, `expected exactly one ${what}, got ${positionals.length}`);
  }
  return positionals[0]!;
}
