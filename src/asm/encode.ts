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

function writeSlot(
  view: DataView,
  at: number,
  insn: Insn,
  imm: number,
  le: boolean,
  regs: boolean,
) {
  view.setUint8(at, insn.code);
  // The bitfield `dst_reg:4, src_reg:4` is allocated from the low bits on little-endian targets
  // and from the high bits on big-endian ones.
  const nibbles = le ? (insn.src << 4) | insn.dst : (insn.dst << 4) | insn.src;
  view.setUint8(at + 1, regs ? nibbles & 0xff : 0);
  view.setInt16(at + 2, regs ? insn.off : 0, le);
  view.setInt32(at + 4, imm, le);
}

/** Encodes instructions into `struct bpf_insn` bytes (`ld_imm64` takes two slots). */
export function encode(insns: readonly Insn[], opts: EndianOptions = {}): Uint8Array {
  const le = opts.littleEndian ?? true;
  const out = new Uint8Array(slotCount(insns) * INSN_SIZE);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const insn of insns) {
    writeSlot(view, at, insn, insn.imm, le, true);
    at += INSN_SIZE;
    if (insn.code === LD_IMM64) {
      writeSlot(view, at, { code: 0, dst: 0, src: 0, off: 0, imm: 0 }, insn.imm2 ?? 0, le, false);
      at += INSN_SIZE;
    }
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
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const insns: Insn[] = [];
  for (let at = 0; at < bytes.byteLength; at += INSN_SIZE) {
    const regs = view.getUint8(at + 1);
    const insn: Insn = {
      code: view.getUint8(at),
      dst: le ? regs & 0xf : regs >> 4,
      src: le ? regs >> 4 : regs & 0xf,
      off: view.getInt16(at + 2, le),
      imm: view.getInt32(at + 4, le),
    };
    if (insn.code === LD_IMM64) {
      at += INSN_SIZE;
      if (at >= bytes.byteLength) {
        throw new InsnDecodeError(
          `Cannot decode instructions: ld_imm64 at slot ${at / INSN_SIZE - 1} has no second slot`,
        );
      }
      insn.imm2 = view.getInt32(at + 4, le);
    }
    insns.push(insn);
  }
  return insns;
}
