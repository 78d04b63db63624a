/**
 * The BPF object model: everything `parseObject` reads out of a compiled BPF ELF object.
 *
 * Conventions used by every type here:
 * - Instruction indices count 8-byte slots (an `ld_imm64` takes two), relative to the start of the
 *   function that holds them (`Func.insns`), exactly like the kernel's `insn_off` fields.
 * - Maps are referred to by their index in `BpfObject.maps`, programs by their index in
 *   `BpfObject.programs`, subprograms by their index in `BpfObject.subprograms`, externs by their
 *   index in `BpfObject.externs`. No file descriptors ever appear in the model.
 * - Kernel enum values are given twice: the number the kernel wants and its kernel name
 *   (`BPF_PROG_TYPE_XDP`, `BPF_MAP_TYPE_HASH`, `BPF_XDP`, ...).
 * @module
 */

import type { Btf } from "../btf/mod.ts";
import type { ElfFile } from "../elf/mod.ts";

/** A parsed BPF ELF object. */
export interface BpfObject {
  /** The file name given to `parseObject`, used in every error message. */
  file: string;
  /** Byte order of the object (and of its instructions and data). */
  endianness: "little" | "big";
  /** Contents of the `license` section ("" when absent). */
  license: string;
  /** Contents of the `version` section (`LINUX_VERSION_CODE`), when present. */
  kernelVersion: number | undefined;
  /** Entry-point programs in libbpf's order: by section index, then by symbol-table order. */
  programs: Program[];
  /** Functions of `.text` (static and global), in symbol-table order; reached only through calls. */
  subprograms: Subprogram[];
  /**
   * Maps in libbpf's order: legacy `maps`, BTF `.maps`, internal maps by section, `.kconfig`, then
   * struct_ops maps.
   */
  maps: MapSpec[];
  /**
   * `extern` declarations resolved at load time, in libbpf's order: kconfig values (by alignment
   * descending, size, name), then ksyms and kfuncs by name.
   */
  externs: Extern[];
  /** The parsed `.BTF` section (as clang wrote it, before libbpf's fix-ups), when present. */
  btf: Btf | undefined;
  /** Raw `.BTF` section bytes (before any fix-up), when present. */
  btfBytes: Uint8Array | undefined;
  /** Raw `.BTF.ext` section bytes, when present. */
  btfExtBytes: Uint8Array | undefined;
  /** The underlying ELF file (sections, symbols, relocations) for tools that need more. */
  elf: ElfFile;
}

/** Instructions of one function together with everything that patches them. */
export interface Func {
  /** Symbol name. */
  name: string;
  /** Name of the ELF section holding the code. */
  section: string;
  /** Index of that ELF section. */
  sectionIndex: number;
  /** Slot index of the first instruction inside its section. */
  sectionInsnOffset: number;
  /**
   * Raw instructions, 8 bytes per slot, in the object's byte order: a view of the file's bytes,
   * never written to (the loader generator links copies).
   */
  insns: Uint8Array;
  /** True for `STB_GLOBAL`/`STB_WEAK` symbols, false for static functions. */
  global: boolean;
  /** Every instruction the loader must patch (see `Relocation`), sorted by `insnIndex`. */
  relocations: Relocation[];
  /** CO-RE relocations from `.BTF.ext`, insn indices relative to this function. */
  coreRelos: CoreRelo[];
  /** `bpf_func_info` records from `.BTF.ext`, insn indices relative to this function. */
  funcInfo: FuncInfo[];
  /** `bpf_line_info` records from `.BTF.ext`, insn indices relative to this function. */
  lineInfo: LineInfo[];
}

/** An entry-point program: a global function in an executable section other than `.text`. */
export interface Program extends Func {
  /** `enum bpf_prog_type` value. */
  type: number;
  /** Kernel name of `type`, e.g. `BPF_PROG_TYPE_XDP`. */
  typeName: string;
  /** `enum bpf_attach_type` value passed as `expected_attach_type` (0 when libbpf passes none). */
  expectedAttachType: number;
  /** Kernel name of the expected attach type, `undefined` when libbpf passes none. */
  expectedAttachTypeName: string | undefined;
  /** What the section names after its prefix (`kprobe/do_exit` → `do_exit`), if anything. */
  attachTarget: string | undefined;
  /**
   * For programs attached by BTF id (fentry, fexit, fmod_ret, lsm, tp_btf, iter, freplace):
   * the kernel BTF name and kind to look up (`bpf_lsm_file_open`/func, `btf_trace_sched_switch`/typedef).
   */
  attachBtf: { name: string; kind: "func" | "typedef" } | undefined;
  /** Section ended in `.s` (or is `syscall`): load with `BPF_F_SLEEPABLE`. */
  sleepable: boolean;
  /** `xdp.frags` sections: load with `BPF_F_XDP_HAS_FRAGS`. */
  xdpFrags: boolean;
  /** False when the section name starts with `?` (libbpf's "do not load by default"). */
  autoload: boolean;
  /** The matched libbpf section-definition prefix, e.g. `kprobe+` or `xdp`. */
  sectionDef: string;
  /**
   * For a program referenced from a struct_ops map: which map and member. libbpf then passes the
   * member index as `expected_attach_type` (also in `expectedAttachType`, with no name) and the
   * kernel's `struct <structName>` as attach BTF id.
   */
  structOps?: StructOpsUse;
}

/** Where a struct_ops program is plugged in. */
export interface StructOpsUse {
  /** Index into `BpfObject.maps` of the struct_ops map. */
  map: number;
  /** Name of the struct (e.g. `tcp_congestion_ops`). */
  structName: string;
  /** Function-pointer member the program fills, and its index among the struct's members. */
  member: string;
  memberIndex: number;
}

/** A `.text` function, linked into the programs that call it. */
export type Subprogram = Func;

/** One instruction the loader must patch, classified. `insnIndex` is relative to its function. */
export type Relocation =
  | MapRelocation
  | MapValueRelocation
  | CallRelocation
  | FuncAddressRelocation
  | KconfigRelocation
  | KsymRelocation
  | KfuncRelocation;

/** `ld_imm64` of a map: becomes `src = BPF_PSEUDO_MAP_FD` (or `MAP_IDX`) with the map. */
export interface MapRelocation {
  kind: "map";
  insnIndex: number;
  /** Index into `BpfObject.maps`. */
  map: number;
}

/** `ld_imm64` of an address in global data: `src = BPF_PSEUDO_MAP_VALUE`, map and byte offset. */
export interface MapValueRelocation {
  kind: "mapValue";
  insnIndex: number;
  /** Index into `BpfObject.maps` (an internal data map). */
  map: number;
  /** Byte offset inside the map value (goes to the second slot's imm). */
  offset: number;
}

/**
 * A bpf-to-bpf call (`call` with `src = BPF_PSEUDO_CALL`), whether or not it had an ELF
 * relocation: the target is always resolved to a subprogram.
 */
export interface CallRelocation {
  kind: "call";
  insnIndex: number;
  /** Index into `BpfObject.subprograms`. */
  subprogram: number;
  /** Slot offset of the target inside that subprogram (0 for a normal call). */
  insnOffset: number;
  /** True when the object carried an ELF relocation for it (calls across sections). */
  fromElf: boolean;
}

/** `ld_imm64` of a function address (callbacks, `src = BPF_PSEUDO_FUNC`). */
export interface FuncAddressRelocation {
  kind: "funcAddress";
  insnIndex: number;
  /** Index into `BpfObject.subprograms`. */
  subprogram: number;
  /** Slot offset of the target inside that subprogram (0 for a normal callback). */
  insnOffset: number;
  fromElf: boolean;
}

/** Load of a `.kconfig` extern: becomes a `mapValue` load from the `.kconfig` map. */
export interface KconfigRelocation {
  kind: "kconfig";
  insnIndex: number;
  /** Index into `BpfObject.externs`. */
  extern: number;
  /** Index into `BpfObject.maps` of the `.kconfig` map. */
  map: number;
  /** Byte offset of the extern in the `.kconfig` map value. */
  offset: number;
}

/** `ld_imm64` of a `__ksym` (variable, or function address for `bpf_ksym_exists`). */
export interface KsymRelocation {
  kind: "ksym";
  insnIndex: number;
  /** Index into `BpfObject.externs`. */
  extern: number;
}

/** `call` of a kernel function (`src = BPF_PSEUDO_KFUNC_CALL`). */
export interface KfuncRelocation {
  kind: "kfunc";
  insnIndex: number;
  /** Index into `BpfObject.externs`. */
  extern: number;
}

/**
 * One `bpf_core_relo` record (`insnIndex` is in slots, program-relative). Note the kernel's
 * `bpf_core_relo.insn_off` counts bytes (`insnIndex * 8`), unlike func_info/line_info.
 */
export interface CoreRelo {
  insnIndex: number;
  /** Local BTF type id (root type of the access). */
  typeId: number;
  /** Offset of the access string in the BTF string table. */
  accessStrOffset: number;
  /** `enum bpf_core_relo_kind` value. */
  kind: number;
  /** The access string itself (e.g. `0:1:2`), for display. */
  accessStr: string;
}

/** One `bpf_func_info` record (`insnIndex` in slots, program-relative). */
export interface FuncInfo {
  insnIndex: number;
  /** BTF id of the `FUNC` type. */
  typeId: number;
}

/** One `bpf_line_info` record (`insnIndex` in slots, program-relative). */
export interface LineInfo {
  insnIndex: number;
  fileNameOffset: number;
  lineOffset: number;
  /** `(line << 10) | column`, as the kernel stores it. */
  lineCol: number;
}

/** Where a map comes from. */
export type MapOrigin =
  /** `SEC(".maps")` BTF-defined map. */
  | "btf"
  /** `SEC("maps")` `struct bpf_map_def`. */
  | "legacy"
  /** Internal map for `.data`, `.rodata`, `.bss`, `.data.*`, `.rodata.*`. */
  | "data"
  /** Internal map for `.kconfig` externs. */
  | "kconfig"
  /** Inner map template of a map-in-map (only as `MapSpec.inner`). */
  | "inner"
  /**
   * `SEC(".struct_ops")`/`SEC(".struct_ops.link")` variable: a `STRUCT_OPS` map whose value is the
   * local struct (`initialData`); function pointers are not resolved. Listed after `.kconfig`.
   */
  | "structOps";

/** Everything needed for `BPF_MAP_CREATE`, plus initial contents. */
export interface MapSpec {
  /** Map name as libbpf names it (`counts`, `.rodata`, `.data.custom`, `outer.inner`). */
  name: string;
  origin: MapOrigin;
  /** ELF section the map was defined in. */
  section: string;
  /** `enum bpf_map_type` value. */
  type: number;
  /** Kernel name of `type`, e.g. `BPF_MAP_TYPE_HASH`. */
  typeName: string;
  keySize: number;
  valueSize: number;
  maxEntries: number;
  /** `map_flags` (for internal maps: `BPF_F_RDONLY_PROG`, `BPF_F_MMAPABLE` as libbpf sets them). */
  flags: number;
  numaNode: number;
  /** `map_extra` (64-bit). */
  mapExtra: bigint;
  /** `LIBBPF_PIN_NONE` or `LIBBPF_PIN_BY_NAME`. */
  pinning: "none" | "byName";
  /** BTF id of the key type (0 when none). */
  btfKeyTypeId: number;
  /** BTF id of the value type (the DATASEC for internal maps; 0 when none). */
  btfValueTypeId: number;
  /** Inner map template for `ARRAY_OF_MAPS`/`HASH_OF_MAPS` (from `__array(values, ...)`). */
  inner: MapSpec | undefined;
  /** Declarative `values = { ... }` slots (map-in-map: `map`; prog array: `program`). */
  initSlots: MapInitSlot[];
  /**
   * Initial value bytes for internal maps (`.bss` and `.kconfig`: zeros); for sections with
   * contents, a view of the file's bytes, never written to (manifest globals patch a copy).
   */
  initialData: Uint8Array | undefined;
  /** Variables of an internal map (from its DATASEC), by offset. */
  variables: MapVariable[];
}

/** One initialised slot of a map-in-map or prog array. */
export interface MapInitSlot {
  /** Key (array index) of the slot. */
  index: number;
  /** Index into `BpfObject.maps` (map-in-map). */
  map?: number;
  /** Index into `BpfObject.programs` (prog array). */
  program?: number;
}

/** A variable living in an internal map. */
export interface MapVariable {
  name: string;
  /** Byte offset in the map value. */
  offset: number;
  size: number;
  /** BTF id of the `VAR` (0 when the object has no BTF entry for it). */
  btfVarId: number;
  /** BTF id of the variable's type (0 when unknown). */
  btfTypeId: number;
  /** True for global (non-static) variables. */
  global: boolean;
}

/** Kinds of `.kconfig` extern values, as libbpf classifies them. */
export type KconfigType = "bool" | "tristate" | "char" | "int" | "charArray";

/** An `extern` symbol the loader resolves. */
export type Extern = KconfigExtern | KsymExtern | KfuncExtern;

interface ExternBase {
  name: string;
  /** Declared `__weak`: missing at load time is allowed (value 0 / not found). */
  weak: boolean;
  /** BTF id of the extern's `VAR` or `FUNC` in the object's BTF. */
  btfId: number;
}

/** `extern ... __kconfig`: a value taken from the kernel config, stored in the `.kconfig` map. */
export interface KconfigExtern extends ExternBase {
  kind: "kconfig";
  type: KconfigType;
  /** BTF id of the value's type in the object's BTF. */
  btfTypeId: number;
  /** Integer signedness (for `int`). */
  signed: boolean;
  size: number;
  /** Byte offset in the `.kconfig` map value. */
  offset: number;
}

/** `extern ... __ksym` variable: typed (BTF id resolved in kernel BTF) or typeless (kallsyms). */
export interface KsymExtern extends ExternBase {
  kind: "ksym";
  /** False for `extern const void x __ksym` (address only, resolved through kallsyms). */
  typed: boolean;
  /** BTF id of the variable's type in the object's BTF (0 when typeless). */
  btfTypeId: number;
}

/** `extern` function in `.ksyms`: a kfunc call resolved by BTF id. */
export interface KfuncExtern extends ExternBase {
  kind: "kfunc";
  /** BTF id of the function's `FUNC_PROTO` in the object's BTF. */
  btfTypeId: number;
}
