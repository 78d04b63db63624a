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

/**
 * Writes `insn` at byte `at` of `view` (two slots for `ld_imm64`, whose second slot carries only
 * `imm2`); returns the byte offset just past it.
 */
export function encodeInsn(view: DataView, at: number, insn: Insn, littleEndian: boolean): number {
  view.setUint8(at, insn.code);
  // The bitfield `dst_reg:4, src_reg:4` is allocated from the low bits on little-endian targets
  // and from the high bits on big-endian ones.
  view.setUint8(at + 1, littleEndian ? (insn.src << 4) | insn.dst : (insn.dst << 4) | insn.src);
  view.setInt16(at + 2, insn.off, littleEndian);
  view.setInt32(at + 4, insn.imm, littleEndian);
  if (insn.code !== LD_IMM64) return at + INSN_SIZE;
  view.setUint32(at + 8, 0);
  view.setInt32(at + 12, insn.imm2 ?? 0, littleEndian);
  return at + 2 * INSN_SIZE;
}

/** Reads the instruction at byte `at` of `view`; the caller checks that an `ld_imm64` there has
 * its second slot. */
export function decodeInsn(view: DataView, at: number, littleEndian: boolean): Insn {
  const regs = view.getUint8(at + 1);
  const code = view.getUint8(at);
  const dst = littleEndian ? regs & 0xf : regs >> 4;
  const src = littleEndian ? regs >> 4 : regs & 0xf;
  const off = view.getInt16(at + 2, littleEndian);
  const imm = view.getInt32(at + 4, littleEndian);
  return code === LD_IMM64
    ? { code, dst, src, off, imm, imm2: view.getInt32(at + 12, littleEndian) }
    : { code, dst, src, off, imm };
}

/** Encodes instructions into `struct bpf_insn` bytes (`ld_imm64` takes two slots). */
export function encode(insns: readonly Insn[], opts: EndianOptions = {}): Uint8Array {
  const le = opts.littleEndian ?? true;
  const out = new Uint8Array(slotCount(insns) * INSN_SIZE);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const insn of insns) at = encodeInsn(view, at, insn, le);
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
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const insns: Insn[] = [];
  for (let at = 0; at < bytes.byteLength; at += INSN_SIZE) {
    if (view.getUint8(at) === LD_IMM64 && at + INSN_SIZE >= bytes.byteLength) {
      throw new InsnDecodeError(
        `Cannot decode instructions: ld_imm64 at slot ${at / INSN_SIZE} has no second slot`,
      );
    }
    const insn = decodeInsn(view, at, le);
    if (insn.code === LD_IMM64) at += INSN_SIZE;
    insns.push(insn);
  }
  return insns;
}
