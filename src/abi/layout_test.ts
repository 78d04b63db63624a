import { deepStrictEqual as assertEquals, throws as assertThrows } from "node:assert/strict";
import {
  BpfInsn,
  decodeStruct,
  encodeStruct,
  MapCreateAttr,
  offsetOf,
  offsetOfEnd,
  ProgLoadAttr,
  readField,
  type StructLayout,
  writeField,
  writeStruct,
  writeText,
} from "./mod.ts";

Deno.test("generated bpf_attr arms have the uapi offsets libbpf's generator relies on", () => {
  assertEquals(offsetOfEnd(ProgLoadAttr, "core_relo_rec_size"), 140);
  assertEquals(offsetOf(ProgLoadAttr, "fd_array"), 120);
  assertEquals(offsetOf(ProgLoadAttr, "attach_btf_obj_fd"), 112);
  assertEquals(offsetOf(ProgLoadAttr, "attach_prog_fd"), 112);
  assertEquals(offsetOfEnd(MapCreateAttr, "map_extra"), 72);
  assertEquals(offsetOf(MapCreateAttr, "map_name"), 28);
});

Deno.test("encodeStruct() packs bpf_insn register nibbles and a signed offset", () => {
  const bytes = encodeStruct(BpfInsn, { code: 0x61, dst_reg: 1, src_reg: 10, off: -8, imm: -1 });
  assertEquals([...bytes], [0x61, 0xa1, 0xf8, 0xff, 0xff, 0xff, 0xff, 0xff]);
  const back = decodeStruct(BpfInsn, bytes);
  assertEquals([back.dst_reg, back.src_reg, back.off, back.imm], [1, 10, -8, -1]);
});

Deno.test("encodeStruct() lays bitfields out big-endian style on big-endian targets", () => {
  const bytes = encodeStruct(BpfInsn, { code: 0xbf, dst_reg: 6, src_reg: 1 }, {
    littleEndian: false,
  });
  assertEquals(bytes[1], 0x61);
  assertEquals(readField(bytes, 0, BpfInsn, "dst_reg", false), 6);
});

Deno.test("encodeStruct() writes names NUL-terminated and cut to the field", () => {
  const bytes = encodeStruct(MapCreateAttr, { map_name: "a_very_long_map_name_indeed" });
  const name = bytes.subarray(28, 44);
  assertEquals(new TextDecoder().decode(name.subarray(0, 15)), "a_very_long_map");
  assertEquals(name[15], 0);
});

Deno.test("encodeStruct() takes a cut size, and refuses fields past it", () => {
  const size = offsetOfEnd(ProgLoadAttr, "prog_flags");
  const bytes = encodeStruct(ProgLoadAttr, { prog_flags: 16 }, { size });
  assertEquals(bytes.length, 48);
  assertThrows(() => encodeStruct(ProgLoadAttr, { fd_array: 1n }, { size }), RangeError);
});

Deno.test("writeStruct() writes at an offset in either byte order, and refuses fields past its size", () => {
  const bytes = new Uint8Array(8 + 72);
  writeStruct(bytes, 8, MapCreateAttr, { map_type: 2, key_size: 0x01020304, map_name: "cnt" }, {
    size: 72,
    littleEndian: false,
  });
  assertEquals([...bytes.subarray(8, 16)], [0, 0, 0, 2, 1, 2, 3, 4]);
  assertEquals(readField(bytes, 8, MapCreateAttr, "key_size", false), 0x01020304);
  assertEquals([...bytes.subarray(8 + 28, 8 + 32)], [0x63, 0x6e, 0x74, 0]);
  assertThrows(
    () => writeStruct(bytes, 8, MapCreateAttr, { map_extra: 1n }, { size: 40 }),
    RangeError,
  );
  assertThrows(() => writeStruct(bytes, 16, MapCreateAttr, {}, { size: 72 }), RangeError);
});

Deno.test("writeField() overwrites a name whole; writeText() cuts UTF-8 bytes at its limit", () => {
  const bytes = encodeStruct(MapCreateAttr, { map_name: "long_name" });
  writeField(bytes, 0, MapCreateAttr, "map_name", "ab");
  assertEquals([...bytes.subarray(28, 32)], [0x61, 0x62, 0, 0]);
  const out = new Uint8Array(4);
  assertEquals(writeText(out, 0, "aé€", 4), 4);
  assertEquals([...out], [0x61, 0xc3, 0xa9, 0xe2]);
});

Deno.test("64-bit fields round-trip as bigints", () => {
  const layout = {
    name: "t",
    size: 16,
    fields: { a: { offset: 0, size: 8 }, b: { offset: 8, size: 8, signed: true } },
  } as const satisfies StructLayout;
  const back = decodeStruct(layout, encodeStruct(layout, { a: 2n ** 63n, b: -2 }));
  assertEquals([back.a, back.b], [2n ** 63n, -2n]);
});
