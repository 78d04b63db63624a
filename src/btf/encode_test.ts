import { deepStrictEqual, equal, ok, throws } from "node:assert/strict";
import { info, rawBtf, sectionOf, strOff, testObjects } from "./_fixtures_test.ts";
import { BtfError, BtfKind, encodeBtf, parseBtf } from "./mod.ts";

const VMLINUX = "/sys/kernel/btf/vmlinux";
const vmlinux = await Deno.readFile(VMLINUX).catch(() => undefined);
if (vmlinux === undefined) console.log(`skip: encodeBtf() on vmlinux: ${VMLINUX} is not readable`);

Deno.test({
  name: "encodeBtf() reproduces /sys/kernel/btf/vmlinux byte for byte",
  ignore: vmlinux === undefined,
  fn() {
    const btf = parseBtf(vmlinux!, { file: VMLINUX });
    deepStrictEqual(encodeBtf(btf), vmlinux);
  },
});

Deno.test("encodeBtf() reproduces every example object's .BTF and round-trips its types", async () => {
  const objects = await testObjects();
  if (objects.length === 0) {
    console.log("skip: encodeBtf() on objects: neither build/examples nor clang is available");
  }
  for (const obj of objects) {
    const bytes = (await sectionOf(obj, ".BTF"))!;
    const btf = parseBtf(bytes, { file: obj });
    const encoded = encodeBtf(btf);
    deepStrictEqual(encoded, bytes, obj);
    deepStrictEqual(parseBtf(encoded, { file: obj }).types, btf.types, obj);
  }
});

const s = ["int", "s", "a", "b", "e", "X", "Y", "f", "sec", "v", "tag"];
const everyKind = rawBtf([
  ...[strOff(s, "int"), info(BtfKind.INT), 4, 0x01000020], // [1] int
  ...[0, info(BtfKind.PTR), 1], // [2]
  ...[0, info(BtfKind.ARRAY), 0, 1, 1, 3], // [3]
  ...[
    strOff(s, "s"),
    info(BtfKind.STRUCT, 2, true),
    8,
    strOff(s, "a"),
    1,
    3 << 24 | 0,
    strOff(s, "b"),
    1,
    32,
  ], // [4]
  ...[strOff(s, "s"), info(BtfKind.UNION, 1), 4, strOff(s, "a"), 1, 0], // [5]
  ...[strOff(s, "e"), info(BtfKind.ENUM, 2, true), 4, strOff(s, "X"), -1, strOff(s, "Y"), 7], // [6]
  ...[strOff(s, "s"), info(BtfKind.FWD, 0, true), 0], // [7]
  ...[strOff(s, "a"), info(BtfKind.TYPEDEF), 1], // [8]
  ...[0, info(BtfKind.VOLATILE), 1], // [9]
  ...[0, info(BtfKind.CONST), 9], // [10]
  ...[0, info(BtfKind.RESTRICT), 2], // [11]
  ...[0, info(BtfKind.FUNC_PROTO, 2), 1, strOff(s, "a"), 1, 0, 0], // [12]
  ...[strOff(s, "f"), info(BtfKind.FUNC, 1), 12], // [13]
  ...[strOff(s, "v"), info(BtfKind.VAR), 1, 1], // [14]
  ...[strOff(s, "sec"), info(BtfKind.DATASEC, 1), 4, 14, 0, 4], // [15]
  ...[strOff(s, "b"), info(BtfKind.FLOAT), 8], // [16]
  ...[strOff(s, "tag"), info(BtfKind.DECL_TAG), 13, 0], // [17]
  ...[strOff(s, "tag"), info(BtfKind.TYPE_TAG), 1], // [18]
  ...[strOff(s, "e"), info(BtfKind.ENUM64, 1), 8, strOff(s, "X"), 1, 0x80000000], // [19]
], s);

Deno.test("encodeBtf() round-trips every kind in both byte orders", () => {
  const btf = parseBtf(everyKind, { file: "t.btf" });
  deepStrictEqual(btf.countByKind(), {
    INT: 1,
    PTR: 1,
    ARRAY: 1,
    STRUCT: 1,
    UNION: 1,
    ENUM: 1,
    FWD: 1,
    TYPEDEF: 1,
    VOLATILE: 1,
    CONST: 1,
    RESTRICT: 1,
    FUNC_PROTO: 1,
    FUNC: 1,
    VAR: 1,
    DATASEC: 1,
    FLOAT: 1,
    DECL_TAG: 1,
    TYPE_TAG: 1,
    ENUM64: 1,
  });
  deepStrictEqual(encodeBtf(btf), everyKind);
  const big = encodeBtf(btf, { littleEndian: false });
  equal(big[0], 0xeb);
  const fromBig = parseBtf(big, { file: "t.btf" });
  equal(fromBig.littleEndian, false);
  deepStrictEqual(fromBig.types, btf.types);
  deepStrictEqual(encodeBtf(fromBig, { littleEndian: true }), everyKind);
});

Deno.test("encodeBtf() writes changes made through add() and replace(), leaving the input alone", () => {
  const btf = parseBtf(everyKind, { file: "t.btf" }).clone();
  const id = btf.add({ kind: BtfKind.TYPEDEF, name: "brand_new", type: 1 });
  equal(id, 20);
  btf.replace(14, { kind: BtfKind.VAR, name: "v", type: 8, linkage: 0 });
  const again = parseBtf(encodeBtf(btf), { file: "t.btf" });
  deepStrictEqual(again.types, btf.types);
  deepStrictEqual(again.findByName("brand_new"), [20]);
  equal(again.typeName(20), "brand_new");
  equal(btf.strings.find("brand_new"), undefined);
  // Existing names keep their offsets: the original string table is a prefix of the new one.
  const originalStrings = everyKind.subarray(everyKind.length - btf.strings.size);
  const encoded = encodeBtf(btf);
  const typeLength = new DataView(encoded.buffer).getUint32(12, true);
  deepStrictEqual(
    encoded.subarray(24 + typeLength, 24 + typeLength + originalStrings.length),
    originalStrings,
  );
});

Deno.test("encodeBtf() rejects types it cannot represent", () => {
  const btf = parseBtf(everyKind, { file: "t.btf" });
  btf.replace(15, { kind: BtfKind.DATASEC, name: "sec", size: -1, vars: [] });
  throws(() => encodeBtf(btf), (e: unknown) => {
    ok(e instanceof BtfError);
    equal(
      e.message,
      "t.btf: cannot encode [15] DATASEC 'sec': size/type -1 is not a u32 (at offset 280)",
    );
    return true;
  });
});
