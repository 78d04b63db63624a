import { type Btf, BtfKind, parseBtf } from "../btf/mod.ts";
import { type ElfSection, parseElf, type PartialFile, sectionNamed, STT } from "../elf/mod.ts";
import { applyBtfExt } from "./_btf_ext.ts";
import { classifyCodeRelocations, collectFunctions } from "./_code.ts";
import { Context, relocateBtfError } from "./_context.ts";
import { INSN_SIZE } from "./_insn.ts";
import { collectExterns, kconfigMap } from "./_externs.ts";
import { btfMaps, dataMaps, legacyMaps, type PlacedMap, structOpsMaps } from "./_maps.ts";
import type { BpfObject, Program } from "./types.ts";

/** Sections whose presence means the object needs something bpfdrop does not implement. */
const UNSUPPORTED_SECTIONS: [name: string, reason: string][] = [
  [".addr_space.1", "arena maps are not supported"],
];

/**
 * Reads a compiled BPF ELF object, whole or as the pieces `elfReadRanges` asks for (it needs no
 * DWARF), into the object model. Pure. Throws `ElfError`, `BtfError` or `ObjectError`, each
 * naming the file and the byte offset of the problem.
 */
export function parseObject(bytes: Uint8Array | PartialFile, file: string): BpfObject {
  const elf = parseElf(bytes, file);
  for (const s of elf.sections) {
    for (const [name, reason] of UNSUPPORTED_SECTIONS) {
      if (s.name === name && s.size > 0) {
        throw new Context(elf, undefined).error(s.offset, `section ${s.name}: ${reason}`);
      }
    }
  }
  const btfSection = sectionNamed(elf, ".BTF");
  const btf = btfSection
    ? parseSectionBtf(btfSection, file, elf.endianness === "little")
    : undefined;
  const ctx = new Context(elf, btf);
  try {
    return buildObject(ctx, btfSection);
  } catch (e) {
    // Lookups in the object's BTF report offsets inside .BTF; make them file offsets.
    throw btfSection ? relocateBtfError(e, btfSection, file) : e;
  }
}

function buildObject(ctx: Context, btfSection: ElfSection | undefined): BpfObject {
  const { elf, btf, file } = ctx;

  const externs = collectExterns(ctx);
  const placed: PlacedMap[] = [
    ...legacyMaps(ctx),
    ...btfMaps(ctx),
    ...dataMaps(ctx),
    ...kconfigMap(ctx, externs),
    ...structOpsMaps(ctx),
  ];
  const { programs, subprograms } = collectFunctions(ctx);
  const functions = [...programs, ...subprograms];
  classifyCodeRelocations(ctx, {
    functions,
    subprograms,
    maps: placed,
    externs,
    kconfigMap: placed.findIndex((m) => m.spec.origin === "kconfig"),
  });
  fillInitSlots(ctx, placed, programs);
  linkStructOps(ctx, placed, programs);
  const btfExtSection = ctx.sectionByName(".BTF.ext");
  if (btf && btfExtSection) applyBtfExt(ctx, btf, btfExtSection, functions);

  return {
    file,
    endianness: elf.endianness,
    license: readLicense(ctx),
    kernelVersion: readKernelVersion(ctx),
    programs,
    subprograms,
    maps: placed.map((m) => m.spec),
    externs: externs.map((e) => e.extern),
    btf,
    btfBytes: btfSection?.data,
    btfExtBytes: btfExtSection?.data,
    elf,
  };
}

/** Parses `.BTF`, reporting problems at their offset in the file rather than in the section. */
function parseSectionBtf(section: ElfSection, file: string, littleEndian: boolean): Btf {
  try {
    return parseBtf(section.data, { file, littleEndian });
  } catch (e) {
    throw relocateBtfError(e, section, file);
  }
}

const decoder = new TextDecoder();

function readLicense(ctx: Context): string {
  const s = ctx.sectionByName("license");
  if (!s) return "";
  const end = s.data.indexOf(0);
  return decoder.decode(s.data.subarray(0, end < 0 ? s.data.length : end));
}

function readKernelVersion(ctx: Context): number | undefined {
  const s = ctx.sectionByName("version");
  if (!s) return undefined;
  if (s.data.length !== 4) throw ctx.error(s.offset, `section version: size ${s.size} is not 4`);
  return new DataView(s.data.buffer, s.data.byteOffset, 4).getUint32(0, ctx.little);
}

/** Pointer size in `.maps` definitions (`values` slots). */
const SLOT_SIZE = 8;

/** `.rel.maps` entries: the declarative `values = { [i] = &map_or_prog }` of map-in-map and prog arrays. */
function fillInitSlots(ctx: Context, maps: PlacedMap[], programs: Program[]): void {
  const section = ctx.sectionByName(".maps");
  if (!section) return;
  for (const rs of ctx.elf.relocations.filter((r) => r.target === section.index)) {
    for (const rel of rs.entries) {
      const sym = ctx.elf.symbols[rel.symbol]!;
      const at = rel.entryOffset;
      const outer = maps.find((m) =>
        m.sectionIndex === section.index && rel.offset >= m.sectionOffset &&
        rel.offset < m.sectionOffset + m.size
      );
      const where = `section .maps: relocation at byte ${rel.offset} against '${sym.name}'`;
      if (!outer || outer.valuesOffset === undefined) {
        throw ctx.error(at, `${where} is not inside the 'values' of a map`);
      }
      const slotOffset = rel.offset - outer.sectionOffset - outer.valuesOffset;
      if (slotOffset < 0 || slotOffset % SLOT_SIZE !== 0) {
        throw ctx.error(at, `${where} is not at a 'values' slot of map '${outer.spec.name}'`);
      }
      const index = slotOffset / SLOT_SIZE;
      if (outer.spec.inner) {
        const map = maps.findIndex((m) =>
          m.sectionIndex === sym.sectionIndex && m.sectionOffset === sym.value &&
          sym.type !== STT.SECTION
        );
        if (map < 0) throw ctx.error(at, `${where}: not a map`);
        outer.spec.initSlots.push({ index, map });
      } else {
        const program = programs.findIndex((p) =>
          p.sectionIndex === sym.sectionIndex && p.sectionInsnOffset * INSN_SIZE === sym.value
        );
        if (program < 0) throw ctx.error(at, `${where}: not a program`);
        outer.spec.initSlots.push({ index, program });
      }
    }
  }
  for (const m of maps) m.spec.initSlots.sort((a, b) => a.index - b.index);
}

/**
 * `.rel.struct_ops*` entries point struct members at programs; like libbpf, record the member on
 * the program and use its index as the program's expected attach type.
 */
function linkStructOps(ctx: Context, maps: PlacedMap[], programs: Program[]): void {
  if (!maps.some((m) => m.spec.origin === "structOps")) return;
  for (const rs of ctx.elf.relocations) {
    const owners = maps.filter((m) =>
      m.spec.origin === "structOps" && m.sectionIndex === rs.target
    );
    if (owners.length === 0) continue;
    const btf = ctx.requireBtf(rs.section.offset, `section ${rs.section.name}`);
    for (const rel of rs.entries) {
      const sym = ctx.elf.symbols[rel.symbol]!;
      const where =
        `section ${rs.section.name}: relocation at byte ${rel.offset} against '${sym.name}'`;
      const owner = owners.find((m) =>
        rel.offset >= m.sectionOffset && rel.offset < m.sectionOffset + m.size
      );
      const structType = owner && btf.typeById(owner.spec.btfValueTypeId);
      if (!owner || structType?.kind !== BtfKind.STRUCT) {
        throw ctx.error(rel.entryOffset, `${where} is not inside a struct_ops map`);
      }
      const memberOffset = (rel.offset - owner.sectionOffset) * 8;
      const memberIndex = structType.members.findIndex((m) => m.bitOffset === memberOffset);
      const program = programs.find((p) =>
        p.sectionIndex === sym.sectionIndex && p.sectionInsnOffset * INSN_SIZE === sym.value
      );
      if (memberIndex < 0 || !program) {
        throw ctx.error(
          rel.entryOffset,
          `${where}: not a program stored in a member of '${owner.spec.name}'`,
        );
      }
      const use = {
        map: maps.indexOf(owner),
        structName: structType.name,
        member: structType.members[memberIndex]!.name,
        memberIndex,
      };
      if (program.structOps) {
        // A program may fill the same member of several maps (libbpf allows it); keep the first.
        if (program.structOps.memberIndex !== memberIndex) {
          throw ctx.error(
            rel.entryOffset,
            `${where}: program '${program.name}' is already used for member '${program.structOps.member}'`,
          );
        }
        continue;
      }
      program.structOps = use;
      program.expectedAttachType = memberIndex;
    }
  }
}
