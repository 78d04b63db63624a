import { deepStrictEqual, equal, ok, throws } from "node:assert/strict";
import {
  asBpftool,
  bpftoolTypes,
  fixtureObject,
  info,
  rawBtf,
  sectionOf,
  strOff,
  testObjects,
} from "./_fixtures_test.ts";
import { BtfError, BtfKind, isModifierKind, kindName, parseBtf, parseBtfExt } from "./mod.ts";

const VMLINUX = "/sys/kernel/btf/vmlinux";

async function readVmlinux(): Promise<Uint8Array | undefined> {
  try {
    return await Deno.readFile(VMLINUX);
  } catch {
    return undefined;
  }
}

/** Asserts `fn` throws a BtfError with exactly this message (file "t.btf") and offset. */
function throwsBtf(fn: () => unknown, what: string, offset: number): void {
  throws(fn, (e: unknown) => {
    ok(e instanceof BtfError, `not a BtfError: ${e}`);
    ok(e instanceof SyntaxError);
    equal(e.message, `t.btf: ${what} (at offset ${offset})`);
    equal(e.file, "t.btf");
    equal(e.offset, offset);
    return true;
  });
}

const vmlinux = await readVmlinux();

Deno.test({
  name: "parseBtf() reads /sys/kernel/btf/vmlinux exactly as bpftool does",
  ignore: vmlinux === undefined,
  async fn() {
    const btf = parseBtf(vmlinux!, { file: VMLINUX });
    const reference = await bpftoolTypes(VMLINUX);
    if (reference === undefined) {
      console.log("skip: vmlinux bpftool comparison: bpftool missing");
      return;
    }
    equal(btf.typeCount, reference.length);
    for (const want of reference) deepStrictEqual(asBpftool(btf, want.id), want);
    const counts: Record<string, number> = {};
    for (const t of reference) counts[t.kind] = (counts[t.kind] ?? 0) + 1;
    deepStrictEqual(btf.countByKind(), counts);
  },
});
if (vmlinux === undefined) console.log(`skip: vmlinux tests: ${VMLINUX} is not readable`);

Deno.test({
  name: "Btf lookups on vmlinux: findByName, resolve, sizeOf, alignOf, typeName",
  ignore: vmlinux === undefined,
  fn() {
    const btf = parseBtf(vmlinux!, { file: VMLINUX });
    const [attr] = btf.findByName("bpf_attr", BtfKind.UNION);
    ok(attr !== undefined);
    equal(btf.typeName(attr), "union bpf_attr");
    equal(btf.sizeOf(attr), 168);
    const [insn] = btf.findByName("bpf_insn", BtfKind.STRUCT);
    equal(btf.sizeOf(insn!), 8);
    equal(btf.alignOf(insn!), 4);
    deepStrictEqual(btf.findByName("bpf_insn", BtfKind.FUNC), []);
    const [u32] = btf.findByName("u32", BtfKind.TYPEDEF);
    equal(btf.typeById(btf.resolve(u32!)).name, "unsigned int");
    equal(btf.sizeOf(u32!), 4);
    const [fn] = btf.findByName("bpf_get_current_task", BtfKind.FUNC);
    ok(btf.typeName(fn!).startsWith("u64 bpf_get_current_task("));
    for (let id = 1; id <= btf.typeCount; id++) btf.typeName(id);
  },
});

Deno.test("parseBtf() reads every example object's .BTF like bpftool", async () => {
  const objects = await testObjects();
  if (objects.length === 0) {
    console.log("skip: example objects: neither build/examples nor clang is available");
    return;
  }
  for (const obj of objects) {
    const bytes = await sectionOf(obj, ".BTF");
    ok(bytes, `${obj} has no .BTF`);
    const btf = parseBtf(bytes, { file: obj, littleEndian: true });
    const reference = await bpftoolTypes(obj);
    if (reference === undefined) continue;
    equal(btf.typeCount, reference.length, obj);
    for (const want of reference) deepStrictEqual(asBpftool(btf, want.id), want, obj);
  }
});

Deno.test("Btf.typeName() prints C declarations", () => {
  const s = ["int", "f", "p", "fn", "node", "next", "arr"];
  const btf = parseBtf(
    rawBtf([
      ...[strOff(s, "int"), info(BtfKind.INT), 4, 0x01000020], // [1] int
      ...[0, info(BtfKind.PTR), 1], // [2] int *
      ...[0, info(BtfKind.CONST), 2], // [3] int *const
      ...[0, info(BtfKind.ARRAY), 0, 1, 1, 4], // [4] int[4]
      ...[0, info(BtfKind.PTR), 4], // [5] int (*)[4]
      ...[0, info(BtfKind.FUNC_PROTO, 2), 2, strOff(s, "p"), 3, 0, 0], // [6] int *(int *const p, ...)
      ...[0, info(BtfKind.PTR), 6], // [7] pointer to function
      ...[strOff(s, "fn"), info(BtfKind.FUNC, 1), 6], // [8] global function
      ...[strOff(s, "node"), info(BtfKind.STRUCT, 2), 16], // [9] struct node
      ...[strOff(s, "next"), 10, 0, strOff(s, "arr"), 5, 64],
      ...[0, info(BtfKind.PTR), 9], // [10] struct node *
      ...[0, info(BtfKind.CONST), 1], // [11] const int
      ...[0, info(BtfKind.PTR), 11], // [12] const int *
    ], s),
    { file: "t.btf" },
  );
  const names = btf.types.map((_, id) => btf.typeName(id));
  deepStrictEqual(names, [
    "void",
    "int",
    "int *",
    "int *const",
    "int[4]",
    "int (*)[4]",
    "int *(int *const p, ...)",
    "int *(*)(int *const p, ...)",
    "int *fn(int *const p, ...)",
    "struct node",
    "struct node *",
    "const int",
    "const int *",
  ]);
  equal(btf.sizeOf(9), 16);
  equal(btf.sizeOf(4), 16);
  equal(btf.sizeOf(5), 8);
  throwsBtf(() => btf.sizeOf(8), "[8] FUNC 'fn' has no size", 140);
});

Deno.test("parseBtf() reads big-endian BTF", () => {
  const s = ["u8", "x"];
  const words = [
    ...[strOff(s, "u8"), info(BtfKind.INT), 1, 8],
    ...[strOff(s, "x"), info(BtfKind.ENUM64, 1), 8, strOff(s, "x"), 0xfffffffe, 0x12345678],
  ];
  const be = parseBtf(rawBtf(words, s, { littleEndian: false }), { file: "t.btf" });
  const le = parseBtf(rawBtf(words, s), { file: "t.btf" });
  equal(be.littleEndian, false);
  deepStrictEqual(be.types, le.types);
  deepStrictEqual(be.typeById(2), {
    kind: BtfKind.ENUM64,
    name: "x",
    size: 8,
    signed: false,
    values: [{ name: "x", value: 0x12345678fffffffen }],
  });
  throwsBtf(
    () =>
      parseBtf(rawBtf(words, s, { littleEndian: false }), { file: "t.btf", littleEndian: true }),
    "BTF is big-endian but the ELF file is little-endian",
    0,
  );
});

Deno.test("parseBtf() rejects malformed headers", () => {
  const ok1 = rawBtf([1, info(BtfKind.INT), 4, 32], ["int"]);
  const file = { file: "t.btf" };
  throwsBtf(
    () => parseBtf(ok1.subarray(0, 10), file),
    "truncated BTF header: needs 24 bytes, only 10 left",
    0,
  );
  throwsBtf(
    () => parseBtf(rawBtf([], [], { header: [{ at: 0, value: 0x1234, size: 2 }] }), file),
    "bad BTF magic 0x1234 (want 0xeb9f)",
    0,
  );
  throwsBtf(
    () => parseBtf(rawBtf([], [], { header: [{ at: 2, value: 2, size: 1 }] }), file),
    "unsupported BTF version 2",
    2,
  );
  throwsBtf(
    () => parseBtf(rawBtf([], [], { header: [{ at: 3, value: 1, size: 1 }] }), file),
    "unsupported BTF flags 0x1",
    3,
  );
  throwsBtf(
    () => parseBtf(rawBtf([], [], { header: [{ at: 4, value: 16, size: 4 }] }), file),
    "BTF header length 16 is shorter than 24",
    4,
  );
  throwsBtf(
    () =>
      parseBtf(
        rawBtf([1, info(BtfKind.INT), 4, 32], ["int"], { header: [{ at: 4, value: 28, size: 4 }] }),
        file,
      ),
    "BTF header has unknown non-zero field at byte 24",
    24,
  );
  throwsBtf(
    () => parseBtf(rawBtf([], [], { header: [{ at: 12, value: 400, size: 4 }] }), file),
    "truncated type section: needs 400 bytes, only 1 left",
    24,
  );
  throwsBtf(
    () => parseBtf(rawBtf([], [], { header: [{ at: 16, value: 1, size: 4 }] }), file),
    "truncated string section: needs 1 bytes, only 0 left",
    25,
  );
  throwsBtf(
    () => parseBtf(rawBtf([], [], { header: [{ at: 8, value: 2, size: 4 }] }), file),
    "type section offset 2 is not 4-byte aligned",
    8,
  );
  throwsBtf(
    () =>
      parseBtf(
        rawBtf([1, info(BtfKind.INT), 4, 32], ["int"], { header: [{ at: 16, value: 8, size: 4 }] }),
        file,
      ),
    "type and string sections overlap",
    8,
  );
});

Deno.test("parseBtf() rejects malformed types", () => {
  const file = { file: "t.btf" };
  const s = ["int", "s"];
  const int = [strOff(s, "int"), info(BtfKind.INT), 4, 32];
  throwsBtf(
    () => parseBtf(rawBtf([...int, 0, info(20), 0], s), file),
    "type [2] has unknown kind 20",
    40,
  );
  throwsBtf(
    () => parseBtf(rawBtf([...int, 99, info(BtfKind.PTR), 1], s), file),
    "type [2] PTR name offset 99 is outside the string section (size 7)",
    40,
  );
  throwsBtf(
    () => parseBtf(rawBtf([...int, 0, info(BtfKind.PTR), 7], s), file),
    "[2] PTR '' type 7 is out of range (max 2)",
    40,
  );
  throwsBtf(
    () => parseBtf(rawBtf([...int, strOff(s, "s"), info(BtfKind.STRUCT, 3), 4, 0, 1, 0], s), file),
    "truncated type [2] STRUCT (vlen 3): needs 36 bytes, only 12 left",
    52,
  );
  throwsBtf(
    () => parseBtf(rawBtf([...int, 0, info(BtfKind.PTR, 1), 1], s), file),
    "type [2] PTR has vlen 1, want 0",
    40,
  );
  throwsBtf(
    () => parseBtf(rawBtf([...int, 0, info(BtfKind.PTR, 0, true), 1], s), file),
    "type [2] PTR has kind_flag set",
    40,
  );
  throwsBtf(
    () => parseBtf(rawBtf([...int, 0, info(BtfKind.INT), 4], s), file),
    "truncated type [2] INT (vlen 1): needs 4 bytes, only 0 left",
    52,
  );
  throwsBtf(
    () => parseBtf(rawBtf([strOff(s, "int"), info(BtfKind.INT), 4, 40], s), file),
    "type [1] INT 'int' has 40 bits at offset 0, size 4",
    36,
  );
  const badStrings = rawBtf(int, s);
  badStrings[badStrings.length - 1] = 0x41;
  throwsBtf(() => parseBtf(badStrings, file), "string section does not end with a NUL byte", 46);
});

Deno.test("parseBtf() reads and checks a blob at any address alike", () => {
  const file = { file: "t.btf" };
  const s = ["int", "s", "x"];
  const int = [strOff(s, "int"), info(BtfKind.INT), 4, 32];
  const struct = [strOff(s, "s"), info(BtfKind.STRUCT, 1), 4, strOff(s, "x"), 1, 0];
  /** `bytes` copied to `shift` bytes past a word boundary (the scan reads words in place). */
  const shifted = (bytes: Uint8Array, shift: number) => {
    const buffer = new Uint8Array(bytes.byteLength + shift);
    buffer.set(bytes, shift);
    return buffer.subarray(shift);
  };
  const good = rawBtf([...int, ...struct], s);
  const bad = rawBtf([...int, strOff(s, "s"), info(BtfKind.STRUCT, 1), 4, 99, 1, 0], s);
  for (const shift of [0, 1, 2, 3]) {
    const btf = parseBtf(shifted(good, shift), file);
    deepStrictEqual(btf.types, parseBtf(good, file).types);
    throwsBtf(
      () => parseBtf(shifted(bad, shift), file),
      "type [2] STRUCT member 0 name offset 99 is outside the string section (size 9)",
      52,
    );
  }
});

Deno.test("parseBtf() rejects reference loops", () => {
  const file = { file: "t.btf" };
  const s = ["a", "b", "s", "m", "list", "next"];
  // typedef a -> typedef b -> typedef a
  throwsBtf(
    () =>
      parseBtf(
        rawBtf(
          [strOff(s, "a"), info(BtfKind.TYPEDEF), 2, strOff(s, "b"), info(BtfKind.TYPEDEF), 1],
          s,
        ),
        file,
      ),
    "reference loop: [2] TYPEDEF 'b' leads back to [1] TYPEDEF 'a'",
    36,
  );
  // a pointer to itself
  throwsBtf(
    () => parseBtf(rawBtf([0, info(BtfKind.PTR), 1], s), file),
    "reference loop: [1] PTR '' leads back to [1] PTR ''",
    24,
  );
  // struct s { const s m[1]; }: contains itself by value
  throwsBtf(
    () =>
      parseBtf(
        rawBtf([
          ...[strOff(s, "s"), info(BtfKind.STRUCT, 1), 4, strOff(s, "m"), 3, 0],
          ...[0, info(BtfKind.ARRAY), 0, 3, 0, 1],
          ...[0, info(BtfKind.CONST), 1],
        ], s),
        file,
      ),
    "reference loop: [3] CONST '' leads back to [1] STRUCT 's'",
    72,
  );
  // struct list { const struct list *next; } is fine.
  const list = parseBtf(
    rawBtf([
      ...[strOff(s, "list"), info(BtfKind.STRUCT, 1), 8, strOff(s, "next"), 2, 0],
      ...[0, info(BtfKind.PTR), 3],
      ...[0, info(BtfKind.CONST), 1],
    ], s),
    file,
  );
  equal(list.typeName(2), "const struct list *");
  equal(list.sizeOf(1), 8);
});

Deno.test("Btf.resolve() and sizeOf() detect loops introduced after parsing", () => {
  const s = ["a", "b", "int"];
  const btf = parseBtf(
    rawBtf([
      ...[strOff(s, "a"), info(BtfKind.TYPEDEF), 2],
      ...[strOff(s, "b"), info(BtfKind.TYPEDEF), 3],
      ...[strOff(s, "int"), info(BtfKind.INT), 4, 32],
      ...[0, info(BtfKind.ARRAY), 0, 3, 3, 2],
    ], s),
    { file: "t.btf" },
  );
  equal(btf.sizeOf(1), 4);
  btf.replace(2, { kind: BtfKind.TYPEDEF, name: "b", type: 1 });
  throwsBtf(
    () => btf.resolve(1),
    "reference loop through a chain of modifiers at [1] TYPEDEF 'a'",
    24,
  );
  btf.replace(4, { kind: BtfKind.ARRAY, name: "", type: 4, indexType: 3, nelems: 2 });
  throwsBtf(
    () => btf.sizeOf(4),
    "reference loop through an array or variable type at [4] ARRAY ''",
    64,
  );
  throwsBtf(() => btf.typeName(4), "reference loop through a type name at [4] ARRAY ''", 64);
});

/** The checked-in vmlinux BTF (tools/testdata/vmlinux.btf.gz), decompressed, and its path. */
async function checkedInVmlinuxBtf(): Promise<{ gz: string; raw: Uint8Array }> {
  const gz = new URL("../../tools/testdata/vmlinux.btf.gz", import.meta.url).pathname;
  const file = await Deno.open(gz);
  const raw = new Uint8Array(
    await new Response(file.readable.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer(),
  );
  return { gz, raw };
}

Deno.test("parseBtf() reads the checked-in tools/testdata/vmlinux.btf.gz like bpftool", async () => {
  const { gz, raw } = await checkedInVmlinuxBtf();
  const btf = parseBtf(raw, { file: gz });
  const tmp = await Deno.makeTempFile({ prefix: "bpfdrop-btf-" });
  try {
    await Deno.writeFile(tmp, raw);
    const reference = await bpftoolTypes(tmp);
    if (reference === undefined) {
      return void console.log("skip: vmlinux.btf.gz comparison: bpftool missing");
    }
    equal(btf.typeCount, reference.length);
    for (const want of reference) deepStrictEqual(asBpftool(btf, want.id), want);
  } finally {
    await Deno.remove(tmp);
  }
});

Deno.test("parseBtf() and parseBtfExt() read a big-endian (bpfeb) object like its little-endian twin", async () => {
  const [little, big] = [await fixtureObject("bpf"), await fixtureObject("bpfeb")];
  if (little === undefined || big === undefined) {
    return void console.log("skip: big-endian object: clang is not available");
  }
  const read = async (obj: string, littleEndian: boolean) => {
    const btf = parseBtf((await sectionOf(obj, ".BTF"))!, { file: obj, littleEndian });
    return {
      btf,
      ext: parseBtfExt((await sectionOf(obj, ".BTF.ext"))!, btf, { file: obj, littleEndian }),
    };
  };
  const le = await read(little, true);
  const be = await read(big, false);
  equal(be.btf.littleEndian, false);
  deepStrictEqual(be.btf.types, le.btf.types);
  deepStrictEqual(be.ext.funcInfo, le.ext.funcInfo);
  deepStrictEqual(be.ext.coreRelos, le.ext.coreRelos);
  deepStrictEqual([...be.ext.lineInfo.keys()], [...le.ext.lineInfo.keys()]);
});

Deno.test("Btf.kindOf() and idsOfKind() follow add() and replace(), a clone's apart from its original's", () => {
  const s = ["a", "int"];
  const btf = parseBtf(
    rawBtf([
      ...[strOff(s, "a"), info(BtfKind.TYPEDEF), 2],
      ...[strOff(s, "int"), info(BtfKind.INT), 4, 32],
    ], s),
    { file: "t.btf" },
  );
  deepStrictEqual([btf.kindOf(1), btf.idsOfKind(BtfKind.INT)], [BtfKind.TYPEDEF, [2]]);
  const copy = btf.clone();
  copy.replace(1, { kind: BtfKind.PTR, name: "", type: 2 });
  const added = copy.add({ kind: BtfKind.CONST, name: "", type: 2 });
  btf.replace(2, { kind: BtfKind.FLOAT, name: "int", size: 4 });
  deepStrictEqual(
    [copy.kindOf(1), copy.kindOf(added), copy.idsOfKind(BtfKind.INT), copy.idsOfKind(BtfKind.PTR)],
    [BtfKind.PTR, BtfKind.CONST, [2], [1]],
  );
  deepStrictEqual(
    [btf.kindOf(1), btf.typeCount, btf.idsOfKind(BtfKind.INT), btf.findByName("int")],
    [BtfKind.TYPEDEF, 2, [], [2]],
  );
  throwsBtf(() => btf.kindOf(3), "type id 3 out of range (0..2)", 0);
});

Deno.test("Btf.referenceOf() and arrayLengthOf() read from the records what decoded types say", async () => {
  const { gz, raw } = await checkedInVmlinuxBtf();
  const undecoded = parseBtf(raw, { file: gz });
  const decoded = parseBtf(raw, { file: gz });
  const types = decoded.types;
  const seen = new Set<number>();
  for (let id = 0; id < types.length; id++) {
    const t = types[id]!;
    const reference = t.kind === BtfKind.ARRAY || t.kind === BtfKind.PTR ||
        t.kind === BtfKind.FUNC || t.kind === BtfKind.VAR || isModifierKind(t.kind)
      ? (t as { type: number }).type
      : undefined;
    const length = t.kind === BtfKind.ARRAY ? t.nelems : undefined;
    deepStrictEqual([undecoded.referenceOf(id), undecoded.arrayLengthOf(id)], [reference, length]);
    deepStrictEqual([decoded.referenceOf(id), decoded.arrayLengthOf(id)], [reference, length]);
    if (reference !== undefined) seen.add(t.kind);
  }
  // Every kind that refers to a type through its record occurs in this vmlinux.
  deepStrictEqual([...seen].sort((a, b) => a - b).map(kindName), [
    "PTR",
    "ARRAY",
    "TYPEDEF",
    "VOLATILE",
    "CONST",
    "RESTRICT",
    "FUNC",
    "VAR",
    "TYPE_TAG",
  ]);
  throws(() => undecoded.referenceOf(types.length), (e) =>
    e instanceof BtfError &&
    e.message.endsWith(
      `type id ${types.length} out of range (0..${types.length - 1}) (at offset 0)`,
    ));
});
