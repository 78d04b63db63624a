import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import type { BpfObject, MapSpec } from "../object/mod.ts";
import { applyGlobals } from "./globals.ts";

function objectWith(maps: Partial<MapSpec>[]): BpfObject {
  return { file: "a.bpf.o", endianness: "little", maps } as unknown as BpfObject;
}

const rodata: Partial<MapSpec> = {
  name: ".rodata",
  origin: "data",
  valueSize: 16,
  initialData: new Uint8Array(16).fill(0xaa),
  variables: [
    { name: "target_pid", offset: 0, size: 4, btfVarId: 1, btfTypeId: 2, global: true },
    { name: "pair", offset: 8, size: 8, btfVarId: 3, btfTypeId: 4, global: true },
  ],
};

Deno.test("applyGlobals() writes values at the variable's offset, little-endian", () => {
  const obj = objectWith([rodata]);
  const out = applyGlobals(obj, { target_pid: 0x01020304, pair: [1, -1] }, "a.json");
  assertEquals([...out.maps[0]!.initialData!], [
    4,
    3,
    2,
    1,
    0xaa,
    0xaa,
    0xaa,
    0xaa,
    1,
    0,
    0,
    0,
    0xff,
    0xff,
    0xff,
    0xff,
  ]);
  assertEquals([...obj.maps[0]!.initialData!].every((b) => b === 0xaa), true, "input untouched");
});

Deno.test("applyGlobals() names the manifest field in errors", () => {
  const obj = objectWith([rodata]);
  throws(() => applyGlobals(obj, { nope: 1 }, "a.json"), {
    message: 'a.json: globals.nope: a.bpf.o has no global variable "nope"',
  });
  throws(() => applyGlobals(obj, { target_pid: "0x100000000" }, "a.json"), {
    message: "a.json: globals.target_pid: 0x100000000 does not fit in 4 byte(s)",
  });
  throws(() => applyGlobals(obj, { pair: [1, 2, 3] }, "a.json"), {
    message: "a.json: globals.pair: 3 elements do not divide the variable's 8 bytes",
  });
});
