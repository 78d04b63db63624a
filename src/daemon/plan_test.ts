import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { BpfAttachType } from "../abi/mod.ts";
import { cgroupAttachTypeName, planAttach, type PlannedProgram } from "./plan.ts";

const ctx = { manifestFile: "x.json", cgroupRoot: "/sys/fs/cgroup/unified" };

function prog(sectionDef: string, over: Partial<PlannedProgram> = {}): PlannedProgram {
  return {
    name: "p",
    section: sectionDef,
    typeName: "BPF_PROG_TYPE_TRACEPOINT",
    expectedAttachType: 0,
    sectionDef,
    ...over,
  };
}

Deno.test("planAttach() attaches from sections that name everything", () => {
  assertEquals(
    planAttach(prog("tracepoint+", { attachTarget: "syscalls/sys_enter_getpid" }), null, ctx).plan,
    {
      kind: "tracepoint",
      category: "syscalls",
      name: "sys_enter_getpid",
      key: "tracepoint syscalls/sys_enter_getpid",
      point: "tracepoint syscalls/sys_enter_getpid",
    },
  );
  assertEquals(
    planAttach(prog("raw_tp+", { attachTarget: "sched_switch" }), null, ctx).plan?.kind,
    "raw_tp",
  );
  assertEquals(
    planAttach(
      prog("tp_btf+", {
        attachTarget: "sched_switch",
        expectedAttachType: BpfAttachType.BPF_TRACE_RAW_TP,
      }),
      null,
      ctx,
    ).plan,
    {
      kind: "tracing",
      attachType: BpfAttachType.BPF_TRACE_RAW_TP,
      target: "sched_switch",
      key: "tp_btf sched_switch",
      point: "tp_btf sched_switch",
    },
  );
  assertEquals(
    planAttach(prog("iter+", { attachTarget: "task" }), null, ctx).plan?.point,
    "iter task",
  );
  assertEquals(
    planAttach(prog("uretprobe+", { attachTarget: "/lib/libc.so.6:malloc+0x10" }), null, ctx).plan,
    {
      kind: "uprobe",
      binary: "/lib/libc.so.6",
      symbol: "malloc",
      offset: 16,
      pid: null,
      retprobe: true,
      key: "uretprobe /lib/libc.so.6:malloc+0x10",
      point: "uretprobe /lib/libc.so.6:malloc+0x10",
    },
  );
  const none = planAttach(prog("xdp", { typeName: "BPF_PROG_TYPE_XDP" }), null, ctx);
  assertEquals(none.plan, null);
});

Deno.test("planAttach() takes the manifest and checks the program type", () => {
  const xdp = prog("xdp", { typeName: "BPF_PROG_TYPE_XDP" });
  assertEquals(
    planAttach(xdp, { kind: "xdp", interface: "veth0", mode: "skb" }, ctx).plan?.point,
    "xdp veth0 (skb)",
  );
  throws(
    () => planAttach(xdp, { kind: "tc", interface: "veth0", direction: "egress" }, ctx),
    {
      message:
        "x.json: programs.p.attach.tc: program p is BPF_PROG_TYPE_XDP, which cannot attach to tc",
    },
  );
  const tc = prog("tc/ingress", {
    typeName: "BPF_PROG_TYPE_SCHED_CLS",
    expectedAttachTypeName: "BPF_TCX_INGRESS",
  });
  assertEquals(
    planAttach(tc, { kind: "tc", interface: "lo", direction: null }, ctx).plan?.point,
    "tcx lo ingress",
  );
  const cg = prog("cgroup_skb/egress", {
    typeName: "BPF_PROG_TYPE_CGROUP_SKB",
    expectedAttachTypeName: "BPF_CGROUP_INET_EGRESS",
  });
  assertEquals(
    planAttach(cg, { kind: "cgroup", path: "t", type: null }, ctx).plan?.point,
    "cgroup /sys/fs/cgroup/unified/t BPF_CGROUP_INET_EGRESS",
  );
  assertEquals(
    planAttach(cg, { kind: "cgroup", path: ".", type: "inet_ingress" }, ctx).plan?.point,
    "cgroup /sys/fs/cgroup/unified BPF_CGROUP_INET_INGRESS",
  );
  throws(
    () => planAttach(cg, { kind: "cgroup", path: "/x", type: "sideways" }, ctx),
    { message: 'x.json: programs.p.attach.cgroup: unknown cgroup attach type "sideways"' },
  );
});

Deno.test("cgroupAttachTypeName() accepts kernel and short names", () => {
  assertEquals(cgroupAttachTypeName("BPF_CGROUP_INET_INGRESS"), "BPF_CGROUP_INET_INGRESS");
  assertEquals(cgroupAttachTypeName("inet4_connect"), "BPF_CGROUP_INET4_CONNECT");
  assertEquals(cgroupAttachTypeName("cgroup_sock_ops"), "BPF_CGROUP_SOCK_OPS");
  assertEquals(cgroupAttachTypeName("xdp"), undefined);
});
