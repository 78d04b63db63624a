/**
 * `bpfdrop inspect OBJ [--json]`: what a BPF object contains. Never touches the kernel.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { BtfError } from "../btf/mod.ts";
import { ElfError } from "../elf/mod.ts";
import {
  formatInspect,
  type InspectDocument,
  inspectObject,
  ObjectError,
  parseObject,
} from "../object/mod.ts";

const HELP = `Usage: bpfdrop inspect OBJ [--json]

Shows the sections, programs (type, expected attach type, attach target, instruction count),
maps, global data and its variables, externs, a BTF summary, relocation counts and the license
of a compiled BPF object. Reads the file only; never touches the kernel.

Options:
  --json      print one JSON document (format: docs/inspect.md)
  -h, --help  show this help

Exit status: 0 success, 1 the object is unreadable or malformed, 2 usage error.`;

/** Reads and inspects an object file: the document, or the error message to print. */
export async function inspectFile(path: string): Promise<InspectDocument | string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    return `${path}: cannot read: ${code ?? (e as Error).message}`;
  }
  try {
    return inspectObject(parseObject(bytes, path));
  } catch (e) {
    if (e instanceof ElfError || e instanceof BtfError || e instanceof ObjectError) {
      return e.message;
    }
    // A bug, not bad input; still one line, never a stack trace.
    return `${path}: internal error while reading the object: ${(e as Error).message}`;
  }
}

/** Runs `bpfdrop inspect`; returns the exit status. */
export async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (e) {
    console.error(`bpfdrop inspect: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(HELP);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    console.error(
      `bpfdrop inspect: expected exactly one OBJ, got ${parsed.positionals.length}\n\n${HELP}`,
    );
    return 2;
  }
  const result = await inspectFile(parsed.positionals[0]!);
  if (typeof result === "string") {
    console.error(`bpfdrop: ${result}`);
    return 1;
  }
  console.log(
    parsed.values.json ? JSON.stringify(result, null, 2) : formatInspect(result).trimEnd(),
  );
  return 0;
}
