/**
 * Subprogram linking and static relocation of one entry program, as libbpf does before loading:
 * reachable `.text` functions are appended depth-first in call order, call and callback offsets
 * fixed, `.BTF.ext` records merged, and map / global-data / `.kconfig` references rewritten to
 * fd_array indices (`BPF_PSEUDO_MAP_IDX`, `BPF_PSEUDO_MAP_IDX_VALUE`, map index = fd_array index).
 * ksym and kfunc references are left for the loader to patch at run time.
 *
 * The linked code is bytes from the start: each function is copied whole, and only the fields
 * relocations change are rewritten.
 *
 * @module
 */

import {
  Class,
  INSN_SIZE,
  JmpOp,
  LD_IMM64,
  PseudoCall,
  PseudoLd,
  setInsnImm,
  setInsnOff,
  setInsnSrc,
} from "../asm/mod.ts";
import type { BpfObject, Func, KfuncRelocation, KsymRelocation, Program } from "../object/mod.ts";
import { LoaderGenError } from "./emitter.ts";

/** A function placed in a linked program. */
export interface PlacedFunc {
  func: Func;
  /** Slot of its first instruction in the linked program. */
  slot: number;
}

/** A program ready for PROG_LOAD except for its extern references: where its functions go. */
export interface LinkedProgram {
  program: Program;
  /** The program, then the subprograms it reaches, in placement order: their `.BTF.ext` records
   * (func_info, line_info, CO-RE relos) at `slot` + their own indices make the program's. */
  funcs: PlacedFunc[];
  /** Size of the linked code in bytes. */
  size: number;
  /** ksym/kfunc references with program-relative slot indices. */
  externRelos: (KsymRelocation | KfuncRelocation)[];
  /** How many `.BTF.ext` records of each kind `funcs` carry. */
  records: { funcInfo: number; lineInfo: number; coreRelos: number };
}

const CALL = Class.JMP | JmpOp.CALL;

/**
 * Places `program` and the subprograms it reaches: depth-first in the order of its calls, each
 * callee at the end of the code so far when first called. The code itself is written by
 * {@link writeLinkedCode}, straight to where it is needed.
 */
export function linkProgram(obj: BpfObject, program: Program): LinkedProgram {
  const funcs: PlacedFunc[] = [];
  const externRelos: (KsymRelocation | KfuncRelocation)[] = [];
  const placed = new Set<number>();
  const records = { funcInfo: 0, lineInfo: 0, coreRelos: 0 };
  let end = 0;
  const place = (func: Func): void => {
    const base = end;
    funcs.push({ func, slot: base });
    end += func.insns.length / INSN_SIZE;
    records.funcInfo += func.funcInfo.length;
    records.lineInfo += func.lineInfo.length;
    records.coreRelos += func.coreRelos.length;
    for (const reloc of func.relocations) {
      if (reloc.kind === "ksym" || reloc.kind === "kfunc") {
        externRelos.push({ ...reloc, insnIndex: base + reloc.insnIndex });
      }
      if (reloc.kind !== "call" && reloc.kind !== "funcAddress") continue;
      if (placed.has(reloc.subprogram)) continue;
      const sub = obj.subprograms[reloc.subprogram];
      if (sub === undefined) {
        throw new LoaderGenError(`${obj.file}: ${func.name}: call to a missing subprogram`);
      }
      placed.add(reloc.subprogram);
      place(sub);
    }
  };
  place(program);
  return { program, funcs, size: end * INSN_SIZE, externRelos, records };
}

/** Writes the linked code of `l` into `code` (`l.size` bytes, the object's byte order): each
 * function copied whole, then the fields relocations change rewritten in place. */
export function writeLinkedCode(obj: BpfObject, l: LinkedProgram, code: Uint8Array): void {
  for (const { func, slot } of l.funcs) code.set(func.insns, slot * INSN_SIZE);
  const littleEndian = obj.endianness === "little";
  const slotOf = new Map<Func, number>();
  for (const { func, slot } of l.funcs) slotOf.set(func, slot);

  for (const { func, slot: base } of l.funcs) {
    const slots = func.insns.length / INSN_SIZE;
    for (const reloc of func.relocations) {
      const at = (base + reloc.insnIndex) * INSN_SIZE;
      const opcode = reloc.insnIndex < slots ? code[at] : -1;
      if (opcode !== CALL && !(opcode === LD_IMM64 && reloc.insnIndex + 1 < slots)) {
        throw new LoaderGenError(
          `${obj.file}: ${func.name}: relocation at instruction ${reloc.insnIndex} is neither a call nor a 64-bit load`,
        );
      }
      // Patched in place: only the fields a relocation changes are written.
      switch (reloc.kind) {
        case "call":
        case "funcAddress": {
          const target = slotOf.get(obj.subprograms[reloc.subprogram]!)!;
          const src = reloc.kind === "call" ? PseudoCall.CALL : PseudoLd.FUNC;
          setInsnSrc(code, at, src, littleEndian);
          setInsnImm(
            code,
            at,
            target + reloc.insnOffset - (base + reloc.insnIndex) - 1,
            littleEndian,
          );
          break;
        }
        case "map":
          setLdImm64(code, at, PseudoLd.MAP_IDX, reloc.map, 0, littleEndian);
          break;
        case "mapValue":
        case "kconfig":
          setLdImm64(code, at, PseudoLd.MAP_IDX_VALUE, reloc.map, reloc.offset, littleEndian);
          break;
        case "ksym":
          // Placeholder = the "weak and missing" form: a plain `ld_imm64 0`.
          setLdImm64(code, at, 0, 0, 0, littleEndian);
          break;
        case "kfunc":
          // Placeholder = the "weak and missing" form the kernel accepts when it is dead code.
          setInsnSrc(code, at, PseudoCall.KFUNC_CALL, littleEndian);
          setInsnImm(code, at, 0, littleEndian);
          setInsnOff(code, at, 0, littleEndian);
          break;
      }
    }
  }
}

/** Sets the pseudo kind and the 64-bit immediate (`imm`, then the second slot's `imm2`) of the
 * `ld_imm64` at byte `at` of `code`. */
function setLdImm64(
  code: Uint8Array,
  at: number,
  src: number,
  imm: number,
  imm2: number,
  littleEndian: boolean,
): void {
  setInsnSrc(code, at, src, littleEndian);
  setInsnImm(code, at, imm, littleEndian);
  setInsnImm(code, at + INSN_SIZE, imm2, littleEndian);
}
