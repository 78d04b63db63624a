import assert from "node:assert/strict";
import { BpfAttachType } from "../abi/mod.ts";
import { progTypeShortName, sectionInfo } from "./section_defs.ts";

function info(name: string) {
  const s = sectionInfo(name);
  return [s.typeName, s.expectedAttachTypeName ?? null, s.attachTarget ?? null];
}

Deno.test("sectionInfo() follows libbpf's prefix rules", () => {
  assert.deepEqual(info("kprobe"), ["BPF_PROG_TYPE_KPROBE", null, null]);
  assert.deepEqual(info("kprobe/do_exit"), ["BPF_PROG_TYPE_KPROBE", null, "do_exit"]);
  // "type+" needs a '/' after the prefix; exact names take nothing after them.
  assert.deepEqual(info("kprobex"), ["BPF_PROG_TYPE_UNSPEC", null, null]);
  assert.deepEqual(info("socket/extra"), ["BPF_PROG_TYPE_UNSPEC", null, null]);
  assert.deepEqual(info("kprobe.multi/vfs_*"), [
    "BPF_PROG_TYPE_KPROBE",
    "BPF_TRACE_KPROBE_MULTI",
    "vfs_*",
  ]);
  assert.deepEqual(info("tracepoint/sched/sched_switch"), [
    "BPF_PROG_TYPE_TRACEPOINT",
    null,
    "sched/sched_switch",
  ]);
  assert.deepEqual(info("tc/ingress"), ["BPF_PROG_TYPE_SCHED_CLS", "BPF_TCX_INGRESS", null]);
  assert.deepEqual(info("tc"), ["BPF_PROG_TYPE_SCHED_CLS", null, null]);
  assert.deepEqual(info("cgroup/sock"), [
    "BPF_PROG_TYPE_CGROUP_SOCK",
    "BPF_CGROUP_INET_SOCK_CREATE",
    null,
  ]);
  assert.deepEqual(info("cgroup/sock_release"), [
    "BPF_PROG_TYPE_CGROUP_SOCK",
    "BPF_CGROUP_INET_SOCK_RELEASE",
    null,
  ]);
  assert.deepEqual(info("xdp/devmap"), ["BPF_PROG_TYPE_XDP", "BPF_XDP_DEVMAP", null]);
  assert.deepEqual(info("raw_tp.w/sched_switch"), [
    "BPF_PROG_TYPE_RAW_TRACEPOINT_WRITABLE",
    null,
    "sched_switch",
  ]);
  assert.deepEqual(info("freplace/handler"), ["BPF_PROG_TYPE_EXT", null, "handler"]);
  assert.equal(sectionInfo("xdp").expectedAttachType, BpfAttachType.BPF_XDP);
});

Deno.test("sectionInfo() reads sleepable, frags, autoload and BTF attach names", () => {
  assert.equal(sectionInfo("uprobe.s//bin/sh:main").sleepable, true);
  assert.equal(sectionInfo("lsm.s/bprm_check_security").sleepable, true);
  assert.equal(sectionInfo("uprobe//bin/sh:main").sleepable, false);
  assert.equal(sectionInfo("xdp.frags/cpumap").xdpFrags, true);
  assert.equal(sectionInfo("xdp.frags/cpumap").expectedAttachTypeName, "BPF_XDP_CPUMAP");
  const hidden = sectionInfo("?fentry/do_exit");
  assert.deepEqual([hidden.autoload, hidden.typeName, hidden.attachBtf], [
    false,
    "BPF_PROG_TYPE_TRACING",
    { name: "do_exit", kind: "func" },
  ]);
  assert.deepEqual(sectionInfo("lsm_cgroup/socket_bind").attachBtf, {
    name: "bpf_lsm_socket_bind",
    kind: "func",
  });
  assert.deepEqual(sectionInfo("fentry").attachBtf, undefined);
});

Deno.test("progTypeShortName() gives libbpf's short names", () => {
  assert.equal(progTypeShortName("BPF_PROG_TYPE_SCHED_CLS"), "sched_cls");
  assert.equal(progTypeShortName("BPF_PROG_TYPE_CGROUP_SOCK_ADDR"), "cgroup_sock_addr");
});

/** Every prefix of the table in its bare and `/target` forms, plus near misses. */
const NAMES = [
  "socket",
  "sk_reuseport",
  "sk_reuseport/migrate",
  "kprobe",
  "kprobe/f",
  "uprobe/p:f",
  "uprobe.s/p:f",
  "kretprobe/f",
  "uretprobe/p:f",
  "uretprobe.s/p:f",
  "kprobe.multi/f*",
  "kretprobe.multi/f*",
  "uprobe.multi/p:f*",
  "uretprobe.multi/p:f*",
  "uprobe.multi.s/p:f*",
  "uretprobe.multi.s/p:f*",
  "ksyscall/open",
  "kretsyscall/open",
  "usdt/p:a:b",
  "usdt.s/p:a:b",
  "tc",
  "classifier",
  "action",
  "tracepoint/a/b",
  "tp/a/b",
  "raw_tracepoint/x",
  "raw_tp/x",
  "raw_tracepoint.w/x",
  "raw_tp.w/x",
  "tp_btf/x",
  "fentry/f",
  "fmod_ret/f",
  "fexit/f",
  "fentry.s/f",
  "fmod_ret.s/f",
  "fexit.s/f",
  "freplace/f",
  "lsm/f",
  "lsm.s/f",
  "lsm_cgroup/f",
  "iter/task",
  "iter.s/task",
  "syscall",
  "xdp.frags/devmap",
  "xdp/devmap",
  "xdp.frags/cpumap",
  "xdp/cpumap",
  "xdp.frags",
  "xdp",
  "perf_event",
  "lwt_in",
  "lwt_out",
  "lwt_xmit",
  "lwt_seg6local",
  "sockops",
  "sk_skb/stream_parser",
  "sk_skb/stream_verdict",
  "sk_skb",
  "sk_msg",
  "lirc_mode2",
  "flow_dissector",
  "cgroup_skb/ingress",
  "cgroup_skb/egress",
  "cgroup/skb",
  "cgroup/sock_create",
  "cgroup/sock_release",
  "cgroup/sock",
  "cgroup/post_bind4",
  "cgroup/post_bind6",
  "cgroup/bind4",
  "cgroup/bind6",
  "cgroup/connect4",
  "cgroup/connect6",
  "cgroup/sendmsg4",
  "cgroup/sendmsg6",
  "cgroup/recvmsg4",
  "cgroup/recvmsg6",
  "cgroup/getpeername4",
  "cgroup/getpeername6",
  "cgroup/getsockname4",
  "cgroup/getsockname6",
  "cgroup/sysctl",
  "cgroup/getsockopt",
  "cgroup/setsockopt",
  "cgroup/dev",
  "struct_ops/x",
  "struct_ops.s/x",
  "sk_lookup",
  "netfilter",
  "kprobex",
  "xdp_foo",
  "socket/x",
  "tc/ingresss",
];

Deno.test("sectionInfo() agrees with the installed libbpf on every name it knows", async () => {
  const dir = await Deno.makeTempDir({ prefix: "bpfdrop-secdefs-" });
  try {
    const src = `${dir}/secdefs.c`;
    await Deno.writeTextFile(
      src,
      `#include <stdio.h>
#include <bpf/libbpf.h>
int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    enum bpf_prog_type t; enum bpf_attach_type a;
    if (libbpf_prog_type_by_name(argv[i], &t, &a)) printf("-\\n");
    else printf("%s %d\\n", libbpf_bpf_prog_type_str(t), (int)a);
  }
  return 0;
}
`,
    );
    const cc = await new Deno.Command("clang", {
      args: ["-O1", src, "-lbpf", "-o", `${dir}/secdefs`],
      stderr: "piped",
    })
      .output().catch(() => undefined);
    if (!cc?.success) {
      console.log(
        "skip: sectionInfo() agrees with the installed libbpf: cannot build against libbpf-dev",
      );
      return;
    }
    const out = await new Deno.Command(`${dir}/secdefs`, { args: NAMES, stdout: "piped" }).output();
    const lines = new TextDecoder().decode(out.stdout).trimEnd().split("\n");
    let compared = 0;
    NAMES.forEach((name, i) => {
      const line = lines[i]!;
      const mine = sectionInfo(name);
      if (line === "-") {
        // Names newer than the installed libbpf are fine; names it refuses must be refused here too
        // unless our table (newer libbpf) knows them.
        return;
      }
      const [short, attach] = line.split(" ");
      assert.equal(progTypeShortName(mine.typeName), short, name);
      assert.equal(mine.expectedAttachType, Number(attach), name);
      compared++;
    });
    for (const miss of ["kprobex", "xdp_foo", "socket/x", "tc/ingresss"]) {
      assert.equal(lines[NAMES.indexOf(miss)], "-", miss);
      assert.equal(sectionInfo(miss).typeName, "BPF_PROG_TYPE_UNSPEC", miss);
    }
    assert.ok(compared > 80, `compared ${compared} names`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
