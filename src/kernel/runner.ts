import {
  BpfInsn,
  BpfMapType,
  BpfProgFlags,
  BpfProgType,
  HOST_LITTLE_ENDIAN,
  MapCreateAttr,
  MapElemAttr,
  offsetOf,
  ProgLoadAttr,
  ProgTestRunAttr,
} from "../abi/mod.ts";
import {
  applyLoaderInputs,
  decodeLoaderResult,
  encodeLoaderCtx,
  type Loader,
  type LoaderFailure,
  type LoaderInputs,
  type LoaderSuccess,
} from "../gen/mod.ts";
import { Errno } from "./errno.ts";
import { BpfSyscallError, splitLog, VerifierError } from "./errors.ts";
import { closeRaw, Fd, ownFd } from "./fd.ts";
import { type Syscalls, syscalls } from "./ffi/mod.ts";
import { type LogOptions, MAX_LOG_SIZE, PreparedCommand, progLoad } from "./bpf.ts";
import { addressOf, cString, reserveFdZero, withSignalsBlocked } from "./sys.ts";
import { possibleCpus } from "./fs.ts";

/**
 * The raw pieces of a loader: encoded instructions, the blob, and a name for messages (a
 * generated `Loader` is one).
 */
export interface LoaderProgram {
  readonly insns: Uint8Array;
  readonly blob: Uint8Array;
  /** What messages call it (the object file). */
  readonly object: string;
  /** Bytes of ctx it takes, when known: the runner then keeps one ctx buffer for it. */
  readonly ctxSize?: number;
}

/**
 * Runs a loader program once: creates the one-entry loader map holding the blob, loads the
 * sleepable SYSCALL program with `fd_array = [map]`, and runs it with
 * `BPF_PROG_TEST_RUN` on `ctx`, which the kernel writes back in place. The loader map and
 * program are closed whatever happens. Returns the loader's return value.
 */
export function runLoaderProgram(loader: LoaderProgram, ctx: Uint8Array): number {
  return runWithCtx(loader, ctx, addressOf(ctx));
}

/** {@link runLoaderProgram} with the ctx's address already known. */
function runWithCtx(loader: LoaderProgram, ctx: Uint8Array, ctxAddress: bigint): number {
  if (ctx.byteLength > MAX_CTX_SIZE) {
    throw new RangeError(
      `${loader.object}: loader ctx of ${ctx.byteLength} bytes exceeds the kernel's ${MAX_CTX_SIZE}`,
    );
  }
  // Loaders treat descriptor 0 as "none": keep it taken so no created object lands there.
  reserveFdZero();
  const calls = preparedCalls(loader);
  // The loader's own map and program are plain numbers closed in `finally`: this path runs on
  // every load, and each object made here shows in the load time.
  const created = calls.mapCreate.run();
  if (created < 0) throw calls.mapCreate.error(created, LOADER_MAP_NAME);
  // Another thread may have closed descriptor 0 since it was reserved: never use 0 (ownFd moves
  // the object elsewhere).
  const map = created === 0 ? ownFd(created).release() : created;
  let prog = -1;
  try {
    calls.update.setU32(MAP_ELEM_FD, map);
    const updated = calls.update.run();
    if (updated < 0) throw calls.update.error(updated);
    // No MAP_FREEZE (as libbpf's runner): only this process holds the map until it is closed
    // below, and anyone who could reach it by id could call bpf() directly. It would cost ~10 µs
    // per load. (A signed loader would need it: the kernel hashes only frozen maps.)
    calls.fdArray[0] = map;
    const loaded = calls.progLoad.run();
    prog = loaded === 0 ? ownFd(loaded).release() : loaded;
    // A rejected loader: load it again through the typed wrapper, which throws with the log.
    if (prog < 0) prog = loadLoaderProgram(loader, map).release();
    calls.testRun.setU32(TEST_RUN.prog_fd, prog);
    calls.testRun.setU64(TEST_RUN.ctx_in, ctxAddress);
    calls.testRun.setU32(TEST_RUN.ctx_size_in, ctx.byteLength);
    // The ctx is the caller's: hold it in the attr only while the call runs.
    try {
      const ran = withSignalsBlocked(() => calls.testRun.run());
      if (ran < 0) throw calls.testRun.error(ran);
      return calls.testRun.getU32(TEST_RUN.retval) | 0;
    } finally {
      calls.testRun.setU64(TEST_RUN.ctx_in, 0n);
    }
  } finally {
    if (prog > 0) closeRaw(prog);
    closeRaw(map);
  }
}

const LOADER_MAP_NAME = "__loader.map";
const LOADER_PROG_NAME = "__loader.prog";
const LOADER_LICENSE = "Dual BSD/GPL";
const MAP_ELEM_FD = offsetOf(MapElemAttr, "map_fd");
const TEST_RUN = {
  prog_fd: offsetOf(ProgTestRunAttr, "prog_fd"),
  ctx_in: offsetOf(ProgTestRunAttr, "ctx_in"),
  ctx_size_in: offsetOf(ProgTestRunAttr, "ctx_size_in"),
  retval: offsetOf(ProgTestRunAttr, "retval"),
};

/** The loader's SYSCALL program through `progLoad`, which throws a VerifierError with the log. */
function loadLoaderProgram(loader: LoaderProgram, map: number): Fd {
  // Borrowed for fd_array: the caller closes the map.
  const borrowed = new Fd(map);
  try {
    return progLoad({
      type: BpfProgType.BPF_PROG_TYPE_SYSCALL,
      insns: loader.insns,
      license: LOADER_LICENSE,
      name: LOADER_PROG_NAME,
      source: `${loader.object}: loader`,
      flags: BpfProgFlags.BPF_F_SLEEPABLE,
      fdArray: [borrowed],
    });
  } finally {
    borrowed.release();
  }
}

/** The four bpf(2) calls of a run, encoded once per loader; each run sets only the fds. */
interface PreparedCalls {
  /** The seam whose addresses the attrs hold (tests swap in fakes). */
  readonly seam: Syscalls;
  /** The blob the loader map gets: a copy of the loader's, where a run's inputs are written. */
  readonly blob: Uint8Array;
  /**
   * The ctx of every run of a loader whose `ctxSize` is known, and its address, taken once:
   * asking for it costs more than the rest of a run's JavaScript.
   */
  readonly ctx: { readonly bytes: Uint8Array; readonly address: bigint } | undefined;
  readonly mapCreate: PreparedCommand<typeof MapCreateAttr>;
  readonly update: PreparedCommand<typeof MapElemAttr>;
  /** PROG_LOAD's fd_array: [loader map]. */
  readonly fdArray: Uint32Array;
  readonly progLoad: PreparedCommand<typeof ProgLoadAttr>;
  readonly testRun: PreparedCommand<typeof ProgTestRunAttr>;
}

// Loaders are not changed once generated: each one's calls are prepared once however often it runs
// (tests and benchmarks run one many times; a failed run is rerun to fetch its verifier log).
const preparedLoaders = new WeakMap<LoaderProgram, PreparedCalls>();
const ZERO_KEY = new Uint8Array(4);
const LICENSE = cString(LOADER_LICENSE);

function preparedCalls(loader: LoaderProgram): PreparedCalls {
  let calls = preparedLoaders.get(loader);
  if (calls !== undefined && calls.seam === syscalls()) return calls;
  if (loader.insns.byteLength % BpfInsn.size !== 0) {
    throw new RangeError(
      `${loader.object}: loader: ${loader.insns.byteLength} bytes of instructions is not a ` +
        `whole number of ${BpfInsn.size}-byte instructions`,
    );
  }
  const fdArray = new Uint32Array(1);
  const fdArrayBytes = new Uint8Array(fdArray.buffer);
  const blob = stableBytes(loader.blob.byteLength);
  blob.set(loader.blob);
  const ctx = loader.ctxSize === undefined ? undefined : stableBytes(loader.ctxSize);
  calls = {
    seam: syscalls(),
    blob,
    ctx: ctx && { bytes: ctx, address: addressOf(ctx) },
    mapCreate: new PreparedCommand("BPF_MAP_CREATE", {
      layout: MapCreateAttr,
      values: {
        map_type: BpfMapType.BPF_MAP_TYPE_ARRAY,
        key_size: ZERO_KEY.byteLength,
        value_size: loader.blob.byteLength,
        max_entries: 1,
        map_name: LOADER_MAP_NAME,
      },
    }),
    update: new PreparedCommand("BPF_MAP_UPDATE_ELEM", {
      layout: MapElemAttr,
      values: { key: addressOf(ZERO_KEY), value: addressOf(blob) },
      referenced: [ZERO_KEY, blob],
    }),
    fdArray,
    progLoad: new PreparedCommand("BPF_PROG_LOAD", {
      layout: ProgLoadAttr,
      values: {
        prog_type: BpfProgType.BPF_PROG_TYPE_SYSCALL,
        insn_cnt: loader.insns.byteLength / BpfInsn.size,
        insns: addressOf(loader.insns),
        license: addressOf(LICENSE),
        prog_flags: BpfProgFlags.BPF_F_SLEEPABLE,
        prog_name: LOADER_PROG_NAME,
        fd_array: addressOf(fdArrayBytes),
      },
      referenced: [loader.insns, LICENSE, fdArrayBytes],
    }),
    testRun: new PreparedCommand("BPF_PROG_TEST_RUN", { layout: ProgTestRunAttr, values: {} }),
  };
  preparedLoaders.set(loader, calls);
  return calls;
}

/**
 * A buffer whose address can be kept: made on an ArrayBuffer of its own from the start. A small
 * typed array made otherwise lives in the engine's heap until asked for its buffer or address,
 * and is moved then (under Bun, by a later `.buffer` too, leaving a kept address stale).
 */
function stableBytes(size: number): Uint8Array {
  return new Uint8Array(new ArrayBuffer(size));
}

/** What a loader run may be given besides the loader. */
export interface RunLoaderOptions {
  /** Existing maps to use instead of creating them, by map name (they stay the caller's). */
  readonly reuseMaps?: Readonly<Record<string, Fd>>;
  /** `max_entries` overrides, by map name. */
  readonly maxEntries?: Readonly<Record<string, number>>;
  /** CPUs for perf event arrays declared without `max_entries`; default: this machine's. */
  readonly possibleCpus?: number;
  /** Log settings for the rerun that fetches a failing load's verifier log. */
  readonly log?: LogOptions;
}

/** What a successful loader run created, owned by the caller; `close()` closes what it created. */
export interface LoadedObject extends Disposable {
  readonly maps: readonly { readonly name: string; readonly fd: Fd; readonly reused: boolean }[];
  readonly programs: readonly { readonly name: string; readonly fd: Fd }[];
  /** Closes every map and program the run created (reused maps stay open). */
  close(): void;
}

// Each attempt at fetching a log reruns the whole loader: start big enough for most programs.
const DEFAULT_LOG_SIZE = 1 << 20;
// BPF_PROG_TEST_RUN refuses a SYSCALL program's ctx above U16_MAX bytes.
const MAX_CTX_SIZE = 0xffff;

/**
 * Runs `loader` (from `src/gen`) and takes ownership of everything it created. When a step fails,
 * the loader has already closed what it made; the run is repeated with the verifier log directed
 * to that step, and the error names the step (`PROG_LOAD handle_exec: EACCES (…)`) with its log.
 */
export function runLoader(loader: Loader, options: RunLoaderOptions = {}): LoadedObject {
  if (loader.littleEndian !== HOST_LITTLE_ENDIAN) {
    const order = loader.littleEndian ? "little" : "big";
    throw new Error(`${loader.object}: the loader was generated for a ${order}-endian kernel`);
  }
  const reuseMaps: Record<string, number> = {};
  for (const name in options.reuseMaps) reuseMaps[name] = options.reuseMaps[name]!.value;
  const inputs: LoaderInputs = {
    reuseMaps,
    ...(options.maxEntries && { maxEntries: options.maxEntries }),
    possibleCpus: options.possibleCpus ?? hostCpus(),
  };
  const result = runWithRetries(loader, inputs);
  if (!result.ok) throw failureWithLog(loader, inputs, result, options.log);

  const missing = result.maps.find((m) => !m.reused && m.fd <= 0) ??
    result.programs.find((p) => p.fd <= 0);
  if (missing !== undefined) {
    for (const m of result.maps) if (!m.reused && m.fd > 0) new Fd(m.fd).close();
    for (const p of result.programs) if (p.fd > 0) new Fd(p.fd).close();
    throw new Error(`${loader.object}: the loader reported no descriptor for ${missing.name}`);
  }
  const maps = result.maps.map((m) => ({
    name: m.name,
    fd: m.reused ? options.reuseMaps![m.name]! : new Fd(m.fd),
    reused: m.reused,
  }));
  const programs = result.programs.map((p) => ({ name: p.name, fd: new Fd(p.fd) }));
  const close = () => {
    for (const p of programs) p.fd.close();
    for (const m of maps) if (!m.reused) m.fd.close();
  };
  return { maps, programs, close, [Symbol.dispose]: close };
}

// The set of possible CPUs is fixed at boot: read it once.
let cachedCpus: number | undefined;

function hostCpus(): number {
  cachedCpus ??= possibleCpus();
  return cachedCpus;
}

// A signal arriving while the kernel verifies a program fails PROG_LOAD with EAGAIN (libbpf
// retries such loads). Inside a loader that fails the whole run, which has cleaned up after
// itself, so the run is simply repeated.
const TRANSIENT_RETRIES = 5;

/** Runs the loader with `inputs`, repeating runs that failed transiently. */
function runWithRetries(loader: Loader, inputs: LoaderInputs): LoaderSuccess | LoaderFailure {
  const calls = preparedCalls(loader);
  applyLoaderInputs(loader, calls.blob, inputs);
  const ctx = calls.ctx!;
  for (let attempt = 0;; attempt++) {
    encodeLoaderCtx(loader, inputs, ctx.bytes);
    const retval = runWithCtx(loader, ctx.bytes, ctx.address);
    const result = decodeLoaderResult(loader, ctx.bytes, retval, inputs);
    const transient = !result.ok && (result.errno === Errno.EAGAIN || result.errno === Errno.EINTR);
    if (!transient || attempt === TRANSIENT_RETRIES) return result;
  }
}

/**
 * Reruns a failed loader with the log sent to the failing step, growing the buffer while the
 * kernel reports ENOSPC, and builds the error to throw.
 */
function failureWithLog(
  loader: Loader,
  inputs: LoaderInputs,
  failure: { failedStep: string; step: number; errno: number },
  log: LogOptions | undefined,
): BpfSyscallError {
  const [cmd = "LOADER", ...rest] = failure.failedStep.split(" ");
  const subject = rest.length > 0 ? rest.join(" ") : loader.object;
  if (cmd !== "PROG_LOAD" && cmd !== "BTF_LOAD") {
    return new BpfSyscallError(cmd, failure.errno, subject);
  }
  for (let size = log?.size ?? DEFAULT_LOG_SIZE;; size = Math.min(MAX_LOG_SIZE, size * 4)) {
    const buffer = new Uint8Array(size);
    const retry = runWithRetries(loader, {
      ...inputs,
      logStep: failure.step,
      logLevel: log?.level ?? 1,
      logSize: size,
      logBuf: addressOf(buffer),
    });
    if (retry.ok) {
      // The failure did not repeat; whatever it created must not leak.
      for (const m of retry.maps) if (!m.reused) new Fd(m.fd).close();
      for (const p of retry.programs) new Fd(p.fd).close();
      return new BpfSyscallError(cmd, failure.errno, subject, "(the failure did not repeat)");
    }
    if (retry.errno === Errno.ENOSPC && retry.step === failure.step && size < MAX_LOG_SIZE) {
      continue;
    }
    const lines = splitLog(buffer);
    if (lines.length === 0) return new BpfSyscallError(cmd, failure.errno, subject);
    return new VerifierError(cmd, failure.errno, subject, lines, retry.errno === Errno.ENOSPC);
  }
}
