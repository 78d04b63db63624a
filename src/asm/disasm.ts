/** A disassembler whose text follows the kernel's `print_bpf_insn` and `bpftool prog dump xlated`. */

import { BpfFuncId } from "../abi/mod.ts";
import {
  AluOp,
  AtomicOp,
  Class,
  imm64Of,
  type Insn,
  JmpOp,
  Mode,
  PseudoCall,
  PseudoLd,
  Size,
  slotsOf,
  Source,
} from "./insn.ts";

/** Options for {@link disassemble}. */
export interface DisasmOptions {
  /** Name of helper `id`; default the kernel's (`bpf_map_lookup_elem`), `unknown` if none. */
  helperName?: (id: number) => string | undefined;
  /** Name of a kfunc call target; default `kernel-function` as the kernel prints. */
  kfuncName?: (insn: Insn) => string | undefined;
  /** Text of an `ld_imm64` operand; default as bpftool prints it (`map[idx:0]+16`, `0x2a`). */
  imm64Text?: (insn: Insn) => string | undefined;
}

const ALU_OPS: Record<number, string> = {
  [AluOp.ADD]: "+=",
  [AluOp.SUB]: "-=",
  [AluOp.MUL]: "*=",
  [AluOp.DIV]: "/=",
  [AluOp.OR]: "|=",
  [AluOp.AND]: "&=",
  [AluOp.LSH]: "<<=",
  [AluOp.RSH]: ">>=",
  [AluOp.MOD]: "%=",
  [AluOp.XOR]: "^=",
  [AluOp.MOV]: "=",
  [AluOp.ARSH]: "s>>=",
};
const SIGNED_ALU_OPS: Record<number, string> = { [AluOp.DIV]: "s/=", [AluOp.MOD]: "s%=" };

const JMP_OPS: Record<number, string> = {
  [JmpOp.JEQ]: "==",
  [JmpOp.JGT]: ">",
  [JmpOp.JLT]: "<",
  [JmpOp.JGE]: ">=",
  [JmpOp.JLE]: "<=",
  [JmpOp.JSET]: "&",
  [JmpOp.JNE]: "!=",
  [JmpOp.JSGT]: "s>",
  [JmpOp.JSLT]: "s<",
  [JmpOp.JSGE]: "s>=",
  [JmpOp.JSLE]: "s<=",
};
const JCOND = 0xe0;

const ATOMIC_NAMES: Record<number, string> = {
  [AtomicOp.ADD]: "add",
  [AtomicOp.AND]: "and",
  [AtomicOp.OR]: "or",
  [AtomicOp.XOR]: "xor",
};

const SIZE_NAMES: Record<number, string> = {
  [Size.W]: "u32",
  [Size.H]: "u16",
  [Size.B]: "u8",
  [Size.DW]: "u64",
};
const SIGNED_SIZE_NAMES: Record<number, string> = {
  [Size.W]: "s32",
  [Size.H]: "s16",
  [Size.B]: "s8",
};

let helperNames: Map<number, string> | undefined;

/**
 * `bpf_map_lookup_elem` for helper id 1. The table is built on first use, not when the module is
 * loaded: the daemon imports this module but never disassembles.
 */
function helperName(id: number): string | undefined {
  helperNames ??= new Map(
    Object.entries(BpfFuncId).map(([name, id]) => [id, `bpf_${name.slice("BPF_FUNC_".length)}`]),
  );
  return helperNames.get(id);
}

const hex = (n: number) => `0x${(n >>> 0).toString(16)}`;
const signed = (n: number) => (n < 0 ? `${n}` : `+${n}`);
const mem = (size: number, reg: number, off: number, names = SIZE_NAMES) =>
  `*(${names[size] ?? "?"} *)(r${reg} ${signed(off)})`;

function defaultImm64(insn: Insn): string {
  switch (insn.src) {
    case PseudoLd.MAP_FD:
      return `map[id:${insn.imm}]`;
    case PseudoLd.MAP_VALUE:
      return `map[id:${insn.imm}][0]+${insn.imm2 ?? 0}`;
    case PseudoLd.MAP_IDX:
      return `map[idx:${insn.imm}]`;
    case PseudoLd.MAP_IDX_VALUE:
      return `map[idx:${insn.imm}]+${insn.imm2 ?? 0}`;
    case PseudoLd.FUNC:
      return `subprog[${signed(insn.imm)}]`;
    case PseudoLd.BTF_ID:
      return `btf_id[${insn.imm}]`;
    default:
      return `0x${BigInt.asUintN(64, imm64Of(insn)).toString(16)}`;
  }
}

function aluText(insn: Insn): string {
  const cls = insn.code & 0x07;
  const op = insn.code & 0xf0;
  const r = cls === Class.ALU64 ? "r" : "w";
  const code = insn.code;
  if (op === AluOp.END) {
    if (cls === Class.ALU64) return `r${insn.dst} = bswap${insn.imm} r${insn.dst}`;
    const kind = (code & Source.X) ? "be" : "le";
    return `r${insn.dst} = ${kind}${insn.imm} r${insn.dst}`;
  }
  if (op === AluOp.NEG) return `${r}${insn.dst} = -${r}${insn.dst}`;
  const name = (insn.off === 1 ? SIGNED_ALU_OPS[op] : undefined) ?? ALU_OPS[op] ?? "?";
  if (code & Source.X) {
    const cast = op === AluOp.MOV && insn.off !== 0 ? `(s${insn.off})` : "";
    return `${r}${insn.dst} ${name} ${cast}${r}${insn.src}`;
  }
  return `${r}${insn.dst} ${name} ${insn.imm}`;
}

function atomicText(insn: Insn): string {
  const size = insn.code & 0x18;
  const bits = size === Size.DW ? "64" : "";
  const ptr = `(${SIZE_NAMES[size]} *)(r${insn.dst} ${signed(insn.off)})`;
  const base = insn.imm & ~AtomicOp.FETCH;
  if (insn.imm === AtomicOp.CMPXCHG) return `r0 = atomic${bits}_cmpxchg(${ptr}, r0, r${insn.src})`;
  if (insn.imm === AtomicOp.XCHG) return `r${insn.src} = atomic${bits}_xchg(${ptr}, r${insn.src})`;
  if (insn.imm === AtomicOp.LOAD_ACQ) {
    return `r${insn.dst} = load_acquire((${SIZE_NAMES[size]} *)(r${insn.src} ${signed(insn.off)}))`;
  }
  if (insn.imm === AtomicOp.STORE_REL) return `store_release(${ptr}, r${insn.src})`;
  if (insn.imm & AtomicOp.FETCH) {
    return `r${insn.src} = atomic${bits}_fetch_${ATOMIC_NAMES[base] ?? "?"}(${ptr}, r${insn.src})`;
  }
  return `lock ${mem(size, insn.dst, insn.off)} ${ALU_OPS[base] ?? "?"} r${insn.src}`;
}

function jmpText(insn: Insn, opts: DisasmOptions): string {
  const cls = insn.code & 0x07;
  const op = insn.code & 0xf0;
  const r = cls === Class.JMP ? "r" : "w";
  if (op === JmpOp.JA) {
    return cls === Class.JMP ? `goto pc${signed(insn.off)}` : `gotol pc${signed(insn.imm)}`;
  }
  if (op === JmpOp.EXIT) return "exit";
  if (op === JCOND) return `may_goto pc${signed(insn.off)}`;
  if (op === JmpOp.CALL) {
    if (insn.src === PseudoCall.CALL) return `call pc${signed(insn.imm)}`;
    if (insn.src === PseudoCall.KFUNC_CALL) {
      return `call ${opts.kfuncName?.(insn) ?? "kernel-function"}`;
    }
    return `call ${(opts.helperName ?? helperName)(insn.imm) ?? "unknown"}#${insn.imm}`;
  }
  const name = JMP_OPS[op] ?? "?";
  const rhs = insn.code & Source.X ? `${r}${insn.src}` : hex(insn.imm);
  return `if ${r}${insn.dst} ${name} ${rhs} goto pc${signed(insn.off)}`;
}

/** Text of one instruction without index, e.g. `(61) r1 = *(u32 *)(r10 -136)`. */
export function formatInsn(insn: Insn, opts: DisasmOptions = {}): string {
  const cls = insn.code & 0x07;
  const size = insn.code & 0x18;
  const mode = insn.code & 0xe0;
  let text: string;
  switch (cls) {
    case Class.ALU:
    case Class.ALU64:
      text = aluText(insn);
      break;
    case Class.JMP:
    case Class.JMP32:
      text = jmpText(insn, opts);
      break;
    case Class.STX:
      text = mode === Mode.ATOMIC
        ? atomicText(insn)
        : `${mem(size, insn.dst, insn.off)} = r${insn.src}`;
      break;
    case Class.ST:
      text = `${mem(size, insn.dst, insn.off)} = ${insn.imm}`;
      break;
    case Class.LDX:
      text = mode === Mode.MEMSX
        ? `r${insn.dst} = ${mem(size, insn.src, insn.off, SIGNED_SIZE_NAMES)}`
        : `r${insn.dst} = ${mem(size, insn.src, insn.off)}`;
      break;
    default: // Class.LD
      if (mode === Mode.ABS) text = `r0 = *(${SIZE_NAMES[size]} *)skb[${insn.imm}]`;
      else if (mode === Mode.IND) {
        text = `r0 = *(${SIZE_NAMES[size]} *)skb[r${insn.src} + ${insn.imm}]`;
      } else if (size === Size.DW) {
        text = `r${insn.dst} = ${opts.imm64Text?.(insn) ?? defaultImm64(insn)}`;
      } else text = `BUG_ld_${insn.code.toString(16).padStart(2, "0")}`;
  }
  return `(${insn.code.toString(16).padStart(2, "0")}) ${text}`;
}

/** Disassembles a program into lines like `bpftool prog dump xlated`: `   4: (85) call ...`.
 * Indices count slots, so the line after an `ld_imm64` skips one. */
export function disassemble(insns: readonly Insn[], opts: DisasmOptions = {}): string[] {
  const lines: string[] = [];
  let slot = 0;
  for (const insn of insns) {
    lines.push(`${String(slot).padStart(4)}: ${formatInsn(insn, opts)}`);
    slot += slotsOf(insn);
  }
  return lines;
}
