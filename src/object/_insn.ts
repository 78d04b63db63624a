import { BpfInsn, offsetOf } from "../abi/mod.ts";
import { Class, INSN_SIZE, JmpOp } from "../asm/mod.ts";

export { INSN_SIZE, LD_IMM64 } from "../asm/mod.ts";

/** `BPF_JMP | BPF_CALL` */
export const CALL = Class.JMP | JmpOp.CALL;

const REGS_AT = offsetOf(BpfInsn, "dst_reg");
const IMM_AT = offsetOf(BpfInsn, "imm");

/** The fields of one slot that relocation needs, read in the object's byte order. */
export interface RawInsn {
  code: number;
  src: number;
  imm: number;
}

/** Reads slot `index` of `insns` (the caller guarantees it is in range). */
export function readInsn(insns: Uint8Array, index: number, little: boolean): RawInsn {
  const at = index * INSN_SIZE;
  const view = new DataView(insns.buffer, insns.byteOffset + at, INSN_SIZE);
  const regs = view.getUint8(REGS_AT);
  // The register nibbles swap places with the byte order (dst is the low nibble on little endian).
  return {
    code: view.getUint8(0),
    src: little ? regs >> 4 : regs & 0xf,
    imm: view.getInt32(IMM_AT, little),
  };
}
