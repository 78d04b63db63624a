/**
 * Every example object loaded through its generated loader and shown to work on this kernel:
 * tracing programs attached and triggered, packet programs run on real frames, global data and
 * maps read back. What this kernel cannot do is probed and skipped with the reason printed.
 */
import { release } from "node:os";
import { assert, assertEquals, assertThrows } from "./lib/assert.ts";
import { requireFeature, requireRoot, tempPinDir } from "./lib/kernel.ts";
import {
  examplePath,
  IPPROTO,
  ipv4Frame,
  loadExample,
  sumPerCpu,
  u32Key,
} from "./lib/load_examples.ts";
import { hostKconfig, kernelVersionCode } from "../src/kernel/mod.ts";
import { BpfAttachType } from "../src/abi/mod.ts";
import {
  attachIter,
  attachRawTracepoint,
  attachTracepoint,
  attachTracing,
  attachUprobe,
  BpfSyscallError,
  Errno,
  mapGetNextKey,
  mapLookupElem,
  mapUpdateElem,
  objPin,
  possibleCpus,
  progTestRun,
  runLoader,
} from "../src/kernel/mod.ts";
import { loaderForObject } from "../src/cli/_loader_source.ts";

const root = requireRoot("load examples");
const XDP_PASS = 2;
const TC_ACT_OK = 0;
const ETH_HLEN = 14;

function run(cmd: string, ...args: string[]) {
  const out = new Deno.Command(cmd, { args, stdout: "null", stderr: "null" }).outputSync();
  assert(out.success, `${cmd} ${args.join(" ")} failed`);
}

Deno.test({
  name: "exec_tracer: execve bumps exec_count; .data holds LINUX_KERNEL_VERSION; .rodata frozen",
  ...root,
  fn() {
    using ex = loadExample("exec_tracer");
    assertEquals(ex.variable("kernel_version").getUint32(0, true), 1, "initial .data value");
    assertEquals(ex.variable("target_uid").getUint32(0, true), 0xffffffff);
    const before = ex.variable("exec_count").getBigUint64(0, true);
    {
      using _link = attachTracepoint(ex.prog("trace_execve"), "syscalls", "sys_enter_execve");
      run("/bin/true");
      run("/bin/true");
    }
    const after = ex.variable("exec_count").getBigUint64(0, true);
    assert(after >= before + 2n, `exec_count ${before} -> ${after}`);
    // The program stores the .kconfig value it was loaded with.
    assertEquals(ex.variable("kernel_version").getUint32(0, true), kernelVersionCode(release()));
    for (const frozen of [".rodata", ".kconfig"]) {
      const e = assertThrows(
        () => mapUpdateElem(ex.map(frozen), u32Key(0), new Uint8Array(4)),
        BpfSyscallError,
      );
      assertEquals(e.errnoName, "EPERM", `update of frozen ${frozen}`);
    }
  },
});

Deno.test({
  name: "open_tracer: openat() bumps opens_by_pid[our pid]",
  ...root,
  fn() {
    using ex = loadExample("open_tracer", { run: { possibleCpus: possibleCpus() } });
    {
      using _link = attachTracepoint(ex.prog("trace_openat"), "syscalls", "sys_enter_openat");
      for (let i = 0; i < 3; i++) Deno.readTextFileSync("/proc/self/status");
    }
    const count = mapLookupElem(ex.map("opens_by_pid"), u32Key(Deno.pid), 8);
    assert(count !== undefined, "no opens_by_pid entry for this process");
    assert(new DataView(count.buffer).getBigUint64(0, true) >= 3n);
  },
});

Deno.test({
  name: "sched_switch: raw_tp counts switches, fills slice_hist; .kconfig CONFIG_HZ resolved",
  ...root,
  async fn() {
    using ex = loadExample("sched_switch", { programs: ["count_switch"] });
    {
      using _link = attachRawTracepoint(ex.prog("count_switch"), "sched_switch");
      await new Promise((r) => setTimeout(r, 100));
    }
    assert(ex.variable("switches").getBigUint64(0, true) > 0n, "no context switch counted");
    assertEquals(ex.variable("hz").getInt32(0, true), Number(hostKconfig()["CONFIG_HZ"]));
    const hist = ex.map("slice_hist");
    let filled = 0n;
    for (let slot = 0; slot < 64; slot++) {
      const v = mapLookupElem(hist, u32Key(slot), 8);
      if (v === undefined) break;
      filled += new DataView(v.buffer).getBigUint64(0, true);
    }
    assert(filled > 0n, "slice_hist is empty");
  },
});

Deno.test({
  name: "sched_switch: tp_btf program with kfuncs attaches by BTF id; CO-RE enum value resolved",
  ...requireFeature("tp_btf", "sched_switch tp_btf"),
  async fn() {
    using ex = loadExample("sched_switch", { programs: ["runqueue_len"] });
    {
      using _link = attachTracing(
        ex.prog("runqueue_len"),
        BpfAttachType.BPF_TRACE_RAW_TP,
        "sched_switch",
      );
      await new Promise((r) => setTimeout(r, 100));
    }
    assert(ex.variable("btf_switches").getBigUint64(0, true) > 0n, "no tp_btf run counted");
    assert(ex.variable("max_threads").getUint32(0, true) >= 1, "max_threads not recorded");
    assertEquals(ex.variable("pidtype_tgid").getInt32(0, true), 1); // enum pid_type PIDTYPE_TGID
  },
});

Deno.test({
  name: "task_iter: the iterator prints one line per process and counts tasks",
  ...requireFeature("iter", "task_iter"),
  async fn() {
    using ex = loadExample("task_iter");
    using pins = tempPinDir("bpfdrop-load-iter");
    {
      using link = attachIter(ex.prog("dump_tasks"), "task");
      objPin(link, `${pins.path}/tasks`);
    }
    const text = await Deno.readTextFile(`${pins.path}/tasks`);
    const ours = text.split("\n").find((l) => l.startsWith(`${Deno.pid} `));
    assert(ours !== undefined, `no line for pid ${Deno.pid} in:\n${text.slice(0, 400)}`);
    assert(ex.variable("tasks_seen").getBigUint64(0, true) > 0n);
    assert(ex.variable("last_total").getBigUint64(0, true) > 0n, "last_total not computed");
  },
});

Deno.test({
  name: "uprobe_malloc: malloc() in a child process bumps malloc_calls",
  ...requireFeature("uprobe", "uprobe_malloc"),
  fn() {
    using ex = loadExample("uprobe_malloc");
    const [binary, symbol] = ex.loader.programs[0]!.attachTarget!.split(":") as [string, string];
    {
      using _enter = attachUprobe(ex.prog("malloc_enter"), { binary, symbol });
      using _exit = attachUprobe(ex.prog("malloc_exit"), { binary, symbol, retprobe: true });
      run("/bin/ls", "/");
    }
    assert(ex.variable("malloc_calls").getBigUint64(0, true) > 0n, "malloc_calls did not rise");
    assert(ex.variable("malloc_bytes").getBigUint64(0, true) > 0n, "malloc_bytes did not rise");
  },
});

Deno.test({
  name: "kprobe_unlink: both programs load; attaching needs kprobes",
  ...root,
  fn() {
    using ex = loadExample("kprobe_unlink");
    assertEquals(ex.loaded.programs.map((p) => p.name), ["unlink_enter", "unlink_exit"]);
  },
});

Deno.test({
  name: "kprobe_unlink: kprobe on do_unlinkat counts an unlink",
  ...requireFeature("kprobe", "kprobe_unlink attach"),
  fn() {
    throw new Error("kprobes became available: write the attach half of this test");
  },
});

Deno.test({
  name: "fentry_unlink: fentry/fexit load and count an unlink",
  ...requireFeature("fentry", "fentry_unlink"),
  fn() {
    using ex = loadExample("fentry_unlink");
    const dir = Deno.makeTempDirSync();
    try {
      using _entry = attachTracing(ex.prog("unlink_entry"), BpfAttachType.BPF_TRACE_FENTRY, "");
      Deno.writeTextFileSync(`${dir}/victim`, "x");
      Deno.removeSync(`${dir}/victim`);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
    assert(ex.variable("unlinks").getBigUint64(0, true) > 0n);
  },
});

Deno.test({
  name: "xdp_proto_count: TCP and UDP frames tail-call their handlers and pass",
  ...root,
  fn() {
    using ex = loadExample("xdp_proto_count");
    const tcp = ipv4Frame(IPPROTO.TCP);
    assertEquals(progTestRun(ex.prog("xdp_count"), { data: tcp }).retval, XDP_PASS);
    assertEquals(
      progTestRun(ex.prog("xdp_count"), { data: ipv4Frame(IPPROTO.UDP) }).retval,
      XDP_PASS,
    );
    const seen = (slot: number) =>
      new DataView(mapLookupElem(ex.map("l4_seen"), u32Key(slot), 8)!.buffer).getBigUint64(0, true);
    assertEquals([seen(0), seen(1)], [1n, 1n]);
    const stats = ex.map("bpfdrop_proto_stats");
    const cpus = possibleCpus();
    const tcpStats = mapLookupElem(stats, u32Key(IPPROTO.TCP), 16 * cpus)!;
    assertEquals(sumPerCpu(tcpStats, 16, 0), 1n);
    assertEquals(sumPerCpu(tcpStats, 16, 8), BigInt(tcp.length));
    assertEquals(ex.variable("drop_proto").getUint8(0), 0);
  },
});

Deno.test({
  name: "tc_egress_bytes: an IPv4 frame is accounted to its destination, TC_ACT_OK",
  ...root,
  fn() {
    using ex = loadExample("tc_egress_bytes");
    const frame = ipv4Frame(IPPROTO.UDP, { daddr: [192, 0, 2, 7] });
    assertEquals(progTestRun(ex.prog("tc_egress"), { data: frame }).retval, TC_ACT_OK);
    const flow = mapLookupElem(ex.map("dest_bytes"), new Uint8Array([192, 0, 2, 7]), 16)!;
    const view = new DataView(flow.buffer);
    assertEquals([view.getBigUint64(0, true), view.getBigUint64(8, true)], [
      BigInt(frame.length),
      1n,
    ]);
    assertEquals(ex.variable("totals").getBigUint64(0, true), BigInt(frame.length));
    assertEquals(ex.variable("sample_every").getUint32(0, true), 16);
  },
});

Deno.test({
  name:
    "socket_filter: ICMP and DNS kept with their length, other UDP dropped; counters via map-in-map",
  ...root,
  fn() {
    using ex = loadExample("socket_filter");
    const prog = ex.prog("keep_icmp_dns");
    const icmp = ipv4Frame(IPPROTO.ICMP);
    assertEquals(progTestRun(prog, { data: icmp }).retval, icmp.length - ETH_HLEN);
    const dns = ipv4Frame(IPPROTO.UDP, { dport: 53 });
    assertEquals(progTestRun(prog, { data: dns }).retval, dns.length - ETH_HLEN);
    assertEquals(progTestRun(prog, { data: ipv4Frame(IPPROTO.UDP, { dport: 123 }) }).retval, 0);
    const counter = (map: string, slot: number) =>
      new DataView(mapLookupElem(ex.map(map), u32Key(slot), 8)!.buffer).getBigUint64(0, true);
    assertEquals(counter("icmp_counters", 1), 1n);
    assertEquals([counter("udp_counters", 0), counter("udp_counters", 1)], [1n, 1n]);
    assertEquals(ex.variable("min_len").getUint32(0, true), 28);
  },
});

Deno.test({
  name: "cgroup_bytes: ingress and egress programs allow and count bytes through map-in-map",
  ...root,
  fn() {
    using ex = loadExample("cgroup_bytes");
    const frame = ipv4Frame(IPPROTO.UDP);
    for (
      const [prog, map] of [["cgroup_ingress", "ingress_bytes"], ["cgroup_egress", "egress_bytes"]]
    ) {
      assertEquals(progTestRun(ex.prog(prog!), { data: frame }).retval, 1, prog);
      const key = mapGetNextKey(ex.map(map!), undefined, 8);
      assert(key !== undefined, `${map} is empty after a run of ${prog}`);
      const bytes = new DataView(mapLookupElem(ex.map(map!), key, 8)!.buffer).getBigUint64(0, true);
      assertEquals(bytes, BigInt(frame.length - ETH_HLEN), `${map} bytes`);
    }
    assertEquals(ex.variable("unaccounted").getBigUint64(0, true), 0n);
  },
});

Deno.test({
  name: "legacy_xdp_counter: a legacy `maps` section object loads and counts",
  ...root,
  fn() {
    using ex = loadExample("legacy_xdp_counter");
    const frame = ipv4Frame(IPPROTO.TCP);
    assertEquals(progTestRun(ex.prog("legacy_count"), { data: frame }).retval, XDP_PASS);
    const packets = new DataView(mapLookupElem(ex.map("rx_packets"), u32Key(0), 8)!.buffer);
    assertEquals(packets.getBigUint64(0, true), 1n);
  },
});

Deno.test({
  name: "a map passed for reuse keeps its contents and is not closed by the loader",
  ...root,
  fn() {
    using first = loadExample("xdp_proto_count");
    progTestRun(first.prog("xdp_count"), { data: ipv4Frame(IPPROTO.TCP) });
    const stats = first.map("bpfdrop_proto_stats");
    const path = examplePath("xdp_proto_count");
    const loader = loaderForObject(Deno.readFileSync(path), path, undefined);
    using second = runLoader(loader, { reuseMaps: { bpfdrop_proto_stats: stats } });
    const reused = second.maps.find((m) => m.name === "bpfdrop_proto_stats")!;
    assert(reused.reused && reused.fd === stats, "the reused map was not handed back as is");
    progTestRun(second.programs.find((p) => p.name === "xdp_count")!.fd, {
      data: ipv4Frame(IPPROTO.TCP),
    });
    const value = mapLookupElem(stats, u32Key(IPPROTO.TCP), 16 * possibleCpus())!;
    assertEquals(sumPerCpu(value, 16, 0), 2n, "both generations counted into the one map");
  },
});

Deno.test({
  name: "runLoader() of an object whose fentry program the kernel refuses names the step",
  ...root,
  fn() {
    const fentry = requireFeature("fentry", "fentry refusal check");
    if (!fentry.ignore) return; // trampolines work here: nothing is refused
    const path = examplePath("fentry_unlink");
    const loader = loaderForObject(Deno.readFileSync(path), path, undefined);
    const e = assertThrows(() => runLoader(loader), BpfSyscallError);
    assertEquals(e.cmd, "PROG_LOAD");
    assertEquals(e.subject, "unlink_entry");
    assertEquals(e.errno, Errno.EPERM);
  },
});
