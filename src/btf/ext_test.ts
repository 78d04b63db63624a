import { deepStrictEqual, equal, ok, throws } from "node:assert/strict";
import { parseElf, STT } from "../elf/mod.ts";
import { fixtureObject, info, rawBtf, strOff, testObjects } from "./_fixtures_test.ts";
import { BtfError, BtfKind, parseBtf, parseBtfExt } from "./mod.ts";

Deno.test("parseBtfExt() matches func_info to ELF symbols and line_info to source lines", async () => {
  const objects = await testObjects();
  if (objects.length === 0) {
    console.log("skip: parseBtfExt() on objects: neither build/examples nor clang is available");
    return;
  }
  const sources = new Map<string, string[]>();
  for (const obj of objects) {
    const elf = parseElf(await Deno.readFile(obj), obj);
    const section = (name: string) => elf.sections.find((s) => s.name === name)?.data;
    const btf = parseBtf(section(".BTF")!, { file: obj });
    const ext = parseBtfExt(section(".BTF.ext")!, btf, { file: obj });
    equal(ext.recordSizes.funcInfo, 8);
    equal(ext.recordSizes.lineInfo, 16);
    ok(ext.funcInfo.size > 0, obj);
    for (const [name, funcs] of ext.funcInfo) {
      const index = elf.sections.findIndex((s) => s.name === name);
      ok(index > 0, `${obj}: func_info for missing section ${name}`);
      for (const f of funcs) {
        const sym = elf.symbols.find((s) =>
          s.sectionIndex === index && s.type === STT.FUNC && s.value === f.insnOff
        );
        equal(btf.typeById(f.typeId).name, sym?.name, `${obj}: ${name}+${f.insnOff}`);
      }
    }
    for (const [name, lines] of ext.lineInfo) {
      ok(ext.funcInfo.has(name), `${obj}: line_info for ${name} without func_info`);
      for (const l of lines) {
        const fileName = btf.strings.at(l.fileNameOff)!;
        const source = btf.strings.at(l.lineOff)!;
        if (source === "") continue;
        if (!sources.has(fileName)) {
          sources.set(fileName, (await Deno.readTextFile(fileName).catch(() => "")).split("\n"));
        }
        const text = sources.get(fileName)!;
        if (text.length > 1) equal(text[l.line - 1], source, `${obj}: ${fileName}:${l.line}`);
      }
    }
  }
});

Deno.test("parseBtfExt() reads the fixture's CO-RE relocations", async () => {
  const obj = await fixtureObject();
  if (obj === undefined) {
    console.log("skip: parseBtfExt() CO-RE relocations: clang is not available");
    return;
  }
  const elf = parseElf(await Deno.readFile(obj), obj);
  const section = (name: string) => elf.sections.find((s) => s.name === name)!.data;
  const btf = parseBtf(section(".BTF"), { file: obj });
  const ext = parseBtfExt(section(".BTF.ext"), btf, { file: obj });
  equal(ext.recordSizes.coreRelo, 16);
  deepStrictEqual([...ext.coreRelos.keys()], [".text"]);
  const relos = ext.coreRelos.get(".text")!;
  for (const r of relos) equal(btf.typeName(r.typeId), "struct flags");
  // BPF_CORE_READ_BITFIELD(f, high): byte offset 0, byte size 1, signedness 3, lshift 4, rshift 5;
  // BPF_CORE_READ(f, whole): byte offset.
  deepStrictEqual(
    relos.map((r) => `${r.accessStr}/${r.kind}`).sort(),
    ["0:1/0", "0:1/1", "0:1/3", "0:1/4", "0:1/5", "0:1/5", "0:2/0"],
  );
});

const strings = ["int", "f", "proto", ".text", "a.c", "x = 1;", "0:1"];
const btf = parseBtf(
  rawBtf([
    ...[strOff(strings, "int"), info(BtfKind.INT), 4, 32], // [1]
    ...[0, info(BtfKind.FUNC_PROTO), 1], // [2]
    ...[strOff(strings, "f"), info(BtfKind.FUNC, 1), 2], // [3]
  ], strings),
  { file: "t.btf" },
);

interface RawExt {
  recordSize?: number;
  funcInfo?: number[];
  lineInfo?: number[];
  coreRelo?: number[];
  header?: { at: number; value: number }[];
}

/** A `.BTF.ext` blob with each subsection given as raw words (after its record size). */
function rawExt(opts: RawExt): Uint8Array {
  const parts = [opts.funcInfo ?? [], opts.lineInfo ?? [], opts.coreRelo ?? []];
  const sizes = [8, 16, 16];
  const words: number[] = [];
  const layout: number[] = [];
  parts.forEach((p, i) => {
    if (p.length === 0) return void layout.push(words.length * 4, 0);
    layout.push(words.length * 4, (p.length + 1) * 4);
    words.push(i === 0 && opts.recordSize !== undefined ? opts.recordSize : sizes[i]!, ...p);
  });
  const bytes = new Uint8Array(32 + words.length * 4);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xeb9f, true);
  view.setUint8(2, 1);
  view.setUint32(4, 32, true);
  layout.forEach((v, i) => view.setUint32(8 + 4 * i, v, true));
  words.forEach((w, i) => view.setUint32(32 + 4 * i, w, true));
  for (const { at, value } of opts.header ?? []) view.setUint32(at, value, true);
  return bytes;
}

function throwsExt(bytes: Uint8Array, what: string, offset: number): void {
  throws(() => parseBtfExt(bytes, btf, { file: "t.o" }), (e: unknown) => {
    ok(e instanceof BtfError);
    equal(e.message, `t.o: ${what} (at offset ${offset})`);
    return true;
  });
}

const text = strOff(strings, ".text");

Deno.test("parseBtfExt() decodes records and honours larger record sizes", () => {
  const ext = parseBtfExt(
    rawExt({
      recordSize: 12,
      funcInfo: [text, 2, 0, 3, 0xdead, 16, 3, 0xbeef],
      lineInfo: [text, 1, 8, strOff(strings, "a.c"), strOff(strings, "x = 1;"), 7 << 10 | 5],
      coreRelo: [text, 1, 24, 1, strOff(strings, "0:1"), 0],
    }),
    btf,
    { file: "t.o" },
  );
  deepStrictEqual(ext.recordSizes, { funcInfo: 12, lineInfo: 16, coreRelo: 16 });
  deepStrictEqual(ext.funcInfo.get(".text"), [{ insnOff: 0, typeId: 3 }, {
    insnOff: 16,
    typeId: 3,
  }]);
  deepStrictEqual(ext.lineInfo.get(".text"), [{
    insnOff: 8,
    fileNameOff: strOff(strings, "a.c"),
    lineOff: strOff(strings, "x = 1;"),
    line: 7,
    col: 5,
  }]);
  deepStrictEqual(ext.coreRelos.get(".text"), [{
    insnOff: 24,
    typeId: 1,
    accessStrOff: strOff(strings, "0:1"),
    accessStr: "0:1",
    kind: 0,
  }]);
});

Deno.test("parseBtfExt() rejects malformed sections", () => {
  throwsExt(
    rawExt({ header: [{ at: 0, value: 0x11eb9f }] }).subarray(0, 4),
    "truncated BTF.ext header: needs 8 bytes, only 4 left",
    0,
  );
  const badMagic = rawExt({});
  badMagic[0] = 0;
  throwsExt(badMagic, "bad BTF.ext magic 0xeb00 (want 0xeb9f)", 0);
  throwsExt(
    rawExt({ header: [{ at: 4, value: 20 }] }),
    "BTF.ext header length 20 is shorter than 24",
    4,
  );
  throwsExt(
    rawExt({ header: [{ at: 4, value: 64 }] }),
    "truncated BTF.ext header: needs 64 bytes, only 32 left",
    0,
  );
  throwsExt(
    rawExt({ recordSize: 4, funcInfo: [text, 1, 0] }),
    "func_info record size 4 is invalid (want a multiple of 4, at least 8)",
    32,
  );
  throwsExt(
    rawExt({ recordSize: 10, funcInfo: [text, 1, 0, 3] }),
    "func_info record size 10 is invalid (want a multiple of 4, at least 8)",
    32,
  );
  throwsExt(
    rawExt({ funcInfo: [999, 1, 0, 3] }),
    "func_info section name offset 999 is outside the BTF string section (size 34)",
    36,
  );
  throwsExt(rawExt({ funcInfo: [0, 1, 0, 3] }), "func_info section name is empty", 36);
  throwsExt(rawExt({ funcInfo: [text, 0] }), "func_info section '.text' has no records", 40);
  throwsExt(
    rawExt({ funcInfo: [text, 2, 0, 3] }),
    "truncated func_info records of section '.text': needs 16 bytes, only 8 left",
    44,
  );
  throwsExt(
    rawExt({ funcInfo: [text, 1, 4, 3] }),
    "func_info instruction offset 4 is not a multiple of 8",
    44,
  );
  throwsExt(
    rawExt({ funcInfo: [text, 1, 0, 1] }),
    "func_info type [1] INT 'int' is not a FUNC",
    48,
  );
  throwsExt(
    rawExt({ funcInfo: [text, 1, 0, 9] }),
    "func_info type id 9 is out of range (max 3)",
    48,
  );
  throwsExt(
    rawExt({ lineInfo: [text, 1, 0, 500, 0, 0] }),
    "line_info file name offset 500 is outside the BTF string section (size 34)",
    48,
  );
  throwsExt(
    rawExt({ funcInfo: [text, 1, 0, 3], header: [{ at: 12, value: 400 }] }),
    "truncated func_info subsection: needs 400 bytes, only 20 left",
    32,
  );
  throwsExt(
    rawExt({ funcInfo: [text, 1, 0, 3], header: [{ at: 8, value: 2 }] }),
    "func_info subsection offset 2 is not 4-byte aligned",
    8,
  );
});
