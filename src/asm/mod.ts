/**
 * BPF instructions: the {@link Insn} model, builders stating their C semantics
 * (`Alu64.add.imm(R1, 22)` is `r1 += 22`), an {@link Assembler} with labels, byte
 * {@link encode}/{@link decode} in either endianness, and a bpftool-like {@link disassemble}.
 *
 * @module
 */

export {
  Alu32,
  Alu64,
  type AluBuilder,
  AluOp,
  AtomicOp,
  Class,
  Endian,
  imm64Of,
  type Insn,
  Jmp,
  Jmp32,
  type JmpBuilder,
  JmpOp,
  Ld,
  LD_IMM64,
  Mem,
  Mode,
  PseudoCall,
  PseudoLd,
  R0,
  R1,
  R10,
  R2,
  R3,
  R4,
  R5,
  R6,
  R7,
  R8,
  R9,
  type Reg,
  Size,
  slotCount,
  slotsOf,
  Source,
} from "./insn.ts";
export {
  decode,
  decodeInsn,
  encode,
  type EndianOptions,
  INSN_SIZE,
  InsnDecodeError,
  setInsnImm,
  setInsnOff,
  setInsnSrc,
} from "./encode.ts";
export { AsmError, Assembler, type Label } from "./assembler.ts";
export { type DisasmOptions, disassemble, formatInsn } from "./disasm.ts";
