/**
 * A loader run's inputs and outputs.
 *
 * The ctx is the buffer passed to `BPF_PROG_TEST_RUN` as `ctx_in`, read and written by the
 * loader and copied back by the kernel. Layout (one table, all fields native-endian u32):
 *
 *     header                      LoaderCtxHeader (step out)
 *     maps[nMaps]                 LoaderCtxMap   fd: in = reuse this fd (0 = create), out = fd
 *     programs[nPrograms]         LoaderCtxProg  fd: out
 *
 * Inputs that are plain values (`max_entries` overrides, the verifier log of one load) are not
 * read by the loader program: the runner writes them into its copy of the blob, at the attr
 * fields `Loader.inputFields` lists, before the run ({@link applyLoaderInputs}). Every
 * instruction the loader does not need saves verifier time on every load.
 *
 * @module
 */

import { BpfMapType, type FieldOf, readField, type StructLayout } from "../abi/mod.ts";
import type { Loader, LoaderInputFields } from "./loader.ts";

/** Fixed part of the ctx. */
export const LoaderCtxHeader = {
  name: "bpfdrop_loader_ctx",
  size: 8,
  fields: {
    /** Size of the whole ctx in bytes. */
    sz: { offset: 0, size: 4 },
    /** Number (1-based) of the step the loader is executing; names in `Loader.steps`. */
    step: { offset: 4, size: 4 },
  },
} as const satisfies StructLayout;

/** One map's entry in the ctx. */
export const LoaderCtxMap = {
  name: "bpfdrop_loader_map",
  size: 4,
  fields: {
    /** In: an fd of an existing map to use instead of creating one (0: create). Out: the fd. */
    fd: { offset: 0, size: 4, signed: true },
  },
} as const satisfies StructLayout;

/** One program's entry in the ctx. */
export const LoaderCtxProg = {
  name: "bpfdrop_loader_prog",
  size: 4,
  fields: {
    /** Out: the program fd. */
    fd: { offset: 0, size: 4, signed: true },
  },
} as const satisfies StructLayout;

/** Byte offset of a header field. */
export function ctxHeaderField(field: FieldOf<typeof LoaderCtxHeader>): number {
  return LoaderCtxHeader.fields[field].offset;
}

/** Byte offset of map `index`'s entry in a ctx. */
function ctxMapBase(index: number): number {
  return LoaderCtxHeader.size + index * LoaderCtxMap.size;
}

/** Byte offset of map `index`'s `field` in a ctx. */
export function ctxMapField(index: number, field: FieldOf<typeof LoaderCtxMap>): number {
  return ctxMapBase(index) + LoaderCtxMap.fields[field].offset;
}

/** Byte offset of program `index`'s entry in a ctx for `nMaps` maps. */
function ctxProgBase(nMaps: number, index: number): number {
  return LoaderCtxHeader.size + nMaps * LoaderCtxMap.size + index * LoaderCtxProg.size;
}

/** Byte offset of program `index`'s `field` in a ctx for `nMaps` maps. */
export function ctxProgField(
  nMaps: number,
  index: number,
  field: FieldOf<typeof LoaderCtxProg>,
): number {
  return ctxProgBase(nMaps, index) + LoaderCtxProg.fields[field].offset;
}

/** Size of the ctx for `nMaps` maps and `nPrograms` programs. */
export function ctxSize(nMaps: number, nPrograms: number): number {
  return LoaderCtxHeader.size + nMaps * LoaderCtxMap.size + nPrograms * LoaderCtxProg.size;
}

/** What the caller gives a run: the ctx carries reused maps, the blob the rest. */
export interface LoaderInputs {
  /** Step number (1-based, see `Loader.steps`) whose load gets the log; 0: none. */
  logStep?: number;
  /** Verifier log level for that load. */
  logLevel?: number;
  /** Size of the log buffer at `logBuf`. */
  logSize?: number;
  /** User-space address of the log buffer (the runner knows it). */
  logBuf?: bigint;
  /** Existing map fds to reuse instead of creating, by map name. */
  reuseMaps?: Readonly<Record<string, number>>;
  /** `max_entries` overrides, by map name. */
  maxEntries?: Readonly<Record<string, number>>;
  /** Number of possible CPUs: `max_entries` of perf event arrays declared without one. */
  possibleCpus?: number;
  /** Kernel page size, default 4096: ring buffer sizes are rounded up to a power-of-2 multiple of
   * it, as libbpf does. */
  pageSize?: number;
}

/** Map types whose `max_entries` libbpf rounds with {@link ringBufferSize}. */
export const RING_BUFFERS: ReadonlySet<number> = new Set<number>([
  BpfMapType.BPF_MAP_TYPE_RINGBUF,
  BpfMapType.BPF_MAP_TYPE_USER_RINGBUF,
]);

/** libbpf's `adjust_ringbuf_sz`: the smallest power-of-2 number of pages holding `size` bytes. */
export function ringBufferSize(size: number, pageSize: number): number {
  if (size === 0) return 0;
  const pages = size / pageSize;
  if (Number.isInteger(pages) && (pages & (pages - 1)) === 0) return size;
  for (let mul = 1; mul * pageSize <= 0xffffffff; mul *= 2) {
    if (mul * pageSize > size) return mul * pageSize;
  }
  return size;
}

/**
 * Encodes the ctx bytes for a run of `loader`, into `into` (the ctx of an earlier run, reused)
 * when given. Throws on an unknown map name.
 */
export function encodeLoaderCtx(
  loader: Loader,
  inputs: LoaderInputs = {},
  into?: Uint8Array,
): Uint8Array {
  const size = ctxSize(loader.maps.length, loader.programs.length);
  if (into !== undefined && into.byteLength !== size) {
    throw new RangeError(`${loader.object}: a ctx of ${into.byteLength} bytes, not ${size}`);
  }
  const ctx = into?.fill(0) ?? new Uint8Array(size);
  // Runs on every load: one view, and only the fields that are not zero.
  const view = new DataView(ctx.buffer, ctx.byteOffset, ctx.byteLength);
  view.setUint32(ctxHeaderField("sz"), ctx.length, true);
  for (const name in inputs.reuseMaps) {
    view.setInt32(ctxMapField(mapIndex(loader, name), "fd"), inputs.reuseMaps[name]!, true);
  }
  return ctx;
}

/**
 * Writes a run's value inputs into `blob`, a copy of `loader.blob`: every map's `max_entries`
 * (an override, the CPU count for a perf event array declared without one, a ring buffer size
 * rounded up to a power-of-2 number of pages, else as generated) and the log fields of every
 * BTF_LOAD and PROG_LOAD (set for `inputs.logStep`, zero for the others). All of them are
 * written, so one copy serves run after run. Throws on an unknown map name.
 */
export function applyLoaderInputs(loader: Loader, blob: Uint8Array, inputs: LoaderInputs): void {
  // Runs before every load: plain loops, nothing allocated.
  const fields: LoaderInputFields = loader.inputFields;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  const le = loader.littleEndian;
  for (let i = 0; i < fields.maxEntries.length; i++) {
    const m = loader.maps[i]!;
    let size = m.maxEntries;
    if (m.type === BpfMapType.BPF_MAP_TYPE_PERF_EVENT_ARRAY && size === 0) {
      size = inputs.possibleCpus ?? 0;
    } else if (RING_BUFFERS.has(m.type)) size = ringBufferSize(size, inputs.pageSize ?? 4096);
    view.setUint32(fields.maxEntries[i]!, size, le);
  }
  for (const name in inputs.maxEntries) {
    view.setUint32(fields.maxEntries[mapIndex(loader, name)]!, inputs.maxEntries[name]!, le);
  }
  for (const log of fields.logs) {
    const on = log.step === inputs.logStep;
    view.setUint32(log.level, on ? inputs.logLevel ?? 0 : 0, le);
    view.setUint32(log.size, on ? inputs.logSize ?? 0 : 0, le);
    view.setBigUint64(log.buf, on ? inputs.logBuf ?? 0n : 0n, le);
  }
}

function mapIndex(loader: Loader, name: string): number {
  const i = loader.maps.findIndex((m) => m.name === name);
  if (i < 0) throw new RangeError(`Loader for ${loader.object} has no map "${name}"`);
  return i;
}

/** A successful run: fds by map and program name (in `Loader` order). */
export interface LoaderSuccess {
  ok: true;
  maps: { name: string; fd: number; reused: boolean }[];
  programs: { name: string; fd: number }[];
}

/** A failed run: the step that failed and its errno (positive). */
export interface LoaderFailure {
  ok: false;
  /** e.g. `PROG_LOAD handle_exec`; `loader` when no step had started. */
  failedStep: string;
  /** Its step number (1-based; 0 when none), to pass as `logStep` in a retry. */
  step: number;
  errno: number;
}

/** Reads the outcome of a run from the ctx bytes the kernel copied back and the retval. */
export function decodeLoaderResult(
  loader: Loader,
  ctx: Uint8Array,
  retval: number,
  inputs: LoaderInputs = {},
): LoaderSuccess | LoaderFailure {
  if (retval < 0) {
    const step = Number(readField(ctx, 0, LoaderCtxHeader, "step"));
    return { ok: false, failedStep: loader.steps[step - 1] ?? "loader", step, errno: -retval };
  }
  const nMaps = loader.maps.length;
  const reused = inputs.reuseMaps ?? {};
  const view = new DataView(ctx.buffer, ctx.byteOffset, ctx.byteLength);
  const fdOffset = LoaderCtxMap.fields.fd.offset;
  return {
    ok: true,
    maps: loader.maps.map((m, i) => ({
      name: m.name,
      fd: view.getInt32(ctxMapBase(i) + fdOffset, true),
      reused: reused[m.name] !== undefined,
    })),
    programs: loader.programs.map((p, j) => ({
      name: p.name,
      fd: view.getInt32(ctxProgBase(nMaps, j) + LoaderCtxProg.fields.fd.offset, true),
    })),
  };
}
