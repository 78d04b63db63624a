import {
  BpfAttachFlags,
  BpfBtfInfo,
  BpfCmd,
  BpfInsn,
  BpfLinkInfo,
  BpfMapInfo,
  BpfMapType,
  BpfProgInfo,
  BpfStatsType,
  BtfLoadAttr,
  type DecodedStruct,
  decodeStruct,
  EnableStatsAttr,
  encodeStruct,
  type FieldOf,
  GetIdAttr,
  InfoAttr,
  LinkCreateAttr,
  LinkDetachAttr,
  LinkUpdateAttr,
  MapCreateAttr,
  MapElemAttr,
  ObjPinAttr,
  ProgLoadAttr,
  ProgTestRunAttr,
  RawTracepointOpenAttr,
  readField,
  type StructLayout,
  type StructValues,
} from "../abi/mod.ts";
import { Errno } from "./errno.ts";
import { BpfSyscallError, splitLog, VerifierError } from "./errors.ts";
import { Fd, ownFd } from "./fd.ts";
import { addressOf, bpfRaw, cString, readFdInfo } from "./sys.ts";
import { possibleCpus } from "./fs.ts";
import { syscalls } from "./ffi/mod.ts";
import { SYSCALL_NUMBERS } from "./_nr.ts";

/** A bpf(2) command by its uapi name (`BPF_PROG_LOAD`). */
export type BpfCommand = Exclude<keyof typeof BpfCmd, "__MAX_BPF_CMD">;

/** An attr to send: its layout, the field values, and the buffers its pointer fields point into. */
interface Attr<S extends StructLayout> {
  readonly layout: S;
  readonly values: StructValues<S>;
  readonly referenced?: readonly Uint8Array[];
}

// The kernel interrupts long verifications when a signal is pending and asks to retry (EAGAIN);
// any command may see EINTR.
const RETRIES = 5;

/** Runs `cmd`, repeating retryable failures: the raw result (≥ 0) or `-errno`, plus the attr. */
function send<S extends StructLayout>(cmd: BpfCommand, attr: Attr<S>): [number, Uint8Array] {
  const bytes = encodeStruct(attr.layout, attr.values);
  for (let attempt = 0;; attempt++) {
    const result = bpfRaw(BpfCmd[cmd], bytes, attr.referenced ?? []);
    if (!isRetryable(cmd, result) || attempt === RETRIES) return [result, bytes];
  }
}

/**
 * A command whose attr is encoded once and sent many times, with a few fields set before each
 * call: the runner's hot path (a daemon reruns the same loader; each run would otherwise
 * re-encode five attrs). The attr's own address and the buffers it points into are held for the
 * object's lifetime. `run` applies the same retries as the typed wrappers and returns the raw
 * result or `-errno`; on failure the caller goes through the typed wrapper for the full error.
 */
export class PreparedCommand<S extends StructLayout> {
  readonly #cmd: BpfCommand;
  readonly #nr: number;
  readonly #attr: Uint8Array;
  readonly #view: DataView;
  // The buffers the attr points into: held so their addresses stay valid.
  readonly #referenced: readonly Uint8Array[];
  readonly #address: bigint;

  /** Encodes `attr`; its addresses, like those in `attr.values`, are the current seam's. */
  constructor(cmd: BpfCommand, attr: Attr<S>) {
    this.#cmd = cmd;
    this.#nr = BpfCmd[cmd];
    this.#attr = encodeStruct(attr.layout, attr.values);
    this.#view = new DataView(this.#attr.buffer);
    this.#referenced = attr.referenced ?? [];
    this.#address = addressOf(this.#attr);
  }

  /** Sets a u32 field at `offset` (from `offsetOf`, resolved once by the caller). */
  setU32(offset: number, value: number): void {
    this.#view.setUint32(offset, value, true);
  }

  /** Sets a u64 field at `offset`: an address or a 64-bit value. */
  setU64(offset: number, value: bigint): void {
    this.#view.setBigUint64(offset, value, true);
  }

  /** Reads back a u32 field the kernel wrote. */
  getU32(offset: number): number {
    return this.#view.getUint32(offset, true);
  }

  /** Sends the attr: the result (≥ 0) or `-errno`. */
  run(): number {
    const sys = syscalls();
    const nr = SYSCALL_NUMBERS[sys.arch].bpf;
    for (let attempt = 0;; attempt++) {
      const result = sys.syscall(nr, this.#nr, this.#address, this.#attr.byteLength);
      if (!isRetryable(this.#cmd, result) || attempt === RETRIES) return result;
    }
  }

  /** The error the typed wrapper would throw for a failed `run` result. */
  error(result: number, subject?: string): BpfSyscallError {
    return new BpfSyscallError(shortName(this.#cmd), -result, subject);
  }
}

function isRetryable(cmd: BpfCommand, result: number): boolean {
  return result === -Errno.EINTR ||
    (result === -Errno.EAGAIN && (cmd === "BPF_PROG_LOAD" || cmd === "BPF_BTF_LOAD"));
}

/** The short command name used in messages (`PROG_LOAD`). */
function shortName(cmd: BpfCommand): string {
  return cmd.slice("BPF_".length);
}

/** Runs `cmd`; throws {@linkcode BpfSyscallError} naming `subject` on failure. */
function call<S extends StructLayout>(
  cmd: BpfCommand,
  attr: Attr<S>,
  subject?: string,
): [number, Uint8Array] {
  const [result, bytes] = send(cmd, attr);
  if (result < 0) throw new BpfSyscallError(shortName(cmd), -result, subject);
  return [result, bytes];
}

/** Runs a command that returns a new descriptor and owns it. */
function callFd<S extends StructLayout>(cmd: BpfCommand, attr: Attr<S>, subject?: string): Fd {
  return ownFd(call(cmd, attr, subject)[0]);
}

// ---------------------------------------------------------------------------------------------
// Maps

/** What `BPF_MAP_CREATE` needs. */
export interface MapCreateOptions {
  readonly type: number;
  readonly keySize: number;
  readonly valueSize: number;
  readonly maxEntries: number;
  readonly flags?: number;
  /** Kernel name, at most 15 bytes (longer names are cut, as libbpf does). */
  readonly name?: string;
  readonly innerMap?: Fd;
  readonly numaNode?: number;
  readonly ifindex?: number;
  readonly btf?: Fd;
  readonly btfKeyTypeId?: number;
  readonly btfValueTypeId?: number;
  readonly btfVmlinuxValueTypeId?: number;
  readonly mapExtra?: bigint;
}

/** `BPF_MAP_CREATE`: a new map. */
export function mapCreate(options: MapCreateOptions): Fd {
  return callFd("BPF_MAP_CREATE", {
    layout: MapCreateAttr,
    values: {
      map_type: options.type,
      key_size: options.keySize,
      value_size: options.valueSize,
      max_entries: options.maxEntries,
      map_flags: options.flags ?? 0,
      inner_map_fd: options.innerMap?.value ?? 0,
      numa_node: options.numaNode ?? 0,
      map_name: options.name ?? "",
      map_ifindex: options.ifindex ?? 0,
      btf_fd: options.btf?.value ?? 0,
      btf_key_type_id: options.btfKeyTypeId ?? 0,
      btf_value_type_id: options.btfValueTypeId ?? 0,
      btf_vmlinux_value_type_id: options.btfVmlinuxValueTypeId ?? 0,
      map_extra: options.mapExtra ?? 0n,
    },
  }, options.name);
}

/** `BPF_MAP_UPDATE_ELEM`: sets `key` to `value` (`flags`: `BpfUpdateFlags`). */
export function mapUpdateElem(map: Fd, key: Uint8Array, value: Uint8Array, flags = 0): void {
  call("BPF_MAP_UPDATE_ELEM", {
    layout: MapElemAttr,
    values: { map_fd: map.value, key: addressOf(key), value: addressOf(value), flags },
    referenced: [key, value],
  });
}

/** `BPF_MAP_LOOKUP_ELEM`: the value of `key` (`valueSize` bytes), or undefined if absent. */
export function mapLookupElem(map: Fd, key: Uint8Array, valueSize: number): Uint8Array | undefined {
  const value = new Uint8Array(valueSize);
  const [result] = send("BPF_MAP_LOOKUP_ELEM", {
    layout: MapElemAttr,
    values: { map_fd: map.value, key: addressOf(key), value: addressOf(value) },
    referenced: [key, value],
  });
  if (result === -Errno.ENOENT) return undefined;
  if (result < 0) throw new BpfSyscallError("MAP_LOOKUP_ELEM", -result);
  return value;
}

/** `BPF_MAP_DELETE_ELEM`: removes `key`; false if it was absent. */
export function mapDeleteElem(map: Fd, key: Uint8Array): boolean {
  const [result] = send("BPF_MAP_DELETE_ELEM", {
    layout: MapElemAttr,
    values: { map_fd: map.value, key: addressOf(key) },
    referenced: [key],
  });
  if (result === -Errno.ENOENT) return false;
  if (result < 0) throw new BpfSyscallError("MAP_DELETE_ELEM", -result);
  return true;
}

/** `BPF_MAP_GET_NEXT_KEY`: the key after `key` (the first one for undefined), or undefined at the end. */
export function mapGetNextKey(
  map: Fd,
  key: Uint8Array | undefined,
  keySize: number,
): Uint8Array | undefined {
  const next = new Uint8Array(keySize);
  const current = key ?? new Uint8Array(0);
  const [result] = send("BPF_MAP_GET_NEXT_KEY", {
    layout: MapElemAttr,
    values: { map_fd: map.value, key: addressOf(current), next_key: addressOf(next) },
    referenced: [current, next],
  });
  if (result === -Errno.ENOENT) return undefined;
  if (result < 0) throw new BpfSyscallError("MAP_GET_NEXT_KEY", -result);
  return next;
}

/** `BPF_MAP_FREEZE`: makes the map read-only from user space. */
export function mapFreeze(map: Fd): void {
  call("BPF_MAP_FREEZE", { layout: MapElemAttr, values: { map_fd: map.value } });
}

// ---------------------------------------------------------------------------------------------
// Programs and BTF

/** Records of `func_info` or `line_info`: the bytes, the record size and the count. */
export interface InfoRecords {
  readonly bytes: Uint8Array;
  readonly recordSize: number;
  readonly count: number;
}

/** How the verifier log is fetched when a load fails. */
export interface LogOptions {
  /** `log_level` for the retry (1 = the reason, 2 = every state). Default 1. */
  readonly level?: number;
  /** Starting buffer size; grown on ENOSPC. Default 64 KiB. */
  readonly size?: number;
}

/** What `BPF_PROG_LOAD` needs. */
export interface ProgLoadOptions {
  readonly type: number;
  /** Encoded instructions (`struct bpf_insn`, 8 bytes each). */
  readonly insns: Uint8Array;
  readonly license: string;
  /** Kernel name, at most 15 bytes. */
  readonly name?: string;
  /** What messages call the program, e.g. `a.bpf.o: program handle_exec`; default `name`. */
  readonly source?: string;
  readonly expectedAttachType?: number;
  readonly flags?: number;
  readonly kernVersion?: number;
  readonly ifindex?: number;
  readonly btf?: Fd;
  readonly funcInfo?: InfoRecords;
  readonly lineInfo?: InfoRecords;
  readonly attachBtfId?: number;
  /** `attach_btf_obj_fd` (module BTF) or `attach_prog_fd` (freplace/fentry on a program). */
  readonly attachFd?: Fd;
  /** Descriptors the instructions refer to by index (`BPF_PSEUDO_MAP_IDX`…). */
  readonly fdArray?: readonly Fd[];
  readonly log?: LogOptions;
}

/**
 * `BPF_PROG_LOAD`. Loads without a log first (cheapest); if that fails, loads again with a log,
 * grown on ENOSPC, and throws a {@linkcode VerifierError} carrying it.
 */
export function progLoad(options: ProgLoadOptions): Fd {
  if (options.insns.byteLength % BpfInsn.size !== 0) {
    throw new RangeError(
      `${options.source ?? options.name ?? "program"}: ${options.insns.byteLength} bytes of ` +
        `instructions is not a whole number of ${BpfInsn.size}-byte instructions`,
    );
  }
  const fdArray = new Uint8Array(Uint32Array.from(options.fdArray ?? [], (fd) => fd.value).buffer);
  const license = licenseBytes(options.license);
  const funcInfo = options.funcInfo;
  const lineInfo = options.lineInfo;
  const values: StructValues<typeof ProgLoadAttr> = {
    prog_type: options.type,
    insn_cnt: options.insns.byteLength / BpfInsn.size,
    insns: addressOf(options.insns),
    license: addressOf(license),
    kern_version: options.kernVersion ?? 0,
    prog_flags: options.flags ?? 0,
    prog_name: options.name ?? "",
    prog_ifindex: options.ifindex ?? 0,
    expected_attach_type: options.expectedAttachType ?? 0,
    prog_btf_fd: options.btf?.value ?? 0,
    attach_btf_id: options.attachBtfId ?? 0,
    attach_btf_obj_fd: options.attachFd?.value ?? 0,
    fd_array: addressOf(fdArray),
    ...(funcInfo && {
      func_info_rec_size: funcInfo.recordSize,
      func_info: addressOf(funcInfo.bytes),
      func_info_cnt: funcInfo.count,
    }),
    ...(lineInfo && {
      line_info_rec_size: lineInfo.recordSize,
      line_info: addressOf(lineInfo.bytes),
      line_info_cnt: lineInfo.count,
    }),
  };
  const referenced = [
    options.insns,
    license,
    fdArray,
    ...(funcInfo ? [funcInfo.bytes] : []),
    ...(lineInfo ? [lineInfo.bytes] : []),
  ];
  const source = options.source ?? options.name ?? "(unnamed program)";
  return loadWithLog("BPF_PROG_LOAD", source, { layout: ProgLoadAttr, values, referenced }, {
    ...options.log,
    fields: ["log_level", "log_size", "log_buf", "log_true_size"],
  });
}

/** `BPF_BTF_LOAD`: loads raw BTF; a rejection throws a {@linkcode VerifierError} with the BTF log. */
export function btfLoad(btf: Uint8Array, options: { source?: string; log?: LogOptions } = {}): Fd {
  const values: StructValues<typeof BtfLoadAttr> = {
    btf: addressOf(btf),
    btf_size: btf.byteLength,
  };
  const attr = { layout: BtfLoadAttr, values, referenced: [btf] };
  return loadWithLog("BPF_BTF_LOAD", options.source ?? "BTF", attr, {
    ...options.log,
    fields: ["btf_log_level", "btf_log_size", "btf_log_buf", "btf_log_true_size"],
  });
}

// Every program of a process names one of a few licenses: encode each once.
const licenses = new Map<string, Uint8Array>();

function licenseBytes(license: string): Uint8Array {
  let bytes = licenses.get(license);
  if (bytes === undefined) licenses.set(license, bytes = cString(license));
  return bytes;
}

const DEFAULT_LOG_SIZE = 64 * 1024;
/** The largest verifier log buffer the kernel accepts (UINT_MAX >> 2 bytes). */
export const MAX_LOG_SIZE = 0x3fffffff;

/**
 * The load policy shared by programs and BTF: no log first; on failure, a log of growing size
 * until it fits (using the kernel's `log_true_size` when it reports one), then a VerifierError.
 * `fields` name the attr's log level, size, buffer and true-size fields.
 */
function loadWithLog<S extends StructLayout>(
  cmd: "BPF_PROG_LOAD" | "BPF_BTF_LOAD",
  source: string,
  attr: Attr<S>,
  log: LogOptions & { fields: readonly [FieldOf<S>, FieldOf<S>, FieldOf<S>, FieldOf<S>] },
): Fd {
  const [first] = send(cmd, attr);
  if (first >= 0) return ownFd(first);
  const [levelField, sizeField, bufferField, trueSizeField] = log.fields;
  let size = log.size ?? DEFAULT_LOG_SIZE;
  for (;;) {
    const buffer = new Uint8Array(size);
    const [result, bytes] = send(cmd, {
      layout: attr.layout,
      values: {
        ...attr.values,
        [levelField]: log.level ?? 1,
        [sizeField]: size,
        [bufferField]: addressOf(buffer),
      },
      referenced: [...(attr.referenced ?? []), buffer],
    });
    if (result >= 0) return ownFd(result);
    const trueSize = Number(readField(bytes, 0, attr.layout, trueSizeField));
    if (result === -Errno.ENOSPC && size < MAX_LOG_SIZE) {
      size = Math.min(MAX_LOG_SIZE, trueSize > size ? trueSize : size * 4);
      continue;
    }
    const lines = splitLog(buffer);
    // A failure with an empty log is not the verifier's: report it as the plain errno.
    if (lines.length === 0) throw new BpfSyscallError(shortName(cmd), -result, source);
    throw new VerifierError(shortName(cmd), -result, source, lines, result === -Errno.ENOSPC);
  }
}

/** What `BPF_PROG_TEST_RUN` gets. */
export interface TestRunOptions {
  /** Packet data (`data_in`). */
  readonly data?: Uint8Array;
  /** Room for the output packet; default the input size plus 256 bytes. */
  readonly dataOutSize?: number;
  /**
   * The context (`ctx_in`). SYSCALL programs write their context back into this very buffer,
   * which is how the loader returns its results.
   */
  readonly ctx?: Uint8Array;
  /** Room for an output context (`ctx_out`); none by default. */
  readonly ctxOutSize?: number;
  readonly repeat?: number;
  readonly flags?: number;
  readonly cpu?: number;
  readonly batchSize?: number;
}

/** What `BPF_PROG_TEST_RUN` reports. */
export interface TestRunResult {
  /** The program's return value (r0), as a signed 32-bit number. */
  readonly retval: number;
  /** Average run time in nanoseconds. */
  readonly duration: number;
  /** The output packet, if data was given. */
  readonly data?: Uint8Array;
  /** The output context, if `ctxOutSize` was given. */
  readonly ctxOut?: Uint8Array;
}

/** `BPF_PROG_TEST_RUN`: runs `prog` once (or `repeat` times) on the given packet and context. */
export function progTestRun(prog: Fd, options: TestRunOptions = {}): TestRunResult {
  const data = options.data;
  const dataOut = data ? new Uint8Array(options.dataOutSize ?? data.byteLength + 256) : undefined;
  const ctxOut = options.ctxOutSize ? new Uint8Array(options.ctxOutSize) : undefined;
  const ctx = options.ctx;
  const [, bytes] = call("BPF_PROG_TEST_RUN", {
    layout: ProgTestRunAttr,
    values: {
      prog_fd: prog.value,
      ...(data && dataOut && {
        data_in: addressOf(data),
        data_size_in: data.byteLength,
        data_out: addressOf(dataOut),
        data_size_out: dataOut.byteLength,
      }),
      ...(ctx && { ctx_in: addressOf(ctx), ctx_size_in: ctx.byteLength }),
      ...(ctxOut && { ctx_out: addressOf(ctxOut), ctx_size_out: ctxOut.byteLength }),
      repeat: options.repeat ?? 0,
      flags: options.flags ?? 0,
      cpu: options.cpu ?? 0,
      batch_size: options.batchSize ?? 0,
    },
    referenced: [data, dataOut, ctx, ctxOut].filter((b) => b !== undefined),
  });
  // Only the output fields: decoding the whole attr would cost as much as the call (loaders).
  const out = (field: "retval" | "duration" | "data_size_out" | "ctx_size_out") =>
    Number(readField(bytes, 0, ProgTestRunAttr, field));
  return {
    retval: out("retval") | 0,
    duration: out("duration"),
    ...(dataOut && { data: dataOut.slice(0, out("data_size_out")) }),
    ...(ctxOut && { ctxOut: ctxOut.slice(0, out("ctx_size_out")) }),
  };
}

// ---------------------------------------------------------------------------------------------
// Pins, ids and info

/** `BPF_OBJ_PIN`: pins a map, program or link at `path` inside bpffs. */
export function objPin(fd: Fd, path: string): void {
  const pathname = cString(path);
  call("BPF_OBJ_PIN", {
    layout: ObjPinAttr,
    values: { pathname: addressOf(pathname), bpf_fd: fd.value },
    referenced: [pathname],
  }, path);
}

/** `BPF_OBJ_GET`: opens the object pinned at `path` (`flags`: `BpfObjFlags`). */
export function objGet(path: string, flags = 0): Fd {
  const pathname = cString(path);
  return callFd("BPF_OBJ_GET", {
    layout: ObjPinAttr,
    values: { pathname: addressOf(pathname), file_flags: flags },
    referenced: [pathname],
  }, path);
}

/** `BPF_OBJ_GET_INFO_BY_FD` into `layout`, decoded; `extra` sets pointer/length fields to fill. */
export function objGetInfoByFd<S extends StructLayout>(
  fd: Fd,
  layout: S,
  extra: { values?: StructValues<S>; referenced?: readonly Uint8Array[] } = {},
): DecodedStruct<S> {
  const info = encodeStruct(layout, extra.values ?? {});
  call("BPF_OBJ_GET_INFO_BY_FD", {
    layout: InfoAttr,
    values: { bpf_fd: fd.value, info_len: info.byteLength, info: addressOf(info) },
    referenced: [info, ...(extra.referenced ?? [])],
  });
  return decodeStruct(layout, info);
}

/** What bpfdrop reads about a program. */
export interface ProgInfo {
  readonly id: number;
  readonly type: number;
  readonly name: string;
  /** The program tag as bpftool prints it (16 hex digits). */
  readonly tag: string;
  readonly mapIds: readonly number[];
  readonly btfId: number;
  readonly loadTime: bigint;
  readonly createdByUid: number;
  readonly xlatedProgLen: number;
  readonly jitedProgLen: number;
  readonly verifiedInsns: number;
  readonly gplCompatible: boolean;
  /** Counters kept while run-time statistics are enabled (see {@linkcode enableStats}). */
  readonly runCnt: bigint;
  readonly runTimeNs: bigint;
  readonly recursionMisses: bigint;
  readonly attachBtfObjId: number;
  readonly attachBtfId: number;
}

/** Information about program `fd`, including the ids of the maps it uses. */
export function progInfo(fd: Fd): ProgInfo {
  const first = objGetInfoByFd(fd, BpfProgInfo);
  const mapCount = Number(first.nr_map_ids);
  const mapIds = new Uint32Array(mapCount);
  const mapIdBytes = new Uint8Array(mapIds.buffer);
  const info = mapCount === 0 ? first : objGetInfoByFd(fd, BpfProgInfo, {
    values: { nr_map_ids: mapCount, map_ids: addressOf(mapIdBytes) },
    referenced: [mapIdBytes],
  });
  return {
    id: Number(info.id),
    type: Number(info.type),
    name: cStringAt(info.name),
    tag: hex(info.tag),
    mapIds: [...mapIds],
    btfId: Number(info.btf_id),
    loadTime: BigInt(info.load_time as bigint),
    createdByUid: Number(info.created_by_uid),
    xlatedProgLen: Number(info.xlated_prog_len),
    jitedProgLen: Number(info.jited_prog_len),
    verifiedInsns: Number(info.verified_insns),
    gplCompatible: info.gpl_compatible === 1,
    runCnt: BigInt(info.run_cnt as bigint),
    runTimeNs: BigInt(info.run_time_ns as bigint),
    recursionMisses: BigInt(info.recursion_misses as bigint),
    attachBtfObjId: Number(info.attach_btf_obj_id),
    attachBtfId: Number(info.attach_btf_id),
  };
}

/** What bpfdrop reads about a map. */
export interface MapInfo {
  readonly id: number;
  readonly type: number;
  readonly name: string;
  readonly keySize: number;
  readonly valueSize: number;
  readonly maxEntries: number;
  readonly flags: number;
  readonly btfId: number;
  readonly btfKeyTypeId: number;
  readonly btfValueTypeId: number;
  readonly mapExtra: bigint;
  /** Frozen by `BPF_MAP_FREEZE` (read from the descriptor's fdinfo: no bpf command reports it). */
  readonly frozen: boolean;
}

/** Information about map `fd`. */
export function mapInfo(fd: Fd): MapInfo {
  const info = objGetInfoByFd(fd, BpfMapInfo);
  return {
    id: Number(info.id),
    type: Number(info.type),
    name: cStringAt(info.name),
    keySize: Number(info.key_size),
    valueSize: Number(info.value_size),
    maxEntries: Number(info.max_entries),
    flags: Number(info.map_flags),
    btfId: Number(info.btf_id),
    btfKeyTypeId: Number(info.btf_key_type_id),
    btfValueTypeId: Number(info.btf_value_type_id),
    mapExtra: BigInt(info.map_extra as bigint),
    frozen: readFdInfo(fd).get("frozen") === "1",
  };
}

const PER_CPU_MAPS = new Set<number>([
  BpfMapType.BPF_MAP_TYPE_PERCPU_HASH,
  BpfMapType.BPF_MAP_TYPE_PERCPU_ARRAY,
  BpfMapType.BPF_MAP_TYPE_LRU_PERCPU_HASH,
  BpfMapType.BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE,
]);

/**
 * Bytes a lookup of one value of `map` returns: the value size, or for per-CPU maps one
 * 8-byte-aligned value per possible CPU.
 */
export function mapValueSize(map: Pick<MapInfo, "type" | "valueSize">): number {
  if (!PER_CPU_MAPS.has(map.type)) return map.valueSize;
  return Math.ceil(map.valueSize / 8) * 8 * possibleCpus();
}

/** What bpfdrop reads about a link; `raw` has the type-specific fields (`"tcx.ifindex"`, …). */
export interface LinkInfo {
  readonly id: number;
  readonly type: number;
  readonly progId: number;
  readonly raw: DecodedStruct<typeof BpfLinkInfo>;
}

/** Information about link `fd`. */
export function linkInfo(fd: Fd): LinkInfo {
  const raw = objGetInfoByFd(fd, BpfLinkInfo);
  return { id: Number(raw.id), type: Number(raw.type), progId: Number(raw.prog_id), raw };
}

/** What bpfdrop reads about a BTF object. */
export interface BtfInfo {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly kernelBtf: boolean;
}

/** Information about BTF object `fd`, including its name (empty for a program's BTF). */
export function btfInfo(fd: Fd): BtfInfo {
  const name = new Uint8Array(64);
  const info = objGetInfoByFd(fd, BpfBtfInfo, {
    values: { name: addressOf(name), name_len: name.byteLength },
    referenced: [name],
  });
  return {
    id: Number(info.id),
    name: cStringAt(name),
    size: Number(info.btf_size),
    kernelBtf: info.kernel_btf !== 0,
  };
}

/** Kinds of kernel objects with ids. */
export type ObjectKind = "prog" | "map" | "link" | "btf";

const NEXT_ID: Record<ObjectKind, BpfCommand> = {
  prog: "BPF_PROG_GET_NEXT_ID",
  map: "BPF_MAP_GET_NEXT_ID",
  link: "BPF_LINK_GET_NEXT_ID",
  btf: "BPF_BTF_GET_NEXT_ID",
};

const FD_BY_ID: Record<ObjectKind, BpfCommand> = {
  prog: "BPF_PROG_GET_FD_BY_ID",
  map: "BPF_MAP_GET_FD_BY_ID",
  link: "BPF_LINK_GET_FD_BY_ID",
  btf: "BPF_BTF_GET_FD_BY_ID",
};

/** `BPF_*_GET_NEXT_ID`: the id after `start` (0 for the first), or undefined at the end. */
export function getNextId(kind: ObjectKind, start: number): number | undefined {
  const [result, bytes] = send(NEXT_ID[kind], { layout: GetIdAttr, values: { start_id: start } });
  if (result === -Errno.ENOENT) return undefined;
  if (result < 0) throw new BpfSyscallError(shortName(NEXT_ID[kind]), -result);
  return Number(decodeStruct(GetIdAttr, bytes).next_id);
}

/** Every id of `kind` currently in the kernel, ascending. */
export function listIds(kind: ObjectKind): number[] {
  const ids: number[] = [];
  for (let id = getNextId(kind, 0); id !== undefined; id = getNextId(kind, id)) ids.push(id);
  return ids;
}

/** `BPF_*_GET_FD_BY_ID`: a new descriptor for the object with this id. */
function getFdById(kind: ObjectKind, id: number, flags = 0): Fd {
  return callFd(FD_BY_ID[kind], {
    layout: GetIdAttr,
    values: { start_id: id, open_flags: flags },
  }, `${kind} id ${id}`);
}

/** `BPF_PROG_GET_FD_BY_ID`. */
export function progGetFdById(id: number): Fd {
  return getFdById("prog", id);
}

/** `BPF_MAP_GET_FD_BY_ID` (`flags`: `BpfObjFlags`). */
export function mapGetFdById(id: number, flags = 0): Fd {
  return getFdById("map", id, flags);
}

/** `BPF_LINK_GET_FD_BY_ID`. */
export function linkGetFdById(id: number): Fd {
  return getFdById("link", id);
}

/** `BPF_BTF_GET_FD_BY_ID`. */
export function btfGetFdById(id: number): Fd {
  return getFdById("btf", id);
}

// ---------------------------------------------------------------------------------------------
// Links and statistics

/** What `BPF_LINK_CREATE` needs. */
export interface LinkCreateOptions {
  readonly prog: Fd;
  /** Target descriptor (cgroup, perf event, program) — or an ifindex for XDP/tcx/netkit. */
  readonly target?: Fd | { readonly ifindex: number };
  readonly attachType: number;
  readonly flags?: number;
  /** Type-specific union fields (`"tracing.cookie"`, `"tcx.relative_fd"`, …). */
  readonly fields?: StructValues<typeof LinkCreateAttr>;
  /** Buffers the `fields` point into, kept alive for the call. */
  readonly referenced?: readonly Uint8Array[];
  /** What messages call the attachment (`xdp on eth0`). */
  readonly subject?: string;
}

/** `BPF_LINK_CREATE`: attaches `prog` and returns the link. */
export function linkCreate(options: LinkCreateOptions): Fd {
  const target = options.target;
  const targetValue = target === undefined
    ? 0
    : target instanceof Fd
    ? target.value
    : target.ifindex;
  return callFd("BPF_LINK_CREATE", {
    layout: LinkCreateAttr,
    values: {
      ...options.fields,
      prog_fd: options.prog.value,
      target_fd: targetValue,
      attach_type: options.attachType,
      flags: options.flags ?? 0,
    },
    referenced: options.referenced ?? [],
  }, options.subject);
}

/** `BPF_LINK_UPDATE`: swaps the link's program; with `expected`, only if it still runs that one. */
export function linkUpdate(link: Fd, prog: Fd, expected?: Fd): void {
  call("BPF_LINK_UPDATE", {
    layout: LinkUpdateAttr,
    values: {
      link_fd: link.value,
      new_prog_fd: prog.value,
      ...(expected && { flags: BpfAttachFlags.BPF_F_REPLACE, old_prog_fd: expected.value }),
    },
  });
}

/** `BPF_LINK_DETACH`: detaches the link; the descriptor stays valid (and must still be closed). */
export function linkDetach(link: Fd): void {
  call("BPF_LINK_DETACH", { layout: LinkDetachAttr, values: { link_fd: link.value } });
}

/**
 * `BPF_RAW_TRACEPOINT_OPEN`: attaches a raw tracepoint program to `name`; without a name a
 * tracing/LSM program attaches to the target it was loaded for.
 */
export function rawTracepointOpen(prog: Fd, name?: string, cookie = 0n): Fd {
  const nameBytes = name === undefined ? undefined : cString(name);
  return callFd("BPF_RAW_TRACEPOINT_OPEN", {
    layout: RawTracepointOpenAttr,
    values: {
      name: nameBytes ? addressOf(nameBytes) : 0n,
      prog_fd: prog.value,
      ...(cookie !== 0n && { cookie }),
    },
    referenced: nameBytes ? [nameBytes] : [],
  }, name);
}

/** `BPF_ENABLE_STATS`: run-time statistics (run_cnt, run_time_ns) stay on while the fd is open. */
export function enableStats(type: number = BpfStatsType.BPF_STATS_RUN_TIME): Fd {
  return callFd("BPF_ENABLE_STATS", { layout: EnableStatsAttr, values: { type } });
}

// ---------------------------------------------------------------------------------------------

function cStringAt(field: unknown): string {
  const bytes = field as Uint8Array;
  const end = bytes.indexOf(0);
  return new TextDecoder().decode(end < 0 ? bytes : bytes.subarray(0, end));
}

function hex(field: unknown): string {
  return [...(field as Uint8Array)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
