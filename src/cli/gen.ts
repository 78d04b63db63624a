/**
 * `bpfdrop gen OBJ -o FILE [--program NAME]...`: writes a self-contained loader file
 * (format: docs/loader-format.md). Reads only the object and, for `.kconfig` externs, the kernel
 * config; never calls bpf(2).
 *
 * @module
 */
import { onePositional, parseVerbArgs, usageError } from "./_args.ts";
import { INSN_SIZE } from "../asm/mod.ts";
import { encodeLoaderFile } from "../gen/mod.ts";
import { createFile, rename, type SyscallError, writeAll } from "../kernel/mod.ts";
import { InputError, loaderForObject, readObjectFile } from "./_loader_source.ts";

const HELP = `Usage: bpfdrop gen OBJ -o FILE [--program NAME]...

Turns a compiled BPF object into a loader file: the loader program's instructions, its blob
(BTF, map and program attributes, initial values, instructions) and the index of the maps and
programs it creates. Run it with \`bpfdrop load FILE\`. Values of .kconfig externs are taken
from this machine's kernel config (/proc/config.gz or /boot/config-$(uname -r)).

Options:
  -o, --output FILE   where to write the loader file (required)
  --program NAME      load only this program (repeatable; default: every program libbpf
                      would load automatically)
  -h, --help          show this help

Exit status: 0 success, 1 the object cannot be read or has no valid loader, 2 usage error.`;

const SPEC = {
  verb: "gen",
  help: HELP,
  options: {
    output: { type: "string", short: "o" },
    program: { type: "string", multiple: true },
  },
} as const;

/** Runs `bpfdrop gen`; returns the exit status. */
export function main(args: string[]): Promise<number> {
  return Promise.resolve(generate(args));
}

function generate(args: string[]): number {
  const parsed = parseVerbArgs(SPEC, args);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const path = onePositional(SPEC, positionals, "OBJ");
  if (typeof path === "number") return path;
  if (values.output === undefined) return usageError(SPEC, "missing -o FILE");
  try {
    const loader = loaderForObject(readObjectFile(path), path, values.program);
    // Write-then-rename, so a watcher never sees half a file.
    const tmp = `${values.output}.tmp`;
    try {
      {
        using file = createFile(tmp, 0o666);
        writeAll(file.value, encodeLoaderFile(loader), tmp);
      }
      rename(tmp, values.output);
    } catch (e) {
      const reason = (e as SyscallError).errnoName ?? e;
      throw new InputError(`${values.output}: cannot write: ${reason}`);
    }
    console.log(
      `${values.output}: loader for ${path}: ${loader.maps.length} maps, ` +
        `${loader.programs.length} programs, ${
          loader.insns.length / INSN_SIZE
        } loader instructions, ` +
        `${loader.blob.length}-byte blob`,
    );
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      console.error(`bpfdrop: ${e.message}`);
      return 1;
    }
    console.error(`bpfdrop: ${path}: internal error: ${(e as Error).message}`);
    return 1;
  }
}
