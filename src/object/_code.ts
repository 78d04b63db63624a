import { BpfPseudo } from "../abi/mod.ts";
import {
  type ElfRelocation,
  type ElfSection,
  type ElfSymbol,
  SHF,
  SHT,
  STB,
  STT,
} from "../elf/mod.ts";
import type { Context } from "./_context.ts";
import type { PlacedExtern } from "./_externs.ts";
import { CALL, INSN_SIZE, insnCode, LD_IMM64, readInsn } from "./_insn.ts";
import type { PlacedMap } from "./_maps.ts";
import { sectionInfo } from "./section_defs.ts";
import type { Func, Program, Relocation, Subprogram } from "./types.ts";

/** Whether `s` is an executable section with code: where programs and subprograms live. */
function isCodeSection(s: ElfSection): boolean {
  return s.type === SHT.PROGBITS && (s.flags & SHF.EXECINSTR) !== 0 && s.size > 0;
}

/** Programs (global functions outside `.text`) and subprograms (functions of `.text`). */
export function collectFunctions(ctx: Context): { programs: Program[]; subprograms: Subprogram[] } {
  const programs: Program[] = [];
  const subprograms: Subprogram[] = [];
  for (const section of ctx.elf.sections) {
    if (!isCodeSection(section)) continue;
    if (section.size % INSN_SIZE !== 0) {
      throw ctx.error(
        section.offset,
        `section ${section.name}: size ${section.size} is not a multiple of ${INSN_SIZE}`,
      );
    }
    const isText = section.name === ".text";
    for (const sym of ctx.elf.symbols) {
      if (sym.sectionIndex !== section.index || sym.type !== STT.FUNC) continue;
      const func = readFunc(ctx, section, sym);
      if (isText) {
        subprograms.push(func);
        continue;
      }
      if (sym.bind === STB.LOCAL) {
        throw ctx.error(
          sym.entryOffset,
          `program '${sym.name}' in section ${section.name}: static programs are not supported (make it global or move it to .text)`,
        );
      }
      programs.push({ ...func, ...sectionInfo(section.name) });
    }
  }
  return { programs, subprograms };
}

function readFunc(ctx: Context, section: ElfSection, sym: ElfSymbol): Func {
  const where = `function '${sym.name}' in section ${section.name}`;
  if (sym.value % INSN_SIZE !== 0 || sym.size % INSN_SIZE !== 0) {
    throw ctx.error(
      sym.entryOffset,
      `${where}: offset ${sym.value} or size ${sym.size} is not a multiple of ${INSN_SIZE}`,
    );
  }
  if (sym.size === 0) throw ctx.error(sym.entryOffset, `${where}: has no instructions`);
  if (sym.value + sym.size > section.size) {
    throw ctx.error(
      sym.entryOffset,
      `${where}: extends past the end of the section (${section.size} bytes)`,
    );
  }
  return {
    name: sym.name,
    section: section.name,
    sectionIndex: section.index,
    sectionInsnOffset: sym.value / INSN_SIZE,
    insns: section.data.subarray(sym.value, sym.value + sym.size),
    global: sym.bind !== STB.LOCAL,
    relocations: [],
    coreRelos: [],
    funcInfo: [],
    lineInfo: [],
  };
}

/** Everything needed to classify relocations. */
export interface Linkables {
  functions: Func[];
  subprograms: Subprogram[];
  maps: PlacedMap[];
  externs: PlacedExtern[];
  /** Index of the `.kconfig` map in the final map list, or -1. */
  kconfigMap: number;
}

/** The function of section `sectionIndex` containing slot `slot`. */
export function funcAt(functions: Func[], sectionIndex: number, slot: number): Func | undefined {
  for (const f of functions) {
    if (f.sectionIndex === sectionIndex && holdsSlot(f, slot)) return f;
  }
  return undefined;
}

/** Whether slot `slot` of its section is one of `f`'s. */
export function holdsSlot(f: Func, slot: number): boolean {
  return slot >= f.sectionInsnOffset && slot < f.sectionInsnOffset + f.insns.length / INSN_SIZE;
}

/** Classifies the ELF relocations of every code section and attaches them to their functions. */
export function classifyCodeRelocations(ctx: Context, link: Linkables): void {
  for (const rs of ctx.elf.relocations) {
    const section = ctx.section(rs.target)!;
    if (!isCodeSection(section)) continue;
    for (const rel of rs.entries) classifyOne(ctx, link, section, rel);
  }
  for (const f of link.functions) {
    addUnrelocatedCalls(ctx, link, f);
    f.relocations.sort((a, b) => a.insnIndex - b.insnIndex);
  }
}

function classifyOne(ctx: Context, link: Linkables, section: ElfSection, rel: ElfRelocation): void {
  const sym = ctx.elf.symbols[rel.symbol]!;
  const at = rel.entryOffset;
  const slot = rel.offset / INSN_SIZE;
  const func = Number.isInteger(slot) ? funcAt(link.functions, section.index, slot) : undefined;
  if (!func) {
    throw ctx.error(
      at,
      `section ${section.name}: relocation at byte ${rel.offset} against '${sym.name}' is not inside any function`,
    );
  }
  const insnIndex = slot - func.sectionInsnOffset;
  // A function: the text is only needed for messages.
  const where = () =>
    `function '${func.name}' in section ${section.name}: relocation at instruction ${insnIndex} against '${sym.name}'`;
  const insn = readInsn(func.insns, insnIndex, ctx.little);
  const isCall = insn.code === CALL && insn.src === BpfPseudo.BPF_PSEUDO_CALL;
  const isLoad = insn.code === LD_IMM64 && (insnIndex + 1) * INSN_SIZE < func.insns.length;
  if (!isCall && !isLoad) {
    throw ctx.error(
      at,
      `${where()}: instruction (code 0x${
        insn.code.toString(16)
      }) is neither a call nor a 64-bit load`,
    );
  }

  const ext = link.externs.findIndex((e) => e.symbol.index === sym.index);
  if (ext >= 0) {
    func.relocations.push(externRelocation(ctx, link, ext, insnIndex, isCall, where, at));
    return;
  }
  const target = ctx.section(sym.sectionIndex);
  if (isCall) {
    if (target?.name !== ".text") {
      throw ctx.error(
        at,
        `${where()}: calls into section ${
          target?.name ?? sym.sectionIndex
        }; only .text functions can be called`,
      );
    }
    const dest = sym.value / INSN_SIZE + insn.imm + 1;
    func.relocations.push({
      kind: "call",
      insnIndex,
      ...subprogramAt(ctx, link, dest, where, at),
      fromElf: true,
    });
    return;
  }
  if (target?.name === ".text" && (sym.type === STT.FUNC || sym.type === STT.SECTION)) {
    if (sym.value % INSN_SIZE !== 0 || insn.imm % INSN_SIZE !== 0) {
      throw ctx.error(at, `${where()}: function address is not instruction-aligned`);
    }
    const dest = (sym.value + insn.imm) / INSN_SIZE;
    func.relocations.push({
      kind: "funcAddress",
      insnIndex,
      ...subprogramAt(ctx, link, dest, where, at),
      fromElf: true,
    });
    return;
  }
  const mapIndex = link.maps.findIndex((m) =>
    m.sectionIndex === sym.sectionIndex &&
    (m.spec.origin === "data" || m.sectionOffset === sym.value)
  );
  const map = link.maps[mapIndex];
  if (!map) {
    throw ctx.error(
      at,
      `${where()}: symbol in section ${
        target?.name ?? sym.sectionIndex
      } is not a map, global variable or function`,
    );
  }
  if (map.spec.origin === "data") {
    func.relocations.push({
      kind: "mapValue",
      insnIndex,
      map: mapIndex,
      offset: sym.value + insn.imm,
    });
  } else {
    func.relocations.push({ kind: "map", insnIndex, map: mapIndex });
  }
}

function externRelocation(
  ctx: Context,
  link: Linkables,
  ext: number,
  insnIndex: number,
  isCall: boolean,
  where: () => string,
  at: number,
): Relocation {
  const e = link.externs[ext]!.extern;
  if (isCall) {
    if (e.kind !== "kfunc") {
      throw ctx.error(
        at,
        `${where()}: calls extern ${e.kind} '${e.name}', which is not a function`,
      );
    }
    return { kind: "kfunc", insnIndex, extern: ext };
  }
  if (e.kind === "kconfig") {
    return { kind: "kconfig", insnIndex, extern: ext, map: link.kconfigMap, offset: e.offset };
  }
  return { kind: "ksym", insnIndex, extern: ext };
}

function subprogramAt(
  ctx: Context,
  link: Linkables,
  textSlot: number,
  where: () => string,
  at: number,
): { subprogram: number; insnOffset: number } {
  const sub = link.subprograms.findIndex((f) => holdsSlot(f, textSlot));
  if (sub < 0) {
    throw ctx.error(
      at,
      `${where()}: target instruction ${textSlot} of .text is not inside any function`,
    );
  }
  return { subprogram: sub, insnOffset: textSlot - link.subprograms[sub]!.sectionInsnOffset };
}

/**
 * Calls and callback addresses inside `.text` need no ELF relocation (their immediate is already
 * relative); record them too so the loader generator sees every edge of the call graph.
 */
function addUnrelocatedCalls(ctx: Context, link: Linkables, f: Func): void {
  const slots = f.insns.length / INSN_SIZE;
  let relocated: Set<number> | undefined;
  for (let i = 0; i < slots; i++) {
    const code = insnCode(f.insns, i);
    if (code !== CALL && code !== LD_IMM64) continue;
    const insn = readInsn(f.insns, i, ctx.little);
    const isCall = code === CALL && insn.src === BpfPseudo.BPF_PSEUDO_CALL;
    const isFuncLoad = code === LD_IMM64 && insn.src === BpfPseudo.BPF_PSEUDO_FUNC;
    // Relocations come in several shapes (one per kind), which makes reading them slow in code
    // that has seen many objects: their instruction indices are read once per function.
    relocated ??= new Set(f.relocations.map((r) => r.insnIndex));
    if ((isCall || isFuncLoad) && !relocated.has(i)) {
      const at = ctx.section(f.sectionIndex)!.offset + (f.sectionInsnOffset + i) * INSN_SIZE;
      const where = () =>
        `function '${f.name}' in section ${f.section}: ${
          isCall ? "call" : "function address"
        } at instruction ${i}`;
      if (f.section !== ".text") {
        throw ctx.error(at, `${where()} has no relocation; only calls into .text are supported`);
      }
      const dest = f.sectionInsnOffset + i + insn.imm + 1;
      const target = subprogramAt(ctx, link, dest, where, at);
      f.relocations.push({
        kind: isCall ? "call" : "funcAddress",
        insnIndex: i,
        ...target,
        fromElf: false,
      });
    }
    if (code === LD_IMM64) i++;
  }
}
