import { BpfMapFlags, BpfMapType } from "../abi/mod.ts";
import {
  type Btf,
  type BtfDatasec,
  BtfFuncLinkage,
  BtfIntEncoding,
  BtfKind,
  BtfVarLinkage,
  KCONFIG_SECTION,
  KSYMS_SECTION,
  placeKconfig,
} from "../btf/mod.ts";
import { type ElfSymbol, SHN, STB, STT } from "../elf/mod.ts";
import type { Context } from "./_context.ts";
import { internalMapFlags, type PlacedMap } from "./_maps.ts";
import type { Extern, KconfigExtern, KconfigType, MapSpec } from "./types.ts";

/** An extern plus its symbol, for matching relocations. */
export interface PlacedExtern {
  extern: Extern;
  symbol: ElfSymbol;
  /** Alignment of a kconfig value (0 for others), used for the `.kconfig` layout. */
  align: number;
}

/** Undefined global symbols without a type: what clang emits for `extern` declarations. */
function isExternSymbol(sym: ElfSymbol): boolean {
  return sym.sectionIndex === SHN.UNDEF && sym.type === STT.NOTYPE &&
    (sym.bind === STB.GLOBAL || sym.bind === STB.WEAK);
}

/**
 * Every extern, in libbpf's order: kconfig values first, laid out as the `.kconfig` map
 * (`placeKconfig`), then ksyms and kfuncs by name.
 */
export function collectExterns(ctx: Context): PlacedExtern[] {
  const symbols = ctx.elf.symbols.filter(isExternSymbol);
  if (symbols.length === 0) return [];
  const btf = ctx.requireBtf(symbols[0]!.entryOffset, `extern '${symbols[0]!.name}'`);
  const externs = symbols.map((sym) => describeExtern(ctx, btf, sym));
  const kconfig = externs.flatMap((placed) =>
    placed.extern.kind === "kconfig"
      ? [{
        name: placed.extern.name,
        size: placed.extern.size,
        align: placed.align,
        offset: 0,
        value: placed.extern,
        placed,
      }]
      : []
  );
  placeKconfig(kconfig);
  for (const slot of kconfig) slot.value.offset = slot.offset;
  const others = externs.filter((e) => e.extern.kind !== "kconfig")
    .sort((a, b) => a.extern.name < b.extern.name ? -1 : a.extern.name > b.extern.name ? 1 : 0);
  return [...kconfig.map((slot) => slot.placed), ...others];
}

function describeExtern(ctx: Context, btf: Btf, sym: ElfSymbol): PlacedExtern {
  const where = `extern '${sym.name}'`;
  const weak = sym.bind === STB.WEAK;
  // Two one-kind lookups (cheap indexes) rather than one over every named type.
  const candidates = [
    ...btf.findByName(sym.name, BtfKind.VAR),
    ...btf.findByName(sym.name, BtfKind.FUNC),
  ].sort((x, y) => x - y);
  const btfId = candidates.find((id) => {
    const t = btf.typeById(id);
    return (t.kind === BtfKind.VAR && t.linkage === BtfVarLinkage.GLOBAL_EXTERN) ||
      (t.kind === BtfKind.FUNC && t.linkage === BtfFuncLinkage.EXTERN);
  });
  if (btfId === undefined) {
    throw ctx.error(sym.entryOffset, `${where}: no extern VAR or FUNC of that name in BTF`);
  }
  const section = externSection(btf, btfId);
  if (section === undefined) {
    throw ctx.error(
      sym.entryOffset,
      `${where}: not listed in any BTF DATASEC (.kconfig or .ksyms)`,
    );
  }
  const t = btf.typeById(btfId);
  if (t.kind === BtfKind.FUNC) {
    if (section !== KSYMS_SECTION) {
      throw ctx.error(
        sym.entryOffset,
        `${where}: extern function in section ${section} is not supported`,
      );
    }
    return {
      extern: { kind: "kfunc", name: sym.name, weak, btfId, btfTypeId: t.type },
      symbol: sym,
      align: 0,
    };
  }
  if (t.kind !== BtfKind.VAR) throw btf.errorAt(btfId, `${where}: expected VAR or FUNC`);
  if (section === KSYMS_SECTION) {
    const typed = btf.resolve(t.type) !== 0;
    return {
      extern: { kind: "ksym", name: sym.name, weak, btfId, typed, btfTypeId: typed ? t.type : 0 },
      symbol: sym,
      align: 0,
    };
  }
  if (section !== KCONFIG_SECTION) {
    throw ctx.error(
      sym.entryOffset,
      `${where}: extern section ${section} is not supported (only .kconfig and .ksyms)`,
    );
  }
  const kconfig = kconfigType(btf, t.type);
  if (!kconfig) {
    throw ctx.error(
      sym.entryOffset,
      `${where}: kconfig type ${btf.typeName(t.type)} is not supported`,
    );
  }
  const size = btf.sizeOf(t.type);
  if (size > MAX_KCONFIG_SIZE) {
    throw ctx.error(sym.entryOffset, `${where}: kconfig value of ${size} bytes is too large`);
  }
  const extern: KconfigExtern = {
    kind: "kconfig",
    name: sym.name,
    weak,
    btfId,
    btfTypeId: t.type,
    type: kconfig.type,
    signed: kconfig.signed,
    size,
    offset: 0,
  };
  return { extern, symbol: sym, align: Math.max(1, btf.alignOf(t.type)) };
}

/** Kernel config values are at most a few hundred bytes (strings); this bounds the map size. */
const MAX_KCONFIG_SIZE = 1 << 16;

/** Name of the DATASEC listing type `id`, if any. */
function externSection(btf: Btf, id: number): string | undefined {
  for (const sectionId of btf.idsOfKind(BtfKind.DATASEC)) {
    const t = btf.typeById(sectionId) as BtfDatasec;
    if (t.vars.some((v) => v.type === id)) return t.name;
  }
  return undefined;
}

/** libbpf's classification of kconfig value types; undefined for unsupported ones. */
function kconfigType(btf: Btf, typeId: number): { type: KconfigType; signed: boolean } | undefined {
  const t = btf.typeById(btf.resolve(typeId));
  switch (t.kind) {
    case BtfKind.INT: {
      if (t.encoding & BtfIntEncoding.BOOL) {
        return t.size === 1 ? { type: "bool", signed: false } : undefined;
      }
      const signed = (t.encoding & BtfIntEncoding.SIGNED) !== 0;
      if (t.bits === 8 && t.size === 1) return { type: "char", signed };
      if (t.bits < 1 || t.bits > 64 || (t.bits & (t.bits - 1)) !== 0) return undefined;
      return { type: "int", signed };
    }
    case BtfKind.ENUM:
      return t.size === 4 && t.name === "libbpf_tristate"
        ? { type: "tristate", signed: false }
        : undefined;
    case BtfKind.ARRAY: {
      const elem = btf.typeById(btf.resolve(t.type));
      return elem.kind === BtfKind.INT && elem.size === 1 && elem.bits === 8
        ? { type: "charArray", signed: false }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The `.kconfig` internal map holding every kconfig extern, or nothing when there are none. */
export function kconfigMap(ctx: Context, externs: PlacedExtern[]): PlacedMap[] {
  const values = externs.flatMap((e) => e.extern.kind === "kconfig" ? [e.extern] : []);
  if (values.length === 0) return [];
  const last = values[values.length - 1]!;
  const size = last.offset + last.size;
  const variables = values.map((v) => ({
    name: v.name,
    offset: v.offset,
    size: v.size,
    btfVarId: v.btfId,
    btfTypeId: v.btfTypeId,
    // Extern variables have non-static linkage, so the map is mmapable like libbpf's.
    global: true,
  }));
  const spec: MapSpec = {
    name: KCONFIG_SECTION,
    origin: "kconfig",
    section: KCONFIG_SECTION,
    type: BpfMapType.BPF_MAP_TYPE_ARRAY,
    typeName: "BPF_MAP_TYPE_ARRAY",
    keySize: 4,
    valueSize: size,
    maxEntries: 1,
    flags: internalMapFlags(true, variables) | BpfMapFlags.BPF_F_RDONLY_PROG,
    numaNode: 0,
    mapExtra: 0n,
    pinning: "none",
    btfKeyTypeId: 0,
    btfValueTypeId: ctx.btf?.firstByName(KCONFIG_SECTION, BtfKind.DATASEC) ?? 0,
    inner: undefined,
    initSlots: [],
    initialData: new Uint8Array(size),
    variables,
  };
  return [{ spec, sectionIndex: -1, sectionOffset: 0, size, valuesOffset: undefined }];
}
