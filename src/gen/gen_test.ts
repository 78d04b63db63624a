import { Alu64, encode, Jmp, Ld, R0, R1 } from "../asm/mod.ts";
import type { BpfObject, KconfigExtern, MapSpec } from "../object/mod.ts";
import {
  decodeLoaderFile,
  decodeLoaderResult,
  disassembleLoader,
  encodeLoaderCtx,
  encodeLoaderFile,
  generateLoader,
  LoaderFileError,
  LoaderGenError,
  parseKconfig,
} from "./mod.ts";

function assertEquals(actual: unknown, expected: unknown, what = "") {
  const a = JSON.stringify(actual, (_, v) => typeof v === "bigint" ? `${v}n` : v, 1);
  const e = JSON.stringify(expected, (_, v) => typeof v === "bigint" ? `${v}n` : v, 1);
  if (a !== e) throw new Error(`${what}\nexpected ${e}\n  actual ${a}`);
}

function assertThrows(fn: () => unknown, type: new (...a: never[]) => Error, includes: string) {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof type)) throw e;
    if (!e.message.includes(includes)) {
      throw new Error(`message "${e.message}" lacks "${includes}"`);
    }
    return;
  }
  throw new Error("expected an exception");
}

const COUNTS: MapSpec = {
  name: "counts",
  origin: "btf",
  section: ".maps",
  type: 2,
  typeName: "BPF_MAP_TYPE_ARRAY",
  keySize: 4,
  valueSize: 8,
  maxEntries: 4,
  flags: 0,
  numaNode: 0,
  mapExtra: 0n,
  pinning: "none",
  btfKeyTypeId: 0,
  btfValueTypeId: 0,
  inner: undefined,
  initSlots: [],
  initialData: undefined,
  variables: [],
};

/** `r1 = &counts; r0 = XDP_PASS; exit` in an `xdp` section, one ARRAY map, no BTF. */
function tinyObject(): BpfObject {
  return {
    file: "tiny.bpf.o",
    endianness: "little",
    license: "GPL",
    kernelVersion: undefined,
    programs: [{
      name: "tiny",
      section: "xdp",
      sectionIndex: 3,
      sectionInsnOffset: 0,
      insns: encode([Ld.imm64(R1, 0n), Alu64.mov.imm(R0, 2), Jmp.exit()]),
      global: true,
      relocations: [{ kind: "map", insnIndex: 0, map: 0 }],
      coreRelos: [],
      funcInfo: [],
      lineInfo: [],
      type: 6,
      typeName: "BPF_PROG_TYPE_XDP",
      expectedAttachType: 0,
      expectedAttachTypeName: undefined,
      attachTarget: undefined,
      attachBtf: undefined,
      sleepable: false,
      xdpFrags: false,
      autoload: true,
      sectionDef: "xdp",
    }],
    subprograms: [],
    maps: [COUNTS],
    externs: [],
    btf: undefined,
    btfBytes: undefined,
    btfExtBytes: undefined,
    // Only read for BTF fix-ups; this object has no BTF.
    elf: undefined as never,
  };
}

const TINY_LOADER = [
  "   0: (bf) r6 = r1",
  "   1: (b7) r7 = 0",
  "   2: (05) goto pc+13",
  "   3: (18) r8 = &blob[4]",
  "   5: (61) r1 = *(u32 *)(r8 +0)",
  "   6: (d5) if r1 s<= 0x0 goto pc+1",
  "   7: (85) call bpf_sys_close#168",
  "   8: (61) r1 = *(u32 *)(r8 +4)",
  "   9: (d5) if r1 s<= 0x0 goto pc+1",
  "  10: (85) call bpf_sys_close#168",
  "  11: (61) r1 = *(u32 *)(r8 +8)",
  "  12: (d5) if r1 s<= 0x0 goto pc+1",
  "  13: (85) call bpf_sys_close#168",
  "  14: (bf) r0 = r7",
  "  15: (95) exit",
  "  16: (61) r1 = *(u32 *)(r6 +32)",
  "  17: (15) if r1 == 0x0 goto pc+4",
  "  18: (18) r0 = &blob[0]",
  "  20: (63) *(u32 *)(r0 +0) = r1",
  "  21: (05) goto pc+19",
  "  22: (61) r1 = *(u32 *)(r6 +36)",
  "  23: (15) if r1 == 0x0 goto pc+3",
  "  24: (18) r0 = &blob[28]",
  "  26: (63) *(u32 *)(r0 +0) = r1",
  "  27: (62) *(u32 *)(r6 +4) = 1",
  "  28: (b7) r1 = 0",
  "  29: (18) r2 = &blob[16]",
  "  31: (b7) r3 = 72",
  "  32: (85) call bpf_sys_bpf#166",
  "  33: (bf) r7 = r0",
  "  34: (c5) if r7 s< 0x0 goto pc-32",
  "  35: (18) r0 = &blob[0]",
  "  37: (63) *(u32 *)(r0 +0) = r7",
  "  38: (18) r0 = &blob[8]",
  "  40: (63) *(u32 *)(r0 +0) = r7",
  "  41: (18) r0 = &blob[96]",
  "  43: (18) r1 = &blob[136]",
  "  45: (7b) *(u64 *)(r1 +0) = r0",
  "  46: (18) r0 = &blob[88]",
  "  48: (18) r1 = &blob[144]",
  "  50: (7b) *(u64 *)(r1 +0) = r0",
  "  51: (18) r0 = &blob[0]",
  "  53: (18) r1 = &blob[248]",
  "  55: (7b) *(u64 *)(r1 +0) = r0",
  "  56: (62) *(u32 *)(r6 +4) = 2",
  "  57: (61) r1 = *(u32 *)(r6 +24)",
  "  58: (55) if r1 != 0x2 goto pc+12",
  "  59: (61) r1 = *(u32 *)(r6 +8)",
  "  60: (18) r0 = &blob[152]",
  "  62: (63) *(u32 *)(r0 +0) = r1",
  "  63: (61) r1 = *(u32 *)(r6 +12)",
  "  64: (18) r0 = &blob[156]",
  "  66: (63) *(u32 *)(r0 +0) = r1",
  "  67: (79) r1 = *(u64 *)(r6 +16)",
  "  68: (18) r0 = &blob[160]",
  "  70: (7b) *(u64 *)(r0 +0) = r1",
  "  71: (b7) r1 = 5",
  "  72: (18) r2 = &blob[128]",
  "  74: (b7) r3 = 140",
  "  75: (85) call bpf_sys_bpf#166",
  "  76: (bf) r7 = r0",
  "  77: (c5) if r7 s< 0x0 goto pc-75",
  "  78: (18) r0 = &blob[12]",
  "  80: (63) *(u32 *)(r0 +0) = r7",
  "  81: (18) r0 = &blob[4]",
  "  83: (61) r1 = *(u32 *)(r0 +0)",
  "  84: (d5) if r1 s<= 0x0 goto pc+2",
  "  85: (62) *(u32 *)(r0 +0) = 0",
  "  86: (85) call bpf_sys_close#168",
  "  87: (18) r0 = &blob[0]",
  "  89: (61) r1 = *(u32 *)(r0 +0)",
  "  90: (63) *(u32 *)(r6 +32) = r1",
  "  91: (18) r0 = &blob[12]",
  "  93: (61) r1 = *(u32 *)(r0 +0)",
  "  94: (63) *(u32 *)(r6 +40) = r1",
  "  95: (b7) r0 = 0",
  "  96: (95) exit",
];

Deno.test("generateLoader() of a one-map one-program object disassembles as expected", () => {
  const loader = generateLoader(tinyObject());
  assertEquals(disassembleLoader(loader), TINY_LOADER);
  assertEquals(loader.steps, ["MAP_CREATE counts", "PROG_LOAD tiny"]);
  assertEquals(loader.ctxSize, 32 + 8 + 4);
});

Deno.test("generateLoader() rewrites the map reference to fd_array index 0", () => {
  const loader = generateLoader(tinyObject());
  // The program's instructions sit in the blob right after the license string.
  const needle = encode([{ code: 0x18, dst: 1, src: 5, off: 0, imm: 0, imm2: 0 }]);
  const at = loader.blob.findIndex((_, i) => needle.every((b, k) => loader.blob[i + k] === b));
  if (at < 0) throw new Error("ld_imm64 r1 = map[idx:0] not found in the blob");
});

Deno.test("generateLoader() rejects an unknown --program name", () => {
  assertThrows(
    () => generateLoader(tinyObject(), { programs: ["nope"] }),
    LoaderGenError,
    "tiny.bpf.o: no program named nope (programs: tiny)",
  );
});

Deno.test("generateLoader() refuses a relocation that is not at a call or a 64-bit load", () => {
  const obj = tinyObject();
  // Slot 1 is the second half of the ld_imm64.
  obj.programs[0]!.relocations = [{ kind: "map", insnIndex: 1, map: 0 }];
  assertThrows(
    () => generateLoader(obj),
    LoaderGenError,
    "tiny.bpf.o: tiny: relocation at instruction 1 is neither a call nor a 64-bit load",
  );
});

Deno.test("encodeLoaderFile() and decodeLoaderFile() round-trip", () => {
  const loader = generateLoader(tinyObject());
  const back = decodeLoaderFile(encodeLoaderFile(loader), "tiny.loader");
  assertEquals(back, loader);
});

Deno.test("decodeLoaderFile() names the file and the cause", () => {
  const bytes = encodeLoaderFile(generateLoader(tinyObject()));
  assertThrows(
    () => decodeLoaderFile(bytes.subarray(0, 20), "x.loader"),
    LoaderFileError,
    "x.loader: truncated",
  );
  assertThrows(
    () => decodeLoaderFile(bytes.subarray(0, bytes.length - 1), "x.loader"),
    LoaderFileError,
    "x.loader: sizes add up",
  );
  const bad = bytes.slice();
  bad[0] = 0x7f;
  assertThrows(() => decodeLoaderFile(bad, "x.loader"), LoaderFileError, "bad magic");
});

Deno.test("decodeLoaderResult() names the failed step and reads fds back", () => {
  const loader = generateLoader(tinyObject());
  const ctx = encodeLoaderCtx(loader, { reuseMaps: { counts: 7 } });
  assertEquals(new DataView(ctx.buffer).getUint32(32, true), 7);
  new DataView(ctx.buffer).setUint32(4, 2, true);
  assertEquals(decodeLoaderResult(loader, ctx, -13), {
    ok: false,
    failedStep: "PROG_LOAD tiny",
    step: 2,
    errno: 13,
  });
  new DataView(ctx.buffer).setUint32(40, 9, true);
  assertEquals(decodeLoaderResult(loader, ctx, 0, { reuseMaps: { counts: 7 } }), {
    ok: true,
    maps: [{ name: "counts", fd: 7, reused: true }],
    programs: [{ name: "tiny", fd: 9 }],
  });
});

Deno.test("encodeLoaderCtx() sizes perf event arrays to the CPU count", () => {
  const obj = tinyObject();
  obj.maps = [{ ...COUNTS, type: 4, typeName: "BPF_MAP_TYPE_PERF_EVENT_ARRAY", maxEntries: 0 }];
  const ctx = encodeLoaderCtx(generateLoader(obj), { possibleCpus: 3 });
  assertEquals(new DataView(ctx.buffer).getUint32(36, true), 3);
});

Deno.test("encodeLoaderCtx() rounds ring buffers up to a power-of-2 number of pages", () => {
  const obj = tinyObject();
  const ring = (maxEntries: number): MapSpec => ({
    ...COUNTS,
    type: 27,
    typeName: "BPF_MAP_TYPE_RINGBUF",
    keySize: 0,
    valueSize: 0,
    maxEntries,
  });
  obj.maps = [ring(4096 * 4), ring(5000), ring(3 * 4096), ring(4096 * 4)];
  const ctx = new DataView(encodeLoaderCtx(generateLoader(obj), { maxEntries: {} }).buffer);
  assertEquals([36, 44, 52].map((at) => ctx.getUint32(at, true)), [0, 8192, 16384]);
  const big = new DataView(encodeLoaderCtx(generateLoader(obj), { pageSize: 65536 }).buffer);
  assertEquals(big.getUint32(36, true), 65536);
});

Deno.test("generateLoader() fills .kconfig from the given config", () => {
  const obj = tinyObject();
  const ext = (
    name: string,
    type: KconfigExtern["type"],
    offset: number,
    size: number,
  ): KconfigExtern => ({
    kind: "kconfig",
    name,
    weak: false,
    btfId: 0,
    btfTypeId: 0,
    type,
    signed: false,
    size,
    offset,
  });
  obj.externs = [
    ext("CONFIG_HZ", "int", 0, 4),
    ext("CONFIG_BPF", "bool", 4, 1),
    ext("CONFIG_KPROBES", "tristate", 5, 1),
    ext("CONFIG_LOCALVERSION", "charArray", 8, 8),
  ];
  obj.maps = [{ ...COUNTS, name: ".kconfig", origin: "kconfig", valueSize: 16, maxEntries: 1 }];
  const kconfig = parseKconfig(
    'CONFIG_HZ=250\nCONFIG_BPF=y\n# CONFIG_KPROBES is not set\nCONFIG_LOCALVERSION="-fc-long"\n',
  );
  const loader = generateLoader(obj, { kconfig });
  const expected = [250, 0, 0, 0, 1, 0, 0, 0, ...new TextEncoder().encode("-fc-lon"), 0];
  const at = loader.blob.findIndex((_, i) => expected.every((b, k) => loader.blob[i + k] === b));
  if (at < 0) throw new Error("kconfig value not found in the blob");
  assertEquals(loader.steps, [
    "MAP_CREATE .kconfig",
    "MAP_UPDATE_ELEM .kconfig",
    "MAP_FREEZE .kconfig",
    "PROG_LOAD tiny",
  ]);
  assertThrows(
    () => generateLoader(obj, { kconfig: {} }),
    LoaderGenError,
    "kconfig extern CONFIG_HZ: no value",
  );
});

Deno.test("generateLoader() writes .kconfig integers of every size and sign in the target order", () => {
  const int = (name: string, offset: number, size: number, signed: boolean): KconfigExtern => ({
    kind: "kconfig",
    name,
    weak: false,
    btfId: 0,
    btfTypeId: 0,
    type: "int",
    signed,
    size,
    offset,
  });
  const obj = tinyObject();
  obj.externs = [
    int("A", 0, 4, true),
    int("B", 4, 2, false),
    int("C", 6, 1, true),
    int("D", 8, 8, true),
  ];
  obj.maps = [{ ...COUNTS, name: ".kconfig", origin: "kconfig", valueSize: 16, maxEntries: 1 }];
  const kconfig = { A: "-2", B: "0x1234", C: "-128", D: "-1" };
  for (const [endianness, b] of [["little", [0x34, 0x12]], ["big", [0x12, 0x34]]] as const) {
    obj.endianness = endianness;
    const a = endianness === "little" ? [0xfe, 0xff, 0xff, 0xff] : [0xff, 0xff, 0xff, 0xfe];
    const expected = [...a, ...b, 0x80, 0, ...new Array(8).fill(0xff)];
    const blob = generateLoader(obj, { kconfig }).blob;
    if (blob.findIndex((_, i) => expected.every((v, k) => blob[i + k] === v)) < 0) {
      throw new Error(`${endianness}-endian kconfig value not found in the blob`);
    }
  }
  for (const [name, raw] of [["C", "128"], ["B", "-1"], ["A", "2147483648"]]) {
    assertThrows(
      () => generateLoader(obj, { kconfig: { ...kconfig, [name!]: raw! } }),
      LoaderGenError,
      `kconfig extern ${name}: value ${raw} does not fit`,
    );
  }
});

Deno.test("generateLoader() writes a big-endian target's attrs, instructions and file flag", () => {
  const obj = tinyObject();
  obj.endianness = "big";
  obj.programs[0]!.insns = encode([Ld.imm64(R1, 0n), Alu64.mov.imm(R0, 2), Jmp.exit()], {
    littleEndian: false,
  });
  const loader = generateLoader(obj);
  assertEquals(loader.littleEndian, false);
  // MAP_CREATE attr: map_type 2 (ARRAY), key 4, value 8, max_entries 4, big-endian.
  const attr = [0, 0, 0, 2, 0, 0, 0, 4, 0, 0, 0, 8, 0, 0, 0, 4];
  if (loader.blob.findIndex((_, i) => attr.every((b, k) => loader.blob[i + k] === b)) < 0) {
    throw new Error("big-endian MAP_CREATE attr not found");
  }
  // The program's map reference: ld_imm64 r1, src MAP_IDX (5) in the low nibble on big-endian.
  const ld = [0x18, 0x15, 0, 0, 0, 0, 0, 0];
  if (loader.blob.findIndex((_, i) => ld.every((b, k) => loader.blob[i + k] === b)) < 0) {
    throw new Error("big-endian ld_imm64 map[idx:0] not found");
  }
  const file = encodeLoaderFile(loader);
  assertEquals(new DataView(file.buffer).getUint32(12, true), 1, "big-endian flag");
  assertEquals(decodeLoaderFile(file, "be.loader").insns, loader.insns);
});
