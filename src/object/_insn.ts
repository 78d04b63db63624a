import { BpfInsn, offsetOf } from "../abi/mod.ts";
import { Class, INSN_SIZE, JmpOp } from "../asm/mod.ts";

export { INSN_SIZE, LD_IMM64 } from "../asm/mod.ts";

/** `BPF_JMP | BPF_CALL` */
export const CALL = Class.JMP | JmpOp.CALL;

const CODE_AT = offsetOf(BpfInsn, "code");
const REGS_AT = offsetOf(BpfInsn, "dst_reg");
const IMM_AT = offsetOf(BpfInsn, "imm");

/** The fields of one slot that relocation needs, read in the object's byte order. */
export interface RawInsn {
  code: number;
  src: number;
  imm: number;
}

/** The opcode of slot `index` of `insns` (the caller guarantees it is in range). */
export function insnCode(insns: Uint8Array, index: number): number {
  return insns[index * INSN_SIZE + CODE_AT]!;
}

/** Reads slot `index` of `insns` (the caller guarantees it is in range). */
export function readInsn(insns: Uint8Array, index: number, little: boolean): RawInsn {
  // Plain byte reads: this runs for every instruction of every function, and a DataView per call
  // was the largest cost of parsing big objects.
  const at = index * INSN_SIZE;
  const regs = insns[at + REGS_AT]!;
  const imm = at + IMM_AT;
  // The register nibbles swap places with the byte order (dst is the low nibble on little endian).
  return {
    code: insns[at + CODE_AT]!,
    src: little ? regs >> 4 : regs & 0xf,
    imm: little
      ? insns[imm]! | (insns[imm + 1]! << 8) | (insns[imm + 2]! << 16) | (insns[imm + 3]! << 24)
      : (insns[imm]! << 24) | (insns[imm + 1]! << 16) | (insns[imm + 2]! << 8) | insns[imm + 3]!,
  };
}
