/**
 * The instruction model and its builders. Each builder's JSDoc states the C semantics of the
 * instruction it makes, in the same words the kernel's verifier log uses.
 */

/** One logical BPF instruction. `ld_imm64` is one `Insn` occupying two 8-byte slots; its upper
 * 32 bits (the second slot's `imm`) are in `imm2`. */
export interface Insn {
  code: number;
  dst: number;
  src: number;
  off: number;
  imm: number;
  /** Second slot's `imm`, present only on `ld_imm64` (opcode 0x18). */
  imm2?: number;
}

/** A register number, 0..10. */
export type Reg = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
export const R0: Reg = 0;
export const R1: Reg = 1;
export const R2: Reg = 2;
export const R3: Reg = 3;
export const R4: Reg = 4;
export const R5: Reg = 5;
export const R6: Reg = 6;
export const R7: Reg = 7;
export const R8: Reg = 8;
export const R9: Reg = 9;
/** Read-only frame pointer. */
export const R10: Reg = 10;

/** Instruction classes (low 3 bits of `code`). */
export const Class = {
  LD: 0x00,
  LDX: 0x01,
  ST: 0x02,
  STX: 0x03,
  ALU: 0x04,
  JMP: 0x05,
  JMP32: 0x06,
  ALU64: 0x07,
} as const;

/** Memory access sizes (bits 3-4 of `code` for load/store classes). */
export const Size = { W: 0x00, H: 0x08, B: 0x10, DW: 0x18 } as const;
export type Size = typeof Size[keyof typeof Size];

/** Memory access modes (bits 5-7 of `code` for load/store classes). */
export const Mode = {
  IMM: 0x00,
  ABS: 0x20,
  IND: 0x40,
  MEM: 0x60,
  MEMSX: 0x80,
  ATOMIC: 0xc0,
} as const;

/** Operand source bit: immediate (K) or register (X). */
export const Source = { K: 0x00, X: 0x08 } as const;

/** ALU operations (bits 4-7 of `code`). */
export const AluOp = {
  ADD: 0x00,
  SUB: 0x10,
  MUL: 0x20,
  DIV: 0x30,
  OR: 0x40,
  AND: 0x50,
  LSH: 0x60,
  RSH: 0x70,
  NEG: 0x80,
  MOD: 0x90,
  XOR: 0xa0,
  MOV: 0xb0,
  ARSH: 0xc0,
  END: 0xd0,
} as const;

/** Jump operations (bits 4-7 of `code`). */
export const JmpOp = {
  JA: 0x00,
  JEQ: 0x10,
  JGT: 0x20,
  JGE: 0x30,
  JSET: 0x40,
  JNE: 0x50,
  JSGT: 0x60,
  JSGE: 0x70,
  CALL: 0x80,
  EXIT: 0x90,
  JLT: 0xa0,
  JLE: 0xb0,
  JSLT: 0xc0,
  JSLE: 0xd0,
} as const;

/** Atomic operation codes carried in `imm` of `STX | ATOMIC`. */
export const AtomicOp = {
  ADD: 0x00,
  OR: 0x40,
  AND: 0x50,
  XOR: 0xa0,
  FETCH: 0x01,
  XCHG: 0xe1,
  CMPXCHG: 0xf1,
  LOAD_ACQ: 0x100,
  STORE_REL: 0x110,
} as const;

/** `src` values of `ld_imm64` that make it a pseudo instruction. */
export const PseudoLd = {
  MAP_FD: 1,
  MAP_VALUE: 2,
  BTF_ID: 3,
  FUNC: 4,
  MAP_IDX: 5,
  MAP_IDX_VALUE: 6,
} as const;

/** `src` values of `call`. */
export const PseudoCall = { HELPER: 0, CALL: 1, KFUNC_CALL: 2 } as const;

/** The `ld_imm64` opcode (`BPF_LD | BPF_DW | BPF_IMM`). */
export const LD_IMM64 = Class.LD | Size.DW | Mode.IMM;

/** Number of 8-byte slots an instruction occupies. */
export function slotsOf(insn: Insn): 1 | 2 {
  return insn.code === LD_IMM64 ? 2 : 1;
}

/** Total slot count of a sequence of instructions. */
export function slotCount(insns: readonly Insn[]): number {
  let n = 0;
  for (const insn of insns) n += slotsOf(insn);
  return n;
}

function make(code: number, dst: number, src: number, off: number, imm: number): Insn {
  return { code, dst, src, off, imm: imm | 0 };
}

/** Builders of one ALU operation, in immediate and register form. */
export interface AluBuilder {
  /** `dst = dst OP imm` */
  imm(dst: Reg, imm: number): Insn;
  /** `dst = dst OP src` */
  reg(dst: Reg, src: Reg): Insn;
}

function aluBuilder(cls: number, op: number, off = 0): AluBuilder {
  return {
    imm: (dst, imm) => make(cls | op | Source.K, dst, 0, off, imm),
    reg: (dst, src) => make(cls | op | Source.X, dst, src, off, 0),
  };
}

function aluFamily(cls: number) {
  return {
    /** `dst += src|imm` */
    add: aluBuilder(cls, AluOp.ADD),
    /** `dst -= src|imm` */
    sub: aluBuilder(cls, AluOp.SUB),
    /** `dst *= src|imm` */
    mul: aluBuilder(cls, AluOp.MUL),
    /** `dst /= src|imm` (unsigned) */
    div: aluBuilder(cls, AluOp.DIV),
    /** `dst s/= src|imm` (signed; off = 1) */
    sdiv: aluBuilder(cls, AluOp.DIV, 1),
    /** `dst |= src|imm` */
    or: aluBuilder(cls, AluOp.OR),
    /** `dst &= src|imm` */
    and: aluBuilder(cls, AluOp.AND),
    /** `dst <<= src|imm` */
    lsh: aluBuilder(cls, AluOp.LSH),
    /** `dst >>= src|imm` (logical) */
    rsh: aluBuilder(cls, AluOp.RSH),
    /** `dst %= src|imm` (unsigned) */
    mod: aluBuilder(cls, AluOp.MOD),
    /** `dst s%= src|imm` (signed; off = 1) */
    smod: aluBuilder(cls, AluOp.MOD, 1),
    /** `dst ^= src|imm` */
    xor: aluBuilder(cls, AluOp.XOR),
    /** `dst = src|imm` */
    mov: aluBuilder(cls, AluOp.MOV),
    /** `dst s>>= src|imm` (arithmetic) */
    arsh: aluBuilder(cls, AluOp.ARSH),
    /** `dst = -dst` */
    neg: (dst: Reg): Insn => make(cls | AluOp.NEG, dst, 0, 0, 0),
    /** `dst = (s8|s16|s32)src`: sign-extending move (off = 8, 16 or 32) */
    movsx: (dst: Reg, src: Reg, bits: 8 | 16 | 32): Insn =>
      make(cls | AluOp.MOV | Source.X, dst, src, bits, 0),
  };
}

/** 64-bit ALU operations: `Alu64.add.imm(R1, 22)` is `r1 += 22`. */
export const Alu64 = aluFamily(Class.ALU64);
/** 32-bit ALU operations (upper half of dst zeroed): `Alu32.mov.imm(R0, 1)` is `w0 = 1`. */
export const Alu32 = aluFamily(Class.ALU);

/** Byte-order conversions. */
export const Endian = {
  /** `dst = htobe{bits}(dst)` (`be16`/`be32`/`be64` on a little-endian host) */
  toBe: (dst: Reg, bits: 16 | 32 | 64): Insn =>
    make(Class.ALU | AluOp.END | Source.X, dst, 0, 0, bits),
  /** `dst = htole{bits}(dst)` */
  toLe: (dst: Reg, bits: 16 | 32 | 64): Insn =>
    make(Class.ALU | AluOp.END | Source.K, dst, 0, 0, bits),
  /** `dst = bswap{bits}(dst)` (unconditional) */
  bswap: (dst: Reg, bits: 16 | 32 | 64): Insn =>
    make(Class.ALU64 | AluOp.END | Source.K, dst, 0, 0, bits),
};

/** Builders of one conditional jump, in immediate and register form. */
export interface JmpBuilder {
  /** `if (dst OP imm) goto pc + off` */
  imm(dst: Reg, imm: number, off?: number): Insn;
  /** `if (dst OP src) goto pc + off` */
  reg(dst: Reg, src: Reg, off?: number): Insn;
}

function jmpBuilder(cls: number, op: number): JmpBuilder {
  return {
    imm: (dst, imm, off = 0) => make(cls | op | Source.K, dst, 0, off, imm),
    reg: (dst, src, off = 0) => make(cls | op | Source.X, dst, src, off, 0),
  };
}

function jmpFamily(cls: number) {
  return {
    /** `if (dst == src|imm) goto pc + off` */
    eq: jmpBuilder(cls, JmpOp.JEQ),
    /** `if (dst != src|imm) goto pc + off` */
    ne: jmpBuilder(cls, JmpOp.JNE),
    /** `if (dst > src|imm) goto pc + off` (unsigned) */
    gt: jmpBuilder(cls, JmpOp.JGT),
    /** `if (dst >= src|imm) goto pc + off` (unsigned) */
    ge: jmpBuilder(cls, JmpOp.JGE),
    /** `if (dst < src|imm) goto pc + off` (unsigned) */
    lt: jmpBuilder(cls, JmpOp.JLT),
    /** `if (dst <= src|imm) goto pc + off` (unsigned) */
    le: jmpBuilder(cls, JmpOp.JLE),
    /** `if (dst s> src|imm) goto pc + off` */
    sgt: jmpBuilder(cls, JmpOp.JSGT),
    /** `if (dst s>= src|imm) goto pc + off` */
    sge: jmpBuilder(cls, JmpOp.JSGE),
    /** `if (dst s< src|imm) goto pc + off` */
    slt: jmpBuilder(cls, JmpOp.JSLT),
    /** `if (dst s<= src|imm) goto pc + off` */
    sle: jmpBuilder(cls, JmpOp.JSLE),
    /** `if (dst & src|imm) goto pc + off` */
    set: jmpBuilder(cls, JmpOp.JSET),
  };
}

/** 64-bit conditional jumps, plus `ja`, `call` and `exit`. */
export const Jmp = {
  ...jmpFamily(Class.JMP),
  /** `goto pc + off` */
  ja: (off = 0): Insn => make(Class.JMP | JmpOp.JA, 0, 0, off, 0),
  /** `r0 = helper(r1, ..., r5)`: call helper function number `id` */
  call: (id: number): Insn => make(Class.JMP | JmpOp.CALL, 0, PseudoCall.HELPER, 0, id),
  /** `r0 = subprog(r1, ..., r5)`: bpf-to-bpf call to `pc + off` */
  callPseudo: (off = 0): Insn => make(Class.JMP | JmpOp.CALL, 0, PseudoCall.CALL, 0, off),
  /** `r0 = kfunc(r1, ..., r5)`: kernel function `btfId`, BTF object at fd_array[`fdIndex`] (0 = vmlinux) */
  callKfunc: (btfId: number, fdIndex = 0): Insn =>
    make(Class.JMP | JmpOp.CALL, 0, PseudoCall.KFUNC_CALL, fdIndex, btfId),
  /** `return r0` */
  exit: (): Insn => make(Class.JMP | JmpOp.EXIT, 0, 0, 0, 0),
};

/** 32-bit conditional jumps (compare the low halves), plus `gotol`. */
export const Jmp32 = {
  ...jmpFamily(Class.JMP32),
  /** `goto pc + imm` (32-bit offset in imm) */
  gotol: (imm = 0): Insn => make(Class.JMP32 | JmpOp.JA, 0, 0, 0, imm),
};

/** Memory loads and stores. */
export const Mem = {
  /** `dst = *(size *)(src + off)` */
  load: (size: Size, dst: Reg, src: Reg, off: number): Insn =>
    make(Class.LDX | Mode.MEM | size, dst, src, off, 0),
  /** `dst = *(s8|s16|s32 *)(src + off)`: sign-extending load */
  loadSx: (size: Size, dst: Reg, src: Reg, off: number): Insn =>
    make(Class.LDX | Mode.MEMSX | size, dst, src, off, 0),
  /** `*(size *)(dst + off) = src` */
  store: (size: Size, dst: Reg, off: number, src: Reg): Insn =>
    make(Class.STX | Mode.MEM | size, dst, src, off, 0),
  /** `*(size *)(dst + off) = imm` */
  storeImm: (size: Size, dst: Reg, off: number, imm: number): Insn =>
    make(Class.ST | Mode.MEM | size, dst, 0, off, imm),
  /** `lock *(size *)(dst + off) OP= src` (or a fetching/exchanging variant selected by `op`) */
  atomic: (size: Size, op: number, dst: Reg, off: number, src: Reg): Insn =>
    make(Class.STX | Mode.ATOMIC | size, dst, src, off, op),
};

function ld64(dst: Reg, src: number, lo: number, hi: number): Insn {
  return { code: LD_IMM64, dst, src, off: 0, imm: lo | 0, imm2: hi | 0 };
}

/** 64-bit immediate loads (`ld_imm64`), plain and pseudo. */
export const Ld = {
  /** `dst = imm64` */
  imm64: (dst: Reg, value: bigint): Insn =>
    ld64(dst, 0, Number(BigInt.asIntN(32, value)), Number(BigInt.asIntN(32, value >> 32n))),
  /** `dst = map_by_fd(fd)` */
  mapFd: (dst: Reg, fd: number): Insn => ld64(dst, PseudoLd.MAP_FD, fd, 0),
  /** `dst = map_val(map_by_fd(fd)) + off` */
  mapValue: (dst: Reg, fd: number, off: number): Insn => ld64(dst, PseudoLd.MAP_VALUE, fd, off),
  /** `dst = map_by_idx(idx)`: map at fd_array[idx] */
  mapIdx: (dst: Reg, idx: number): Insn => ld64(dst, PseudoLd.MAP_IDX, idx, 0),
  /** `dst = map_val(map_by_idx(idx)) + off`: value of the map at fd_array[idx] */
  mapIdxValue: (dst: Reg, idx: number, off: number): Insn =>
    ld64(dst, PseudoLd.MAP_IDX_VALUE, idx, off),
  /** `dst = &kernel_var`: typed ksym `btfId` in the BTF object `btfObjFd` (0 = vmlinux) */
  btfId: (dst: Reg, btfId: number, btfObjFd = 0): Insn =>
    ld64(dst, PseudoLd.BTF_ID, btfId, btfObjFd),
  /** `dst = &subprog`: address of the function at `pc + off` (a callback) */
  func: (dst: Reg, off: number): Insn => ld64(dst, PseudoLd.FUNC, off, 0),
};

/** The 64-bit value of a plain `ld_imm64`. */
export function imm64Of(insn: Insn): bigint {
  return (BigInt(insn.imm2 ?? 0) << 32n) | BigInt(insn.imm >>> 0);
}
