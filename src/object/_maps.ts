import { BpfMapDef, BpfMapFlags, BpfMapType, decodeStruct } from "../abi/mod.ts";
import { type Btf, BtfKind, type BtfMember, BtfVarLinkage } from "../btf/mod.ts";
import { type ElfSection, SHT, STB, STT } from "../elf/mod.ts";
import type { Context } from "./_context.ts";
import type { MapOrigin, MapSpec, MapVariable } from "./types.ts";

/** A map plus where its definition sits in the ELF, for matching relocations. */
export interface PlacedMap {
  spec: MapSpec;
  sectionIndex: number;
  /** Byte offset of the definition inside its section (0 for internal maps). */
  sectionOffset: number;
  /** Size of the definition in its section. */
  size: number;
  /** Byte offset of the `values` member inside the definition, for `.rel.maps`. */
  valuesOffset: number | undefined;
}

/** Kernel names of map type numbers (the first listed, skipping `__MAX` and deprecated ones). */
const MAP_TYPE_NAMES = new Map<number, string>();
for (const [name, value] of Object.entries(BpfMapType)) {
  if (name.startsWith("__") || name.endsWith("_DEPRECATED") || MAP_TYPE_NAMES.has(value)) continue;
  MAP_TYPE_NAMES.set(value, name);
}

/** Kernel name of a map type number, or a placeholder for numbers this build does not know. */
function mapTypeName(type: number): string {
  return MAP_TYPE_NAMES.get(type) ?? `BPF_MAP_TYPE_UNKNOWN_${type}`;
}

function blankMap(name: string, origin: MapOrigin, section: string): MapSpec {
  return {
    name,
    origin,
    section,
    type: 0,
    typeName: mapTypeName(0),
    keySize: 0,
    valueSize: 0,
    maxEntries: 0,
    flags: 0,
    numaNode: 0,
    mapExtra: 0n,
    pinning: "none",
    btfKeyTypeId: 0,
    btfValueTypeId: 0,
    inner: undefined,
    initSlots: [],
    initialData: undefined,
    variables: [],
  };
}

/** Legacy `SEC("maps")` definitions, `struct bpf_map_def` each, in section order. */
export function legacyMaps(ctx: Context): PlacedMap[] {
  const section = ctx.sectionByName("maps");
  if (!section || section.size === 0) return [];
  const symbols = ctx.elf.symbols
    .filter((s) => s.sectionIndex === section.index && s.type !== STT.SECTION && s.name !== "")
    .sort((a, b) => a.value - b.value);
  if (symbols.length === 0 || section.size % symbols.length !== 0) {
    throw ctx.error(
      section.offset,
      `section maps: cannot split ${section.size} bytes among ${symbols.length} map symbols`,
    );
  }
  const defSize = section.size / symbols.length;
  return symbols.map((sym) => {
    const where = `legacy map '${sym.name}' in section maps`;
    if (sym.value + defSize > section.size || section.type === SHT.NOBITS) {
      throw ctx.error(
        sym.entryOffset,
        `${where}: definition at ${sym.value} is outside the section`,
      );
    }
    const raw = section.data.subarray(sym.value, sym.value + defSize);
    if (raw.subarray(BpfMapDef.size).some((b) => b !== 0)) {
      throw ctx.error(
        section.offset + sym.value,
        `${where}: unknown non-zero fields after map_flags`,
      );
    }
    const def = decodeStruct(BpfMapDef, raw, 0, ctx.little);
    const spec = blankMap(sym.name, "legacy", "maps");
    spec.type = Number(def.type ?? 0);
    spec.typeName = mapTypeName(spec.type);
    spec.keySize = Number(def.key_size ?? 0);
    spec.valueSize = Number(def.value_size ?? 0);
    spec.maxEntries = Number(def.max_entries ?? 0);
    spec.flags = Number(def.map_flags ?? 0);
    return {
      spec,
      sectionIndex: section.index,
      sectionOffset: sym.value,
      size: defSize,
      valuesOffset: undefined,
    };
  });
}

/** BTF-defined maps of `SEC(".maps")`, in DATASEC order. */
export function btfMaps(ctx: Context): PlacedMap[] {
  const section = ctx.sectionByName(".maps");
  if (!section || section.size === 0) return [];
  const btf = ctx.requireBtf(section.offset, "section .maps");
  const datasecId = btf.firstByName(".maps", BtfKind.DATASEC);
  if (datasecId === undefined) {
    throw ctx.error(section.offset, "section .maps has no DATASEC in BTF");
  }
  const datasec = btf.typeById(datasecId);
  if (datasec.kind !== BtfKind.DATASEC) throw btf.errorAt(datasecId, "expected DATASEC");
  return datasec.vars.map((info) => {
    const v = btf.typeById(info.type);
    if (v.kind !== BtfKind.VAR) {
      throw btf.errorAt(info.type, `DATASEC .maps entry ${btf.describe(info.type)} is not a VAR`);
    }
    const sym = ctx.elf.symbols.find((s) =>
      s.sectionIndex === section.index && s.name === v.name && s.type !== STT.SECTION
    );
    const offset = sym?.value ?? info.offset;
    const where = `map '${v.name}' in section .maps`;
    if (offset + info.size > section.size) {
      throw ctx.error(section.offset + offset, `${where}: definition is outside the section`);
    }
    const def = readBtfMapDef(ctx, btf, v.type, v.name, "btf", section.offset + offset);
    return {
      spec: def.spec,
      sectionIndex: section.index,
      sectionOffset: offset,
      size: info.size,
      valuesOffset: def.valuesOffset,
    };
  });
}

interface BtfMapDef {
  spec: MapSpec;
  valuesOffset: number | undefined;
}

/** Reads one `struct { __uint(type, ...); __type(key, ...); ... }` map definition. */
function readBtfMapDef(
  ctx: Context,
  btf: Btf,
  typeId: number,
  name: string,
  origin: MapOrigin,
  at: number,
): BtfMapDef {
  const where = `map '${name}'`;
  const structId = btf.resolve(typeId);
  const def = btf.typeById(structId);
  if (def.kind !== BtfKind.STRUCT) {
    throw ctx.error(at, `${where}: definition is ${btf.describe(structId)}, not a struct`);
  }
  const spec = blankMap(name, origin, ".maps");
  let valuesOffset: number | undefined;
  let keySize: number | undefined;
  let valueSize: number | undefined;
  for (const m of def.members) {
    // Messages name the field (`map 'counts': field 'key'`); spelled only when one is thrown.
    switch (m.name) {
      case "type":
        spec.type = uintField(ctx, btf, m, where, at);
        spec.typeName = mapTypeName(spec.type);
        break;
      case "max_entries":
        spec.maxEntries = uintField(ctx, btf, m, where, at);
        break;
      case "map_flags":
        spec.flags = uintField(ctx, btf, m, where, at);
        break;
      case "numa_node":
        spec.numaNode = uintField(ctx, btf, m, where, at);
        break;
      case "key_size":
        keySize = uintField(ctx, btf, m, where, at);
        break;
      case "value_size":
        valueSize = uintField(ctx, btf, m, where, at);
        break;
      case "map_extra":
        spec.mapExtra = ulongField(ctx, btf, m, where, at);
        break;
      case "pinning": {
        const pinning = uintField(ctx, btf, m, where, at);
        if (pinning > 1) throw ctx.error(at, `${fieldName(where, m)}: unknown pinning ${pinning}`);
        spec.pinning = pinning === 1 ? "byName" : "none";
        break;
      }
      case "key":
      case "value": {
        const target = pointee(ctx, btf, m, where, at);
        const size = btf.sizeOf(target);
        if (m.name === "key") {
          spec.btfKeyTypeId = target;
          keySize = checkSize(ctx, keySize, size, where, m, at);
        } else {
          spec.btfValueTypeId = target;
          valueSize = checkSize(ctx, valueSize, size, where, m, at);
        }
        break;
      }
      case "values": {
        if (origin === "inner") {
          throw ctx.error(at, `${fieldName(where, m)}: an inner map cannot have values`);
        }
        valuesOffset = m.bitOffset / 8;
        const inner = readValuesField(ctx, btf, m, name, at);
        if (inner) spec.inner = inner;
        valueSize = checkSize(ctx, valueSize, 4, where, m, at);
        break;
      }
      default:
        throw ctx.error(at, `${where}: unknown map definition field '${m.name}'`);
    }
  }
  spec.keySize = keySize ?? 0;
  spec.valueSize = valueSize ?? 0;
  return { spec, valuesOffset };
}

function checkSize(
  ctx: Context,
  previous: number | undefined,
  size: number,
  where: string,
  m: BtfMember,
  at: number,
): number {
  if (previous !== undefined && previous !== size) {
    throw ctx.error(
      at,
      `${fieldName(where, m)}: size ${size} conflicts with the size given before (${previous})`,
    );
  }
  return size;
}

/** `__uint(name, N)` is `int (*name)[N]`: the number is the array length. */
function uintField(ctx: Context, btf: Btf, m: BtfMember, where: string, at: number): number {
  const arrayId = pointee(ctx, btf, m, where, at);
  const length = btf.arrayLengthOf(arrayId);
  if (length === undefined) {
    throw ctx.error(
      at,
      `${fieldName(where, m)}: expected a pointer to an array, got ${btf.describe(arrayId)}`,
    );
  }
  return length;
}

/** `__ulong(name, N)` is an enum whose only value is N; `__uint` also works. */
function ulongField(ctx: Context, btf: Btf, m: BtfMember, where: string, at: number): bigint {
  const t = btf.typeById(btf.resolve(m.type));
  if (t.kind === BtfKind.ENUM || t.kind === BtfKind.ENUM64) {
    const first = t.values[0];
    if (!first) throw ctx.error(at, `${fieldName(where, m)}: enum has no value`);
    return BigInt.asUintN(64, BigInt(first.value));
  }
  return BigInt(uintField(ctx, btf, m, where, at));
}

function pointee(ctx: Context, btf: Btf, m: BtfMember, where: string, at: number): number {
  const ptrId = btf.resolve(m.type);
  if (btf.kindOf(ptrId) !== BtfKind.PTR) {
    throw ctx.error(at, `${fieldName(where, m)}: expected a pointer, got ${btf.describe(ptrId)}`);
  }
  return btf.referenceOf(ptrId)!;
}

/**
 * `__array(values, struct inner)` (map-in-map: returns the inner template) or
 * `__array(values, int (void *))` (prog array: returns undefined).
 */
/** What messages call member `m` of the map definition `where` names. */
function fieldName(where: string, m: BtfMember): string {
  return `${where}: field '${m.name}'`;
}

function readValuesField(
  ctx: Context,
  btf: Btf,
  m: BtfMember,
  outer: string,
  at: number,
): MapSpec | undefined {
  const field = `map '${outer}': field 'values'`;
  const arrayId = btf.resolve(m.type);
  const array = btf.typeById(arrayId);
  if (array.kind !== BtfKind.ARRAY || array.nelems !== 0) {
    throw ctx.error(at, `${field}: expected a zero-length array, got ${btf.describe(arrayId)}`);
  }
  const ptrId = btf.resolve(array.type);
  const ptr = btf.typeById(ptrId);
  if (ptr.kind !== BtfKind.PTR) {
    throw ctx.error(at, `${field}: expected an array of pointers, got ${btf.describe(ptrId)}`);
  }
  const targetId = btf.resolve(ptr.type);
  const target = btf.typeById(targetId);
  if (target.kind === BtfKind.FUNC_PROTO) return undefined;
  if (target.kind !== BtfKind.STRUCT) {
    throw ctx.error(
      at,
      `${field}: expected pointers to a map definition or a function, got ${
        btf.describe(targetId)
      }`,
    );
  }
  return readBtfMapDef(ctx, btf, targetId, `${outer}.inner`, "inner", at).spec;
}

/** Which internal map kind a section makes, following libbpf's section names. */
export function dataSectionKind(s: ElfSection): "data" | "rodata" | "bss" | undefined {
  if (s.size === 0) return undefined;
  if (s.type === SHT.PROGBITS && isNamed(s, ".data")) return "data";
  if (s.type === SHT.PROGBITS && isNamed(s, ".rodata")) return "rodata";
  if (s.type === SHT.NOBITS && isNamed(s, ".bss")) return "bss";
  return undefined;
}

/** Whether `s` is called `base` or `base.anything`. */
function isNamed(s: ElfSection, base: string): boolean {
  const { name } = s;
  return name.startsWith(base) && (name.length === base.length || name[base.length] === ".");
}

/** Larger values cannot be an array map value anyway; refusing them keeps allocations bounded. */
const MAX_DATA_SIZE = 64 << 20;

/** Internal maps for `.data`, `.rodata`, `.bss` and their custom `.name.*` variants, in section order. */
export function dataMaps(ctx: Context): PlacedMap[] {
  const maps: PlacedMap[] = [];
  for (const s of ctx.elf.sections) {
    const kind = dataSectionKind(s);
    if (!kind) continue;
    if (s.size > MAX_DATA_SIZE) {
      throw ctx.error(
        s.offset,
        `section ${s.name}: ${s.size} bytes is too large for a global data map`,
      );
    }
    const spec = blankMap(s.name, "data", s.name);
    spec.type = BpfMapType.BPF_MAP_TYPE_ARRAY;
    spec.typeName = "BPF_MAP_TYPE_ARRAY";
    spec.keySize = 4;
    spec.valueSize = s.size;
    spec.maxEntries = 1;
    spec.initialData = kind === "bss" ? new Uint8Array(s.size) : s.data;
    const { variables, datasecId } = dataVariables(ctx, s);
    spec.variables = variables;
    spec.btfValueTypeId = datasecId;
    spec.flags = internalMapFlags(kind === "rodata", variables);
    maps.push({
      spec,
      sectionIndex: s.index,
      sectionOffset: 0,
      size: s.size,
      valuesOffset: undefined,
    });
  }
  return maps;
}

/** libbpf's flags for internal maps: read-only for programs, mmapable when a global var exists. */
export function internalMapFlags(readOnly: boolean, variables: MapVariable[]): number {
  let flags = readOnly ? BpfMapFlags.BPF_F_RDONLY_PROG : 0;
  if (variables.some((v) => v.global)) flags |= BpfMapFlags.BPF_F_MMAPABLE;
  return flags;
}

/** Variables of a data section: from its BTF DATASEC when present, else from ELF symbols. */
function dataVariables(
  ctx: Context,
  s: ElfSection,
): { variables: MapVariable[]; datasecId: number } {
  const btf = ctx.btf;
  const datasecId = btf?.firstByName(s.name, BtfKind.DATASEC);
  const symbols = ctx.elf.symbols.filter((sym) =>
    sym.sectionIndex === s.index && sym.type === STT.OBJECT
  );
  if (btf === undefined || datasecId === undefined) {
    const variables = symbols.map((sym) => ({
      name: sym.name,
      offset: sym.value,
      size: sym.size,
      btfVarId: 0,
      btfTypeId: 0,
      global: sym.bind !== STB.LOCAL,
    }));
    return { variables: sortByOffset(variables), datasecId: 0 };
  }
  const datasec = btf.typeById(datasecId);
  if (datasec.kind !== BtfKind.DATASEC) return { variables: [], datasecId: 0 };
  const variables = datasec.vars.map((info) => {
    const v = btf.typeById(info.type);
    if (v.kind !== BtfKind.VAR) {
      throw btf.errorAt(
        info.type,
        `DATASEC ${s.name} entry ${btf.describe(info.type)} is not a VAR`,
      );
    }
    const global = v.linkage !== BtfVarLinkage.STATIC;
    // Like libbpf's DATASEC fix-up: global variables take their offset from the symbol table.
    const sym = global ? symbols.find((x) => x.name === v.name && x.bind !== STB.LOCAL) : undefined;
    const offset = sym?.value ?? info.offset;
    if (offset + info.size > s.size) {
      throw ctx.error(
        s.offset,
        `section ${s.name}: variable '${v.name}' (offset ${offset}, size ${info.size}) is outside the section`,
      );
    }
    return {
      name: v.name,
      offset,
      size: info.size,
      btfVarId: info.type,
      btfTypeId: v.type,
      global,
    };
  });
  return { variables: sortByOffset(variables), datasecId };
}

function sortByOffset(variables: MapVariable[]): MapVariable[] {
  return variables.sort((a, b) => a.offset - b.offset);
}

/**
 * `SEC(".struct_ops")` / `SEC(".struct_ops.link")` variables: one `STRUCT_OPS` map each, value
 * type the local struct (the kernel's `bpf_struct_ops_<name>` is found at load time).
 */
export function structOpsMaps(ctx: Context): PlacedMap[] {
  return ctx.elf.sections.filter((s) =>
    s.size > 0 && s.name.startsWith(".struct_ops") && STRUCT_OPS_SECTIONS.includes(s.name)
  )
    .flatMap((section) => {
      const btf = ctx.requireBtf(section.offset, `section ${section.name}`);
      const datasecId = btf.firstByName(section.name, BtfKind.DATASEC);
      const datasec = datasecId === undefined ? undefined : btf.typeById(datasecId);
      if (datasec?.kind !== BtfKind.DATASEC) {
        throw ctx.error(section.offset, `section ${section.name} has no DATASEC in BTF`);
      }
      return datasec.vars.map((info) => {
        const v = btf.typeById(info.type);
        if (v.kind !== BtfKind.VAR) {
          throw btf.errorAt(
            info.type,
            `DATASEC ${section.name} entry ${btf.describe(info.type)} is not a VAR`,
          );
        }
        const sym = ctx.elf.symbols.find((x) =>
          x.sectionIndex === section.index && x.name === v.name
        );
        const offset = sym?.value ?? info.offset;
        const size = btf.sizeOf(v.type);
        if (offset + size > section.size || section.type === SHT.NOBITS) {
          throw ctx.error(
            section.offset + offset,
            `struct_ops map '${v.name}': definition is outside section ${section.name}`,
          );
        }
        const spec = blankMap(v.name, "structOps", section.name);
        spec.type = BpfMapType.BPF_MAP_TYPE_STRUCT_OPS;
        spec.typeName = "BPF_MAP_TYPE_STRUCT_OPS";
        spec.keySize = 4;
        spec.valueSize = size;
        spec.maxEntries = 1;
        spec.flags = section.name.endsWith(".link") ? BpfMapFlags.BPF_F_LINK : 0;
        spec.btfValueTypeId = btf.resolve(v.type);
        spec.initialData = section.data.subarray(offset, offset + size);
        return {
          spec,
          sectionIndex: section.index,
          sectionOffset: offset,
          size,
          valuesOffset: undefined,
        };
      });
    });
}

const STRUCT_OPS_SECTIONS = [".struct_ops", ".struct_ops.link"];
