/**
 * Attach primitives: each returns an owned bpf_link fd (pin it to keep the attachment after the
 * process exits). Links are used for every kind, so nothing stays attached that is not pinned
 * or held, and a crashed daemon leaves no orphan attachment behind.
 */
import { readFileSync, statfsSync } from "node:fs";
import {
  BpfAttachFlags,
  BpfAttachType,
  BpfCmd,
  encodeStruct,
  LinkCreateAttr,
  LinkUpdateAttr,
  RawTracepointOpenAttr,
  type StructValues,
  XdpFlags,
} from "../abi/mod.ts";
import { BpfSyscallError, SyscallError } from "./errors.ts";
import { Errno } from "./errno.ts";
import { type Fd, ownFd } from "./fd.ts";
import { openTracepoint, openUprobe, resolveSymbolOffset } from "./perf_event.ts";
import { addressOf, bpfRaw, cString, openPath } from "./sys.ts";

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

function linkSyscall(
  cmd: "LINK_CREATE" | "RAW_TRACEPOINT_OPEN",
  attr: Uint8Array,
  subject: string,
  referenced: readonly Uint8Array[] = [],
): Fd {
  const result = bpfRaw(BpfCmd[`BPF_${cmd}`], attr, referenced);
  if (result < 0) throw new BpfSyscallError(cmd, -result, subject);
  return ownFd(result);
}

function linkCreate(
  values: StructValues<typeof LinkCreateAttr>,
  subject: string,
  referenced: readonly Uint8Array[] = [],
): Fd {
  return linkSyscall("LINK_CREATE", encodeStruct(LinkCreateAttr, values), subject, referenced);
}

/** A tracepoint program on `category/name`: a tracepoint perf event plus a BPF_PERF_EVENT link. */
export function attachTracepoint(prog: Fd, category: string, name: string): Fd {
  using event = openTracepoint(category, name);
  return linkCreate(
    { prog_fd: prog.value, target_fd: event.value, attach_type: BpfAttachType.BPF_PERF_EVENT },
    `tracepoint ${category}/${name}`,
  );
}

/** A raw_tp program on raw tracepoint `name` (BPF_RAW_TRACEPOINT_OPEN returns a link). */
export function attachRawTracepoint(prog: Fd, name: string): Fd {
  const tpName = cString(name);
  const attr = encodeStruct(RawTracepointOpenAttr, {
    name: addressOf(tpName),
    prog_fd: prog.value,
  });
  return linkSyscall("RAW_TRACEPOINT_OPEN", attr, `raw_tp ${name}`, [tpName]);
}

/**
 * A BTF-attached program (tp_btf, fentry, fexit, fmod_ret, lsm) on the target chosen at load
 * time. `attachType` is the program's expected attach type.
 */
export function attachTracing(prog: Fd, attachType: number, target: string): Fd {
  try {
    return linkCreate({ prog_fd: prog.value, attach_type: attachType }, target);
  } catch (e) {
    // Kernels before LINK_CREATE for tracing programs only offer RAW_TRACEPOINT_OPEN(NULL).
    if (!(e instanceof BpfSyscallError) || e.errno !== Errno.EINVAL) throw e;
    const attr = encodeStruct(RawTracepointOpenAttr, { prog_fd: prog.value });
    return linkSyscall("RAW_TRACEPOINT_OPEN", attr, target);
  }
}

/** A BPF iterator link (read it by opening an iterator from the link, or pin it and cat the pin). */
export function attachIter(prog: Fd, target: string): Fd {
  return linkCreate({ prog_fd: prog.value, attach_type: BpfAttachType.BPF_TRACE_ITER }, target);
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
  return linkCreate(
    { prog_fd: prog.value, target_fd: event.value, attach_type: BpfAttachType.BPF_PERF_EVENT },
    where,
  );
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
    return Number(readFileSync(`/sys/class/net/${name}/ifindex`, "utf8").trim());
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
  return linkCreate(
    {
      prog_fd: prog.value,
      target_ifindex: interfaceIndex(ifname),
      attach_type: BpfAttachType.BPF_XDP,
      flags: XDP_MODE_FLAGS[mode],
    },
    `xdp ${ifname} (${mode})`,
  );
}

/** A tcx link (kernel ≥ 6.6) on `ifname`'s ingress or egress. */
export function attachTcx(prog: Fd, ifname: string, direction: "ingress" | "egress"): Fd {
  return linkCreate(
    {
      prog_fd: prog.value,
      target_ifindex: interfaceIndex(ifname),
      attach_type: direction === "ingress"
        ? BpfAttachType.BPF_TCX_INGRESS
        : BpfAttachType.BPF_TCX_EGRESS,
    },
    `tcx ${ifname} ${direction}`,
  );
}

const CGROUP2_SUPER_MAGIC = 0x63677270;

/**
 * The cgroup v2 mount: /sys/fs/cgroup on unified hosts, /sys/fs/cgroup/unified on hybrid ones.
 * Null when there is none.
 */
export function cgroup2Root(): string | null {
  for (const path of ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"]) {
    try {
      if (statfsSync(path).type === CGROUP2_SUPER_MAGIC) return path;
    } catch { /* not mounted */ }
  }
  return null;
}

/** A cgroup link of `attachType` (e.g. BPF_CGROUP_INET_INGRESS) on the cgroup v2 directory `path`. */
export function attachCgroup(prog: Fd, path: string, attachType: number): Fd {
  using cgroup = openPath(path, { directory: true });
  const typeName = Object.entries(BpfAttachType).find(([, v]) => v === attachType)?.[0] ??
    String(attachType);
  return linkCreate(
    { prog_fd: prog.value, target_fd: cgroup.value, attach_type: attachType },
    `cgroup ${path} ${typeName}`,
  );
}

/**
 * Moves `link` to `newProg` with BPF_LINK_UPDATE. With `oldProg` the kernel swaps only if the
 * link still runs that program (BPF_F_REPLACE), so a concurrent change is detected.
 */
export function updateLink(link: Fd, newProg: Fd, oldProg?: Fd): void {
  const attr = encodeStruct(LinkUpdateAttr, {
    link_fd: link.value,
    new_prog_fd: newProg.value,
    flags: oldProg ? BpfAttachFlags.BPF_F_REPLACE : 0,
    old_prog_fd: oldProg?.value ?? 0,
  });
  const result = bpfRaw(BpfCmd.BPF_LINK_UPDATE, attr, []);
  if (result < 0) throw new BpfSyscallError("LINK_UPDATE", -result, `link fd ${link.value}`);
}
