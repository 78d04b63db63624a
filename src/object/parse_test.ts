import assert from "node:assert/strict";
import { BpfAttachType, BpfMapFlags, BpfMapType, BpfProgType } from "../abi/mod.ts";
import { BtfError } from "../btf/mod.ts";
import { ElfError, parseElf, readElfPieces } from "../elf/mod.ts";
import { compileFixture, compileSource, exampleObjects } from "./_compile_test.ts";
import {
  type BpfObject,
  inspectObject,
  type MapSpec,
  ObjectError,
  parseObject,
  type Relocation,
} from "./mod.ts";

const features = () => compileFixture("features").then((b) => parseObject(b, "features.o"));

function program(obj: BpfObject, name: string) {
  const p = obj.programs.find((x) => x.name === name);
  assert.ok(p, `program ${name}`);
  return p;
}

function mapIndex(obj: BpfObject, name: string): number {
  const i = obj.maps.findIndex((m) => m.name === name);
  assert.ok(i >= 0, `map ${name}`);
  return i;
}

function withoutBytes(m: MapSpec): unknown {
  return { ...m, initialData: m.initialData?.length, inner: m.inner && withoutBytes(m.inner) };
}

/** Asserts `fn` throws one of the bad-input errors with a message matching `pattern`. */
function assertBadInput(fn: () => unknown, pattern: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(
      e instanceof ObjectError || e instanceof ElfError || e instanceof BtfError,
      `unexpected ${e}`,
    );
    assert.match(e.message, /^\S+: .* \(at offset \d+\)$/);
    assert.match(e.message, pattern);
    return true;
  });
}

Deno.test("parseObject() reads programs, types and attach info from section names", async () => {
  const obj = await features();
  const rows = obj.programs.map((
    p,
  ) => [p.name, p.section, p.typeName, p.expectedAttachTypeName ?? null]);
  assert.deepEqual(rows, [
    ["tail_a", "socket", "BPF_PROG_TYPE_SOCKET_FILTER", null],
    ["xdp_one", "xdp", "BPF_PROG_TYPE_XDP", "BPF_XDP"],
    ["xdp_two", "xdp", "BPF_PROG_TYPE_XDP", "BPF_XDP"],
    ["not_autoloaded", "?kprobe/do_exit", "BPF_PROG_TYPE_KPROBE", null],
    ["sleepy", "fentry.s/do_unlinkat", "BPF_PROG_TYPE_TRACING", "BPF_TRACE_FENTRY"],
    ["on_switch", "tp_btf/sched_switch", "BPF_PROG_TYPE_TRACING", "BPF_TRACE_RAW_TP"],
    ["frags", "xdp.frags", "BPF_PROG_TYPE_XDP", "BPF_XDP"],
    ["lsm_open", "lsm/file_open", "BPF_PROG_TYPE_LSM", "BPF_LSM_MAC"],
    ["iter_tasks", "iter/task", "BPF_PROG_TYPE_TRACING", "BPF_TRACE_ITER"],
    ["up", "uprobe//bin/true:main", "BPF_PROG_TYPE_KPROBE", null],
    ["egress", "cgroup_skb/egress", "BPF_PROG_TYPE_CGROUP_SKB", "BPF_CGROUP_INET_EGRESS"],
    ["sys", "syscall", "BPF_PROG_TYPE_SYSCALL", null],
    ["mystery", "not_a_known_section", "BPF_PROG_TYPE_UNSPEC", null],
  ]);
  const xdp = program(obj, "xdp_one");
  assert.equal(xdp.type, BpfProgType.BPF_PROG_TYPE_XDP);
  assert.equal(xdp.expectedAttachType, BpfAttachType.BPF_XDP);
  assert.equal(program(obj, "not_autoloaded").autoload, false);
  assert.equal(program(obj, "not_autoloaded").attachTarget, "do_exit");
  assert.equal(xdp.autoload, true);
  assert.equal(program(obj, "sleepy").sleepable, true);
  assert.equal(program(obj, "sys").sleepable, true);
  assert.equal(program(obj, "xdp_one").sleepable, false);
  assert.equal(program(obj, "frags").xdpFrags, true);
  assert.deepEqual(program(obj, "sleepy").attachBtf, { name: "do_unlinkat", kind: "func" });
  assert.deepEqual(program(obj, "on_switch").attachBtf, {
    name: "btf_trace_sched_switch",
    kind: "typedef",
  });
  assert.deepEqual(program(obj, "lsm_open").attachBtf, { name: "bpf_lsm_file_open", kind: "func" });
  assert.deepEqual(program(obj, "iter_tasks").attachBtf, { name: "bpf_iter_task", kind: "func" });
  assert.equal(program(obj, "up").attachTarget, "/bin/true:main");
  assert.equal(program(obj, "mystery").sectionDef, "");
  assert.equal(obj.license, "Dual BSD/GPL");
  assert.equal(obj.kernelVersion, 0x060c00);
});

Deno.test("parseObject() reads .text subprograms, static and global", async () => {
  const obj = await features();
  assert.deepEqual(obj.subprograms.map((s) => [s.name, s.section, s.global]), [
    ["add_hidden", ".text", false],
    ["loop_cb", ".text", false],
    ["global_helper", ".text", true],
  ]);
  for (const f of [...obj.programs, ...obj.subprograms]) {
    assert.equal(f.insns.length % 8, 0);
    assert.equal(f.funcInfo[0]?.insnIndex, 0, `${f.name} func_info starts at its first insn`);
    const funcType = obj.btf!.typeById(f.funcInfo[0]!.typeId);
    assert.equal(funcType.name, f.name);
    assert.ok(f.lineInfo.every((l) => l.insnIndex >= 0 && l.insnIndex < f.insns.length / 8));
  }
});

Deno.test("parseObject() classifies every relocation", async () => {
  const obj = await features();
  const sub = (name: string) => obj.subprograms.findIndex((s) => s.name === name);
  const ext = (name: string) => obj.externs.findIndex((e) => e.name === name);
  const kinds = (rs: Relocation[]) => rs.map((r) => r.kind);
  const xdp = program(obj, "xdp_one");
  assert.deepEqual(kinds(xdp.relocations), [
    "map",
    "mapValue",
    "mapValue",
    "mapValue",
    "funcAddress",
    "kconfig",
    "call",
  ]);
  const [map, rodata, custom, tag, cb, kver, call] = xdp.relocations;
  assert.deepEqual(map, { kind: "map", insnIndex: map!.insnIndex, map: mapIndex(obj, "counts") });
  const values = [rodata, custom, tag].map((r) =>
    r!.kind === "mapValue" && [obj.maps[r!.map]!.name, r!.offset]
  );
  assert.deepEqual(values.sort(), [[".data.custom", 0], [".rodata", 0], [".rodata.custom", 0]]);
  assert.deepEqual(cb, {
    kind: "funcAddress",
    insnIndex: cb!.insnIndex,
    subprogram: sub("loop_cb"),
    insnOffset: 0,
    fromElf: true,
  });
  assert.deepEqual(kver, {
    kind: "kconfig",
    insnIndex: kver!.insnIndex,
    extern: ext("LINUX_KERNEL_VERSION"),
    map: mapIndex(obj, ".kconfig"),
    offset: 4,
  });
  assert.deepEqual(call, {
    kind: "call",
    insnIndex: call!.insnIndex,
    subprogram: sub("global_helper"),
    insnOffset: 0,
    fromElf: true,
  });
  // Relocated instructions really are 64-bit loads / calls at those indices.
  const code = (i: number) => xdp.insns[i * 8];
  for (const r of xdp.relocations) assert.equal(code(r.insnIndex), r.kind === "call" ? 0x85 : 0x18);

  const helper = obj.subprograms[sub("global_helper")]!;
  assert.deepEqual(kinds(helper.relocations), ["call"]);
  assert.equal((helper.relocations[0] as { subprogram: number }).subprogram, sub("add_hidden"));
  const loop = obj.subprograms[sub("loop_cb")]!;
  assert.deepEqual(loop.relocations.map((r) => r.kind === "mapValue" && obj.maps[r.map]!.name), [
    ".data",
  ]);

  const sleepy = program(obj, "sleepy");
  assert.deepEqual(
    sleepy.relocations.map((r) => [r.kind, "extern" in r ? obj.externs[r.extern]!.name : ""]),
    [["ksym", "init_task"], ["kfunc", "bpf_task_acquire"], ["kfunc", "bpf_task_release"], [
      "ksym",
      "bpf_prog_active",
    ]],
  );
  const xdpTwo = program(obj, "xdp_two");
  assert.deepEqual(
    xdpTwo.relocations.map((r) =>
      r.kind === "kconfig" ? [obj.externs[r.extern]!.name, r.offset] : [r.kind]
    ),
    [["mapValue"], ["CONFIG_BPF_SYSCALL", 8], ["CONFIG_BPF_JIT", 0], [
      "CONFIG_DEFAULT_HOSTNAME",
      9,
    ]],
  );
});

Deno.test("parseObject() attaches CO-RE relocations to their program", async () => {
  const obj = await features();
  const p = program(obj, "on_switch");
  assert.equal(p.coreRelos.length, 2);
  for (const r of p.coreRelos) {
    assert.ok(r.insnIndex >= 0 && r.insnIndex < p.insns.length / 8);
    assert.equal(obj.btf!.typeById(r.typeId).name, "probe_me");
    assert.equal(r.accessStr, "0:1");
  }
  assert.deepEqual(p.coreRelos.map((r) => r.kind).sort(), [0, 2]); // FIELD_BYTE_OFFSET, FIELD_EXISTS
});

Deno.test("parseObject() reads BTF-defined maps with inner maps, values, pinning and extras", async () => {
  const obj = await features();
  assert.deepEqual(obj.maps.map((m) => [m.name, m.origin]), [
    ["inner_a", "btf"],
    ["inner_b", "btf"],
    ["outer", "btf"],
    ["jumps", "btf"],
    ["counts", "btf"],
    ["events", "btf"],
    ["seen", "btf"],
    [".data", "data"],
    [".rodata", "data"],
    [".data.custom", "data"],
    [".rodata.custom", "data"],
    [".bss", "data"],
    [".kconfig", "kconfig"],
  ]);
  const m = (name: string) => obj.maps[mapIndex(obj, name)]!;
  const outer = m("outer");
  assert.equal(outer.type, BpfMapType.BPF_MAP_TYPE_ARRAY_OF_MAPS);
  assert.deepEqual([outer.keySize, outer.valueSize, outer.maxEntries], [4, 4, 4]);
  assert.deepEqual(outer.initSlots, [{ index: 1, map: mapIndex(obj, "inner_a") }, {
    index: 3,
    map: mapIndex(obj, "inner_b"),
  }]);
  assert.equal(outer.inner?.name, "outer.inner");
  assert.equal(outer.inner?.origin, "inner");
  assert.deepEqual([
    outer.inner?.typeName,
    outer.inner?.keySize,
    outer.inner?.valueSize,
    outer.inner?.maxEntries,
  ], [
    "BPF_MAP_TYPE_ARRAY",
    4,
    8,
    1,
  ]);
  const jumps = m("jumps");
  assert.equal(jumps.typeName, "BPF_MAP_TYPE_PROG_ARRAY");
  assert.deepEqual(jumps.initSlots, [{
    index: 2,
    program: obj.programs.findIndex((p) => p.name === "tail_a"),
  }]);
  assert.deepEqual([jumps.keySize, jumps.valueSize, jumps.inner], [4, 4, undefined]);
  assert.equal(m("events").pinning, "byName");
  assert.deepEqual([m("events").typeName, m("events").maxEntries], ["BPF_MAP_TYPE_RINGBUF", 4096]);
  assert.equal(m("seen").mapExtra, 3n);
  assert.deepEqual([m("seen").keySize, m("seen").valueSize], [0, 4]);
  assert.equal(m("counts").flags, BpfMapFlags.BPF_F_NO_PREALLOC);
  assert.equal(obj.btf!.typeName(m("counts").btfKeyTypeId), "__u32");
  assert.equal(obj.btf!.typeName(m("counts").btfValueTypeId), "__u64");
});

Deno.test("parseObject() makes internal maps for global data with libbpf's flags", async () => {
  const obj = await features();
  const m = (name: string) => obj.maps[mapIndex(obj, name)]!;
  const { BPF_F_RDONLY_PROG: RDONLY, BPF_F_MMAPABLE: MMAP } = BpfMapFlags;
  const rows = [".data", ".rodata", ".data.custom", ".rodata.custom", ".bss", ".kconfig"].map(
    (n) => {
      const x = m(n);
      return [n, x.typeName, x.keySize, x.valueSize, x.maxEntries, x.flags];
    },
  );
  assert.deepEqual(rows, [
    [".data", "BPF_MAP_TYPE_ARRAY", 4, 8, 1, MMAP],
    [".rodata", "BPF_MAP_TYPE_ARRAY", 4, 4, 1, RDONLY | MMAP],
    [".data.custom", "BPF_MAP_TYPE_ARRAY", 4, 4, 1, MMAP],
    [".rodata.custom", "BPF_MAP_TYPE_ARRAY", 4, 4, 1, RDONLY | MMAP],
    [".bss", "BPF_MAP_TYPE_ARRAY", 4, 8, 1, MMAP],
    [".kconfig", "BPF_MAP_TYPE_ARRAY", 4, 17, 1, RDONLY | MMAP],
  ]);
  assert.deepEqual([...m(".data").initialData!], [1, 0, 0, 0, 2, 0, 0, 0]);
  assert.deepEqual([...m(".rodata").initialData!], [7, 0, 0, 0]);
  assert.deepEqual([...m(".rodata.custom").initialData!], [0x61, 0x62, 0x63, 0]);
  assert.deepEqual([...m(".bss").initialData!], [0, 0, 0, 0, 0, 0, 0, 0]);
  const vars = (n: string) =>
    m(n).variables.map((v) => [v.name, v.offset, v.size, v.global, obj.btf!.typeName(v.btfTypeId)]);
  assert.deepEqual(vars(".data"), [["counter", 0, 4, true, "int"], [
    "hidden",
    4,
    4,
    false,
    "volatile int",
  ]]);
  assert.deepEqual(vars(".rodata"), [["cfg", 0, 4, true, "const volatile int"]]);
  assert.deepEqual(vars(".rodata.custom"), [["tag", 0, 4, true, "const volatile char[4]"]]);
  assert.equal(obj.btf!.typeById(m(".data").btfValueTypeId).name, ".data");
});

Deno.test("parseObject() reads kconfig, ksym and kfunc externs in libbpf's order", async () => {
  const obj = await features();
  assert.deepEqual(obj.externs.map((e) => [e.name, e.kind, e.weak]), [
    ["CONFIG_BPF_JIT", "kconfig", true],
    ["LINUX_KERNEL_VERSION", "kconfig", false],
    ["CONFIG_BPF_SYSCALL", "kconfig", true],
    ["CONFIG_DEFAULT_HOSTNAME", "kconfig", true],
    ["bpf_prog_active", "ksym", false],
    ["bpf_task_acquire", "kfunc", true],
    ["bpf_task_release", "kfunc", false],
    ["init_task", "ksym", false],
  ]);
  const kconfig = obj.externs.flatMap((e) =>
    e.kind === "kconfig" ? [[e.name, e.type, e.size, e.offset, e.signed]] : []
  );
  assert.deepEqual(kconfig, [
    ["CONFIG_BPF_JIT", "tristate", 4, 0, false],
    ["LINUX_KERNEL_VERSION", "int", 4, 4, true],
    ["CONFIG_BPF_SYSCALL", "bool", 1, 8, false],
    ["CONFIG_DEFAULT_HOSTNAME", "charArray", 8, 9, false],
  ]);
  const ksyms = obj.externs.flatMap((e) => e.kind === "ksym" ? [[e.name, e.typed]] : []);
  assert.deepEqual(ksyms, [["bpf_prog_active", true], ["init_task", false]]);
  const acquire = obj.externs.find((e) => e.name === "bpf_task_acquire")!;
  assert.equal(
    obj.btf!.typeName(acquire.btfId),
    "struct task_struct *bpf_task_acquire(struct task_struct *)",
  );
});

Deno.test("parseObject() gives the same model for big-endian objects", async () => {
  const little = await features();
  const big = parseObject(await compileFixture("features", { bigEndian: true }), "features-eb.o");
  assert.equal(big.endianness, "big");
  const shape = (o: BpfObject) => ({
    programs: o.programs.map((p) => ({ ...p, insns: p.insns.length, sectionIndex: 0 })),
    subprograms: o.subprograms.map((p) => ({ ...p, insns: p.insns.length, sectionIndex: 0 })),
    maps: o.maps.map(withoutBytes),
    externs: o.externs,
    kernelVersion: o.kernelVersion,
  });
  assert.deepEqual(shape(big), shape(little));
  const data = (o: BpfObject) => o.maps.find((m) => m.name === ".data")!.initialData!;
  assert.deepEqual([...data(big)], [0, 0, 0, 1, 0, 0, 0, 2]);
});

Deno.test("parseObject() reads legacy struct bpf_map_def maps", async () => {
  const obj = parseObject(await compileFixture("legacy"), "legacy.o");
  assert.deepEqual(
    obj.maps.map((
      m,
    ) => [m.name, m.origin, m.typeName, m.keySize, m.valueSize, m.maxEntries, m.flags]),
    [
      ["first", "legacy", "BPF_MAP_TYPE_HASH", 4, 8, 64, 1],
      ["second", "legacy", "BPF_MAP_TYPE_ARRAY", 4, 16, 2, 0],
    ],
  );
  assert.deepEqual(
    obj.programs[0]!.relocations.map((r) => r.kind === "map" && obj.maps[r.map]!.name),
    ["first", "second"],
  );
});

Deno.test("parseObject() reads every example object", async () => {
  const paths = exampleObjects();
  if (paths.length === 0) {
    console.log(
      "skip: parseObject() reads every example object: build/examples is empty (run tools/build_examples.sh)",
    );
    return;
  }
  for (const path of paths) {
    const obj = parseObject(await Deno.readFile(path), path);
    assert.ok(obj.programs.length > 0, `${path} has programs`);
    for (const p of obj.programs) {
      assert.notEqual(p.typeName, "BPF_PROG_TYPE_UNSPEC", `${path}: ${p.name}`);
    }
    assert.equal(
      new Set(obj.maps.map((m) => m.name)).size,
      obj.maps.length,
      `${path}: unique map names`,
    );
  }
});

Deno.test("parseObject() needs none of the DWARF that readElfPieces leaves out", async () => {
  const paths = exampleObjects();
  if (paths.length === 0) {
    console.log(
      "skip: parseObject() needs none of the DWARF that readElfPieces leaves out: build/examples is empty (run tools/build_examples.sh)",
    );
    return;
  }
  for (const path of paths) {
    const file = await Deno.readFile(path);
    const partial = readElfPieces(file.byteLength, (offset, into) => {
      const bytes = file.subarray(offset, offset + into.byteLength);
      into.set(bytes);
      return bytes.byteLength;
    });
    const read = partial.pieces.reduce((sum, p) => sum + p.bytes.byteLength, 0);
    // Objects built against vmlinux.h are mostly DWARF.
    if (file.byteLength > 100_000) {
      assert.ok(read < file.byteLength / 4, `${path}: read ${read} of ${file.byteLength} bytes`);
    }
    const full = parseObject(file, path);
    const fromPieces = parseObject(partial, path);
    assert.deepEqual(fromPieces.programs, full.programs, path);
    assert.deepEqual(fromPieces.maps, full.maps, path);
    assert.deepEqual(fromPieces.externs, full.externs, path);
    assert.deepEqual(inspectObject(fromPieces), inspectObject(full), path);
  }
});

const prelude = `#include <linux/bpf.h>\n#include <bpf/bpf_helpers.h>\n`;

Deno.test("parseObject() rejects static programs, naming section and symbol", async () => {
  const bytes = await compileSource(`${prelude}
    SEC("xdp") __attribute__((used)) static int hidden_prog(struct xdp_md *c) { return 2; }`);
  assertBadInput(
    () => parseObject(bytes, "s.o"),
    /program 'hidden_prog' in section xdp: static programs are not supported/,
  );
});

Deno.test("parseObject() rejects unknown map definition fields", async () => {
  const bytes = await compileSource(`${prelude}
    struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1); __uint(colour, 3); } m SEC(".maps");
    SEC("xdp") int p(struct xdp_md *c) { return bpf_map_lookup_elem(&m, &(int){0}) ? 1 : 2; }`);
  assertBadInput(() => parseObject(bytes, "m.o"), /map 'm': unknown map definition field 'colour'/);
});

Deno.test("parseObject() reads struct_ops maps after .kconfig", async () => {
  const bytes = await compileSource(`${prelude}
    struct my_ops { int (*init)(void); int value; };
    SEC("struct_ops/my_init") int my_init(void) { return 0; }
    SEC(".struct_ops") struct my_ops ops = { .init = (void *)my_init, .value = 5 };
    SEC(".struct_ops.link") struct my_ops linked = { .init = (void *)my_init, .value = 6 };
    int g = 1;`);
  const obj = parseObject(bytes, "ops.o");
  assert.deepEqual(obj.programs.map((p) => [p.name, p.typeName]), [[
    "my_init",
    "BPF_PROG_TYPE_STRUCT_OPS",
  ]]);
  assert.deepEqual(
    obj.maps.map((
      m,
    ) => [m.name, m.origin, m.typeName, m.keySize, m.valueSize, m.maxEntries, m.flags]),
    [
      [".data", "data", "BPF_MAP_TYPE_ARRAY", 4, 4, 1, BpfMapFlags.BPF_F_MMAPABLE],
      ["ops", "structOps", "BPF_MAP_TYPE_STRUCT_OPS", 4, 16, 1, 0],
      ["linked", "structOps", "BPF_MAP_TYPE_STRUCT_OPS", 4, 16, 1, BpfMapFlags.BPF_F_LINK],
    ],
  );
  const ops = obj.maps[1]!;
  assert.equal(obj.btf!.typeName(ops.btfValueTypeId), "struct my_ops");
  // Like libbpf: the member index becomes the program's expected attach type.
  assert.deepEqual(obj.programs[0]!.structOps, {
    map: 1,
    structName: "my_ops",
    member: "init",
    memberIndex: 0,
  });
  assert.equal(obj.programs[0]!.expectedAttachType, 0);
  const data = ops.initialData!;
  assert.equal(new DataView(data.buffer, data.byteOffset, data.byteLength).getInt32(8, true), 5);
});

Deno.test("parseObject() rejects references to sections that are not maps or data", async () => {
  const weird = await compileSource(`${prelude} int x SEC(".weird") = 1;
    SEC("xdp") int p(struct xdp_md *c) { return x; }`);
  assertBadInput(
    () => parseObject(weird, "w.o"),
    /function 'p' in section xdp: relocation at instruction 0 against 'x': symbol in section \.weird is not a map, global variable or function/,
  );
});

Deno.test("parseObject() needs BTF for externs and BTF maps", async () => {
  const bytes = await compileSource(
    `${prelude} extern int LINUX_KERNEL_VERSION __kconfig;
    SEC("xdp") int p(struct xdp_md *c) { return LINUX_KERNEL_VERSION; }`,
    { noDebug: true },
  );
  assertBadInput(
    () => parseObject(bytes, "n.o"),
    /extern 'LINUX_KERNEL_VERSION' needs BTF, but the object has no \.BTF section/,
  );
});

Deno.test("parseObject() reads objects without BTF, taking variables from symbols", async () => {
  const bytes = await compileSource(
    `${prelude} int g = 3;
    SEC("xdp") int p(struct xdp_md *c) { return g; }`,
    { noDebug: true },
  );
  const obj = parseObject(bytes, "plain.o");
  assert.equal(obj.btf, undefined);
  const data = obj.maps.find((m) => m.name === ".data")!;
  assert.deepEqual(data.variables.map((v) => [v.name, v.offset, v.size, v.global, v.btfVarId]), [[
    "g",
    0,
    4,
    true,
    0,
  ]]);
  assert.equal(data.flags, BpfMapFlags.BPF_F_MMAPABLE);
});

Deno.test("parseObject() refuses oversized kconfig values", async () => {
  const bytes = await compileSource(`${prelude} extern char CONFIG_HUGE[100000] __kconfig;
    SEC("xdp") int p(struct xdp_md *c) { return CONFIG_HUGE[0]; }`);
  assertBadInput(
    () => parseObject(bytes, "k.o"),
    /extern 'CONFIG_HUGE': kconfig value of 100000 bytes is too large/,
  );
});

Deno.test("parseObject() rejects .BTF.ext records outside every function, after checking them all", async () => {
  const source = `${prelude} SEC("xdp") int p(struct xdp_md *c) { return XDP_PASS; }`;
  const bytes = await compileSource(source);
  const ext = parseElf(bytes, "e.o").sections.find((s) => s.name === ".BTF.ext")!;
  /** Sets the u32 at `at` in the first record of a subsection, the header field at `field` says where. */
  const patchFirstRecord = (file: Uint8Array, field: number, at: number, value: number) => {
    const view = new DataView(file.buffer, file.byteOffset + ext.offset);
    const start = view.getUint32(4, true) + view.getUint32(field, true);
    // rec_size, then the section's sec_name_off and num_info, then its records.
    view.setUint32(start + 12 + at, value, true);
  };
  const FUNC_INFO_OFF = 8;
  const LINE_INFO_OFF = 16;
  const misplaced = bytes.slice();
  patchFirstRecord(misplaced, FUNC_INFO_OFF, 0, 0x10000);
  assertBadInput(
    () => parseObject(misplaced, "e.o"),
    /section \.BTF\.ext: func_info for byte 65536 of section xdp is not inside any function/,
  );
  // A malformed record later in the section is what gets reported.
  patchFirstRecord(misplaced, LINE_INFO_OFF, 4, 0xffffff);
  assertBadInput(
    () => parseObject(misplaced, "e.o"),
    /line_info file name offset 16777215 is outside the BTF string section/,
  );
});
