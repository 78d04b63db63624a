/**
 * `bpfdrop inspect OBJ [--json]`: what a BPF object contains. Never touches the kernel.
 *
 * @module
 */
import { onePositional, parseVerbArgs } from "./_args.ts";
import { FileFormatError } from "../elf/mod.ts";
import { readFile, type SyscallError } from "../kernel/mod.ts";
import { formatInspect, type InspectDocument, inspectObject, parseObject } from "../object/mod.ts";

const HELP = `Usage: bpfdrop inspect OBJ [--json]

Shows the sections, programs (type, expected attach type, attach target, instruction count),
maps, global data and its variables, externs, a BTF summary, relocation counts and the license
of a compiled BPF object. Reads the file only; never touches the kernel.

Options:
  --json      print one JSON document (format: docs/inspect.md)
  -h, --help  show this help

Exit status: 0 success, 1 the object is unreadable or malformed, 2 usage error.`;

const SPEC = { verb: "inspect", help: HELP, options: { json: { type: "boolean" } } } as const;

/** Reads and inspects an object file: the document, or the error message to print. */
function inspectFile(path: string): InspectDocument | string {
  let bytes: Uint8Array;
  try {
    bytes = readFile(path);
  } catch (e) {
    return `${path}: cannot read: ${(e as SyscallError).errnoName ?? (e as Error).message}`;
  }
  try {
    return inspectObject(parseObject(bytes, path));
  } catch (e) {
    // ElfError, BtfError and ObjectError: bad input, already one line naming file and offset.
    if (e instanceof FileFormatError) return e.message;
    // A bug, not bad input; still one line, never a stack trace.
    return `${path}: internal error while reading the object: ${(e as Error).message}`;
  }
}

/** Runs `bpfdrop inspect`; returns the exit status. */
export function main(args: string[]): Promise<number> {
  return Promise.resolve(inspect(args));
}

function inspect(args: string[]): number {
  const parsed = parseVerbArgs(SPEC, args);
  if (typeof parsed === "number") return parsed;
  const path = onePositional(SPEC, parsed.positionals, "OBJ");
  if (typeof path === "number") return path;
  const result = inspectFile(path);
  if (typeof result === "string") {
    console.error(`bpfdrop: ${result}`);
    return 1;
  }
  console.log(
    parsed.values.json ? JSON.stringify(result, null, 2) : formatInspect(result).trimEnd(),
  );
  return 0;
}
