/**
 * `generateLoader`: turns a parsed object into a loader. One recorder per syscall the loader
 * replays, each a straight line of emitter verbs.
 *
 * Blob layout (u32 fd slots first, so the cleanup block walks one contiguous range):
 *
 *     fd_array   maps[nMaps] | kfunc module BTF fds[nKfuncSlots]   ← PROG_LOAD fd_array
 *     owned      btf | created maps[nMaps] | inner templates | programs | temporary BTF obj fds
 *     data       BTF, attrs, initial values, keys, insns, func/line info, CO-RE relos, names
 *
 * `fd_array[i]` holds map i's fd whether created or reused; only fds the loader created are also
 * in `owned`, and only those are closed on failure. Kfunc and temporary slots are closed (and
 * zeroed) right after each PROG_LOAD.
 *
 * @module
 */

import {
  BpfCmd,
  BpfCoreRelo,
  BpfFuncId,
  BpfFuncInfo,
  BpfLineInfo,
  BpfMapType,
  BpfProgFlags,
  BtfKindId,
  BtfLoadAttr,
  fieldOffsets,
  MapCreateAttr,
  MapElemAttr,
  offsetOfEnd,
  ProgLoadAttr,
} from "../abi/mod.ts";
import { decodeInsn, INSN_SIZE, type Label, PseudoLd, R1, R2, R3, R4, Size } from "../asm/mod.ts";
import { type Btf, type BtfForLoad, BtfKind, fixupElfOf, prepareBtfForLoad } from "../btf/mod.ts";
import type { BpfObject, Extern, MapSpec, Program } from "../object/mod.ts";
import { ctxMapField, ctxProgField, ctxSize, RING_BUFFERS, ringBufferSize } from "./ctx.ts";
import {
  CTX,
  Emitter,
  type EmitterCapacity,
  LAST_RET,
  LoaderGenError,
  SCRATCH,
} from "./emitter.ts";
import { type Kconfig, writeKconfigValue } from "./kconfig.ts";
import { type LinkedProgram, linkProgram, type PlacedFunc, writeLinkedCode } from "./link.ts";
import type { Loader, LoaderInputFields, LoaderMap, LoaderProgram } from "./loader.ts";

/** Options of {@link generateLoader}. */
export interface GenerateOptions {
  /** Programs to load, by name; default every program libbpf would autoload. */
  programs?: readonly string[] | undefined;
  /** Kernel config for `.kconfig` externs (see `parseKconfig`), incl. `LINUX_KERNEL_VERSION`. */
  kconfig?: Kconfig;
  /**
   * The target kernel's BTF (vmlinux). Needed only for struct_ops maps, whose value is the
   * kernel's `struct bpf_struct_ops_<name>`: its size is fixed at generation time (type ids are
   * still looked up when the loader runs).
   */
  kernelBtf?: Btf | undefined;
  /** Target page size for ring buffer inner-map templates (default 4096). Top-level maps are
   * sized at run time through the ctx instead. */
  pageSize?: number;
}

// Attr field offsets, and attr sizes cut after the last field each command uses. Recorders set
// fields one by one into the zeroed attr, like libbpf's `attr.map_type = ...` (a values object
// looked up by field name cost ~0.2 µs an attr).
const BTF_LOAD = fieldOffsets(BtfLoadAttr);
const BTF_LOAD_SIZE = offsetOfEnd(BtfLoadAttr, "btf_log_level");
const MAP_CREATE = fieldOffsets(MapCreateAttr);
const MAP_CREATE_SIZE = offsetOfEnd(MapCreateAttr, "map_extra");
const MAP_ELEM = fieldOffsets(MapElemAttr);
const MAP_UPDATE_ELEM_SIZE = offsetOfEnd(MapElemAttr, "flags");
const MAP_FREEZE_SIZE = offsetOfEnd(MapElemAttr, "map_fd");
const PROG_LOAD = fieldOffsets(ProgLoadAttr);
const PROG_LOAD_SIZE = offsetOfEnd(ProgLoadAttr, "core_relo_rec_size");

const ENOENT = 2;
/** Kernel limit on object names, including the NUL. */
const OBJ_NAME_LEN = 16;
/** Map types whose BTF key/value ids libbpf drops before MAP_CREATE (the kernel rejects them). */
const NO_BTF_MAP_TYPES = new Set<number>([
  BpfMapType.BPF_MAP_TYPE_PERF_EVENT_ARRAY,
  BpfMapType.BPF_MAP_TYPE_CGROUP_ARRAY,
  BpfMapType.BPF_MAP_TYPE_STACK_TRACE,
  BpfMapType.BPF_MAP_TYPE_ARRAY_OF_MAPS,
  BpfMapType.BPF_MAP_TYPE_HASH_OF_MAPS,
  BpfMapType.BPF_MAP_TYPE_DEVMAP,
  BpfMapType.BPF_MAP_TYPE_DEVMAP_HASH,
  BpfMapType.BPF_MAP_TYPE_CPUMAP,
  BpfMapType.BPF_MAP_TYPE_XSKMAP,
  BpfMapType.BPF_MAP_TYPE_SOCKMAP,
  BpfMapType.BPF_MAP_TYPE_SOCKHASH,
  BpfMapType.BPF_MAP_TYPE_QUEUE,
  BpfMapType.BPF_MAP_TYPE_STACK,
  BpfMapType.BPF_MAP_TYPE_ARENA,
]);

/** libbpf's object name: the file's base name up to its first dot. */
function objectName(file: string): string {
  const start = file.lastIndexOf("/") + 1;
  const dot = file.indexOf(".", start);
  return file.slice(start, dot < 0 ? file.length : dot);
}

/**
 * The name the kernel gets for a map. Internal maps get libbpf's object-name prefix, as long as
 * fits beside a suffix of at least 7 characters (`exec_tra.rodata`, `exec_tr.kconfig`); custom
 * sections (`.data.sampling`) keep their own name. Cut to 15 bytes, with characters the kernel
 * refuses replaced by `_`.
 */
export function kernelMapName(obj: BpfObject, map: MapSpec): string {
  return mapNameWithPrefix(map, objectName(obj.file));
}

function mapNameWithPrefix(map: MapSpec, prefix: string): string {
  let name = map.name;
  if ((map.origin === "data" || map.origin === "kconfig") && !map.name.includes(".", 1)) {
    const suffixLength = Math.max(7, map.name.length);
    name = prefix.slice(0, Math.max(0, OBJ_NAME_LEN - suffixLength - 1)) + map.name;
  }
  return kernelNameChars(name.slice(0, OBJ_NAME_LEN - 1));
}

/**
 * `name` with every character the kernel refuses in object names (all but [A-Za-z0-9_.])
 * replaced by `_`. A loop, not a regular expression: the daemon runs none on its usual path, which
 * keeps the engine's regexp compiler out of its memory (with the other ones gone, ~0.8 MiB RSS).
 */
function kernelNameChars(name: string): string {
  let out = name;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ||
      c === 0x5f || c === 0x2e;
    if (!ok) out = `${out.slice(0, i)}_${out.slice(i + 1)}`;
  }
  return out;
}

function isFrozen(map: MapSpec): boolean {
  return map.origin === "kconfig" || (map.origin === "data" && map.name.startsWith(".rodata"));
}

function selectPrograms(obj: BpfObject, names: readonly string[] | undefined): Program[] {
  if (names === undefined) return obj.programs.filter((p) => p.autoload);
  const missing = names.filter((n) => !obj.programs.some((p) => p.name === n));
  if (missing.length > 0) {
    const known = obj.programs.map((p) => p.name).join(", ");
    throw new LoaderGenError(
      `${obj.file}: no program named ${missing.join(", ")} (programs: ${known || "none"})`,
    );
  }
  return obj.programs.filter((p) => names.includes(p.name));
}

/** The kernel BTF type a program's `attach_btf_id` names, if any. */
function attachTarget(
  p: Program,
): { name: string; kind: "func" | "typedef" | "struct" } | undefined {
  if (p.attachBtf !== undefined) return p.attachBtf;
  if (p.structOps !== undefined) return { name: p.structOps.structName, kind: "struct" };
  return undefined;
}

/** The kernel's value type of a struct_ops map (`bpf_struct_ops_tcp_congestion_ops`) and its size. */
function structOpsValueType(
  obj: BpfObject,
  map: MapSpec,
  kernelBtf: Btf | undefined,
): { name: string; size: number } {
  const local = obj.btf?.typeById(obj.btf.resolve(map.btfValueTypeId));
  if (local === undefined || local.kind !== BtfKind.STRUCT || local.name === "") {
    throw new LoaderGenError(
      `${obj.file}: struct_ops map ${map.name}: value is not a named struct`,
    );
  }
  const name = `bpf_struct_ops_${local.name}`;
  if (kernelBtf === undefined) {
    throw new LoaderGenError(
      `${obj.file}: struct_ops map ${map.name} needs the kernel's BTF to size its value`,
    );
  }
  const id = kernelBtf.firstByName(name, BtfKind.STRUCT);
  if (id === undefined) {
    throw new LoaderGenError(
      `${obj.file}: struct_ops map ${map.name}: the kernel has no struct_ops type ${local.name}`,
    );
  }
  return { name, size: kernelBtf.sizeOf(id) };
}

/**
 * A struct_ops program's `expected_attach_type`: the index of its member in the *kernel's* struct,
 * which can differ from the object's own copy of the struct (libbpf's `kern_member_idx`).
 */
function kernelMemberIndex(obj: BpfObject, p: Program, kernelBtf: Btf | undefined): number {
  const use = p.structOps!;
  const fail = (what: string): never => {
    throw new LoaderGenError(`${obj.file}: struct_ops program ${p.name}: ${what}`);
  };
  if (kernelBtf === undefined) return fail("needs the kernel's BTF");
  const id = kernelBtf.firstByName(use.structName, BtfKind.STRUCT);
  if (id === undefined) return fail(`the kernel has no struct ${use.structName}`);
  const t = kernelBtf.typeById(id);
  const index = t.kind === BtfKind.STRUCT ? t.members.findIndex((m) => m.name === use.member) : -1;
  if (index < 0) return fail(`the kernel's struct ${use.structName} has no member ${use.member}`);
  return index;
}

/**
 * Upper estimates of the loader's size, from the sizes of what goes into its blob and from what
 * each recorder emits, so its buffers are allocated once for typical objects.
 */
function expectedCapacity(
  obj: BpfObject,
  linked: readonly LinkedProgram[],
  btf: BtfForLoad | undefined,
): EmitterCapacity {
  let blob = 128 + (btf?.size ?? 0);
  let slots = 32;
  for (const m of obj.maps) {
    const data = m.origin === "data" || m.origin === "kconfig";
    blob += 112 + (data ? 64 + m.valueSize : 0);
    slots += 28 + (data ? 20 : 0) + (m.inner ? 24 : 0) + 8 * m.initSlots.length;
  }
  for (const l of linked) {
    const records = l.records.funcInfo + l.records.lineInfo + l.records.coreRelos;
    blob += 288 + l.size + 16 * records + 64 * l.externRelos.length;
    slots += 68 + 24 * l.externRelos.length;
  }
  return { slots, blob };
}

/** Everything the recorders share: the emitter and the blob's fd-slot layout. */
class LoaderBuilder {
  readonly e: Emitter;
  readonly obj: BpfObject;
  readonly nMaps: number;
  readonly kfuncSlots: number;
  /** Blob offsets of the owned fd slots. */
  readonly owned: { btf: number; maps: number; inner: number; progs: number; temps: number };
  readonly innerIndex = new Map<number, number>();
  readonly hasBtf: boolean;
  /** libbpf's rule: BTF is optional unless the object has BTF-defined maps or externs. When a
   * kernel rejects optional BTF, maps and programs are created without it. */
  readonly btfOptional: boolean;
  /** Kernel names of `obj.maps`. */
  readonly mapNames: string[];
  /** Attr fields the runner sets (`Loader.inputFields`). */
  readonly inputFields: LoaderInputFields = { maxEntries: [], logs: [] };

  constructor(obj: BpfObject, linked: LinkedProgram[], btf: BtfForLoad | undefined) {
    this.obj = obj;
    this.hasBtf = btf !== undefined;
    this.btfOptional = obj.externs.length === 0 &&
      !obj.maps.some((m) => m.origin === "btf" || m.origin === "inner" || m.origin === "structOps");
    this.e = new Emitter(obj.endianness === "little", expectedCapacity(obj, linked, btf));
    const prefix = objectName(obj.file);
    this.mapNames = obj.maps.map((m) => mapNameWithPrefix(m, prefix));
    this.nMaps = obj.maps.length;
    obj.maps.forEach((m, i) => {
      if (m.inner !== undefined) this.innerIndex.set(i, this.innerIndex.size);
    });
    const kfuncs = (l: LinkedProgram) =>
      new Set(l.externRelos.filter((r) => r.kind === "kfunc").map((r) => r.extern)).size;
    const temps = (l: LinkedProgram) =>
      new Set(l.externRelos.filter((r) => r.kind === "ksym").map((r) => r.extern)).size +
      (attachTarget(l.program) ? 1 : 0);
    this.kfuncSlots = Math.max(0, ...linked.map(kfuncs));
    // A struct_ops MAP_CREATE holds its kernel type's BTF object fd in the first temporary slot.
    const structOps = obj.maps.some((m) => m.origin === "structOps") ? 1 : 0;
    const nTemps = Math.max(structOps, ...linked.map(temps));
    const slots = this.nMaps + this.kfuncSlots + 1 + this.nMaps + this.innerIndex.size +
      linked.length + nTemps;
    // Inner programs get `fd_array = &blob[0]`, so the fd slots must open the blob.
    if (this.e.reserve(4 * slots) !== 0) throw new LoaderGenError("fd_array must start the blob");
    const ownedAt = 4 * (this.nMaps + this.kfuncSlots);
    this.owned = {
      btf: ownedAt,
      maps: ownedAt + 4,
      inner: ownedAt + 4 + 4 * this.nMaps,
      progs: ownedAt + 4 + 4 * (this.nMaps + this.innerIndex.size),
      temps: ownedAt + 4 + 4 * (this.nMaps + this.innerIndex.size + linked.length),
    };
    // Cleanup closes kfunc slots and everything owned (not fd_array's map slots: they may be
    // reused fds; created ones are in `owned.maps`).
    this.e.emitPrologue(4 * this.nMaps, slots - this.nMaps);
  }

  /**
   * Stores the loaded BTF's fd at `btfFdField`; when optional BTF was refused (fd 0), zeroes the
   * fields that refer to it instead.
   */
  useBtfFd(btfFdField: number, fieldsWithoutBtf: readonly number[]): void {
    const { e } = this;
    if (!this.btfOptional) {
      e.moveBlob2Blob(btfFdField, Size.W, this.owned.btf);
      return;
    }
    const withBtf = e.newLabel("btf");
    const done = e.newLabel("btfdone");
    e.loadBlob(Size.W, R1, this.owned.btf);
    e.jumpIf(R1, "!=", 0, withBtf);
    for (const off of fieldsWithoutBtf) e.storeBlobImm(Size.W, off, 0);
    e.goto(done);
    e.label(withBtf);
    e.storeBlob(Size.W, btfFdField, R1);
    e.label(done);
  }

  /** Blob offset of fd_array[i]. */
  fdArray(i: number): number {
    return 4 * i;
  }

  /** `goto skip` when the caller passed an fd for map `i` to reuse. */
  jumpIfReused(i: number, skip: Label): void {
    this.e.load(Size.W, R1, CTX, ctxMapField(i, "fd"));
    this.e.jumpIf(R1, "!=", 0, skip);
  }
}

function recordBtfLoad(b: LoaderBuilder, btf: BtfForLoad): void {
  const { e } = b;
  const btfOff = e.reserve(btf.size);
  btf.writeTo(e.blobBytes(btfOff, btf.size));
  const size = BTF_LOAD_SIZE;
  const attr = e.reserve(size);
  e.setU32(attr + BTF_LOAD.btf_size, btf.size);
  e.emitRelStore(attr + BTF_LOAD.btf, btfOff);
  b.inputFields.logs.push({
    step: e.enterStep("BTF_LOAD"),
    level: attr + BTF_LOAD.btf_log_level,
    size: attr + BTF_LOAD.btf_log_size,
    buf: attr + BTF_LOAD.btf_log_buf,
  });
  e.emitSysBpf(BpfCmd.BPF_BTF_LOAD, attr, size);
  if (b.btfOptional) {
    const refused = e.newLabel("nobtf");
    const done = e.newLabel("btfdone");
    e.jumpIf(LAST_RET, "s<", 0, refused);
    e.storeBlob(Size.W, b.owned.btf, LAST_RET);
    e.goto(done);
    e.label(refused);
    e.mov(LAST_RET, 0);
    e.label(done);
    return;
  }
  e.emitCheckErr();
  e.storeBlob(Size.W, b.owned.btf, LAST_RET);
}

/** Emits MAP_CREATE for `spec`; the new fd is left in r7 (checked). Returns the attr's offset. */
function recordMapCreate(
  b: LoaderBuilder,
  spec: MapSpec,
  kernelName: string,
  opts: {
    innerFdSlot?: number;
    closeAfter?: number;
    /** struct_ops: the kernel value type, looked up for `btf_vmlinux_value_type_id`. */
    kernelValueType?: string;
  },
): number {
  const { e } = b;
  const kernelValueType = opts.kernelValueType;
  const withBtf = b.hasBtf && !NO_BTF_MAP_TYPES.has(spec.type) &&
    (spec.btfKeyTypeId !== 0 || spec.btfValueTypeId !== 0 || kernelValueType !== undefined);
  const size = MAP_CREATE_SIZE;
  const attr = e.reserve(size);
  e.setU32(attr + MAP_CREATE.map_type, spec.type);
  e.setU32(attr + MAP_CREATE.key_size, spec.keySize);
  e.setU32(attr + MAP_CREATE.value_size, spec.valueSize);
  e.setU32(attr + MAP_CREATE.max_entries, spec.maxEntries);
  e.setU32(attr + MAP_CREATE.map_flags, spec.flags);
  e.setU32(attr + MAP_CREATE.numa_node, spec.numaNode);
  e.setText(attr + MAP_CREATE.map_name, kernelName, OBJ_NAME_LEN);
  e.setU64(attr + MAP_CREATE.map_extra, spec.mapExtra);
  if (withBtf) {
    e.setU32(attr + MAP_CREATE.btf_key_type_id, spec.btfKeyTypeId);
    e.setU32(attr + MAP_CREATE.btf_value_type_id, spec.btfValueTypeId);
  }
  if (withBtf) {
    b.useBtfFd(attr + MAP_CREATE.btf_fd, [
      attr + MAP_CREATE.btf_key_type_id,
      attr + MAP_CREATE.btf_value_type_id,
    ]);
  }
  if (opts.innerFdSlot !== undefined) {
    e.moveBlob2Blob(attr + MAP_CREATE.inner_map_fd, Size.W, opts.innerFdSlot);
  }
  const typeFdSlot = b.owned.temps;
  if (kernelValueType !== undefined) {
    const name = e.addString(kernelValueType);
    e.enterStep(`STRUCT_OPS_TYPE ${kernelValueType} (${spec.name})`);
    e.emitHelper(BpfFuncId.BPF_FUNC_btf_find_by_name_kind, [
      [R1, { blob: name.off }],
      [R2, name.size],
      [R3, BtfKindId.BTF_KIND_STRUCT],
      [R4, 0],
    ]);
    e.emitCheckErr();
    e.storeBlob(Size.W, attr + MAP_CREATE.btf_vmlinux_value_type_id, LAST_RET);
    // Module struct_ops types would need value_type_btf_obj_fd; only the fd is kept, to close it.
    e.movReg(SCRATCH, LAST_RET);
    e.rsh(SCRATCH, 32);
    e.storeBlob(Size.W, typeFdSlot, SCRATCH);
  }
  e.enterStep(`MAP_CREATE ${spec.name}`);
  e.emitSysBpf(BpfCmd.BPF_MAP_CREATE, attr, size);
  if (opts.closeAfter !== undefined) e.emitSysCloseBlob(opts.closeAfter);
  if (kernelValueType !== undefined) e.emitSysCloseBlob(typeFdSlot);
  e.emitCheckErr();
  return attr;
}

/**
 * Emits `bpf_map_update_elem(fd_array[map], key, value)` with key and value in the blob;
 * `addValue` adds the value after the key (or names blob data already there) and returns its
 * offset.
 */
function recordMapUpdateElem(
  b: LoaderBuilder,
  step: string,
  map: number,
  key: number,
  addValue: () => number,
): void {
  const { e } = b;
  const keyOff = e.addU32(key);
  const valueOff = addValue();
  const size = MAP_UPDATE_ELEM_SIZE;
  const attr = e.reserve(size);
  e.moveBlob2Blob(attr + MAP_ELEM.map_fd, Size.W, b.fdArray(map));
  e.emitRelStore(attr + MAP_ELEM.key, keyOff);
  e.emitRelStore(attr + MAP_ELEM.value, valueOff);
  e.enterStep(step);
  e.emitSysBpf(BpfCmd.BPF_MAP_UPDATE_ELEM, attr, size);
  e.emitCheckErr();
}

function recordMapFreeze(b: LoaderBuilder, map: number, name: string): void {
  const { e } = b;
  const size = MAP_FREEZE_SIZE;
  const attr = e.reserve(size);
  e.moveBlob2Blob(attr + MAP_ELEM.map_fd, Size.W, b.fdArray(map));
  e.enterStep(`MAP_FREEZE ${name}`);
  e.emitSysBpf(BpfCmd.BPF_MAP_FREEZE, attr, size);
  e.emitCheckErr();
}

/** Creates (or adopts) map `i`, then writes and freezes its initial value if it has one. */
function recordMap(b: LoaderBuilder, i: number, opts: GenerateOptions): void {
  const { e, obj } = b;
  const kconfig = opts.kconfig ?? {};
  const pageSize = opts.pageSize ?? 4096;
  let spec = obj.maps[i]!;
  let kernelValueType: string | undefined;
  if (spec.origin === "structOps") {
    // libbpf creates these with the kernel's value type and no local BTF ids; the value (the
    // program fds) is written when the struct_ops is registered, not at load.
    const kernel = structOpsValueType(obj, spec, opts.kernelBtf);
    kernelValueType = kernel.name;
    spec = { ...spec, valueSize: kernel.size, btfKeyTypeId: 0, btfValueTypeId: 0 };
  }
  const create = e.newLabel("create");
  const done = e.newLabel("mapdone");
  // Reused: fd_array[i] = ctx.maps[i].fd; nothing else happens to the map.
  e.load(Size.W, R1, CTX, ctxMapField(i, "fd"));
  e.jumpIf(R1, "==", 0, create);
  e.storeBlob(Size.W, b.fdArray(i), R1);
  e.goto(done);
  e.label(create);

  const inner = b.innerIndex.get(i);
  let innerSlot: number | undefined;
  if (inner !== undefined && spec.inner !== undefined) {
    innerSlot = b.owned.inner + 4 * inner;
    const template = RING_BUFFERS.has(spec.inner.type)
      ? { ...spec.inner, maxEntries: ringBufferSize(spec.inner.maxEntries, pageSize) }
      : spec.inner;
    recordMapCreate(b, template, kernelMapName(obj, template), {});
    e.storeBlob(Size.W, innerSlot, LAST_RET);
  }
  const attr = recordMapCreate(b, spec, b.mapNames[i]!, {
    ...(kernelValueType !== undefined ? { kernelValueType } : {}),
    ...(innerSlot !== undefined ? { innerFdSlot: innerSlot, closeAfter: innerSlot } : {}),
  });
  b.inputFields.maxEntries[i] = attr + MAP_CREATE.max_entries;
  e.storeBlob(Size.W, b.fdArray(i), LAST_RET);
  e.storeBlob(Size.W, b.owned.maps + 4 * i, LAST_RET);

  if (spec.origin === "kconfig" || spec.origin === "data") {
    const size = spec.valueSize;
    // Written straight into the blob: a typed array of its own costs ~0.3 µs even when tiny.
    const addValue = spec.origin === "kconfig"
      ? () => {
        const off = e.reserve(size);
        writeKconfigValue(obj, spec, kconfig, e.blobBytes(off, size));
        return off;
      }
      : () => spec.initialData === undefined ? e.reserve(size) : e.addData(spec.initialData, size);
    recordMapUpdateElem(b, `MAP_UPDATE_ELEM ${spec.name}`, i, 0, addValue);
    if (isFrozen(spec)) recordMapFreeze(b, i, spec.name);
  }
  e.label(done);
}

/** Fills declarative `values = { ... }` slots of map-in-map (maps) or prog arrays (programs). */
function recordSlotInit(b: LoaderBuilder, i: number, progSlots: Map<number, number>): void {
  const { e, obj } = b;
  const spec = obj.maps[i]!;
  const isProgArray = spec.type === BpfMapType.BPF_MAP_TYPE_PROG_ARRAY;
  const done = e.newLabel("slotsdone");
  // A reused map-in-map keeps its slots; a prog array always points at the new programs.
  if (!isProgArray) b.jumpIfReused(i, done);
  for (const slot of spec.initSlots) {
    let value: number | undefined;
    let what: string | undefined;
    if (slot.map !== undefined) {
      value = b.fdArray(slot.map);
      what = obj.maps[slot.map]?.name;
    } else if (slot.program !== undefined) {
      value = progSlots.get(slot.program);
      what = obj.programs[slot.program]?.name;
    }
    if (value === undefined) continue; // a program that is not loaded
    const fdSlot = value;
    recordMapUpdateElem(
      b,
      `MAP_UPDATE_ELEM ${spec.name}[${slot.index}] = ${what}`,
      i,
      slot.index,
      () => fdSlot,
    );
  }
  e.label(done);
}

const FUNC_INFO = fieldOffsets(BpfFuncInfo);
const LINE_INFO = fieldOffsets(BpfLineInfo);
const CORE_RELO = fieldOffsets(BpfCoreRelo);

// The three `.BTF.ext` record arrays are written field by field straight into the blob, with
// instruction indices moved to where each function was placed: objects carry thousands of
// line_info records.

function addFuncInfo(e: Emitter, funcs: readonly PlacedFunc[], count: number): number {
  const start = e.reserve(count * BpfFuncInfo.size);
  let at = start;
  for (const { func, slot } of funcs) {
    for (const r of func.funcInfo) {
      e.setU32(at + FUNC_INFO.insn_off, slot + r.insnIndex);
      e.setU32(at + FUNC_INFO.type_id, r.typeId);
      at += BpfFuncInfo.size;
    }
  }
  return start;
}

function addLineInfo(e: Emitter, funcs: readonly PlacedFunc[], count: number): number {
  const start = e.reserve(count * BpfLineInfo.size);
  let at = start;
  for (const { func, slot } of funcs) {
    for (const r of func.lineInfo) {
      e.setU32(at + LINE_INFO.insn_off, slot + r.insnIndex);
      e.setU32(at + LINE_INFO.file_name_off, r.fileNameOffset);
      e.setU32(at + LINE_INFO.line_off, r.lineOffset);
      e.setU32(at + LINE_INFO.line_col, r.lineCol);
      at += BpfLineInfo.size;
    }
  }
  return start;
}

function addCoreRelos(e: Emitter, funcs: readonly PlacedFunc[], count: number): number {
  const start = e.reserve(count * BpfCoreRelo.size);
  let at = start;
  for (const { func, slot } of funcs) {
    for (const r of func.coreRelos) {
      // `insn_off` counts bytes.
      e.setU32(at + CORE_RELO.insn_off, (slot + r.insnIndex) * INSN_SIZE);
      e.setU32(at + CORE_RELO.type_id, r.typeId);
      e.setU32(at + CORE_RELO.access_str_off, r.accessStrOffset);
      e.setU32(at + CORE_RELO.kind, r.kind);
      at += BpfCoreRelo.size;
    }
  }
  return start;
}

/** Emits the run-time resolution of one extern for every instruction of `l` that uses it. */
function recordExternRelo(
  b: LoaderBuilder,
  l: LinkedProgram,
  insnsOff: number,
  ext: Extern,
  extIndex: number,
  slots: { kfunc: number; temp: number },
): void {
  const { e } = b;
  const uses = l.externRelos.filter((r) => r.extern === extIndex);
  /** Blob offset of byte `at` of instruction `index` of this program. */
  const insnField = (index: number, at: number) => insnsOff + INSN_SIZE * index + at;
  const name = e.addString(ext.name);
  const done = e.newLabel("extdone");
  const onError = () => {
    if (ext.weak) e.jumpIf(LAST_RET, "s<", 0, done);
    else e.emitCheckErr();
  };

  if (ext.kind === "ksym" && !ext.typed) {
    const result = e.reserve(8);
    e.enterStep(`KSYM ${ext.name} (${l.program.name})`);
    e.emitHelper(BpfFuncId.BPF_FUNC_kallsyms_lookup_name, [
      [R1, { blob: name.off }],
      [R2, name.size],
      [R3, 0],
      [R4, { blob: result }],
    ]);
    if (ext.weak) e.jumpIf(LAST_RET, "==", -ENOENT, done);
    e.emitCheckErr();
    e.loadBlob(Size.DW, SCRATCH, result);
    for (const use of uses) {
      e.storeBlob(Size.W, insnField(use.insnIndex, 4), SCRATCH);
      e.movReg(R1, SCRATCH);
      e.rsh(R1, 32);
      e.storeBlob(Size.W, insnField(use.insnIndex, 12), R1);
    }
    e.label(done);
    return;
  }

  const isFunc = ext.kind === "kfunc";
  e.enterStep(`${isFunc ? "KFUNC" : "KSYM"} ${ext.name} (${l.program.name})`);
  e.emitHelper(BpfFuncId.BPF_FUNC_btf_find_by_name_kind, [
    [R1, { blob: name.off }],
    [R2, name.size],
    [R3, isFunc ? BtfKindId.BTF_KIND_FUNC : BtfKindId.BTF_KIND_VAR],
    [R4, 0],
  ]);
  onError();
  // r7 = btf_id | (btf_obj_fd << 32); the fd is 0 for vmlinux.
  e.movReg(SCRATCH, LAST_RET);
  e.rsh(SCRATCH, 32);
  const calls = uses.filter((u) => u.kind === "kfunc");
  const loads = uses.filter((u) => u.kind === "ksym");
  if (calls.length > 0) {
    const slot = b.nMaps + slots.kfunc++;
    const vmlinux = e.newLabel("vmlinux");
    for (const use of calls) e.storeBlob(Size.W, insnField(use.insnIndex, 4), LAST_RET);
    e.jumpIf(SCRATCH, "==", 0, vmlinux);
    e.storeBlob(Size.W, b.fdArray(slot), SCRATCH);
    for (const use of calls) e.storeBlobImm(Size.H, insnField(use.insnIndex, 2), slot);
    e.label(vmlinux);
  }
  if (loads.length > 0) {
    // A module fd already in a kfunc slot is closed from there.
    if (calls.length === 0) e.storeBlob(Size.W, b.owned.temps + 4 * slots.temp++, SCRATCH);
    const code = e.blobBytes(insnsOff, l.size);
    for (const use of loads) {
      const insn = decodeInsn(code, use.insnIndex * INSN_SIZE, e.littleEndian);
      const regs = e.littleEndian
        ? (PseudoLd.BTF_ID << 4) | insn.dst
        : (insn.dst << 4) | PseudoLd.BTF_ID;
      e.storeBlob(Size.W, insnField(use.insnIndex, 4), LAST_RET);
      e.storeBlob(Size.W, insnField(use.insnIndex, 12), SCRATCH);
      e.storeBlobImm(Size.B, insnField(use.insnIndex, 1), regs);
    }
  }
  e.label(done);
}

const ATTACH_KINDS = {
  func: BtfKindId.BTF_KIND_FUNC,
  typedef: BtfKindId.BTF_KIND_TYPEDEF,
  struct: BtfKindId.BTF_KIND_STRUCT,
} as const;

function recordAttachTarget(
  b: LoaderBuilder,
  l: LinkedProgram,
  attr: number,
  tempSlot: number,
): void {
  const target = attachTarget(l.program);
  if (target === undefined) return;
  const { e } = b;
  const name = e.addString(target.name);
  e.enterStep(`ATTACH_BTF_ID ${target.name} (${l.program.name})`);
  e.emitHelper(BpfFuncId.BPF_FUNC_btf_find_by_name_kind, [
    [R1, { blob: name.off }],
    [R2, name.size],
    [R3, ATTACH_KINDS[target.kind]],
    [R4, 0],
  ]);
  e.emitCheckErr();
  e.storeBlob(Size.W, attr + PROG_LOAD.attach_btf_id, LAST_RET);
  e.movReg(SCRATCH, LAST_RET);
  e.rsh(SCRATCH, 32);
  e.storeBlob(Size.W, attr + PROG_LOAD.attach_btf_obj_fd, SCRATCH);
  e.storeBlob(Size.W, tempSlot, SCRATCH);
}

/** Emits the extern patching, attach-target lookup and PROG_LOAD of program `j`. */
function recordProgLoad(b: LoaderBuilder, l: LinkedProgram, j: number, opts: GenerateOptions) {
  const { e, obj } = b;
  const p = l.program;
  const license = e.addString(obj.license);
  const insnsOff = e.reserve(l.size);
  writeLinkedCode(obj, l, e.blobBytes(insnsOff, l.size));
  const withBtf = b.hasBtf;
  const funcInfo = withBtf ? l.records.funcInfo : 0;
  const lineInfo = withBtf ? l.records.lineInfo : 0;
  const coreRelos = withBtf ? l.records.coreRelos : 0;
  const funcInfoOff = addFuncInfo(e, l.funcs, funcInfo);
  const lineInfoOff = addLineInfo(e, l.funcs, lineInfo);
  const coreOff = addCoreRelos(e, l.funcs, coreRelos);
  const flags = (p.sleepable ? BpfProgFlags.BPF_F_SLEEPABLE : 0) |
    (p.xdpFrags ? BpfProgFlags.BPF_F_XDP_HAS_FRAGS : 0);
  const size = PROG_LOAD_SIZE;
  const attr = e.reserve(size);
  e.setU32(attr + PROG_LOAD.prog_type, p.type);
  e.setU32(attr + PROG_LOAD.insn_cnt, l.size / INSN_SIZE);
  e.setU32(attr + PROG_LOAD.kern_version, obj.kernelVersion ?? 0);
  e.setU32(attr + PROG_LOAD.prog_flags, flags);
  e.setText(attr + PROG_LOAD.prog_name, p.name.slice(0, OBJ_NAME_LEN - 1), OBJ_NAME_LEN);
  e.setU32(
    attr + PROG_LOAD.expected_attach_type,
    p.structOps ? kernelMemberIndex(obj, p, opts.kernelBtf) : p.expectedAttachType,
  );
  if (funcInfo > 0) {
    e.setU32(attr + PROG_LOAD.func_info_rec_size, BpfFuncInfo.size);
    e.setU32(attr + PROG_LOAD.func_info_cnt, funcInfo);
  }
  if (lineInfo > 0) {
    e.setU32(attr + PROG_LOAD.line_info_rec_size, BpfLineInfo.size);
    e.setU32(attr + PROG_LOAD.line_info_cnt, lineInfo);
  }
  if (coreRelos > 0) {
    e.setU32(attr + PROG_LOAD.core_relo_rec_size, BpfCoreRelo.size);
    e.setU32(attr + PROG_LOAD.core_relo_cnt, coreRelos);
  }
  e.emitRelStore(attr + PROG_LOAD.insns, insnsOff);
  e.emitRelStore(attr + PROG_LOAD.license, license.off);
  e.emitRelStore(attr + PROG_LOAD.fd_array, b.fdArray(0));
  if (funcInfo > 0) e.emitRelStore(attr + PROG_LOAD.func_info, funcInfoOff);
  if (lineInfo > 0) e.emitRelStore(attr + PROG_LOAD.line_info, lineInfoOff);
  if (coreRelos > 0) e.emitRelStore(attr + PROG_LOAD.core_relos, coreOff);
  // CO-RE relocations are kept either way: without BTF the kernel refuses them rather than
  // loading a program with unrelocated field accesses.
  if (withBtf) {
    b.useBtfFd(attr + PROG_LOAD.prog_btf_fd, [
      attr + PROG_LOAD.func_info_cnt,
      attr + PROG_LOAD.func_info_rec_size,
      attr + PROG_LOAD.line_info_cnt,
      attr + PROG_LOAD.line_info_rec_size,
    ]);
  }

  const slots = { kfunc: 0, temp: 0 };
  const seen = new Set<number>();
  for (const r of l.externRelos) {
    if (seen.has(r.extern)) continue;
    seen.add(r.extern);
    const ext = obj.externs[r.extern];
    if (ext === undefined) throw new LoaderGenError(`${obj.file}: ${p.name}: unknown extern`);
    recordExternRelo(b, l, insnsOff, ext, r.extern, slots);
  }
  const tempsUsed = slots.temp + (attachTarget(p) ? 1 : 0);
  recordAttachTarget(b, l, attr, b.owned.temps + 4 * slots.temp);

  b.inputFields.logs.push({
    step: e.enterStep(`PROG_LOAD ${p.name}`),
    level: attr + PROG_LOAD.log_level,
    size: attr + PROG_LOAD.log_size,
    buf: attr + PROG_LOAD.log_buf,
  });
  e.emitSysBpf(BpfCmd.BPF_PROG_LOAD, attr, size);
  // Module BTF fds were only needed by the load, whatever its outcome.
  for (let k = 0; k < slots.kfunc; k++) e.emitSysCloseBlob(b.fdArray(b.nMaps + k));
  for (let k = 0; k < tempsUsed; k++) e.emitSysCloseBlob(b.owned.temps + 4 * k);
  e.emitCheckErr();
  e.storeBlob(Size.W, b.owned.progs + 4 * j, LAST_RET);
}

/** The object's BTF with libbpf's fix-ups applied, for BTF_LOAD: sized now, written straight
 * into the blob by `recordBtfLoad`. */
function loadableBtf(obj: BpfObject): BtfForLoad | undefined {
  if (obj.btf === undefined) return undefined;
  const littleEndian = obj.endianness === "little";
  return prepareBtfForLoad(obj.btf, fixupElfOf(obj.elf), { littleEndian });
}

/** Generates the loader for `obj` (see the module doc for the blob layout). */
export function generateLoader(obj: BpfObject, opts: GenerateOptions = {}): Loader {
  const programs = selectPrograms(obj, opts.programs);
  const linked = programs.map((p) => linkProgram(obj, p));
  const btf = loadableBtf(obj);
  const b = new LoaderBuilder(obj, linked, btf);
  const { e } = b;

  if (btf !== undefined) recordBtfLoad(b, btf);
  obj.maps.forEach((_, i) => recordMap(b, i, opts));
  const progSlots = new Map<number, number>();
  programs.forEach((p, j) => progSlots.set(obj.programs.indexOf(p), b.owned.progs + 4 * j));
  obj.maps.forEach((m, i) => {
    if (m.initSlots.length > 0 && m.type !== BpfMapType.BPF_MAP_TYPE_PROG_ARRAY) {
      recordSlotInit(b, i, progSlots);
    }
  });
  linked.forEach((l, j) => recordProgLoad(b, l, j, opts));
  obj.maps.forEach((m, i) => {
    if (m.initSlots.length > 0 && m.type === BpfMapType.BPF_MAP_TYPE_PROG_ARRAY) {
      recordSlotInit(b, i, progSlots);
    }
  });

  // Success: the BTF object lives on in the maps and programs; hand every fd to the caller.
  e.emitSysCloseBlob(b.owned.btf);
  obj.maps.forEach((_, i) => e.moveBlob2Ctx(ctxMapField(i, "fd"), Size.W, b.fdArray(i)));
  programs.forEach((_, j) =>
    e.moveBlob2Ctx(ctxProgField(b.nMaps, j, "fd"), Size.W, b.owned.progs + 4 * j)
  );
  e.emitEpilogue();

  const { insns, blob } = e.finish();
  const maps: LoaderMap[] = obj.maps.map((m, i) => ({
    name: m.name,
    kernelName: b.mapNames[i]!,
    type: m.type,
    typeName: m.typeName,
    keySize: m.keySize,
    valueSize: m.valueSize,
    maxEntries: m.maxEntries,
    flags: m.flags,
    pinning: m.pinning,
    frozen: isFrozen(m),
  }));
  const loaderPrograms: LoaderProgram[] = programs.map((p) => ({
    name: p.name,
    section: p.section,
    type: p.type,
    typeName: p.typeName,
    expectedAttachType: p.structOps
      ? kernelMemberIndex(obj, p, opts.kernelBtf)
      : p.expectedAttachType,
    expectedAttachTypeName: p.expectedAttachTypeName,
    attachTarget: p.attachTarget,
    attachBtf: p.attachBtf,
    sectionDef: p.sectionDef,
    sleepable: p.sleepable,
  }));
  return {
    object: obj.file,
    littleEndian: e.littleEndian,
    insns,
    blob,
    maps,
    programs: loaderPrograms,
    steps: e.steps,
    ctxSize: ctxSize(obj.maps.length, programs.length),
    inputFields: b.inputFields,
  };
}
