/**
 * The command-line handling every verb shares: `node:util` parseArgs, `--help`, and usage errors
 * (exit status 2) printed with the verb's help.
 *
 * @module
 */
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";

/** Exit status for a command line that is not understood. */
export const USAGE_ERROR = 2;

/** A verb's command line: its name for messages, its help text and its options. */
export interface VerbSpec<O extends ParseArgsOptionsConfig> {
  /** As typed after `bpfdrop`, e.g. "ctl". */
  readonly verb: string;
  readonly help: string;
  readonly options: O;
}

const helpOption = { help: { type: "boolean", short: "h" } } as const;

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<
    { args: string[]; options: O & typeof helpOption; allowPositionals: true; strict: true }
  >
>;

/**
 * Parses `args` for `spec`. Returns the flags and positionals, or the exit status when the
 * command line already got its answer: 0 after printing the help, 2 after a usage error.
 */
export function parseVerbArgs<O extends ParseArgsOptionsConfig>(
  spec: VerbSpec<O>,
  args: string[],
): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({
      args,
      options: { ...spec.options, ...helpOption },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    return usageError(spec, (e as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(spec.help);
    return 0;
  }
  return parsed;
}

/** Prints `why` and the verb's help on stderr; returns the usage-error exit status. */
export function usageError(spec: VerbSpec<ParseArgsOptionsConfig>, why: string): number {
  console.error(`bpfdrop ${spec.verb}: ${why}\n\n${spec.help}`);
  return USAGE_ERROR;
}

/** Checks there is exactly one positional, naming it `what` in the error. */
export function onePositional(
  spec: VerbSpec<ParseArgsOptionsConfig>,
  positionals: string[],
  what: string,
): string | number {
  if (positionals.length !== 1) {
    return usageError(spec, `expected exactly one ${what}, got ${positionals.length}`);
  }
  return positionals[0]!;
}
