/** Loader disassembly for `load --verbose` and tests: blob references are shown as offsets. */

import { decode, disassemble, PseudoLd } from "../asm/mod.ts";
import type { Loader } from "./loader.ts";

/** bpftool-like listing of the loader program; `ld_imm64` of blob data prints `&blob[off]`. */
export function disassembleLoader(loader: Loader): string[] {
  return disassemble(decode(loader.insns, { littleEndian: loader.littleEndian }), {
    imm64Text: (insn) =>
      insn.src === PseudoLd.MAP_IDX_VALUE && insn.imm === 0
        ? `&blob[${insn.imm2 ?? 0}]`
        : undefined,
  });
}
