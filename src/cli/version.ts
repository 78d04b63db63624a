/**
 * `bpfdrop version`.
 *
 * @module
 */
import { parseVerbArgs, usageError } from "./_args.ts";

/** The bpfdrop release. */
export const VERSION = "0.1.0";

const SPEC = {
  verb: "version",
  help: "Usage: bpfdrop version\n\nPrints the bpfdrop version.",
  options: {},
} as const;

/** Prints the version. */
export function main(args: string[]): Promise<number> {
  const parsed = parseVerbArgs(SPEC, args);
  if (typeof parsed === "number") return Promise.resolve(parsed);
  if (parsed.positionals.length > 0) {
    return Promise.resolve(usageError(SPEC, `unexpected argument "${parsed.positionals[0]}"`));
  }
  console.log(`bpfdrop ${VERSION}`);
  return Promise.resolve(0);
}
