/**
 * `bpfdrop version`.
 *
 * @module
 */

/** The bpfdrop release. */
export const VERSION = "0.1.0";

/** Prints the version. */
export function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log("Usage: bpfdrop version\n\nPrints the bpfdrop version.");
    return Promise.resolve(0);
  }
  if (args.length > 0) {
    console.error(`bpfdrop version: unexpected argument "${args[0]}"`);
    return Promise.resolve(2);
  }
  console.log(`bpfdrop ${VERSION}`);
  return Promise.resolve(0);
}
