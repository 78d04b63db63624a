/** An instruction list with labels and forward/backward jumps resolved at the end. */

import { Class, type Insn, JmpOp, slotsOf } from "./insn.ts";

/** Thrown when a program cannot be assembled (unknown label, offset out of range). */
export class AsmError extends RangeError {
  override name = "AsmError";
}

interface Fixup {
  index: number;
  slot: number;
  label: string;
}

/** Collects instructions; `jump(insn, label)` emits a jump whose offset is filled in by
 * {@link Assembler.assemble} once every label is known. Offsets count 8-byte slots. */
export class Assembler {
  #insns: Insn[] = [];
  #slots = 0;
  #labels = new Map<string, number>();
  #fixups: Fixup[] = [];

  /** Slot index the next instruction will occupy. */
  get slot(): number {
    return this.#slots;
  }

  /** Appends instructions as they are. */
  emit(...insns: Insn[]): this {
    for (const insn of insns) {
      this.#insns.push(copyInsn(insn));
      this.#slots += slotsOf(insn);
    }
    return this;
  }

  /** Binds `name` to the next instruction's slot. */
  label(name: string): this {
    if (this.#labels.has(name)) throw new AsmError(`Label "${name}" is defined twice`);
    this.#labels.set(name, this.#slots);
    return this;
  }

  /** Whether `name` has been bound. */
  hasLabel(name: string): boolean {
    return this.#labels.has(name);
  }

  /** Emits a jump (conditional, `ja`, `gotol` or pseudo call) whose target is `label`. */
  jump(insn: Insn, label: string): this {
    this.#fixups.push({ index: this.#insns.length, slot: this.#slots, label });
    return this.emit(insn);
  }

  /** Resolves every jump and returns the instructions. */
  assemble(): Insn[] {
    for (const fixup of this.#fixups) {
      const target = this.#labels.get(fixup.label);
      if (target === undefined) throw new AsmError(`Jump to undefined label "${fixup.label}"`);
      const insn = this.#insns[fixup.index]!;
      const delta = target - fixup.slot - 1;
      const usesImm = insn.code === (Class.JMP32 | JmpOp.JA) ||
        insn.code === (Class.JMP | JmpOp.CALL);
      if (usesImm) {
        insn.imm = delta;
      } else {
        if (delta < -32768 || delta > 32767) {
          throw new AsmError(
            `Jump from slot ${fixup.slot} to "${fixup.label}" (${delta}) does not fit in s16`,
          );
        }
        insn.off = delta;
      }
    }
    return this.#insns.map(copyInsn);
  }
}

/**
 * A copy of `insn` built field by field, so that every copy has one of two shapes: `{ ...insn }`
 * on instructions of many shapes (decoded, built by helpers, from different objects) turns
 * megamorphic and, in a process that generates loaders for several objects, cost ~80 µs per
 * task_iter loader.
 */
function copyInsn(insn: Insn): Insn {
  const { code, dst, src, off, imm } = insn;
  return "imm2" in insn
    ? { code, dst, src, off, imm, imm2: insn.imm2 }
    : { code, dst, src, off, imm };
}
