/**
 * Attach primitives: each returns an owned bpf_link fd (pin it to keep the attachment after the
 * process exits). Links are used for every kind, so nothing stays attached that is not pinned
 * or held, and a crashed daemon leaves no orphan attachment behind.
 */
import { BpfAttachType, XdpFlags } from "../abi/mod.ts";
import { BpfSyscallError, SyscallError } from "./errors.ts";
import { Errno } from "./errno.ts";
import type { Fd } from "./fd.ts";
import { linkCreate, rawTracepointOpen } from "./bpf.ts";
import { openTracepoint, openUprobe, resolveSymbolOffset } from "./perf_event.ts";
import { openPath } from "./sys.ts";
import { fileSystemType, readTextFile } from "./files.ts";

/** What kind of attachment a link is; decides whether BPF_LINK_UPDATE can move it. */
export type LinkKind =
  | "tracepoint"
  | "raw_tp"
  | "tracing"
  | "iter"
  | "uprobe"
  | "xdp"
  | "tcx"
  | "cgroup";

/** Link kinds whose program can be replaced in place with BPF_LINK_UPDATE. */
const UPDATABLE: ReadonlySet<LinkKind> = new Set(["xdp", "tcx", "cgroup"]);

/** Whether a link of this kind moves to a new program with BPF_LINK_UPDATE (no gap, no overlap). */
export function supportsLinkUpdate(kind: LinkKind): boolean {
  return UPDATABLE.has(kind);
}

/** A tracepoint program on `category/name`: a tracepoint perf event plus a BPF_PERF_EVENT link. */
export function attachTracepoint(prog: Fd, category: string, name: string): Fd {
  using event = openTracepoint(category, name);
  return linkCreate({
    prog,
    target: event,
    attachType: BpfAttachType.BPF_PERF_EVENT,
    subject: `tracepoint ${category}/${name}`,
  });
}

/** A raw_tp program on raw tracepoint `name` (BPF_RAW_TRACEPOINT_OPEN returns a link). */
export function attachRawTracepoint(prog: Fd, name: string): Fd {
  return rawTracepointOpen(prog, name);
}

/**
 * A BTF-attached program (tp_btf, fentry, fexit, fmod_ret, lsm) on the target chosen at load
 * time. `attachType` is the program's expected attach type.
 */
export function attachTracing(prog: Fd, attachType: number, target: string): Fd {
  try {
    return linkCreate({ prog, attachType, subject: target });
  } catch (e) {
    // Kernels before LINK_CREATE for tracing programs only offer RAW_TRACEPOINT_OPEN(NULL).
    if (!(e instanceof BpfSyscallError) || e.errno !== Errno.EINVAL) throw e;
    return rawTracepointOpen(prog);
  }
}

/** A BPF iterator link (read it by opening an iterator from the link, or pin it and cat the pin). */
export function attachIter(prog: Fd, target: string): Fd {
  return linkCreate({ prog, attachType: BpfAttachType.BPF_TRACE_ITER, subject: target });
}

/** Where a uprobe attaches: a symbol or a file offset in `binary`. */
export interface UprobeAttach {
  binary: string;
  symbol?: string | null;
  offset?: number | null;
  pid?: number | null;
  retprobe?: boolean;
}

/** A uprobe (or uretprobe) link through the uprobe PMU; symbols are resolved to file offsets. */
export function attachUprobe(prog: Fd, target: UprobeAttach): Fd {
  const offset = (target.symbol ? resolveSymbolOffset(target.binary, target.symbol) : 0) +
    (target.offset ?? 0);
  using event = openUprobe({
    binary: target.binary,
    offset,
    pid: target.pid ?? null,
    retprobe: target.retprobe ?? false,
  });
  const where = `${target.retprobe ? "uretprobe" : "uprobe"} ${target.binary}:${
    target.symbol ?? "0x" + offset.toString(16)
  }`;
  return linkCreate({
    prog,
    target: event,
    attachType: BpfAttachType.BPF_PERF_EVENT,
    subject: where,
  });
}

/** The index of network interface `name` in the daemon's network namespace. */
export function interfaceIndex(name: string): number {
  if (!/^[^/\s]{1,15}$/.test(name) || name === "." || name === "..") {
    throw new SyscallError(
      "if_nametoindex",
      Errno.EINVAL,
      name,
      `invalid interface name "${name}"`,
    );
  }
  try {
    return Number(readTextFile(`/sys/class/net/${name}/ifindex`).trim());
  } catch {
    throw new SyscallError("if_nametoindex", Errno.ENODEV, name, `no network interface "${name}"`);
  }
}

/** XDP attach modes. */
export type XdpMode = "native" | "skb" | "hw" | "auto";

const XDP_MODE_FLAGS: Record<XdpMode, number> = {
  native: XdpFlags.XDP_FLAGS_DRV_MODE,
  skb: XdpFlags.XDP_FLAGS_SKB_MODE,
  hw: XdpFlags.XDP_FLAGS_HW_MODE,
  auto: 0,
};

/** An XDP link on interface `ifname`. */
export function attachXdp(prog: Fd, ifname: string, mode: XdpMode = "auto"): Fd {
  return linkCreate({
    prog,
    target: { ifindex: interfaceIndex(ifname) },
    attachType: BpfAttachType.BPF_XDP,
    flags: XDP_MODE_FLAGS[mode],
    subject: `xdp ${ifname} (${mode})`,
  });
}

/** A tcx link (kernel ≥ 6.6) on `ifname`'s ingress or egress. */
export function attachTcx(prog: Fd, ifname: string, direction: "ingress" | "egress"): Fd {
  return linkCreate({
    prog,
    target: { ifindex: interfaceIndex(ifname) },
    attachType: direction === "ingress"
      ? BpfAttachType.BPF_TCX_INGRESS
      : BpfAttachType.BPF_TCX_EGRESS,
    subject: `tcx ${ifname} ${direction}`,
  });
}

const CGROUP2_SUPER_MAGIC = 0x63677270;

/**
 * The cgroup v2 mount: /sys/fs/cgroup on unified hosts, /sys/fs/cgroup/unified on hybrid ones.
 * Null when there is none.
 */
export function cgroup2Root(): string | null {
  for (const path of ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"]) {
    try {
      if (fileSystemType(path) === CGROUP2_SUPER_MAGIC) return path;
    } catch { /* not mounted */ }
  }
  return null;
}

/** A cgroup link of `attachType` (e.g. BPF_CGROUP_INET_INGRESS) on the cgroup v2 directory `path`. */
export function attachCgroup(prog: Fd, path: string, attachType: number): Fd {
  using cgroup = openPath(path, { directory: true });
  const typeName = Object.entries(BpfAttachType).find(([, v]) => v === attachType)?.[0] ??
    String(attachType);
  return linkCreate({
    prog,
    target: cgroup,
    attachType,
    subject: `cgroup ${path} ${typeName}`,
  });
}
