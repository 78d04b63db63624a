import { BtfConst } from "../abi/mod.ts";
import { type Btf, parseBtfExt } from "../btf/mod.ts";
import type { ElfSection } from "../elf/mod.ts";
import { funcAt, holdsSlot } from "./_code.ts";
import { type Context, relocateBtfError } from "./_context.ts";
import { INSN_SIZE } from "./_insn.ts";
import type { Func } from "./types.ts";

/**
 * Distributes `.BTF.ext` records (byte offsets within an ELF section) to the functions holding
 * them, as slot indices relative to each function.
 */
export function applyBtfExt(ctx: Context, btf: Btf, section: ElfSection, functions: Func[]): void {
  let ext;
  try {
    ext = parseBtfExt(section.data, btf, { file: ctx.file, littleEndian: ctx.little });
  } catch (e) {
    throw relocateBtfError(e, section, ctx.file);
  }
  /** Hands every record of one kind to `add` with the function holding it. */
  const distribute = <T extends { insnOff: number }>(
    bySection: Map<string, T[]>,
    kind: string,
    add: (func: Func, insnIndex: number, record: T) => void,
  ) => {
    for (const [name, records] of bySection) {
      const code = ctx.sectionByName(name);
      let func: Func | undefined;
      for (const r of records) {
        const slot = r.insnOff / INSN_SIZE;
        // Records come in instruction order, so most fall in the function of the one before.
        if (!code || !Number.isInteger(slot)) func = undefined;
        else if (!func || !holdsSlot(func, slot)) func = funcAt(functions, code.index, slot);
        if (!func) {
          throw ctx.error(
            section.offset,
            `section .BTF.ext: ${kind} for byte ${r.insnOff} of section ${name} is not inside any function`,
          );
        }
        add(func, slot - func.sectionInsnOffset, r);
      }
    }
  };
  distribute(ext.funcInfo, "func_info", (func, insnIndex, r) => {
    func.funcInfo.push({ insnIndex, typeId: r.typeId });
  });
  distribute(ext.lineInfo, "line_info", (func, insnIndex, r) => {
    func.lineInfo.push({
      insnIndex,
      fileNameOffset: r.fileNameOff,
      lineOffset: r.lineOff,
      lineCol: ((r.line << BtfConst.BPF_LINE_INFO_LINE_SHIFT) | r.col) >>> 0,
    });
  });
  distribute(ext.coreRelos, "CO-RE relocation", (func, insnIndex, r) => {
    func.coreRelos.push({
      insnIndex,
      typeId: r.typeId,
      accessStrOffset: r.accessStrOff,
      kind: r.kind,
      accessStr: r.accessStr,
    });
  });
}
