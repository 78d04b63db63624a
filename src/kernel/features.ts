import { pathExists, readFile, readTextFile } from "./files.ts";
import { BpfAttachType, BpfCmd, BpfFuncId, BpfProgFlags, BpfProgType } from "../abi/mod.ts";
import { Alu64, encode, type Insn, Jmp, Mem, R0, R1, R10, R2, R3, Size } from "../asm/mod.ts";
import { type Btf, BtfKind, type BtfKindValue, parseBtf } from "../btf/mod.ts";
import { Errno } from "./errno.ts";
import { BpfSyscallError } from "./errors.ts";
import type { Fd } from "./fd.ts";
import { linkCreate, progLoad, type ProgLoadOptions, rawTracepointOpen } from "./bpf.ts";
import { kernelRelease } from "./host.ts";

/** A conclusive "this kernel cannot do it", thrown by probes. */
export class NotSupportedError extends Error {
  override name = "NotSupportedError";
  readonly feature: string;

  constructor(feature: string, reason: string, options?: ErrorOptions) {
    super(`${feature} is not supported: ${reason}`, options);
    this.feature = feature;
  }
}

/** A probe's answer. Only `supported` and `unsupported` are conclusive (and cached). */
export type FeatureAnswer =
  | { readonly state: "supported" }
  | { readonly state: "unsupported"; readonly reason: string }
  | { readonly state: "undecided"; readonly reason: string; readonly error: unknown };

/** A feature, the first kernel that has it, and the smallest real thing that proves it. */
export interface FeatureTest {
  readonly name: string;
  /** First mainline release with the feature (`"5.14"`). */
  readonly minKernel: string;
  /** Returns if supported; throws NotSupportedError if conclusively not; anything else is undecided. */
  readonly probe: () => void;
}

/** Whether `err` is a bpf(2) failure with one of `errnos`. */
function failedWith(err: unknown, ...errnos: number[]): err is BpfSyscallError {
  return err instanceof BpfSyscallError && errnos.includes(err.errno);
}

const RETURN_ZERO: readonly Insn[] = [Alu64.mov.imm(R0, 0), Jmp.exit()];

/** Loads `r0 = 0; exit` (or `insns`) as `type`, mapping "the kernel does not know this" to NotSupported. */
function loadProbe(feature: string, options: Partial<ProgLoadOptions> & { type: number }): Fd {
  try {
    return progLoad({
      insns: encode(RETURN_ZERO),
      license: "GPL",
      name: "probe",
      ...options,
    });
  } catch (err) {
    // EINVAL: unknown program type, attach type, flag or helper. E2BIG: attr fields the kernel
    // predates. ENOTSUPP/EOPNOTSUPP: known but unavailable in this build.
    if (
      failedWith(err, Errno.EINVAL, Errno.E2BIG, Errno.ENOTSUPP, Errno.EOPNOTSUPP)
    ) {
      throw new NotSupportedError(feature, err.message, { cause: err });
    }
    throw err;
  }
}

// Program types that load with a plain `r0 = 0; exit`, with the expected attach type and flags
// they need. Tracing, LSM, extension and struct_ops programs need a BTF target: see below.
const PLAIN_PROGRAMS: Readonly<
  Record<string, { minKernel: string; attach?: number; flags?: number }>
> = {
  BPF_PROG_TYPE_SOCKET_FILTER: { minKernel: "3.19" },
  BPF_PROG_TYPE_KPROBE: { minKernel: "4.1" },
  BPF_PROG_TYPE_SCHED_CLS: { minKernel: "4.1" },
  BPF_PROG_TYPE_SCHED_ACT: { minKernel: "4.1" },
  BPF_PROG_TYPE_TRACEPOINT: { minKernel: "4.7" },
  BPF_PROG_TYPE_XDP: { minKernel: "4.8", attach: BpfAttachType.BPF_XDP },
  BPF_PROG_TYPE_PERF_EVENT: { minKernel: "4.9" },
  BPF_PROG_TYPE_CGROUP_SKB: { minKernel: "4.10", attach: BpfAttachType.BPF_CGROUP_INET_INGRESS },
  BPF_PROG_TYPE_CGROUP_SOCK: {
    minKernel: "4.10",
    attach: BpfAttachType.BPF_CGROUP_INET_SOCK_CREATE,
  },
  BPF_PROG_TYPE_LWT_IN: { minKernel: "4.10" },
  BPF_PROG_TYPE_LWT_OUT: { minKernel: "4.10" },
  BPF_PROG_TYPE_LWT_XMIT: { minKernel: "4.10" },
  BPF_PROG_TYPE_SOCK_OPS: { minKernel: "4.13" },
  BPF_PROG_TYPE_SK_SKB: { minKernel: "4.14" },
  BPF_PROG_TYPE_CGROUP_DEVICE: { minKernel: "4.15" },
  BPF_PROG_TYPE_SK_MSG: { minKernel: "4.17" },
  BPF_PROG_TYPE_RAW_TRACEPOINT: { minKernel: "4.17" },
  BPF_PROG_TYPE_CGROUP_SOCK_ADDR: {
    minKernel: "4.17",
    attach: BpfAttachType.BPF_CGROUP_INET4_CONNECT,
  },
  BPF_PROG_TYPE_LWT_SEG6LOCAL: { minKernel: "4.18" },
  BPF_PROG_TYPE_LIRC_MODE2: { minKernel: "4.18" },
  BPF_PROG_TYPE_SK_REUSEPORT: { minKernel: "4.19" },
  BPF_PROG_TYPE_FLOW_DISSECTOR: { minKernel: "4.20" },
  BPF_PROG_TYPE_CGROUP_SYSCTL: { minKernel: "5.2" },
  BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE: { minKernel: "5.2" },
  BPF_PROG_TYPE_CGROUP_SOCKOPT: { minKernel: "5.3", attach: BpfAttachType.BPF_CGROUP_GETSOCKOPT },
  BPF_PROG_TYPE_SK_LOOKUP: { minKernel: "5.9", attach: BpfAttachType.BPF_SK_LOOKUP },
  BPF_PROG_TYPE_SYSCALL: { minKernel: "5.14", flags: BpfProgFlags.BPF_F_SLEEPABLE },
  BPF_PROG_TYPE_NETFILTER: { minKernel: "6.4", attach: BpfAttachType.BPF_NETFILTER },
};

/** The feature name for loading programs of `type` (`BPF_PROG_TYPE_XDP` → `prog:xdp`). */
export function programTypeFeature(type: keyof typeof BpfProgType): string {
  return `prog:${type.slice("BPF_PROG_TYPE_".length).toLowerCase()}`;
}

function plainProgramTests(): FeatureTest[] {
  return Object.entries(PLAIN_PROGRAMS).map(([type, spec]) => {
    const name = programTypeFeature(type as keyof typeof BpfProgType);
    return {
      name,
      minKernel: spec.minKernel,
      probe() {
        loadProbe(name, {
          type: BpfProgType[type as keyof typeof BpfProgType],
          ...(spec.attach !== undefined && { expectedAttachType: spec.attach }),
          ...(spec.flags !== undefined && { flags: spec.flags }),
        }).close();
      },
    };
  });
}

let vmlinux: Btf | undefined;

/** The running kernel's BTF, parsed once; NotSupported without it. */
function vmlinuxBtf(feature: string): Btf {
  const path = "/sys/kernel/btf/vmlinux";
  if (!pathExists(path)) throw new NotSupportedError(feature, `no kernel BTF at ${path}`);
  vmlinux ??= parseBtf(readFile(path), { file: path });
  return vmlinux;
}

function btfId(feature: string, name: string, kind: BtfKindValue): number {
  const id = vmlinuxBtf(feature).firstByName(name, kind);
  if (id === undefined) throw new NotSupportedError(feature, `kernel BTF has no ${name}`);
  return id;
}

/**
 * Holds the capabilities that BPF tracing needs (CAP_SYS_ADMIN, or CAP_BPF with CAP_PERFMON).
 * Only then is an EPERM a statement about the kernel rather than about us.
 */
function privileged(): boolean {
  const status = readTextFile("/proc/self/status");
  const eff = BigInt(`0x${/^CapEff:\s*([0-9a-f]+)/m.exec(status)?.[1] ?? "0"}`);
  const has = (cap: number) => ((eff >> BigInt(cap)) & 1n) === 1n;
  const CAP_SYS_ADMIN = 21, CAP_PERFMON = 38, CAP_BPF = 39;
  return has(CAP_SYS_ADMIN) || (has(CAP_BPF) && has(CAP_PERFMON));
}

/**
 * A trampoline program (fentry, fexit, lsm) loaded against `target` and attached. Some kernels
 * (and VMs) refuse trampolines to privileged callers with EPERM; that counts as unsupported.
 */
function trampolineTest(
  name: string,
  minKernel: string,
  type: number,
  attach: number,
  target: string,
): FeatureTest {
  return {
    name,
    minKernel,
    probe() {
      const attachBtfId = btfId(name, target, BtfKind.FUNC);
      try {
        using prog = loadProbe(name, { type, expectedAttachType: attach, attachBtfId });
        rawTracepointOpen(prog).close();
      } catch (err) {
        if (failedWith(err, Errno.EPERM) && privileged()) {
          throw new NotSupportedError(name, `${err.message} although privileged`, { cause: err });
        }
        if (
          failedWith(err, Errno.ENOTSUPP, Errno.EOPNOTSUPP)
        ) {
          throw new NotSupportedError(name, err.message, { cause: err });
        }
        throw err;
      }
    },
  };
}

/** A perf PMU (kprobe, uprobe) that attaching through perf events needs. */
function pmuTest(name: string, minKernel: string, config: string): FeatureTest {
  return {
    name,
    minKernel,
    probe() {
      const pmu = `/sys/bus/event_source/devices/${name}/type`;
      if (!pathExists(pmu)) {
        throw new NotSupportedError(
          name,
          `no ${name} PMU at ${pmu} (kernel built without ${config})`,
        );
      }
    },
  };
}

const FEATURE_TESTS: readonly FeatureTest[] = [
  ...plainProgramTests(),
  trampolineTest(
    "fentry",
    "5.5",
    BpfProgType.BPF_PROG_TYPE_TRACING,
    BpfAttachType.BPF_TRACE_FENTRY,
    "bpf_fentry_test1",
  ),
  trampolineTest(
    "fexit",
    "5.5",
    BpfProgType.BPF_PROG_TYPE_TRACING,
    BpfAttachType.BPF_TRACE_FEXIT,
    "bpf_fentry_test1",
  ),
  trampolineTest(
    "lsm",
    "5.7",
    BpfProgType.BPF_PROG_TYPE_LSM,
    BpfAttachType.BPF_LSM_MAC,
    "bpf_lsm_file_open",
  ),
  {
    name: "tp_btf",
    minKernel: "5.5",
    probe() {
      const attachBtfId = btfId("tp_btf", "btf_trace_sys_enter", BtfKind.TYPEDEF);
      using prog = loadProbe("tp_btf", {
        type: BpfProgType.BPF_PROG_TYPE_TRACING,
        expectedAttachType: BpfAttachType.BPF_TRACE_RAW_TP,
        attachBtfId,
      });
      rawTracepointOpen(prog).close();
    },
  },
  {
    name: "iter",
    minKernel: "5.8",
    probe() {
      const attachBtfId = btfId("iter", "bpf_iter_task", BtfKind.FUNC);
      using prog = loadProbe("iter", {
        type: BpfProgType.BPF_PROG_TYPE_TRACING,
        expectedAttachType: BpfAttachType.BPF_TRACE_ITER,
        attachBtfId,
      });
      linkCreate({ prog, attachType: BpfAttachType.BPF_TRACE_ITER }).close();
    },
  },
  pmuTest("kprobe", "4.17", "CONFIG_KPROBES"),
  pmuTest("uprobe", "4.17", "CONFIG_UPROBES"),
  {
    name: "tcx",
    minKernel: "6.6",
    probe() {
      using prog = loadProbe("tcx", { type: BpfProgType.BPF_PROG_TYPE_SCHED_CLS });
      try {
        // Interface 0 never exists: a kernel with tcx gets as far as looking it up (ENODEV);
        // one without rejects the attach type first (EINVAL).
        linkCreate({ prog, target: { ifindex: 0 }, attachType: BpfAttachType.BPF_TCX_INGRESS })
          .close();
      } catch (err) {
        if (failedWith(err, Errno.ENODEV)) return;
        if (failedWith(err, Errno.EINVAL)) {
          throw new NotSupportedError("tcx", err.message, { cause: err });
        }
        throw err;
      }
      throw new Error("tcx probe attached to interface 0");
    },
  },
  {
    name: "bpf_sys_bpf",
    minKernel: "5.14",
    probe() {
      // A sleepable SYSCALL program that calls bpf_sys_bpf(BPF_MAP_CREATE, &zeroed_u64, 8):
      // the verifier accepts it only if the helper exists and is allowed to this caller.
      const insns = [
        Alu64.mov.imm(R1, BpfCmd.BPF_MAP_CREATE),
        Mem.storeImm(Size.DW, R10, -8, 0),
        Alu64.mov.reg(R2, R10),
        Alu64.add.imm(R2, -8),
        Alu64.mov.imm(R3, 8),
        Jmp.call(BpfFuncId.BPF_FUNC_sys_bpf),
        ...RETURN_ZERO,
      ];
      loadProbe("bpf_sys_bpf", {
        type: BpfProgType.BPF_PROG_TYPE_SYSCALL,
        flags: BpfProgFlags.BPF_F_SLEEPABLE,
        insns: encode(insns),
      }).close();
    },
  },
];

const TESTS_BY_NAME = new Map(FEATURE_TESTS.map((t) => [t.name, t]));
const cache = new Map<string, FeatureAnswer>();

/** Every probe-able feature, by name. */
export function featureTests(): readonly FeatureTest[] {
  return FEATURE_TESTS;
}

/** Runs (or recalls) the probe for `name`. Undecided answers are not cached, so they are retried. */
export function probeFeature(name: string): FeatureAnswer {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const test = TESTS_BY_NAME.get(name);
  if (test === undefined) throw new RangeError(`Unknown kernel feature "${name}"`);
  let answer: FeatureAnswer;
  try {
    test.probe();
    answer = { state: "supported" };
  } catch (err) {
    if (!(err instanceof NotSupportedError)) {
      return {
        state: "undecided",
        reason: err instanceof Error ? err.message : String(err),
        error: err,
      };
    }
    answer = { state: "unsupported", reason: err.message };
  }
  cache.set(name, answer);
  return answer;
}

/** Whether the running kernel is at least `version` (`"5.14"`). */
export function kernelAtLeast(version: string, release = kernelRelease()): boolean {
  const wanted = version.split(".").map(Number);
  for (let i = 0; i < wanted.length; i++) {
    const have = release[i] ?? 0;
    const want = wanted[i] ?? 0;
    if (have !== want) return have > want;
  }
  return true;
}
