/**
 * The loader emitter: gen_loader's vocabulary in camelCase. A recorder is a straight line of these
 * verbs: attr → `addData` → `move*` / `emitRelStore` → `enterStep` → `emitSysBpf` →
 * `emitCheckErr` → stash the fd.
 *
 * Register roles: `CTX` holds the ctx pointer for the whole run, `BLOB` the blob's address,
 * `LAST_RET` the result of the last syscall (and the errno returned on failure), `SCRATCH` a value
 * kept across a helper call. R0-R5 are clobbered by every call.
 *
 * Blob fields are reached as `BLOB + off`, one instruction, while `off` fits the instruction's
 * 16-bit offset; farther ones take a `ld_imm64` of their address first. `BLOB` points 32 KiB into
 * a blob expected to be larger than that, so that up to 64 KiB of it is near. The verifier's time
 * grows with the loader's length (about 0.3 µs per instruction here), and loading the loader
 * program is part of every load.
 *
 * @module
 */

import { BpfFuncId, writeText } from "../abi/mod.ts";
import {
  AluOp,
  AsmError,
  Assembler,
  Class,
  INSN_SIZE,
  JmpOp,
  type Label,
  LD_IMM64,
  Mode,
  PseudoLd,
  R0,
  R1,
  R2,
  R3,
  R6,
  R7,
  R8,
  R9,
  type Reg,
  Size,
  Source,
} from "../asm/mod.ts";
import { ctxHeaderField } from "./ctx.ts";

/** Ctx pointer, saved from R1 at entry. */
export const CTX: Reg = R6;
/** Result of the last syscall or helper; the return value on failure. */
export const LAST_RET: Reg = R7;
/** `&blob[base]`, set at entry (base 0, or 32 KiB in a blob expected to be larger). */
export const BLOB: Reg = R8;
/** A value kept across helper calls. */
export const SCRATCH: Reg = R9;

/** Thrown when a loader cannot be generated for an object. */
export class LoaderGenError extends Error {
  override name = "LoaderGenError";
}

const align8 = (n: number) => (n + 7) & ~7;
/** The loader's own fd_array[0] is its blob map. */
const BLOB_MAP_INDEX = 0;
/** An instruction's offset is s16: `BLOB + off` reaches this far either side. */
const NEAR = 0x8000;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit. */
const MAX_UTF8_PER_UNIT = 3;

/** The conditional jumps the loader uses, by their C operator (`s` for signed). */
const JUMP_OPS = {
  "==": JmpOp.JEQ,
  "!=": JmpOp.JNE,
  "s<": JmpOp.JSLT,
  "s<=": JmpOp.JSLE,
  "s>=": JmpOp.JSGE,
} as const;

/** A conditional jump's operator. */
export type JumpOp = keyof typeof JUMP_OPS;

/** Sizes to start the loader's buffers with: a good guess saves allocating and copying them as
 * they grow. */
export interface EmitterCapacity {
  /** Instruction slots. */
  slots: number;
  /** Blob bytes. */
  blob: number;
}

/**
 * Builds the loader program and its blob side by side. Attrs, strings and data are written into
 * the blob as they are added (no intermediate buffer per attr), and the program and blob start
 * in one allocation: a typed array's backing store costs far more than filling it.
 */
export class Emitter {
  readonly #asm: Assembler;
  #blob: Uint8Array;
  #blobView: DataView;
  #blobSize = 0;
  readonly steps: string[] = [];
  readonly littleEndian: boolean;
  readonly #cleanup: Label;
  /** Slot of the cleanup block, once emitted. */
  #cleanupSlot: number | undefined;
  #checks = 0;
  /** The blob offset `BLOB` points at. */
  readonly #base: number;

  constructor(littleEndian: boolean, capacity: EmitterCapacity) {
    this.littleEndian = littleEndian;
    this.#base = capacity.blob > NEAR ? NEAR : 0;
    const insnBytes = INSN_SIZE * capacity.slots;
    const buffer = new ArrayBuffer(insnBytes + capacity.blob);
    this.#asm = new Assembler({ littleEndian, buffer: new Uint8Array(buffer, 0, insnBytes) });
    this.#blob = new Uint8Array(buffer, insnBytes, capacity.blob);
    this.#blobView = new DataView(buffer, insnBytes, capacity.blob);
    this.#cleanup = this.#asm.newLabel("cleanup");
  }

  // Instructions are written from their fields, not built as `Insn` objects and then encoded:
  // a loader has hundreds, and the objects cost more than the writes (~15 ns against ~2 per
  // instruction).

  /** `dst = *(size *)(src + off)` */
  load(size: Size, dst: Reg, src: Reg, off: number): void {
    this.#asm.insn(Class.LDX | Mode.MEM | size, dst, src, off, 0);
  }

  /** `*(size *)(dst + off) = src` */
  store(size: Size, dst: Reg, off: number, src: Reg): void {
    this.#asm.insn(Class.STX | Mode.MEM | size, dst, src, off, 0);
  }

  /** `*(size *)(dst + off) = imm` */
  storeImm(size: Size, dst: Reg, off: number, imm: number): void {
    this.#asm.insn(Class.ST | Mode.MEM | size, dst, 0, off, imm);
  }

  /** `dst = imm` (64-bit) */
  mov(dst: Reg, imm: number): void {
    this.#asm.insn(Class.ALU64 | AluOp.MOV | Source.K, dst, 0, 0, imm);
  }

  /** `dst = src` (64-bit) */
  movReg(dst: Reg, src: Reg): void {
    this.#asm.insn(Class.ALU64 | AluOp.MOV | Source.X, dst, src, 0, 0);
  }

  /** `dst >>= imm` (64-bit, logical) */
  rsh(dst: Reg, imm: number): void {
    this.#asm.insn(Class.ALU64 | AluOp.RSH | Source.K, dst, 0, 0, imm);
  }

  /** `r0 = helper(r1, ..., r5)` */
  call(helper: number): void {
    this.#asm.insn(Class.JMP | JmpOp.CALL, 0, 0, 0, helper);
  }

  /** `return r0` */
  exit(): void {
    this.#asm.insn(Class.JMP | JmpOp.EXIT, 0, 0, 0, 0);
  }

  /** `if (dst OP imm) goto label` */
  jumpIf(dst: Reg, op: JumpOp, imm: number, label: Label): void {
    this.#asm.jumpInsn(Class.JMP | JUMP_OPS[op] | Source.K, dst, 0, imm, label);
  }

  /** `if (dst OP imm)` skip the next `count` instruction slots. */
  skipIf(dst: Reg, op: JumpOp, imm: number, count: number): void {
    this.#asm.insn(Class.JMP | JUMP_OPS[op] | Source.K, dst, 0, count, imm);
  }

  /** `goto label` */
  goto(label: Label): void {
    this.#asm.jumpInsn(Class.JMP | JmpOp.JA, 0, 0, 0, label);
  }

  /** A fresh label; `hint` names it in errors. */
  newLabel(hint: string): Label {
    return this.#asm.newLabel(hint);
  }

  /** Binds a label at the current position. */
  label(label: Label): void {
    this.#asm.label(label);
  }

  /** Reserves `size` zeroed blob bytes, 8-byte aligned; returns their offset. */
  reserve(size: number): number {
    const at = this.#blobSize;
    this.#ensureBlob(align8(size));
    this.#blobSize += align8(size);
    return at;
  }

  /** Copies bytes into the blob, zero-padded to `size` (default their length); returns their
   * offset. */
  addData(bytes: Uint8Array, size: number = bytes.length): number {
    const at = this.reserve(size);
    this.#blob.set(bytes.length > size ? bytes.subarray(0, size) : bytes, at);
    return at;
  }

  /** The `size` blob bytes at `off`, for data written in place (valid until the next addition
   * to the blob). */
  blobBytes(off: number, size: number): Uint8Array {
    return this.#blob.subarray(off, off + size);
  }

  /** Adds a u32 in the target byte order; returns its offset. */
  addU32(value: number): number {
    const at = this.reserve(4);
    this.setU32(at, value);
    return at;
  }

  /** `*(u32 *)&blob[off] = value`, written now (not by the loader), in the target byte order. */
  setU32(off: number, value: number): void {
    this.#blobView.setUint32(off, value, this.littleEndian);
  }

  /** Adds a NUL-terminated string; returns its offset and its size including the NUL. */
  addString(text: string): { off: number; size: number } {
    const at = this.#blobSize;
    const limit = MAX_UTF8_PER_UNIT * text.length;
    this.#ensureBlob(limit + 1);
    const size = writeText(this.#blob, at, text, limit) + 1;
    this.#blobSize += align8(size);
    return { off: at, size };
  }

  /** `*(u64 *)&blob[off] = value`, written now, in the target byte order. */
  setU64(off: number, value: bigint): void {
    this.#blobView.setBigUint64(off, BigInt.asUintN(64, value), this.littleEndian);
  }

  /** Writes `text` at `&blob[off]` as a char array of `size` bytes, cut to keep its NUL. */
  setText(off: number, text: string, size: number): void {
    writeText(this.#blob, off, text, size - 1);
  }

  #ensureBlob(more: number): void {
    const needed = this.#blobSize + more;
    if (needed <= this.#blob.length) return;
    const blob = new Uint8Array(Math.max(needed, 2 * this.#blob.length));
    blob.set(this.#blob.subarray(0, this.#blobSize));
    this.#blob = blob;
    this.#blobView = new DataView(blob.buffer);
  }

  /** `reg = &blob[off]` */
  blobPtr(reg: Reg, off: number): void {
    this.#asm.insn(LD_IMM64, reg, PseudoLd.MAP_IDX_VALUE, 0, BLOB_MAP_INDEX, off);
  }

  /** `*(u64 *)&blob[off] = &blob[dataOff]`: fills an attr pointer field with a blob address. */
  emitRelStore(off: number, dataOff: number): void {
    if (dataOff === this.#base) return this.storeBlob(Size.DW, off, BLOB);
    this.blobPtr(R0, dataOff);
    this.storeBlob(Size.DW, off, R0);
  }

  /** `dst = *(size *)&blob[off]` */
  loadBlob(size: Size, dst: Reg, off: number): void {
    if (this.#isNear(off)) return this.load(size, dst, BLOB, off - this.#base);
    this.blobPtr(dst, off);
    this.load(size, dst, dst, 0);
  }

  /** `*(size *)&blob[off] = src`; a far `off` clobbers R0 (R1 when `src` is R0). */
  storeBlob(size: Size, off: number, src: Reg): void {
    if (this.#isNear(off)) return this.store(size, BLOB, off - this.#base, src);
    const ptr = src === R0 ? R1 : R0;
    this.blobPtr(ptr, off);
    this.store(size, ptr, 0, src);
  }

  /** `*(size *)&blob[off] = imm`; a far `off` clobbers R0. */
  storeBlobImm(size: Size, off: number, imm: number): void {
    if (this.#isNear(off)) return this.storeImm(size, BLOB, off - this.#base, imm);
    this.blobPtr(R0, off);
    this.storeImm(size, R0, 0, imm);
  }

  #isNear(off: number): boolean {
    return off - this.#base < NEAR && this.#base - off <= NEAR;
  }

  /** Instruction slots a store to `&blob[off]` takes (what a `skipIf` over it skips). */
  #storeSlots(off: number): number {
    return this.#isNear(off) ? 1 : 3;
  }

  /** `*(size *)&blob[dst] = *(size *)&blob[src]` */
  moveBlob2Blob(dst: number, size: Size, src: number): void {
    this.loadBlob(size, R1, src);
    this.storeBlob(size, dst, R1);
  }

  /** `*(size *)(ctx + ctxOff) = *(size *)&blob[blobOff]` */
  moveBlob2Ctx(ctxOff: number, size: Size, blobOff: number): void {
    this.loadBlob(size, R1, blobOff);
    this.store(size, CTX, ctxOff, R1);
  }

  /** Starts a named step: records its name and stores its number in the ctx, so a failure
   * says which step failed. */
  enterStep(name: string): number {
    this.steps.push(name);
    const step = this.steps.length;
    this.storeImm(Size.W, CTX, ctxHeaderField("step"), step);
    return step;
  }

  /** `r7 = bpf_sys_bpf(cmd, &blob[attrOff], attrSize)` */
  emitSysBpf(cmd: number, attrOff: number, attrSize: number): void {
    this.mov(R1, cmd);
    this.blobPtr(R2, attrOff);
    this.mov(R3, attrSize);
    this.call(BpfFuncId.BPF_FUNC_sys_bpf);
    this.movReg(LAST_RET, R0);
  }

  /** `r7 = helper(r1..r4)` for the loader's lookup helpers. */
  emitHelper(id: number, args: readonly (readonly [Reg, number | { blob: number }])[]): void {
    for (const [reg, value] of args) {
      if (typeof value === "number") this.mov(reg, value);
      else this.blobPtr(reg, value.blob);
    }
    this.call(id);
    this.movReg(LAST_RET, R0);
  }

  /** `if (r7 < 0) goto cleanup` — the cleanup block closes everything and returns r7. */
  emitCheckErr(): void {
    this.#checks++;
    if (this.#cleanupSlot === undefined) {
      throw new LoaderGenError("cleanup block not emitted yet");
    }
    const distance = this.#asm.slot - this.#cleanupSlot + 1;
    if (distance <= 0x8000) {
      this.jumpIf(LAST_RET, "s<", 0, this.#cleanup);
    } else {
      this.skipIf(LAST_RET, "s>=", 0, 1);
      // `gotol cleanup`: its 32-bit offset is in imm.
      this.#asm.jumpInsn(Class.JMP32 | JmpOp.JA, 0, 0, 0, this.#cleanup);
    }
  }

  /** `if (fd = *(u32 *)&blob[off]) > 0 { close(fd); *(u32 *)&blob[off] = 0 }` */
  emitSysCloseBlob(off: number): void {
    this.loadBlob(Size.W, R1, off);
    this.skipIf(R1, "s<=", 0, this.#storeSlots(off) + 1);
    this.storeBlobImm(Size.W, off, 0);
    this.call(BpfFuncId.BPF_FUNC_sys_close);
  }

  /**
   * Entry of the loader: `r6 = r1`, `r8 = &blob[base]`, then jump over the cleanup block, which
   * closes every fd in the `fdCount` u32 slots at `&blob[fdsOff]` that is > 0, then returns r7.
   */
  emitPrologue(fdsOff: number, fdCount: number): void {
    const body = this.newLabel("body");
    this.movReg(CTX, R1);
    this.mov(LAST_RET, 0);
    this.blobPtr(BLOB, this.#base);
    this.goto(body);
    this.#cleanupSlot = this.#asm.slot;
    this.label(this.#cleanup);
    for (let i = 0; i < fdCount; i++) {
      this.loadBlob(Size.W, R1, fdsOff + 4 * i);
      this.skipIf(R1, "s<=", 0, 1);
      this.call(BpfFuncId.BPF_FUNC_sys_close);
    }
    this.movReg(R0, LAST_RET);
    this.exit();
    this.label(body);
  }

  /** Successful end: `return 0`. */
  emitEpilogue(): void {
    // The verifier refuses unreachable code: a loader with no fallible step still branches to
    // the cleanup block once.
    if (this.#checks === 0) this.emitCheckErr();
    this.mov(R0, 0);
    this.exit();
  }

  /** The loader instructions (encoded) and blob. */
  finish(): { insns: Uint8Array; blob: Uint8Array } {
    let insns: Uint8Array;
    try {
      insns = this.#asm.assemble();
    } catch (e) {
      if (e instanceof AsmError) throw new LoaderGenError(`Cannot assemble loader: ${e.message}`);
      throw e;
    }
    // `ld_imm64` of a map value address must stay inside the value.
    if (this.#blobSize <= this.#base) this.reserve(this.#base + 8 - this.#blobSize);
    return { insns, blob: this.#blob.subarray(0, this.#blobSize) };
  }
}
