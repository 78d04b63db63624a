import assert from "node:assert/strict";
import { Elf64Ehdr, Elf64Rel, offsetOf } from "../abi/mod.ts";
import { buildElf, relTable, sampleObject } from "./_build_test.ts";
import { ElfError, parseElf, type PartialFile, readElfPieces, SHT } from "./mod.ts";
import { type ByteRange, elfReadRanges } from "./ranges.ts";

/** The ranges asked for at each step, the last being those read, and the pieces of `file` read. */
function readAsAsked(file: Uint8Array): { steps: ByteRange[][]; partial: PartialFile } {
  const steps: ByteRange[][] = [];
  const bytes = ({ offset, size }: ByteRange) => file.slice(offset, offset + size);
  const reads = elfReadRanges(file.byteLength);
  let step = reads.next(new Uint8Array(0));
  while (!step.done) {
    steps.push([step.value]);
    step = reads.next(bytes(step.value));
  }
  steps.push(step.value);
  const pieces = step.value.map((r) => ({ offset: r.offset, bytes: bytes(r) }));
  return { steps, partial: { size: file.byteLength, pieces } };
}

/**
 * An object with DWARF: a large .debug_info section and relocations that apply to it, after
 * `codeSize` bytes of code.
 */
function withDebugInfo(little: boolean, codeSize = 16): Uint8Array {
  return buildElf([
    { name: "xdp", type: SHT.PROGBITS, flags: 6, data: new Uint8Array(codeSize).fill(0x11) },
    { name: ".debug_info", type: SHT.PROGBITS, data: new Uint8Array(8192).fill(0xdb) },
    { name: ".strtab", type: SHT.STRTAB, data: new Uint8Array([0, 0x61, 0]) },
    { name: ".symtab", type: SHT.SYMTAB, data: new Uint8Array(24), link: 3, entsize: 24 },
    {
      name: ".rel.debug_info",
      type: SHT.REL,
      data: relTable(Array(600).fill({ offset: 8, symbol: 0, type: 10 }), little),
      link: 4,
      info: 2,
      entsize: Elf64Rel.size,
    },
  ], little).bytes;
}

for (const little of [true, false]) {
  Deno.test(`readElfPieces() leaves out DWARF contents and nothing else (${little ? "little" : "big"} endian)`, () => {
    const file = withDebugInfo(little);
    const { steps, partial } = readAsAsked(file);
    assert.equal(steps.length, 4, "header, section headers, names, contents");
    const full = parseElf(file, "a.o");
    const sparse = parseElf(partial, "a.o");
    assert.deepEqual(
      sparse.sections.map((s) => [s.name, s.offset, s.size]),
      full.sections.map((s) => [s.name, s.offset, s.size]),
    );
    for (const s of full.sections) {
      const skipped = s.name === ".debug_info" || s.name === ".rel.debug_info";
      assert.deepEqual(
        sparse.sections[s.index]!.data,
        skipped ? new Uint8Array(0) : s.data,
        s.name,
      );
    }
    assert.deepEqual(sparse.symbols, full.symbols);
    const [rel] = sparse.relocations;
    assert.equal(rel?.count, 600);
    assert.throws(
      () => rel.entries,
      (e) => e instanceof ElfError && /contents were not read/.test(e.message),
    );
  });
}

Deno.test("elfReadRanges() asks for every section of an object without DWARF", () => {
  const file = sampleObject().bytes;
  const { steps, partial } = readAsAsked(file);
  assert.equal(steps.length, 4, "header, section headers, names, contents");
  assert.deepEqual(parseElf(partial, "a.o"), parseElf(file, "a.o"));
});

Deno.test("readElfPieces() returns the pieces its reader gave", () => {
  const file = withDebugInfo(true);
  const partial = readElfPieces(file.byteLength, (offset, into) => {
    const bytes = file.subarray(offset, offset + into.byteLength);
    into.set(bytes);
    return bytes.byteLength;
  });
  assert.deepEqual(partial, readAsAsked(file).partial);
});

Deno.test("readElfPieces() places each piece at its file offset's alignment", () => {
  // 13 bytes of code: the first piece ends off a word boundary, the next starts on one.
  const file = withDebugInfo(true, 13);
  const partial = readElfPieces(file.byteLength, (offset, into) => {
    const bytes = file.subarray(offset, offset + into.byteLength);
    into.set(bytes);
    return bytes.byteLength;
  });
  assert.ok(partial.pieces.length > 1);
  for (const { offset, bytes } of partial.pieces) assert.equal(bytes.byteOffset % 8, offset % 8);
  assert.deepEqual(parseElf(partial, "a.o").symbols, parseElf(file, "a.o").symbols);
});

Deno.test("readElfPieces() reads the whole file when the headers are unusable", () => {
  const notElf = new Uint8Array(1000).fill(0x42);
  const asked = readAsAsked(notElf);
  assert.deepEqual(asked.steps.at(-1), [{ offset: 0, size: notElf.byteLength }]);
  assert.deepEqual(asked.partial, {
    size: notElf.byteLength,
    pieces: [{ offset: 0, bytes: notElf }],
  });

  // A section header table past the end: parseElf must see the file as it is to say so.
  const file = withDebugInfo(true);
  new DataView(file.buffer).setBigUint64(offsetOf(Elf64Ehdr, "e_shoff"), 1n << 20n, true);
  const { steps, partial } = readAsAsked(file);
  assert.deepEqual(steps.at(-1), [{ offset: 0, size: file.byteLength }]);
  assert.throws(() => parseElf(partial, "bad.o"), /section header table .* is past the end/);
});
