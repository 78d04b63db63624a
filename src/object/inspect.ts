import { BpfMapFlags } from "../abi/mod.ts";
import type { Btf } from "../btf/mod.ts";
import { SHF, SHT } from "../elf/mod.ts";
import { relocateBtfError } from "./_context.ts";
import { dataSectionKind } from "./_maps.ts";
import { INSN_SIZE } from "./_insn.ts";
import { progTypeShortName } from "./section_defs.ts";
import type { BpfObject, Extern, Func, MapSpec, Program, Relocation } from "./types.ts";

/** Version of the `inspect --json` document; bumped only for incompatible changes. */
export const INSPECT_SCHEMA_VERSION = 1;

/** The `bpfdrop inspect --json` document (see docs/inspect.md). */
export interface InspectDocument {
  schemaVersion: number;
  file: string;
  endianness: "little" | "big";
  license: string;
  kernelVersion: number | null;
  sections: InspectSection[];
  programs: InspectProgram[];
  subprograms: InspectSubprogram[];
  maps: InspectMap[];
  globals: InspectGlobalData[];
  externs: InspectExtern[];
  btf: InspectBtf | null;
  btfExt: InspectBtfExt | null;
  relocations: InspectRelocations;
}

/** One ELF section as `inspect` shows it. */
export interface InspectSection {
  index: number;
  name: string;
  type: string;
  flags: string;
  offset: number;
  size: number;
  role: SectionRole;
}

/** What bpfdrop makes of a section. */
export type SectionRole =
  | "program"
  | "subprograms"
  | "maps"
  | "legacy-maps"
  | "data"
  | "rodata"
  | "bss"
  | "license"
  | "version"
  | "btf"
  | "btf-ext"
  | "relocations"
  | "symbols"
  | "strings"
  | "debug"
  | "other";

/** One entry-point program as `inspect` shows it. */
export interface InspectProgram {
  name: string;
  section: string;
  type: string;
  typeShort: string;
  expectedAttachType: string | null;
  attachTarget: string | null;
  attachBtf: { name: string; kind: "func" | "typedef" } | null;
  structOps: { map: string; structName: string; member: string; memberIndex: number } | null;
  sleepable: boolean;
  xdpFrags: boolean;
  autoload: boolean;
  instructions: number;
  linkedInstructions: number;
  subprograms: string[];
  relocations: Partial<Record<Relocation["kind"], number>>;
  coreRelocations: number;
}

/** One `.text` function as `inspect` shows it. */
export interface InspectSubprogram {
  name: string;
  section: string;
  global: boolean;
  instructions: number;
}

/** One map (or inner map template) as `inspect` shows it. */
export interface InspectMap {
  name: string;
  origin: MapSpec["origin"];
  section: string;
  type: string;
  typeShort: string;
  keySize: number;
  valueSize: number;
  maxEntries: number;
  flags: number;
  flagNames: string[];
  numaNode: number;
  mapExtra: string;
  pinning: MapSpec["pinning"];
  keyType: string | null;
  valueType: string | null;
  inner: InspectMap | null;
  initSlots: { index: number; map?: string; program?: string }[];
}

/** One internal data map and its variables. */
export interface InspectGlobalData {
  map: string;
  section: string;
  size: number;
  readOnly: boolean;
  mmapable: boolean;
  variables: { name: string; offset: number; size: number; type: string | null; global: boolean }[];
}

/** One extern as `inspect` shows it. */
export interface InspectExtern {
  name: string;
  kind: Extern["kind"];
  weak: boolean;
  type: string | null;
  kconfigType?: string;
  size?: number;
  offset?: number;
  typed?: boolean;
}

/** Summary of `.BTF`. */
export interface InspectBtf {
  size: number;
  types: number;
  kinds: Record<string, number>;
}

/** Summary of `.BTF.ext`. */
export interface InspectBtfExt {
  size: number;
  funcInfo: number;
  lineInfo: number;
  coreRelocations: number;
}

/** ELF relocation counts, as `llvm-readelf -r` counts them. */
export interface InspectRelocations {
  total: number;
  sections: { name: string; target: string; count: number }[];
}

const SECTION_TYPES: Record<number, string> = {
  [SHT.NULL]: "NULL",
  [SHT.PROGBITS]: "PROGBITS",
  [SHT.SYMTAB]: "SYMTAB",
  [SHT.STRTAB]: "STRTAB",
  [SHT.RELA]: "RELA",
  [SHT.NOBITS]: "NOBITS",
  [SHT.REL]: "REL",
  [SHT.SYMTAB_SHNDX]: "SYMTAB_SHNDX",
  [SHT.LLVM_ADDRSIG]: "LLVM_ADDRSIG",
};

/** `llvm-readelf -S` flag letters for the flags BPF objects use. */
const SECTION_FLAGS: [number, string][] = [
  [SHF.WRITE, "W"],
  [SHF.ALLOC, "A"],
  [SHF.EXECINSTR, "X"],
  [SHF.MERGE, "M"],
  [SHF.STRINGS, "S"],
  [SHF.INFO_LINK, "I"],
  [SHF.EXCLUDE, "E"],
];

/** Builds the `inspect --json` document of a parsed object. Pure; throws BtfError for broken type references. */
export function inspectObject(obj: BpfObject): InspectDocument {
  const btfSection = obj.elf.sections.find((s) => s.name === ".BTF");
  try {
    return buildDocument(obj);
  } catch (e) {
    throw btfSection ? relocateBtfError(e, btfSection, obj.file) : e;
  }
}

function buildDocument(obj: BpfObject): InspectDocument {
  const btf = obj.btf;
  const typeName = (id: number) => (btf && id > 0 ? btf.typeName(id) : null);
  const funcs: Func[] = [...obj.programs, ...obj.subprograms];
  const count = (pick: (f: Func) => unknown[]) => funcs.reduce((n, f) => n + pick(f).length, 0);
  const relocationSections = obj.elf.relocations.map((r) => ({
    name: r.section.name,
    target: obj.elf.sections[r.target]?.name ?? "",
    count: r.count,
  }));
  return {
    schemaVersion: INSPECT_SCHEMA_VERSION,
    file: obj.file,
    endianness: obj.endianness,
    license: obj.license,
    kernelVersion: obj.kernelVersion ?? null,
    sections: obj.elf.sections.slice(1).map((s) => ({
      index: s.index,
      name: s.name,
      type: SECTION_TYPES[s.type] ?? `0x${s.type.toString(16)}`,
      flags: SECTION_FLAGS.filter(([bit]) => (s.flags & bit) !== 0).map(([, c]) => c).join(""),
      offset: s.offset,
      size: s.size,
      role: sectionRole(s.name, s.type, s.flags, s.size, dataSectionKind(s)),
    })),
    programs: obj.programs.map((p) => inspectProgram(obj, p)),
    subprograms: obj.subprograms.map((s) => ({
      name: s.name,
      section: s.section,
      global: s.global,
      instructions: s.insns.length / INSN_SIZE,
    })),
    maps: obj.maps.map((m) => inspectMap(obj, m, typeName)),
    globals: obj.maps.filter((m) => m.origin === "data" || m.origin === "kconfig").map((m) => ({
      map: m.name,
      section: m.section,
      size: m.valueSize,
      readOnly: (m.flags & BpfMapFlags.BPF_F_RDONLY_PROG) !== 0,
      mmapable: (m.flags & BpfMapFlags.BPF_F_MMAPABLE) !== 0,
      variables: m.variables.map((v) => ({
        name: v.name,
        offset: v.offset,
        size: v.size,
        type: typeName(v.btfTypeId),
        global: v.global,
      })),
    })),
    externs: obj.externs.map((e) => inspectExtern(e, typeName)),
    btf: btf && obj.btfBytes ? inspectBtf(btf, obj.btfBytes.length) : null,
    btfExt: obj.btfExtBytes
      ? {
        size: obj.btfExtBytes.length,
        funcInfo: count((f) => f.funcInfo),
        lineInfo: count((f) => f.lineInfo),
        coreRelocations: count((f) => f.coreRelos),
      }
      : null,
    relocations: {
      total: relocationSections.reduce((n, r) => n + r.count, 0),
      sections: relocationSections,
    },
  };
}

function sectionRole(
  name: string,
  type: number,
  flags: number,
  size: number,
  dataKind: string | undefined,
): SectionRole {
  if (type === SHT.PROGBITS && (flags & SHF.EXECINSTR) !== 0 && size > 0) {
    return name === ".text" ? "subprograms" : "program";
  }
  if (dataKind) return dataKind as SectionRole;
  if (type === SHT.REL || type === SHT.RELA) return "relocations";
  if (type === SHT.SYMTAB) return "symbols";
  if (type === SHT.STRTAB) return "strings";
  const byName: Record<string, SectionRole> = {
    ".maps": "maps",
    "maps": "legacy-maps",
    "license": "license",
    "version": "version",
    ".BTF": "btf",
    ".BTF.ext": "btf-ext",
  };
  if (byName[name]) return byName[name];
  return name.startsWith(".debug_") ? "debug" : "other";
}

/** Indices of the subprograms reachable from `root` through calls and callback addresses. */
function reachableSubprograms(obj: BpfObject, root: Func): number[] {
  const seen = new Set<number>();
  const queue: Func[] = [root];
  for (let f = queue.shift(); f; f = queue.shift()) {
    for (const r of f.relocations) {
      if ((r.kind === "call" || r.kind === "funcAddress") && !seen.has(r.subprogram)) {
        seen.add(r.subprogram);
        queue.push(obj.subprograms[r.subprogram]!);
      }
    }
  }
  return [...seen].sort((a, b) => a - b);
}

function inspectProgram(obj: BpfObject, p: Program): InspectProgram {
  const subs = reachableSubprograms(obj, p).map((i) => obj.subprograms[i]!);
  const relocations: Partial<Record<Relocation["kind"], number>> = {};
  for (const r of p.relocations) relocations[r.kind] = (relocations[r.kind] ?? 0) + 1;
  const instructions = p.insns.length / INSN_SIZE;
  return {
    name: p.name,
    section: p.section,
    type: p.typeName,
    typeShort: progTypeShortName(p.typeName),
    expectedAttachType: p.expectedAttachTypeName ?? null,
    attachTarget: p.attachTarget ?? null,
    attachBtf: p.attachBtf ?? null,
    structOps: p.structOps ? { ...p.structOps, map: obj.maps[p.structOps.map]?.name ?? "" } : null,
    sleepable: p.sleepable,
    xdpFrags: p.xdpFrags,
    autoload: p.autoload,
    instructions,
    linkedInstructions: subs.reduce((n, s) => n + s.insns.length / INSN_SIZE, instructions),
    subprograms: subs.map((s) => s.name),
    relocations,
    coreRelocations: p.coreRelos.length,
  };
}

function inspectMap(
  obj: BpfObject,
  m: MapSpec,
  typeName: (id: number) => string | null,
): InspectMap {
  return {
    name: m.name,
    origin: m.origin,
    section: m.section,
    type: m.typeName,
    typeShort: m.typeName.replace(/^BPF_MAP_TYPE_/, "").toLowerCase(),
    keySize: m.keySize,
    valueSize: m.valueSize,
    maxEntries: m.maxEntries,
    flags: m.flags,
    flagNames: Object.entries(BpfMapFlags).filter(([, bit]) => (m.flags & bit) !== 0).map(([n]) =>
      n
    ),
    numaNode: m.numaNode,
    mapExtra: m.mapExtra.toString(),
    pinning: m.pinning,
    keyType: typeName(m.btfKeyTypeId),
    valueType: typeName(m.btfValueTypeId),
    inner: m.inner ? inspectMap(obj, m.inner, typeName) : null,
    initSlots: m.initSlots.map((s) =>
      s.map !== undefined
        ? { index: s.index, map: obj.maps[s.map]?.name ?? "" }
        : { index: s.index, program: obj.programs[s.program ?? -1]?.name ?? "" }
    ),
  };
}

function inspectExtern(e: Extern, typeName: (id: number) => string | null): InspectExtern {
  const base = { name: e.name, kind: e.kind, weak: e.weak, type: typeName(e.btfTypeId) };
  switch (e.kind) {
    case "kconfig":
      return { ...base, kconfigType: e.type, size: e.size, offset: e.offset };
    case "ksym":
      return { ...base, typed: e.typed };
    case "kfunc":
      return base;
  }
}

function inspectBtf(btf: Btf, size: number): InspectBtf {
  const kinds: Record<string, number> = {};
  for (const [kind, n] of Object.entries(btf.countByKind())) kinds[kind] = n ?? 0;
  return { size, types: btf.typeCount, kinds };
}

/** The human-readable `bpfdrop inspect` text for a document. */
export function formatInspect(doc: InspectDocument): string {
  const out: string[] = [];
  const line = (s: string) => out.push(s);
  line(
    `${doc.file}: BPF object, ${doc.endianness}-endian, license "${doc.license}"` +
      (doc.kernelVersion === null ? "" : `, kernel version 0x${doc.kernelVersion.toString(16)}`),
  );

  line(`\nPrograms (${doc.programs.length}):`);
  for (const p of doc.programs) {
    const attach = [
      p.expectedAttachType && `attach ${p.expectedAttachType}`,
      p.attachTarget !== null && `target ${p.attachTarget}`,
      p.attachBtf && `btf ${p.attachBtf.kind} ${p.attachBtf.name}`,
      p.structOps && `${p.structOps.map}.${p.structOps.member} (member ${p.structOps.memberIndex})`,
      p.sleepable && "sleepable",
      p.xdpFrags && "xdp-frags",
      !p.autoload && "no-autoload",
    ].filter(Boolean).join(", ");
    line(
      `  ${p.name}: section ${p.section}, ${p.type} (${p.typeShort})${attach ? `, ${attach}` : ""}`,
    );
    line(
      `    ${p.instructions} insns (${p.linkedInstructions} with subprograms` +
        (p.subprograms.length ? `: ${p.subprograms.join(", ")}` : "") + `), ` +
        `relocations ${formatCounts(p.relocations)}, ${p.coreRelocations} CO-RE`,
    );
  }
  if (doc.subprograms.length) {
    line(`\nSubprograms (${doc.subprograms.length}):`);
    for (const s of doc.subprograms) {
      line(`  ${s.name}: ${s.global ? "global" : "static"}, ${s.instructions} insns`);
    }
  }

  line(`\nMaps (${doc.maps.length}):`);
  const formatMap = (m: InspectMap, indent: string) => {
    line(
      `${indent}${m.name}: ${m.type} (${m.typeShort}), key ${m.keySize}, value ${m.valueSize}, ` +
        `max_entries ${m.maxEntries}, flags 0x${m.flags.toString(16)}` +
        (m.flagNames.length ? ` (${m.flagNames.join("|")})` : "") +
        (m.pinning === "byName" ? ", pinned by name" : "") + `, from ${m.section}`,
    );
    if (m.inner) formatMap(m.inner, `${indent}  inner `);
    for (const s of m.initSlots) line(`${indent}  [${s.index}] = ${s.map ?? s.program}`);
  };
  for (const m of doc.maps) formatMap(m, "  ");

  if (doc.globals.length) {
    line(`\nGlobal data:`);
    for (const g of doc.globals) {
      line(
        `  ${g.section}: ${g.size} bytes${g.readOnly ? ", read-only" : ""}${
          g.mmapable ? ", mmapable" : ""
        }`,
      );
      for (const v of g.variables) {
        line(
          `    +${v.offset} ${v.name}: ${v.type ?? "?"} (${v.size} bytes${
            v.global ? "" : ", static"
          })`,
        );
      }
    }
  }
  if (doc.externs.length) {
    line(`\nExterns (${doc.externs.length}):`);
    for (const e of doc.externs) {
      const detail = e.kind === "kconfig"
        ? `${e.kconfigType} value, ${e.size} bytes at .kconfig+${e.offset}`
        : e.kind === "ksym"
        ? (e.typed ? "typed" : "typeless")
        : "kernel function";
      line(`  ${e.name}: ${e.kind}${e.weak ? " (weak)" : ""}, type ${e.type ?? "void"}, ${detail}`);
    }
  }

  line(`\nBTF: ` + (doc.btf ? `${doc.btf.types} types (${formatCounts(doc.btf.kinds)})` : "none"));
  if (doc.btfExt) {
    line(
      `BTF.ext: ${doc.btfExt.funcInfo} func_info, ${doc.btfExt.lineInfo} line_info, ` +
        `${doc.btfExt.coreRelocations} CO-RE relocations`,
    );
  }
  line(`\nRelocations (${doc.relocations.total}):`);
  for (const r of doc.relocations.sections) line(`  ${r.name} -> ${r.target}: ${r.count}`);

  line(`\nSections (${doc.sections.length}):`);
  for (const s of doc.sections) {
    line(
      `  [${String(s.index).padStart(2)}] ${s.name.padEnd(24)} ${s.type.padEnd(12)} ` +
        `${s.flags.padEnd(3)} ${String(s.size).padStart(7)}  ${s.role}`,
    );
  }
  return out.join("\n") + "\n";
}

function formatCounts(counts: Record<string, number | undefined>): string {
  const parts = Object.entries(counts).map(([k, n]) => `${k} ${n}`);
  return parts.length ? parts.join(", ") : "none";
}
