import { type Btf, type BtfExtSubsection, readBtfExt } from "../btf/mod.ts";
import type { ElfSection } from "../elf/mod.ts";
import { funcAt, holdsSlot } from "./_code.ts";
import { type Context, relocateBtfError } from "./_context.ts";
import { INSN_SIZE } from "./_insn.ts";
import type { Func } from "./types.ts";

/** What messages call each kind of record. */
const RECORD_NAMES: Record<BtfExtSubsection, string> = {
  func_info: "func_info",
  line_info: "line_info",
  core_relo: "CO-RE relocation",
};

/**
 * Distributes `.BTF.ext` records (byte offsets within an ELF section) to the functions holding
 * them, as slot indices relative to each function. A record outside every function is reported
 * once the whole section has been checked, so that a malformed section is reported first.
 */
export function applyBtfExt(ctx: Context, btf: Btf, section: ElfSection, functions: Func[]): void {
  let subsection: BtfExtSubsection = "func_info";
  let sectionName = "";
  let code: ElfSection | undefined;
  let func: Func | undefined;
  let misplaced: Error | undefined;
  /**
   * The function holding the record at byte `insnOff` of `code` (undefined, and noted, when
   * none does) and the record's instruction index within it.
   */
  const holder = (insnOff: number): { func: Func; insnIndex: number } | undefined => {
    // The reader checked that `insnOff` is a multiple of INSN_SIZE.
    const slot = insnOff / INSN_SIZE;
    // Records come in instruction order, so most fall in the function of the one before.
    if (!code) func = undefined;
    else if (!func || !holdsSlot(func, slot)) func = funcAt(functions, code.index, slot);
    if (!func) {
      misplaced ??= ctx.error(
        section.offset,
        `section .BTF.ext: ${
          RECORD_NAMES[subsection]
        } for byte ${insnOff} of section ${sectionName} is not inside any function`,
      );
      return undefined;
    }
    return { func, insnIndex: slot - func.sectionInsnOffset };
  };
  try {
    readBtfExt(section.data, btf, { file: ctx.file, littleEndian: ctx.little }, {
      section(name, records) {
        sectionName = name;
        subsection = records;
        code = ctx.sectionByName(name);
        func = undefined;
      },
      funcInfo(insnOff, typeId) {
        const at = holder(insnOff);
        at?.func.funcInfo.push({ insnIndex: at.insnIndex, typeId });
      },
      lineInfo(insnOff, fileNameOffset, lineOffset, lineCol) {
        const at = holder(insnOff);
        at?.func.lineInfo.push({ insnIndex: at.insnIndex, fileNameOffset, lineOffset, lineCol });
      },
      coreRelo(insnOff, typeId, accessStrOffset, accessStr, reloKind) {
        const at = holder(insnOff);
        at?.func.coreRelos.push({
          insnIndex: at.insnIndex,
          typeId,
          accessStrOffset,
          kind: reloKind,
          accessStr,
        });
      },
    });
  } catch (e) {
    throw relocateBtfError(e, section, ctx.file);
  }
  if (misplaced) throw misplaced;
}
