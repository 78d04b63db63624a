/**
 * Subprogram linking and static relocation of one entry program, as libbpf does before loading:
 * reachable `.text` functions are appended depth-first in call order, call and callback offsets
 * fixed, `.BTF.ext` records merged, and map / global-data / `.kconfig` references rewritten to
 * fd_array indices (`BPF_PSEUDO_MAP_IDX`, `BPF_PSEUDO_MAP_IDX_VALUE`, map index = fd_array index).
 * ksym and kfunc references are left for the loader to patch at run time.
 *
 * @module
 */

import { decode, type Insn, PseudoCall, PseudoLd, slotsOf } from "../asm/mod.ts";
import type {
  BpfObject,
  CoreRelo,
  Func,
  FuncInfo,
  KfuncRelocation,
  KsymRelocation,
  LineInfo,
  Program,
} from "../object/mod.ts";
import { LoaderGenError } from "./emitter.ts";

/** A program ready for PROG_LOAD except for its extern references. */
export interface LinkedProgram {
  program: Program;
  insns: Insn[];
  /** `insnsBySlot[s]` is the instruction starting at slot `s` (shared objects, for patching). */
  insnsBySlot: (Insn | undefined)[];
  funcInfo: FuncInfo[];
  lineInfo: LineInfo[];
  coreRelos: CoreRelo[];
  /** ksym/kfunc references with program-relative slot indices. */
  externRelos: (KsymRelocation | KfuncRelocation)[];
}

/** Links `program` with the subprograms it reaches and applies its static relocations. */
export function linkProgram(obj: BpfObject, program: Program): LinkedProgram {
  const littleEndian = obj.endianness === "little";
  const out: LinkedProgram = {
    program,
    insns: [],
    insnsBySlot: [],
    funcInfo: [],
    lineInfo: [],
    coreRelos: [],
    externRelos: [],
  };
  const placed = new Map<number, number>();
  let slots = 0;

  const append = (func: Func): number => {
    const base = slots;
    for (const insn of decode(func.insns, { littleEndian })) {
      out.insns.push(insn);
      out.insnsBySlot[slots] = insn;
      slots += slotsOf(insn);
    }
    out.funcInfo.push(...func.funcInfo.map((r) => ({ ...r, insnIndex: r.insnIndex + base })));
    out.lineInfo.push(...func.lineInfo.map((r) => ({ ...r, insnIndex: r.insnIndex + base })));
    out.coreRelos.push(...func.coreRelos.map((r) => ({ ...r, insnIndex: r.insnIndex + base })));
    for (const reloc of func.relocations) {
      const at = base + reloc.insnIndex;
      const insn = out.insnsBySlot[at];
      if (insn === undefined) {
        throw new LoaderGenError(
          `${obj.file}: ${func.name}: relocation at instruction ${reloc.insnIndex} is not at an instruction start`,
        );
      }
      switch (reloc.kind) {
        case "call":
        case "funcAddress": {
          let target = placed.get(reloc.subprogram);
          if (target === undefined) {
            const sub = obj.subprograms[reloc.subprogram];
            if (sub === undefined) {
              throw new LoaderGenError(`${obj.file}: ${func.name}: call to a missing subprogram`);
            }
            target = slots;
            placed.set(reloc.subprogram, target);
            append(sub);
          }
          insn.imm = target + reloc.insnOffset - at - 1;
          insn.src = reloc.kind === "call" ? PseudoCall.CALL : PseudoLd.FUNC;
          break;
        }
        case "map":
          Object.assign(insn, { src: PseudoLd.MAP_IDX, imm: reloc.map, imm2: 0 });
          break;
        case "mapValue":
          Object.assign(insn, { src: PseudoLd.MAP_IDX_VALUE, imm: reloc.map, imm2: reloc.offset });
          break;
        case "kconfig":
          Object.assign(insn, { src: PseudoLd.MAP_IDX_VALUE, imm: reloc.map, imm2: reloc.offset });
          break;
        case "ksym":
          // Placeholder = the "weak and missing" form: a plain `ld_imm64 0`.
          Object.assign(insn, { src: 0, imm: 0, imm2: 0 });
          out.externRelos.push({ ...reloc, insnIndex: at });
          break;
        case "kfunc":
          // Placeholder = the "weak and missing" form the kernel accepts when it is dead code.
          Object.assign(insn, { src: PseudoCall.KFUNC_CALL, imm: 0, off: 0 });
          out.externRelos.push({ ...reloc, insnIndex: at });
          break;
      }
    }
    return base;
  };

  append(program);
  return out;
}
