import { assert, assertEquals, assertThrows } from "./lib/assert.ts";
import { assertNoFdLeak } from "./lib/fds.ts";
import { bpftoolJson, requireFeature, tempPinDir } from "./lib/kernel.ts";
import {
  Fd,
  mapCreate,
  mapInfo,
  mapLookupElem,
  mapUpdateElem,
  mapValueSize,
  objGet,
  possibleCpus,
  probeFeature,
  progInfo,
  progTestRun,
  runLoader,
  runLoaderProgram,
  VerifierError,
} from "../src/kernel/mod.ts";
import {
  BpfCmd,
  BpfFuncId,
  BpfMapType,
  encodeStruct,
  MapCreateAttr,
  offsetOfEnd,
} from "../src/abi/mod.ts";
import { parseObject } from "../src/object/mod.ts";
import { generateLoader } from "../src/gen/mod.ts";

const loaders = requireFeature("bpf_sys_bpf", "kernel runner tests");

/** One raw instruction: opcode, dst and src registers, offset, immediate (little-endian). */
function insn(code: number, dst: number, src: number, off: number, imm: number): number[] {
  const bytes = new Uint8Array(8);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, code);
  view.setUint8(1, (src << 4) | dst);
  view.setInt16(2, off, true);
  view.setInt32(4, imm, true);
  return [...bytes];
}

const MAP_CREATE_ATTR_SIZE = offsetOfEnd(MapCreateAttr, "map_extra");

/**
 * A hand-assembled loader: `ctx->fd = bpf_sys_bpf(BPF_MAP_CREATE, &blob[0], attr size); return 0`.
 * The attr sits at the start of the blob (the loader map value, fd_array[0]).
 */
const SYS_BPF_LOADER = new Uint8Array([
  ...insn(0xbf, 6, 1, 0, 0), // r6 = r1 (ctx)
  ...insn(0xb7, 1, 0, 0, BpfCmd.BPF_MAP_CREATE), // r1 = BPF_MAP_CREATE
  ...insn(0x18, 2, 6, 0, 0), // r2 = &map_value(fd_array[0]) + 0   (ld_imm64, MAP_IDX_VALUE)
  ...insn(0x00, 0, 0, 0, 0), //      (second half: offset 0 into the value)
  ...insn(0xb7, 3, 0, 0, MAP_CREATE_ATTR_SIZE), // r3 = attr size
  ...insn(0x85, 0, 0, 0, BpfFuncId.BPF_FUNC_sys_bpf), // call bpf_sys_bpf
  ...insn(0x63, 6, 0, 0, 0), // *(u32 *)(r6 + 0) = r0
  ...insn(0xb7, 0, 0, 0, 0), // r0 = 0
  ...insn(0x95, 0, 0, 0, 0), // exit
]);

function mapCreateBlob(values: Parameters<typeof encodeStruct<typeof MapCreateAttr>>[1]) {
  return encodeStruct(MapCreateAttr, values, { size: MAP_CREATE_ATTR_SIZE });
}

function ctxFd(ctx: Uint8Array): number {
  return new DataView(ctx.buffer).getInt32(0, true);
}

Deno.test({
  name:
    "runLoaderProgram() runs a hand-assembled loader whose bpf_sys_bpf map comes back through ctx",
  ...loaders,
  async fn() {
    await assertNoFdLeak(() => {
      const blob = mapCreateBlob({
        map_type: BpfMapType.BPF_MAP_TYPE_ARRAY,
        key_size: 4,
        value_size: 8,
        max_entries: 3,
        map_name: "from_loader",
      });
      const ctx = new Uint8Array(8);
      const retval = runLoaderProgram({ insns: SYS_BPF_LOADER, blob, object: "hand.o" }, ctx);
      assertEquals(retval, 0);
      using map = new Fd(ctxFd(ctx));
      const info = mapInfo(map);
      assertEquals(
        [info.name, info.type, info.keySize, info.valueSize, info.maxEntries],
        ["from_loader", BpfMapType.BPF_MAP_TYPE_ARRAY, 4, 8, 3],
      );
    });
  },
});

Deno.test({
  name: "runLoaderProgram() passes a failing bpf_sys_bpf errno back and leaves nothing open",
  ...loaders,
  async fn() {
    await assertNoFdLeak(() => {
      const blob = mapCreateBlob({
        map_type: BpfMapType.BPF_MAP_TYPE_HASH,
        key_size: 0,
        value_size: 8,
        max_entries: 1,
      });
      const ctx = new Uint8Array(8);
      assertEquals(runLoaderProgram({ insns: SYS_BPF_LOADER, blob, object: "hand.o" }, ctx), 0);
      assertEquals(ctxFd(ctx), -22);
    });
  },
});

Deno.test({
  name: "runLoaderProgram() reports a loader the verifier rejects with its log",
  ...loaders,
  async fn() {
    await assertNoFdLeak(() => {
      // Reads ctx through r2, which was never set.
      const bad = new Uint8Array([...insn(0x61, 0, 2, 0, 0), ...insn(0x95, 0, 0, 0, 0)]);
      const err = assertThrows(
        () =>
          runLoaderProgram(
            { insns: bad, blob: new Uint8Array(8), object: "bad.o" },
            new Uint8Array(8),
          ),
        VerifierError,
      );
      assertEquals([err.cmd, err.source, err.errnoName], ["PROG_LOAD", "bad.o: loader", "EACCES"]);
      assert(err.log.includes("R2 !read_ok"), err.log.join("\n"));
    });
  },
});

function example(name: string): Uint8Array {
  const path = new URL(`../build/examples/${name}.bpf.o`, import.meta.url);
  try {
    return Deno.readFileSync(path);
  } catch {
    throw new Error(`${path.pathname} is missing: run tools/build_examples.sh first`);
  }
}

async function bpftoolIds(kind: "prog" | "map"): Promise<Set<number>> {
  const list = await bpftoolJson(kind, "show") as { id: number }[];
  return new Set(list.map((e) => e.id));
}

Deno.test({
  name: "runLoader() loads a generated loader; bpftool sees its maps and programs until close()",
  ...loaders,
  async fn() {
    const loader = generateLoader(parseObject(example("socket_filter"), "socket_filter.bpf.o"));
    let progIds: number[] = [];
    let mapIds: number[] = [];
    await assertNoFdLeak(async () => {
      using loaded = runLoader(loader);
      assertEquals(loaded.maps.map((m) => m.name), loader.maps.map((m) => m.name));
      assertEquals(loaded.programs.map((p) => p.name), loader.programs.map((p) => p.name));
      progIds = loaded.programs.map((p) => progInfo(p.fd).id);
      mapIds = loaded.maps.map((m) => mapInfo(m.fd).id);
      const [progs, maps] = [await bpftoolIds("prog"), await bpftoolIds("map")];
      assert(progIds.every((id) => progs.has(id)), `bpftool lacks programs ${progIds}`);
      assert(mapIds.every((id) => maps.has(id)), `bpftool lacks maps ${mapIds}`);
      // The programs' map ids are among the loaded maps: relocations went to the right fds.
      for (const p of loaded.programs) {
        assert(progInfo(p.fd).mapIds.every((id) => mapIds.includes(id)));
      }
    });
    await waitUntilGone(progIds, mapIds);
  },
});

/** Programs and maps are freed shortly after their last reference goes (RCU). */
async function waitUntilGone(progIds: number[], mapIds: number[]) {
  for (let i = 0; i < 100; i++) {
    const [progs, maps] = [await bpftoolIds("prog"), await bpftoolIds("map")];
    if (!progIds.some((id) => progs.has(id)) && !mapIds.some((id) => maps.has(id))) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`still in the kernel after close: programs ${progIds}, maps ${mapIds}`);
}

Deno.test({
  name: "runLoader() reuses a caller's map, applies max_entries overrides, and counts packets",
  ...loaders,
  async fn() {
    const legacy = generateLoader(
      parseObject(example("legacy_xdp_counter"), "legacy_xdp_counter.bpf.o"),
    );
    await assertNoFdLeak(() => {
      using packets = mapCreate({
        type: BpfMapType.BPF_MAP_TYPE_ARRAY,
        keySize: 4,
        valueSize: 8,
        maxEntries: 1,
        name: "rx_packets",
      });
      const key = new Uint8Array(4);
      mapUpdateElem(packets, key, new Uint8Array(BigUint64Array.of(100n).buffer));
      {
        using loaded = runLoader(legacy, { reuseMaps: { rx_packets: packets } });
        const [reused, bytes] = loaded.maps;
        assertEquals([reused!.fd, reused!.reused, bytes!.reused], [packets, true, false]);
        const [prog] = loaded.programs;
        assertEquals(progTestRun(prog!.fd, { data: new Uint8Array(64), repeat: 3 }).retval, 2);
        assertEquals(u64(mapLookupElem(packets, key, 8)!), [103n]);
        // Per-CPU values: one 8-byte slot per possible CPU; the runs all happened on one.
        const perCpu = u64(mapLookupElem(bytes!.fd, key, mapValueSize(mapInfo(bytes!.fd)))!);
        assertEquals(perCpu.length, possibleCpus());
        assertEquals(perCpu.reduce((a, b) => a + b, 0n), 3n * 64n);
      }
      // The reused map is still the caller's, and open.
      assertEquals(mapInfo(packets).name, "rx_packets");
    });
    const tc = generateLoader(parseObject(example("tc_egress_bytes"), "tc_egress_bytes.bpf.o"));
    using resized = runLoader(tc, { maxEntries: { dest_bytes: 128 } });
    assertEquals(mapInfo(resized.maps.find((m) => m.name === "dest_bytes")!.fd).maxEntries, 128);
  },
});

function u64(bytes: Uint8Array): bigint[] {
  return [...new BigUint64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8)];
}

Deno.test("possibleCpus() counts the ranges of /sys/devices/system/cpu/possible", () => {
  assertEquals(possibleCpus("0-3\n"), 4);
  assertEquals(possibleCpus("0"), 1);
  assertEquals(possibleCpus("0-1,4-5,8"), 5);
});

Deno.test({
  name: "runLoader() names the failing PROG_LOAD step and carries that program's verifier log",
  ...loaders,
  async fn() {
    using dir = tempDir();
    const source = `${dir.path}/bad.bpf.c`;
    Deno.writeTextFileSync(
      source,
      `typedef unsigned int u32;
typedef unsigned long long u64;
struct __sk_buff { u32 len; };
struct {
  int (*type)[2 /* BPF_MAP_TYPE_ARRAY */];
  int (*max_entries)[1];
  u32 *key;
  u64 *value;
} counts __attribute__((section(".maps"), used));
__attribute__((section("socket"), used))
int reads_wild(struct __sk_buff *skb) { return *(int *)(long)skb->len; }
char _license[] __attribute__((section("license"), used)) = "GPL";
`,
    );
    const built = await new Deno.Command("clang", {
      args: ["-target", "bpf", "-O2", "-g", "-c", source, "-o", `${dir.path}/bad.bpf.o`],
    }).output();
    assert(built.success, new TextDecoder().decode(built.stderr));
    const loader = generateLoader(
      parseObject(Deno.readFileSync(`${dir.path}/bad.bpf.o`), "bad.bpf.o"),
    );
    await assertNoFdLeak(() => {
      // The loader's cleanup must close what it created, never the caller's reused map.
      using counts = mapCreate({
        type: BpfMapType.BPF_MAP_TYPE_ARRAY,
        keySize: 4,
        valueSize: 8,
        maxEntries: 1,
        name: "counts",
      });
      const id = mapInfo(counts).id;
      const err = assertThrows(() => runLoader(loader, { reuseMaps: { counts } }), VerifierError);
      assertEquals(mapInfo(counts).id, id);
      assertEquals([err.cmd, err.source, err.errnoName], ["PROG_LOAD", "reads_wild", "EACCES"]);
      assert(
        err.message.startsWith("PROG_LOAD reads_wild: EACCES (Permission denied)\n"),
        err.message,
      );
      assert(err.log.some((l) => l.includes("invalid mem access")), err.log.join("\n"));
    });
  },
});

function tempDir(): { path: string } & Disposable {
  const path = Deno.makeTempDirSync({ prefix: "bpfdrop-runner-" });
  return { path, [Symbol.dispose]: () => Deno.removeSync(path, { recursive: true }) };
}

Deno.test({
  name: "200 runLoader() load/close cycles leak no descriptors, programs or maps",
  ...loaders,
  async fn() {
    const loader = generateLoader(parseObject(example("socket_filter"), "socket_filter.bpf.o"));
    const progsBefore = await bpftoolIds("prog");
    const mapsBefore = await bpftoolIds("map");
    const created = { progs: [] as number[], maps: [] as number[] };
    await assertNoFdLeak(() => {
      for (let i = 0; i < 200; i++) {
        using loaded = runLoader(loader);
        created.progs.push(...loaded.programs.map((p) => progInfo(p.fd).id));
        created.maps.push(...loaded.maps.map((m) => mapInfo(m.fd).id));
      }
    });
    await waitUntilGone(created.progs, created.maps);
    const progsAfter = await bpftoolIds("prog");
    const mapsAfter = await bpftoolIds("map");
    // Other tests or processes may come and go; none of ours may remain.
    assertEquals(created.progs.filter((id) => progsAfter.has(id) && !progsBefore.has(id)), []);
    assertEquals(created.maps.filter((id) => mapsAfter.has(id) && !mapsBefore.has(id)), []);
  },
});

Deno.test({
  name: "the Bun side loads and runs programs through the same kernel layer",
  ...loaders,
  async fn() {
    using pins = tempPinDir();
    const script = new URL("./lib/bun_load.ts", import.meta.url).pathname;
    const object = new URL("../build/examples/socket_filter.bpf.o", import.meta.url).pathname;
    const out = await new Deno.Command("bun", { args: ["run", script, object, pins.path] })
      .output();
    const stderr = new TextDecoder().decode(out.stderr);
    assert(out.success, `bun failed: ${stderr}`);
    const report = JSON.parse(new TextDecoder().decode(out.stdout)) as {
      runtime: string;
      progId: number;
      retval: number;
      mapValue: number[];
      tcx: string;
      loaded: { name: string; id: number }[];
    };
    assertEquals(report.runtime, "bun");
    assertEquals(report.retval, 42);
    assertEquals(report.mapValue, [0xef, 0xbe, 0xad, 0xde]);
    assertEquals(report.tcx, probeFeature("tcx").state);
    using pinned = objGet(`${pins.path}/ret42`);
    assertEquals(progInfo(pinned).id, report.progId);
    assertEquals(progTestRun(pinned, { data: new Uint8Array(64) }).retval, 42);
    for (const p of report.loaded) {
      using fd = objGet(`${pins.path}/${p.name}`);
      assertEquals(progInfo(fd).id, p.id);
    }
    assert(report.loaded.length > 0);
  },
});
