import { Alu64, encode, Jmp, Ld, R0, R1 } from "../asm/mod.ts";
import type { BpfObject, KconfigExtern, MapSpec } from "../object/mod.ts";
import {
  applyLoaderInputs,
  decodeLoaderFile,
  decodeLoaderResult,
  disassembleLoader,
  encodeLoaderCtx,
  encodeLoaderFile,
  generateLoader,
  type Loader,
  LoaderFileError,
  LoaderGenError,
  type LoaderInputs,
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
  "   2: (18) r8 = &blob[0]",
  "   4: (05) goto pc+11",
  "   5: (61) r1 = *(u32 *)(r8 +4)",
  "   6: (d5) if r1 s<= 0x0 goto pc+1",
  "   7: (85) call bpf_sys_close#168",
  "   8: (61) r1 = *(u32 *)(r8 +8)",
  "   9: (d5) if r1 s<= 0x0 goto pc+1",
  "  10: (85) call bpf_sys_close#168",
  "  11: (61) r1 = *(u32 *)(r8 +12)",
  "  12: (d5) if r1 s<= 0x0 goto pc+1",
  "  13: (85) call bpf_sys_close#168",
  "  14: (bf) r0 = r7",
  "  15: (95) exit",
  "  16: (61) r1 = *(u32 *)(r6 +8)",
  "  17: (15) if r1 == 0x0 goto pc+2",
  "  18: (63) *(u32 *)(r8 +0) = r1",
  "  19: (05) goto pc+10",
  "  20: (62) *(u32 *)(r6 +4) = 1",
  "  21: (b7) r1 = 0",
  "  22: (18) r2 = &blob[16]",
  "  24: (b7) r3 = 72",
  "  25: (85) call bpf_sys_bpf#166",
  "  26: (bf) r7 = r0",
  "  27: (c5) if r7 s< 0x0 goto pc-23",
  "  28: (63) *(u32 *)(r8 +0) = r7",
  "  29: (63) *(u32 *)(r8 +8) = r7",
  "  30: (18) r0 = &blob[96]",
  "  32: (7b) *(u64 *)(r8 +136) = r0",
  "  33: (18) r0 = &blob[88]",
  "  35: (7b) *(u64 *)(r8 +144) = r0",
  "  36: (7b) *(u64 *)(r8 +248) = r8",
  "  37: (62) *(u32 *)(r6 +4) = 2",
  "  38: (b7) r1 = 5",
  "  39: (18) r2 = &blob[128]",
  "  41: (b7) r3 = 140",
  "  42: (85) call bpf_sys_bpf#166",
  "  43: (bf) r7 = r0",
  "  44: (c5) if r7 s< 0x0 goto pc-40",
  "  45: (63) *(u32 *)(r8 +12) = r7",
  "  46: (61) r1 = *(u32 *)(r8 +4)",
  "  47: (d5) if r1 s<= 0x0 goto pc+2",
  "  48: (62) *(u32 *)(r8 +4) = 0",
  "  49: (85) call bpf_sys_close#168",
  "  50: (61) r1 = *(u32 *)(r8 +0)",
  "  51: (63) *(u32 *)(r6 +8) = r1",
  "  52: (61) r1 = *(u32 *)(r8 +12)",
  "  53: (63) *(u32 *)(r6 +12) = r1",
  "  54: (b7) r0 = 0",
  "  55: (95) exit",
];

Deno.test("generateLoader() of a one-map one-program object disassembles as expected", () => {
  const loader = generateLoader(tinyObject());
  assertEquals(disassembleLoader(loader), TINY_LOADER);
  assertEquals(loader.steps, ["MAP_CREATE counts", "PROG_LOAD tiny"]);
  assertEquals(loader.ctxSize, 8 + 4 + 4);
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
  const wrongCtx = { ...generateLoader(tinyObject()), ctxSize: 8 };
  assertThrows(
    () => decodeLoaderFile(encodeLoaderFile(wrongCtx), "x.loader"),
    LoaderFileError,
    "x.loader: bad index: ctxSize 8, but its maps and programs make 16",
  );
  // The runner writes at these offsets: one outside the blob is refused.
  const loader = generateLoader(tinyObject());
  loader.inputFields.maxEntries[0] = loader.blob.length - 2;
  assertThrows(
    () => decodeLoaderFile(encodeLoaderFile(loader), "x.loader"),
    LoaderFileError,
    "x.loader: bad index: inputFields: maxEntries[0] is not an offset inside the blob",
  );
});

Deno.test("decodeLoaderResult() names the failed step and reads fds back", () => {
  const loader = generateLoader(tinyObject());
  const ctx = encodeLoaderCtx(loader, { reuseMaps: { counts: 7 } });
  assertEquals(new DataView(ctx.buffer).getUint32(8, true), 7);
  new DataView(ctx.buffer).setUint32(4, 2, true);
  assertEquals(decodeLoaderResult(loader, ctx, -13), {
    ok: false,
    failedStep: "PROG_LOAD tiny",
    step: 2,
    errno: 13,
  });
  new DataView(ctx.buffer).setUint32(12, 9, true);
  assertEquals(decodeLoaderResult(loader, ctx, 0, { reuseMaps: { counts: 7 } }), {
    ok: true,
    maps: [{ name: "counts", fd: 7, reused: true }],
    programs: [{ name: "tiny", fd: 9 }],
  });
});

/** `max_entries` of each map's MAP_CREATE attr after `applyLoaderInputs(loader, copy, inputs)`. */
function maxEntriesWith(loader: Loader, inputs: LoaderInputs): number[] {
  const blob = loader.blob.slice();
  applyLoaderInputs(loader, blob, inputs);
  const view = new DataView(blob.buffer);
  return loader.inputFields.maxEntries.map((off) => view.getUint32(off, true));
}

Deno.test("applyLoaderInputs() sizes perf event arrays to the CPU count", () => {
  const obj = tinyObject();
  obj.maps = [{ ...COUNTS, type: 4, typeName: "BPF_MAP_TYPE_PERF_EVENT_ARRAY", maxEntries: 0 }];
  assertEquals(maxEntriesWith(generateLoader(obj), { possibleCpus: 3 }), [3]);
});

Deno.test("applyLoaderInputs() rounds ring buffers up to a power-of-2 number of pages", () => {
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
  const loader = generateLoader(obj);
  assertEquals(maxEntriesWith(loader, {}), [16384, 8192, 16384, 16384]);
  assertEquals(maxEntriesWith(loader, { pageSize: 65536 })[0], 65536);
  assertEquals(maxEntriesWith(loader, { maxEntries: { counts: 4096 } })[0], 4096);
});

Deno.test("applyLoaderInputs() sets max_entries and one step's log, then undoes them", () => {
  const loader = generateLoader(tinyObject());
  const blob = loader.blob.slice();
  const view = new DataView(blob.buffer);
  const [prog] = loader.inputFields.logs;
  assertEquals(loader.inputFields.logs.map((l) => loader.steps[l.step - 1]), ["PROG_LOAD tiny"]);
  applyLoaderInputs(loader, blob, {
    maxEntries: { counts: 99 },
    logStep: prog!.step,
    logLevel: 2,
    logSize: 4096,
    logBuf: 0x1234n,
  });
  assertEquals(view.getUint32(loader.inputFields.maxEntries[0]!, true), 99);
  assertEquals(view.getUint32(prog!.level, true), 2);
  assertEquals(view.getUint32(prog!.size, true), 4096);
  assertEquals(view.getBigUint64(prog!.buf, true), 0x1234n);
  // The next run without inputs gets the generated blob back.
  applyLoaderInputs(loader, blob, {});
  assertEquals(blob, loader.blob);
  assertThrows(
    () => applyLoaderInputs(loader, blob, { maxEntries: { nope: 1 } }),
    RangeError,
    'no map "nope"',
  );
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

Deno.test("parseKconfig() reads set and unset options and skips everything else", () => {
  const text = [
    "#",
    "# Automatically generated file; DO NOT EDIT.",
    "CONFIG_HZ=250",
    "  CONFIG_BPF=y  ",
    "# CONFIG_KPROBES is not set",
    'CONFIG_LOCALVERSION="-a=b"',
    "CONFIG_EMPTY=",
    "# CONFIG_ is not set",
    "CONFIG_-BAD=y",
    "NOT_CONFIG=y",
    "# CONFIG_X is set",
    "CONFIG_=1",
    "",
  ].join("\n");
  assertEquals(parseKconfig(text), {
    CONFIG_HZ: "250",
    CONFIG_BPF: "y",
    CONFIG_KPROBES: "n",
    CONFIG_LOCALVERSION: '"-a=b"',
    CONFIG_EMPTY: "",
  });
});
