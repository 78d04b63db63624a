import { BpfAttachType, BpfProgType } from "../abi/mod.ts";
import type { Func, Program } from "./types.ts";

type ProgTypeName = Exclude<keyof typeof BpfProgType, "__MAX_BPF_PROG_TYPE">;
type AttachTypeName = Exclude<keyof typeof BpfAttachType, "__MAX_BPF_ATTACH_TYPE">;

/** How a section prefix behaves beyond its program type (libbpf's `SEC_*` cookie bits we need). */
const enum Sec {
  None = 0,
  /** Program is loaded with `BPF_F_SLEEPABLE`. */
  Sleepable = 1,
  /** Attach target is a kernel BTF id named after the `/` (fentry, lsm, tp_btf, iter, ...). */
  AttachBtf = 2,
  /** Program is loaded with `BPF_F_XDP_HAS_FRAGS`. */
  XdpFrags = 4,
}

/**
 * One row of the section-name table. `prefix` follows libbpf's matching rules: a trailing `+`
 * matches the bare name or `name/anything`; a trailing `/` matches any name starting with it;
 * otherwise the section name must be equal.
 */
interface SectionDef {
  prefix: string;
  /** `prefix` without a trailing `+`, and how names must match it. */
  base: string;
  match: "equal" | "startsWith" | "baseOrSubname";
  type: ProgTypeName;
  attach: AttachTypeName | undefined;
  flags: Sec;
}

function def(
  prefix: string,
  type: ProgTypeName,
  attach?: AttachTypeName,
  flags = Sec.None,
): SectionDef {
  const plus = prefix.endsWith("+");
  return {
    prefix,
    base: plus ? prefix.slice(0, -1) : prefix,
    match: plus ? "baseOrSubname" : prefix.endsWith("/") ? "startsWith" : "equal",
    type,
    attach,
    flags,
  };
}

/** The section names libbpf 1.x understands, first match wins (facts from libbpf's `section_defs`). */
const SECTION_DEFS: readonly SectionDef[] = [
  def("socket", "BPF_PROG_TYPE_SOCKET_FILTER"),
  def("sk_reuseport/migrate", "BPF_PROG_TYPE_SK_REUSEPORT", "BPF_SK_REUSEPORT_SELECT_OR_MIGRATE"),
  def("sk_reuseport", "BPF_PROG_TYPE_SK_REUSEPORT", "BPF_SK_REUSEPORT_SELECT"),
  def("kprobe+", "BPF_PROG_TYPE_KPROBE"),
  def("uprobe+", "BPF_PROG_TYPE_KPROBE"),
  def("uprobe.s+", "BPF_PROG_TYPE_KPROBE", undefined, Sec.Sleepable),
  def("kretprobe+", "BPF_PROG_TYPE_KPROBE"),
  def("uretprobe+", "BPF_PROG_TYPE_KPROBE"),
  def("uretprobe.s+", "BPF_PROG_TYPE_KPROBE", undefined, Sec.Sleepable),
  def("kprobe.multi+", "BPF_PROG_TYPE_KPROBE", "BPF_TRACE_KPROBE_MULTI"),
  def("kretprobe.multi+", "BPF_PROG_TYPE_KPROBE", "BPF_TRACE_KPROBE_MULTI"),
  def("kprobe.session+", "BPF_PROG_TYPE_KPROBE", "BPF_TRACE_KPROBE_SESSION"),
  def("uprobe.multi+", "BPF_PROG_TYPE_KPROBE", "BPF_TRACE_UPROBE_MULTI"),
  def("uretprobe.multi+", "BPF_PROG_TYPE_KPROBE", "BPF_TRACE_UPROBE_MULTI"),
  def("uprobe.session+", "BPF_PROG_TYPE_KPROBE", "BPF_TRACE_UPROBE_SESSION"),
  def("uprobe.multi.s+", "BPF_PROG_TYPE_KPROBE", "BPF_TRACE_UPROBE_MULTI", Sec.Sleepable),
  def("uretprobe.multi.s+", "BPF_PROG_TYPE_KPROBE", "BPF_TRACE_UPROBE_MULTI", Sec.Sleepable),
  def("uprobe.session.s+", "BPF_PROG_TYPE_KPROBE", "BPF_TRACE_UPROBE_SESSION", Sec.Sleepable),
  def("ksyscall+", "BPF_PROG_TYPE_KPROBE"),
  def("kretsyscall+", "BPF_PROG_TYPE_KPROBE"),
  def("usdt+", "BPF_PROG_TYPE_KPROBE"),
  def("usdt.s+", "BPF_PROG_TYPE_KPROBE", undefined, Sec.Sleepable),
  def("tc/ingress", "BPF_PROG_TYPE_SCHED_CLS", "BPF_TCX_INGRESS"),
  def("tc/egress", "BPF_PROG_TYPE_SCHED_CLS", "BPF_TCX_EGRESS"),
  def("tcx/ingress", "BPF_PROG_TYPE_SCHED_CLS", "BPF_TCX_INGRESS"),
  def("tcx/egress", "BPF_PROG_TYPE_SCHED_CLS", "BPF_TCX_EGRESS"),
  def("tc", "BPF_PROG_TYPE_SCHED_CLS"),
  def("classifier", "BPF_PROG_TYPE_SCHED_CLS"),
  def("action", "BPF_PROG_TYPE_SCHED_ACT"),
  def("netkit/primary", "BPF_PROG_TYPE_SCHED_CLS", "BPF_NETKIT_PRIMARY"),
  def("netkit/peer", "BPF_PROG_TYPE_SCHED_CLS", "BPF_NETKIT_PEER"),
  def("tracepoint+", "BPF_PROG_TYPE_TRACEPOINT"),
  def("tp+", "BPF_PROG_TYPE_TRACEPOINT"),
  def("raw_tracepoint+", "BPF_PROG_TYPE_RAW_TRACEPOINT"),
  def("raw_tp+", "BPF_PROG_TYPE_RAW_TRACEPOINT"),
  def("raw_tracepoint.w+", "BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE"),
  def("raw_tp.w+", "BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE"),
  def("tp_btf+", "BPF_PROG_TYPE_TRACING", "BPF_TRACE_RAW_TP", Sec.AttachBtf),
  def("fentry+", "BPF_PROG_TYPE_TRACING", "BPF_TRACE_FENTRY", Sec.AttachBtf),
  def("fmod_ret+", "BPF_PROG_TYPE_TRACING", "BPF_MODIFY_RETURN", Sec.AttachBtf),
  def("fexit+", "BPF_PROG_TYPE_TRACING", "BPF_TRACE_FEXIT", Sec.AttachBtf),
  def("fentry.s+", "BPF_PROG_TYPE_TRACING", "BPF_TRACE_FENTRY", Sec.AttachBtf | Sec.Sleepable),
  def("fmod_ret.s+", "BPF_PROG_TYPE_TRACING", "BPF_MODIFY_RETURN", Sec.AttachBtf | Sec.Sleepable),
  def("fexit.s+", "BPF_PROG_TYPE_TRACING", "BPF_TRACE_FEXIT", Sec.AttachBtf | Sec.Sleepable),
  def("freplace+", "BPF_PROG_TYPE_EXT", undefined, Sec.AttachBtf),
  def("lsm+", "BPF_PROG_TYPE_LSM", "BPF_LSM_MAC", Sec.AttachBtf),
  def("lsm.s+", "BPF_PROG_TYPE_LSM", "BPF_LSM_MAC", Sec.AttachBtf | Sec.Sleepable),
  def("lsm_cgroup+", "BPF_PROG_TYPE_LSM", "BPF_LSM_CGROUP", Sec.AttachBtf),
  def("iter+", "BPF_PROG_TYPE_TRACING", "BPF_TRACE_ITER", Sec.AttachBtf),
  def("iter.s+", "BPF_PROG_TYPE_TRACING", "BPF_TRACE_ITER", Sec.AttachBtf | Sec.Sleepable),
  def("syscall", "BPF_PROG_TYPE_SYSCALL", undefined, Sec.Sleepable),
  def("xdp.frags/devmap", "BPF_PROG_TYPE_XDP", "BPF_XDP_DEVMAP", Sec.XdpFrags),
  def("xdp/devmap", "BPF_PROG_TYPE_XDP", "BPF_XDP_DEVMAP"),
  def("xdp.frags/cpumap", "BPF_PROG_TYPE_XDP", "BPF_XDP_CPUMAP", Sec.XdpFrags),
  def("xdp/cpumap", "BPF_PROG_TYPE_XDP", "BPF_XDP_CPUMAP"),
  def("xdp.frags", "BPF_PROG_TYPE_XDP", "BPF_XDP", Sec.XdpFrags),
  def("xdp", "BPF_PROG_TYPE_XDP", "BPF_XDP"),
  def("perf_event", "BPF_PROG_TYPE_PERF_EVENT"),
  def("lwt_in", "BPF_PROG_TYPE_LWT_IN"),
  def("lwt_out", "BPF_PROG_TYPE_LWT_OUT"),
  def("lwt_xmit", "BPF_PROG_TYPE_LWT_XMIT"),
  def("lwt_seg6local", "BPF_PROG_TYPE_LWT_SEG6LOCAL"),
  def("sockops", "BPF_PROG_TYPE_SOCK_OPS", "BPF_CGROUP_SOCK_OPS"),
  def("sk_skb/stream_parser", "BPF_PROG_TYPE_SK_SKB", "BPF_SK_SKB_STREAM_PARSER"),
  def("sk_skb/stream_verdict", "BPF_PROG_TYPE_SK_SKB", "BPF_SK_SKB_STREAM_VERDICT"),
  def("sk_skb/verdict", "BPF_PROG_TYPE_SK_SKB", "BPF_SK_SKB_VERDICT"),
  def("sk_skb", "BPF_PROG_TYPE_SK_SKB"),
  def("sk_msg", "BPF_PROG_TYPE_SK_MSG", "BPF_SK_MSG_VERDICT"),
  def("lirc_mode2", "BPF_PROG_TYPE_LIRC_MODE2", "BPF_LIRC_MODE2"),
  def("flow_dissector", "BPF_PROG_TYPE_FLOW_DISSECTOR", "BPF_FLOW_DISSECTOR"),
  def("cgroup_skb/ingress", "BPF_PROG_TYPE_CGROUP_SKB", "BPF_CGROUP_INET_INGRESS"),
  def("cgroup_skb/egress", "BPF_PROG_TYPE_CGROUP_SKB", "BPF_CGROUP_INET_EGRESS"),
  def("cgroup/skb", "BPF_PROG_TYPE_CGROUP_SKB"),
  def("cgroup/sock_create", "BPF_PROG_TYPE_CGROUP_SOCK", "BPF_CGROUP_INET_SOCK_CREATE"),
  def("cgroup/sock_release", "BPF_PROG_TYPE_CGROUP_SOCK", "BPF_CGROUP_INET_SOCK_RELEASE"),
  def("cgroup/sock", "BPF_PROG_TYPE_CGROUP_SOCK", "BPF_CGROUP_INET_SOCK_CREATE"),
  def("cgroup/post_bind4", "BPF_PROG_TYPE_CGROUP_SOCK", "BPF_CGROUP_INET4_POST_BIND"),
  def("cgroup/post_bind6", "BPF_PROG_TYPE_CGROUP_SOCK", "BPF_CGROUP_INET6_POST_BIND"),
  def("cgroup/bind4", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_INET4_BIND"),
  def("cgroup/bind6", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_INET6_BIND"),
  def("cgroup/connect4", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_INET4_CONNECT"),
  def("cgroup/connect6", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_INET6_CONNECT"),
  def("cgroup/connect_unix", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_UNIX_CONNECT"),
  def("cgroup/sendmsg4", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_UDP4_SENDMSG"),
  def("cgroup/sendmsg6", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_UDP6_SENDMSG"),
  def("cgroup/sendmsg_unix", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_UNIX_SENDMSG"),
  def("cgroup/recvmsg4", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_UDP4_RECVMSG"),
  def("cgroup/recvmsg6", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_UDP6_RECVMSG"),
  def("cgroup/recvmsg_unix", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_UNIX_RECVMSG"),
  def("cgroup/getpeername4", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_INET4_GETPEERNAME"),
  def("cgroup/getpeername6", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_INET6_GETPEERNAME"),
  def("cgroup/getpeername_unix", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_UNIX_GETPEERNAME"),
  def("cgroup/getsockname4", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_INET4_GETSOCKNAME"),
  def("cgroup/getsockname6", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_INET6_GETSOCKNAME"),
  def("cgroup/getsockname_unix", "BPF_PROG_TYPE_CGROUP_SOCK_ADDR", "BPF_CGROUP_UNIX_GETSOCKNAME"),
  def("cgroup/sysctl", "BPF_PROG_TYPE_CGROUP_SYSCTL", "BPF_CGROUP_SYSCTL"),
  def("cgroup/getsockopt", "BPF_PROG_TYPE_CGROUP_SOCKOPT", "BPF_CGROUP_GETSOCKOPT"),
  def("cgroup/setsockopt", "BPF_PROG_TYPE_CGROUP_SOCKOPT", "BPF_CGROUP_SETSOCKOPT"),
  def("cgroup/dev", "BPF_PROG_TYPE_CGROUP_DEVICE", "BPF_CGROUP_DEVICE"),
  def("struct_ops+", "BPF_PROG_TYPE_STRUCT_OPS"),
  def("struct_ops.s+", "BPF_PROG_TYPE_STRUCT_OPS", undefined, Sec.Sleepable),
  def("sk_lookup", "BPF_PROG_TYPE_SK_LOOKUP", "BPF_SK_LOOKUP"),
  def("netfilter", "BPF_PROG_TYPE_NETFILTER", "BPF_NETFILTER"),
];

function matches({ base, match }: SectionDef, name: string): boolean {
  switch (match) {
    case "equal":
      return name === base;
    case "startsWith":
      return name.startsWith(base);
    case "baseOrSubname":
      return name.startsWith(base) && (name.length === base.length || name[base.length] === "/");
  }
}

/** kernel BTF name prefix and kind for programs attached by BTF id (libbpf's rule). */
function attachBtfFor(attach: AttachTypeName | undefined, target: string): {
  name: string;
  kind: "func" | "typedef";
} {
  switch (attach) {
    case "BPF_TRACE_RAW_TP":
      return { name: `btf_trace_${target}`, kind: "typedef" };
    case "BPF_LSM_MAC":
    case "BPF_LSM_CGROUP":
      return { name: `bpf_lsm_${target}`, kind: "func" };
    case "BPF_TRACE_ITER":
      return { name: `bpf_iter_${target}`, kind: "func" };
    default:
      return { name: target, kind: "func" };
  }
}

/** What a section name says about the programs in it: the `Program` fields it decides. */
export type SectionInfo = Omit<Program, keyof Func | "structOps">;

/** Classifies a program section name the way libbpf does (a leading `?` disables autoload). */
export function sectionInfo(sectionName: string): SectionInfo {
  const autoload = !sectionName.startsWith("?");
  const name = autoload ? sectionName : sectionName.slice(1);
  const found = SECTION_DEFS.find((d) => matches(d, name));
  if (!found) {
    return {
      type: BpfProgType.BPF_PROG_TYPE_UNSPEC,
      typeName: "BPF_PROG_TYPE_UNSPEC",
      expectedAttachType: 0,
      expectedAttachTypeName: undefined,
      attachTarget: undefined,
      attachBtf: undefined,
      sleepable: false,
      xdpFrags: false,
      autoload,
      sectionDef: "",
    };
  }
  const slash = name.indexOf("/");
  const attachTarget = slash >= 0 && !found.prefix.includes("/")
    ? name.slice(slash + 1)
    : undefined;
  return {
    type: BpfProgType[found.type],
    typeName: found.type,
    expectedAttachType: found.attach ? BpfAttachType[found.attach] : 0,
    expectedAttachTypeName: found.attach,
    attachTarget,
    attachBtf: found.flags & Sec.AttachBtf && attachTarget !== undefined
      ? attachBtfFor(found.attach, attachTarget)
      : undefined,
    sleepable: (found.flags & Sec.Sleepable) !== 0,
    xdpFrags: (found.flags & Sec.XdpFrags) !== 0,
    autoload,
    sectionDef: found.prefix,
  };
}

/** libbpf's short name of a program type (`BPF_PROG_TYPE_SCHED_CLS` → `sched_cls`). */
export function progTypeShortName(typeName: string): string {
  return typeName.replace(/^BPF_PROG_TYPE_/, "").toLowerCase();
}
