/** Byte encoding of instructions (`struct bpf_insn`, 8 bytes a slot), in either endianness. */

import { type Insn, LD_IMM64, slotCount } from "./insn.ts";

/** Size of one instruction slot in bytes. */
export const INSN_SIZE = 8;

/** Options for {@link encode} and {@link decode}. */
export interface EndianOptions {
  /** Byte order of the target; default true (x86, arm64). */
  littleEndian?: boolean;
}

/** Thrown when bytes cannot be decoded into instructions. */
export class InsnDecodeError extends SyntaxError {
  override name = "InsnDecodeError";
}

// Fields are stored byte by byte: as fast as a DataView in a tight loop, and much faster where
// V8 does not inline DataView calls (the generator writes hundreds of instructions per loader,
// from many call sites).

function put16(bytes: Uint8Array, at: number, value: number, littleEndian: boolean): void {
  bytes[littleEndian ? at : at + 1] = value;
  bytes[littleEndian ? at + 1 : at] = value >> 8;
}

function put32(bytes: Uint8Array, at: number, value: number, littleEndian: boolean): void {
  const first = littleEndian ? at : at + 3;
  const step = littleEndian ? 1 : -1;
  bytes[first] = value;
  bytes[first + step] = value >> 8;
  bytes[first + 2 * step] = value >> 16;
  bytes[first + 3 * step] = value >> 24;
}

function get16(bytes: Uint8Array, at: number, littleEndian: boolean): number {
  const value = littleEndian
    ? bytes[at]! | (bytes[at + 1]! << 8)
    : (bytes[at]! << 8) | bytes[at + 1]!;
  return (value << 16) >> 16;
}

function get32(bytes: Uint8Array, at: number, littleEndian: boolean): number {
  return littleEndian
    ? bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)
    : (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
}

/**
 * Writes the instruction with these fields at byte `at` of `bytes` (two slots for `ld_imm64`, whose
 * second slot carries only `imm2`; `imm2` is ignored otherwise); returns the byte offset just past it.
 */
export function encodeFields(
  bytes: Uint8Array,
  at: number,
  code: number,
  dst: number,
  src: number,
  off: number,
  imm: number,
  imm2: number,
  littleEndian: boolean,
): number {
  bytes[at] = code;
  // The bitfield `dst_reg:4, src_reg:4` is allocated from the low bits on little-endian targets
  // and from the high bits on big-endian ones.
  bytes[at + 1] = littleEndian ? (src << 4) | dst : (dst << 4) | src;
  put16(bytes, at + 2, off, littleEndian);
  put32(bytes, at + 4, imm, littleEndian);
  if (code !== LD_IMM64) return at + INSN_SIZE;
  put32(bytes, at + 8, 0, littleEndian);
  put32(bytes, at + 12, imm2, littleEndian);
  return at + 2 * INSN_SIZE;
}

/** Sets the `off` field of the instruction encoded at byte `at` (a jump's target). */
export function setInsnOff(bytes: Uint8Array, at: number, off: number, littleEndian: boolean) {
  put16(bytes, at + 2, off, littleEndian);
}

/** Sets the `src` register field of the instruction encoded at byte `at` (a pseudo
 * instruction's kind). */
export function setInsnSrc(bytes: Uint8Array, at: number, src: number, littleEndian: boolean) {
  const regs = bytes[at + 1]!;
  bytes[at + 1] = littleEndian ? (regs & 0x0f) | (src << 4) : (regs & 0xf0) | src;
}

/** Sets the `imm` field of the instruction encoded at byte `at`. */
export function setInsnImm(bytes: Uint8Array, at: number, imm: number, littleEndian: boolean) {
  put32(bytes, at + 4, imm, littleEndian);
}

/**
 * {@link encodeFields} for a little-endian target on a little-endian host, as two 32-bit stores
 * at `words[index]`: the generator's hot path. Returns the word index just past the instruction.
 */
export function encodeFieldsWords(
  words: Int32Array,
  index: number,
  code: number,
  dst: number,
  src: number,
  off: number,
  imm: number,
  imm2: number,
): number {
  words[index] = code | (dst << 8) | (src << 12) | (off << 16);
  words[index + 1] = imm;
  if (code !== LD_IMM64) return index + 2;
  words[index + 2] = 0;
  words[index + 3] = imm2;
  return index + 4;
}

/** Reads the instruction at byte `at` of `bytes`; the caller checks that an `ld_imm64` there has
 * its second slot. */
export function decodeInsn(bytes: Uint8Array, at: number, littleEndian: boolean): Insn {
  const code = bytes[at]!;
  const regs = bytes[at + 1]!;
  const dst = littleEndian ? regs & 0xf : regs >> 4;
  const src = littleEndian ? regs >> 4 : regs & 0xf;
  const off = get16(bytes, at + 2, littleEndian);
  const imm = get32(bytes, at + 4, littleEndian);
  return code === LD_IMM64
    ? { code, dst, src, off, imm, imm2: get32(bytes, at + 12, littleEndian) }
    : { code, dst, src, off, imm };
}

/** Encodes instructions into `struct bpf_insn` bytes (`ld_imm64` takes two slots). */
export function encode(insns: readonly Insn[], opts: EndianOptions = {}): Uint8Array {
  const le = opts.littleEndian ?? true;
  const out = new Uint8Array(slotCount(insns) * INSN_SIZE);
  let at = 0;
  for (const i of insns) {
    at = encodeFields(out, at, i.code, i.dst, i.src, i.off, i.imm, i.imm2 ?? 0, le);
  }
  return out;
}

/** Decodes `struct bpf_insn` bytes; an `ld_imm64` and its second slot become one `Insn`. */
export function decode(bytes: Uint8Array, opts: EndianOptions = {}): Insn[] {
  const le = opts.littleEndian ?? true;
  if (bytes.byteLength % INSN_SIZE !== 0) {
    throw new InsnDecodeError(
      `Cannot decode instructions: ${bytes.byteLength} bytes is not a multiple of ${INSN_SIZE}`,
    );
  }
  const insns: Insn[] = [];
  for (let at = 0; at < bytes.byteLength; at += INSN_SIZE) {
    if (bytes[at] === LD_IMM64 && at + INSN_SIZE >= bytes.byteLength) {
      throw new InsnDecodeError(
        `Cannot decode instructions: ld_imm64 at slot ${at / INSN_SIZE} has no second slot`,
      );
    }
    const insn = decodeInsn(bytes, at, le);
    if (insn.code === LD_IMM64) at += INSN_SIZE;
    insns.push(insn);
  }
  return insns;
}
