import { BpfMapType, BpfProgFlags, BpfProgType } from "../abi/mod.ts";
import { encode } from "../asm/mod.ts";
import { decodeLoaderResult, encodeLoaderCtx, type Loader, type LoaderInputs } from "../gen/mod.ts";
import { Errno } from "./errno.ts";
import { BpfSyscallError, splitLog, VerifierError } from "./errors.ts";
import { Fd } from "./fd.ts";
import {
  type LogOptions,
  mapCreate,
  mapFreeze,
  mapUpdateElem,
  MAX_LOG_SIZE,
  progLoad,
  progTestRun,
} from "./bpf.ts";
import { addressOf, reserveFdZero, withSignalsBlocked } from "./sys.ts";
import { possibleCpus } from "./fs.ts";

/** The raw pieces of a loader: encoded instructions, the blob, and a name for messages. */
export interface LoaderProgram {
  readonly insns: Uint8Array;
  readonly blob: Uint8Array;
  /** What messages call it (the object file). */
  readonly source: string;
}

/**
 * Runs a loader program once: creates the one-entry loader map holding the blob, freezes it,
 * loads the sleepable SYSCALL program with `fd_array = [map]`, and runs it with
 * `BPF_PROG_TEST_RUN` on `ctx`, which the kernel writes back in place. The loader map and
 * program are closed whatever happens. Returns the loader's return value.
 */
export function runLoaderProgram(loader: LoaderProgram, ctx: Uint8Array): number {
  if (ctx.byteLength > MAX_CTX_SIZE) {
    throw new RangeError(
      `${loader.source}: loader ctx of ${ctx.byteLength} bytes exceeds the kernel's ${MAX_CTX_SIZE}`,
    );
  }
  // Loaders treat descriptor 0 as "none": keep it taken so no created object lands there.
  reserveFdZero();
  using map = mapCreate({
    type: BpfMapType.BPF_MAP_TYPE_ARRAY,
    keySize: 4,
    valueSize: loader.blob.byteLength,
    maxEntries: 1,
    name: "__loader.map",
  });
  mapUpdateElem(map, new Uint8Array(4), loader.blob);
  mapFreeze(map);
  using prog = progLoad({
    type: BpfProgType.BPF_PROG_TYPE_SYSCALL,
    insns: loader.insns,
    license: "Dual BSD/GPL",
    name: "__loader.prog",
    source: `${loader.source}: loader`,
    flags: BpfProgFlags.BPF_F_SLEEPABLE,
    fdArray: [map],
  });
  return withSignalsBlocked(() => progTestRun(prog, { ctx }).retval);
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
  /** The ctx bytes as the loader left them. */
  readonly ctx: Uint8Array;
  /** Closes every map and program the run created (reused maps stay open). */
  close(): void;
}

// Each attempt at fetching a log reruns the whole loader: start big enough for most programs.
const DEFAULT_LOG_SIZE = 1 << 20;
const HOST_LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
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
  const program: LoaderProgram = {
    insns: encode(loader.insns, { littleEndian: loader.littleEndian }),
    blob: loader.blob,
    source: loader.object,
  };
  const reuseMaps = Object.fromEntries(
    Object.entries(options.reuseMaps ?? {}).map(([name, fd]) => [name, fd.value]),
  );
  const inputs: LoaderInputs = {
    reuseMaps,
    ...(options.maxEntries && { maxEntries: options.maxEntries }),
    possibleCpus: options.possibleCpus ?? possibleCpus(),
  };
  const { ctx, result } = runWithRetries(loader, program, inputs);
  if (!result.ok) throw failureWithLog(loader, program, inputs, result, options.log);

  const created = [...result.maps.filter((m) => !m.reused), ...result.programs];
  const missing = created.find((c) => c.fd <= 0);
  if (missing !== undefined) {
    for (const c of created) if (c.fd > 0) new Fd(c.fd).close();
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
  return { maps, programs, ctx, close, [Symbol.dispose]: close };
}

// A signal arriving while the kernel verifies a program fails PROG_LOAD with EAGAIN (libbpf
// retries such loads). Inside a loader that fails the whole run, which has cleaned up after
// itself, so the run is simply repeated.
const TRANSIENT_RETRIES = 5;

/** Runs the loader with `inputs`, repeating runs that failed transiently. */
function runWithRetries(loader: Loader, program: LoaderProgram, inputs: LoaderInputs) {
  for (let attempt = 0;; attempt++) {
    const ctx = encodeLoaderCtx(loader, inputs);
    const result = decodeLoaderResult(loader, ctx, runLoaderProgram(program, ctx), inputs);
    const transient = !result.ok && (result.errno === Errno.EAGAIN || result.errno === Errno.EINTR);
    if (!transient || attempt === TRANSIENT_RETRIES) return { ctx, result };
  }
}

/**
 * Reruns a failed loader with the log sent to the failing step, growing the buffer while the
 * kernel reports ENOSPC, and builds the error to throw.
 */
function failureWithLog(
  loader: Loader,
  program: LoaderProgram,
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
    const { result: retry } = runWithRetries(loader, program, {
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
