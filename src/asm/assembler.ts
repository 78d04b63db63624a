/** An instruction buffer with labels and forward/backward jumps resolved at the end. */

import {
  encodeFields,
  encodeFieldsWords,
  type EndianOptions,
  INSN_SIZE,
  setInsnImm,
  setInsnOff,
} from "./encode.ts";
import { HOST_LITTLE_ENDIAN } from "../abi/mod.ts";
import { Class, type Insn, JmpOp } from "./insn.ts";

/** Thrown when a program cannot be assembled (unknown label, offset out of range). */
export class AsmError extends RangeError {
  override name = "AsmError";
}

/** A jump target, made by {@link Assembler.newLabel} and bound by {@link Assembler.label}. */
export type Label = number;

const UNBOUND = -1;

/**
 * Encodes instructions as they are emitted; `jump(insn, label)` emits a jump whose offset is
 * filled in by {@link Assembler.assemble} once every label is bound. Offsets count 8-byte slots.
 * Loaders run to hundreds of instructions per object, so nothing is kept per instruction but
 * its bytes.
 */
export class Assembler {
  readonly littleEndian: boolean;
  #bytes: Uint8Array;
  /** `#bytes` as 32-bit words when instructions can be stored a word at a time (target and host
   * little-endian, buffer aligned). */
  #words: Int32Array | undefined;
  /** Byte offset just past the last instruction. */
  #end = 0;
  readonly #labelNames: string[] = [];
  /** Slot each label is bound to, or UNBOUND. */
  readonly #labelSlots: number[] = [];
  /** Pairs of (slot of a jump, its label). */
  readonly #fixups: number[] = [];

  /**
   * `opts.buffer` receives the instructions until it is full, then a copy twice as
   * large: a caller that can estimate the program's size saves allocating (costly for typed
   * arrays) and copying.
   */
  constructor(opts: EndianOptions & { buffer?: Uint8Array } = {}) {
    this.littleEndian = opts.littleEndian ?? true;
    this.#bytes = opts.buffer ?? new Uint8Array(INSN_SIZE * 256);
    this.#words = this.#wordsOf(this.#bytes);
  }

  /** Slot index the next instruction will occupy. */
  get slot(): number {
    return this.#end / INSN_SIZE;
  }

  /** Appends one instruction. */
  emit(insn: Insn): this {
    return this.insn(insn.code, insn.dst, insn.src, insn.off, insn.imm, insn.imm2 ?? 0);
  }

  /**
   * Appends the instruction with these fields (`imm2` is the second slot's `imm` of an
   * `ld_imm64`, ignored otherwise). For hot paths: no `Insn` object per instruction.
   */
  insn(code: number, dst: number, src: number, off: number, imm: number, imm2 = 0): this {
    const end = this.#end;
    if (end + 2 * INSN_SIZE > this.#bytes.length) this.#grow();
    const words = this.#words;
    this.#end = words !== undefined
      ? 4 * encodeFieldsWords(words, end / 4, code, dst, src, off, imm, imm2)
      : encodeFields(this.#bytes, end, code, dst, src, off, imm, imm2, this.littleEndian);
    return this;
  }

  /** A new label, not yet bound; `name` appears in errors only. */
  newLabel(name: string): Label {
    this.#labelNames.push(name);
    return this.#labelSlots.push(UNBOUND) - 1;
  }

  /** Binds `label` to the next instruction's slot. */
  label(label: Label): this {
    if (this.#labelSlots[label] !== UNBOUND) {
      throw new AsmError(`Label "${this.#labelNames[label]}" is bound twice or unknown`);
    }
    this.#labelSlots[label] = this.slot;
    return this;
  }

  /** Emits a jump (conditional, `ja`, `gotol` or pseudo call) whose target is `label`. */
  jump(insn: Insn, label: Label): this {
    this.#fixups.push(this.slot, label);
    return this.emit(insn);
  }

  /** {@link jump} from the instruction's fields; its `off` (or `imm` for `gotol` and calls) is
   * filled in by {@link assemble}. */
  jumpInsn(code: number, dst: number, src: number, imm: number, label: Label): this {
    this.#fixups.push(this.slot, label);
    return this.insn(code, dst, src, 0, imm);
  }

  /** Resolves every jump and returns the encoded instructions. */
  assemble(): Uint8Array {
    const fixups = this.#fixups;
    for (let i = 0; i < fixups.length; i += 2) {
      const slot = fixups[i]!;
      const label = fixups[i + 1]!;
      const target = this.#labelSlots[label] ?? UNBOUND;
      if (target === UNBOUND) {
        throw new AsmError(`Jump to undefined label "${this.#labelNames[label]}"`);
      }
      const at = slot * INSN_SIZE;
      const code = this.#bytes[at];
      const delta = target - slot - 1;
      if (code === (Class.JMP32 | JmpOp.JA) || code === (Class.JMP | JmpOp.CALL)) {
        setInsnImm(this.#bytes, at, delta, this.littleEndian);
      } else {
        if (delta < -32768 || delta > 32767) {
          throw new AsmError(
            `Jump from slot ${slot} to "${this.#labelNames[label]}" (${delta}) does not fit in s16`,
          );
        }
        setInsnOff(this.#bytes, at, delta, this.littleEndian);
      }
    }
    return this.#bytes.subarray(0, this.#end);
  }

  #grow(): void {
    const bytes = new Uint8Array(Math.max(2 * this.#bytes.length, 4 * INSN_SIZE));
    bytes.set(this.#bytes.subarray(0, this.#end));
    this.#bytes = bytes;
    this.#words = this.#wordsOf(bytes);
  }

  #wordsOf(bytes: Uint8Array): Int32Array | undefined {
    const aligned = bytes.byteOffset % 4 === 0 && bytes.length % 4 === 0;
    if (!this.littleEndian || !HOST_LITTLE_ENDIAN || !aligned) return undefined;
    return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  }
}
