/**
 * `bpfdrop gen` and `bpfdrop load` end to end, as a user runs them: loader files, pins,
 * pin-by-name reuse, JSON output, a verifier rejection that names the step and shows the log
 * and leaves nothing behind, and usage errors. (Bun: test/load_bun_test.ts.)
 */
import { existsSync } from "node:fs";
import { assert, assertEquals, assertMatch } from "./lib/assert.ts";
import { requireRoot, tempPinDir } from "./lib/kernel.ts";
import { examplePath } from "./lib/load_examples.ts";
import {
  listIds,
  mapGetFdById,
  mapInfo,
  objGet,
  progGetFdById,
  progInfo,
} from "../src/kernel/mod.ts";

const root = requireRoot("load CLI");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function bpfdrop(...args: string[]): Promise<Run> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "main.ts", ...args],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  return { code: out.code, stdout: text(out.stdout), stderr: text(out.stderr) };
}

/** Compiles test/testdata/load_reject.bpf.c into a temporary directory. */
function rejectFixture(dir: string, target: "bpf" | "bpfeb" = "bpf"): string {
  const obj = `${dir}/load_reject.${target}.o`;
  const cc = new Deno.Command("clang", {
    args: [
      "-target",
      target,
      "-g",
      "-O2",
      "-I",
      "build",
      "-I",
      "/usr/include/x86_64-linux-gnu",
      "-c",
      "test/testdata/load_reject.bpf.c",
      "-o",
      obj,
    ],
  }).outputSync();
  assert(cc.success, `clang failed: ${new TextDecoder().decode(cc.stderr)}`);
  return obj;
}

/** Names of every program and map in the kernel right now. */
function kernelNames(): Set<string> {
  const names = new Set<string>();
  for (const id of listIds("prog")) {
    try {
      using fd = progGetFdById(id);
      names.add(`prog:${progInfo(fd).name}`);
    } catch { /* gone meanwhile */ }
  }
  for (const id of listIds("map")) {
    try {
      using fd = mapGetFdById(id);
      names.add(`map:${mapInfo(fd).name}`);
    } catch { /* gone meanwhile */ }
  }
  return names;
}

Deno.test({
  name: "bpfdrop gen writes a loader file that bpfdrop load runs and pins",
  ...root,
  async fn() {
    const dir = Deno.makeTempDirSync();
    using pins = tempPinDir("bpfdrop-cli");
    try {
      const file = `${dir}/sched.loader`;
      const gen = await bpfdrop(
        "gen",
        examplePath("sched_switch"),
        "-o",
        file,
        "--program",
        "count_switch",
      );
      assertEquals(gen.code, 0, gen.stderr);
      assertMatch(gen.stdout, /sched\.loader: loader for .*: 5 maps, 1 programs/);
      const load = await bpfdrop("load", file, "--pin", pins.path, "--json");
      assertEquals(load.code, 0, load.stderr);
      const doc = JSON.parse(load.stdout);
      assertEquals(doc.programs.map((p: { name: string }) => p.name), ["count_switch"]);
      assertEquals(
        doc.maps.map((m: { name: string }) => m.name),
        ["on_cpu_since", "slice_hist", ".bss", ".data", ".kconfig"],
      );
      for (const m of doc.maps) {
        using fd = objGet(m.pinned);
        assertEquals(mapInfo(fd).id, m.id, `${m.name} pinned at ${m.pinned}`);
      }
      assertEquals(doc.maps[2].pinned, `${pins.path}/maps/_bss`);
      using prog = objGet(`${pins.path}/progs/count_switch`);
      assertEquals(progInfo(prog).id, doc.programs[0].id);
      assertEquals(progInfo(prog).name, "count_switch");
      const again = await bpfdrop("load", file, "--program", "count_switch");
      assertEquals(again.code, 2, "--program with a loader file is a usage error");
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "bpfdrop load reuses a LIBBPF_PIN_BY_NAME map from --pin-maps and pins it when new",
  ...root,
  async fn() {
    using pinMaps = tempPinDir("bpfdrop-cli-bynamed");
    const obj = examplePath("xdp_proto_count");
    const first = await bpfdrop("load", obj, "--pin-maps", pinMaps.path, "--json");
    assertEquals(first.code, 0, first.stderr);
    const stats = (doc: { maps: { name: string; id: number; reused: boolean }[] }) =>
      doc.maps.find((m) => m.name === "bpfdrop_proto_stats")!;
    const created = stats(JSON.parse(first.stdout));
    assertEquals(created.reused, false);
    const pin = `${pinMaps.path}/bpfdrop_proto_stats`;
    {
      using fd = objGet(pin);
      assertEquals(mapInfo(fd).id, created.id, "the new map was pinned by name");
    }
    const second = await bpfdrop("load", obj, "--pin-maps", pinMaps.path, "--json");
    assertEquals(second.code, 0, second.stderr);
    const reused = stats(JSON.parse(second.stdout));
    assertEquals([reused.reused, reused.id], [true, created.id]);
  },
});

Deno.test({
  name: "bpfdrop load refuses a pinned map whose attributes do not match",
  ...root,
  async fn() {
    using pinMaps = tempPinDir("bpfdrop-cli-mismatch");
    // Put socket_filter's ARRAY map where xdp_proto_count expects its PERCPU_ARRAY.
    {
      const other = await bpfdrop(
        "load",
        examplePath("socket_filter"),
        "--pin",
        `${pinMaps.path}/x`,
      );
      assertEquals(other.code, 0, other.stderr);
      Deno.renameSync(
        `${pinMaps.path}/x/maps/icmp_counters`,
        `${pinMaps.path}/bpfdrop_proto_stats`,
      );
      const load = await bpfdrop(
        "load",
        examplePath("xdp_proto_count"),
        "--pin-maps",
        pinMaps.path,
      );
      assertEquals(load.code, 1);
      assertMatch(
        load.stderr,
        /map bpfdrop_proto_stats: pinned map .*bpfdrop_proto_stats does not match: type 2 != 6/,
      );
    }
  },
});

Deno.test({
  name: "bpfdrop load of a rejected program names the step, shows the log, leaves nothing behind",
  ...root,
  async fn() {
    const dir = Deno.makeTempDirSync();
    try {
      const obj = rejectFixture(dir);
      const ours = (names: Set<string>) =>
        [...names].filter((n) => /reject|accept_ok/.test(n)).sort();
      const before = ours(kernelNames());
      const text = await bpfdrop("load", obj);
      assertEquals(text.code, 1);
      assertMatch(
        text.stderr,
        /^bpfdrop: .*load_reject\.bpf\.o: PROG_LOAD reject_oob: EACCES \(Permission denied\)\n/,
      );
      assertMatch(text.stderr, /verifier log \(\d+ lines\):\n/);
      assertMatch(text.stderr, /invalid access to map value, value_size=8 off=8 size=8/);
      const json = await bpfdrop("load", obj, "--json");
      assertEquals(json.code, 1);
      const doc = JSON.parse(json.stdout);
      assertEquals(
        [doc.error.step, doc.error.errnoName, doc.error.errno],
        ["PROG_LOAD reject_oob", "EACCES", 13],
      );
      assert(doc.error.log.some((l: string) => l.includes("invalid access to map value")));
      // Maps used by a released program go after an RCU grace period: allow it some time.
      const deadline = Date.now() + 10_000;
      let after = ours(kernelNames());
      while (JSON.stringify(after) !== JSON.stringify(before) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        after = ours(kernelNames());
      }
      assertEquals(after, before, "programs or maps left behind");
      // The accepted program alone loads fine.
      const ok = await bpfdrop("load", obj, "--program", "accept_ok");
      assertEquals(ok.code, 0, ok.stderr);
      assertMatch(ok.stdout, /prog +accept_ok +id \d+ +BPF_PROG_TYPE_XDP/);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "bpfdrop load --verbose prints the loader disassembly",
  ...root,
  async fn() {
    const run = await bpfdrop("load", examplePath("legacy_xdp_counter"), "--verbose");
    assertEquals(run.code, 0, run.stderr);
    assertMatch(run.stdout, /^ {3}0: \(bf\) r6 = r1\n/);
    assertMatch(run.stdout, /\(85\) call bpf_sys_bpf#166\n/);
    assertMatch(run.stdout, /loaded .*legacy_xdp_counter\.bpf\.o\n +map +rx_packets +id \d+/);
  },
});

Deno.test({
  name: "bpfdrop gen and load: usage errors exit 2, bad input exits 1 with one line",
  async fn() {
    const dir = Deno.makeTempDirSync();
    try {
      assertEquals((await bpfdrop("gen", "--help")).code, 0);
      assertEquals((await bpfdrop("load", "--help")).code, 0);
      assertEquals((await bpfdrop("gen", "x.o")).code, 2, "gen without -o");
      assertEquals((await bpfdrop("load")).code, 2, "load without a file");
      assertEquals((await bpfdrop("load", "--bogus", "x.o")).code, 2, "unknown option");
      Deno.writeTextFileSync(`${dir}/junk.o`, "not an ELF file at all");
      const junk = await bpfdrop("gen", `${dir}/junk.o`, "-o", `${dir}/out`);
      assertEquals(junk.code, 1);
      assertEquals(junk.stderr.trim().split("\n").length, 1, junk.stderr);
      assertMatch(junk.stderr, /^bpfdrop: .*junk\.o: /);
      const missing = await bpfdrop(
        "gen",
        examplePath("task_iter"),
        "-o",
        `${dir}/o`,
        "--program",
        "nope",
      );
      assertEquals(missing.code, 1);
      assertMatch(missing.stderr, /no program named nope \(programs: dump_tasks\)/);
      const loader = `${dir}/t.loader`;
      assertEquals((await bpfdrop("gen", examplePath("task_iter"), "-o", loader)).code, 0);
      const bytes = Deno.readFileSync(loader);
      Deno.writeFileSync(loader, bytes.subarray(0, bytes.length - 3));
      const truncated = await bpfdrop("load", loader);
      assertEquals(truncated.code, 1);
      assertMatch(truncated.stderr, /t\.loader: sizes add up to \d+ bytes but the file has \d+/);
      assert(!existsSync(`${dir}/out`), "no output for bad input");
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

Deno.test({
  name: "bpfdrop load refuses an object of the other byte order, in text and in --json",
  async fn() {
    const dir = Deno.makeTempDirSync();
    try {
      const obj = rejectFixture(dir, "bpfeb");
      const text = await bpfdrop("load", obj);
      assertEquals(text.code, 1);
      const why = "big-endian object, but this machine is little-endian";
      assertEquals(
        text.stderr.trim(),
        `bpfdrop: ${obj}: ${why} (bpfdrop gen still writes its loader)`,
      );
      const json = await bpfdrop("load", obj, "--json");
      assertEquals(json.code, 1);
      const doc = JSON.parse(json.stdout);
      assertEquals(doc.error.step, null);
      assertMatch(doc.error.message, new RegExp(why));
      assertEquals((await bpfdrop("gen", obj, "-o", `${dir}/eb.loader`)).code, 0);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});
