import assert from "node:assert/strict";
import { Elf64Ehdr, Elf64Rel, Elf64Shdr, Elf64Sym, offsetOf } from "../abi/mod.ts";
import { buildElf, relTable, sampleObject } from "./_build_test.ts";
import { ElfError, parseElf, SHT, STB, STT } from "./mod.ts";

/** Asserts that parsing `bytes` throws an ElfError whose message matches `pattern`. */
function assertElfError(bytes: Uint8Array, pattern: RegExp, offset?: number): void {
  assert.throws(() => parseElf(bytes, "bad.o"), (e: unknown) => {
    assert.ok(e instanceof ElfError, `expected ElfError, got ${e}`);
    assert.ok(e instanceof SyntaxError);
    assert.match(e.message, /^bad\.o: .* \(at offset \d+\)$/);
    assert.match(e.message, pattern);
    if (offset !== undefined) assert.equal(e.offset, offset);
    return true;
  });
}

function patch(
  bytes: Uint8Array,
  at: number,
  width: 1 | 2 | 4 | 8,
  value: number | bigint,
): Uint8Array {
  const copy = bytes.slice();
  const v = new DataView(copy.buffer);
  if (width === 1) v.setUint8(at, Number(value));
  if (width === 2) v.setUint16(at, Number(value), true);
  if (width === 4) v.setUint32(at, Number(value), true);
  if (width === 8) v.setBigUint64(at, BigInt(value), true);
  return copy;
}

for (const little of [true, false]) {
  Deno.test(`parseElf() reads sections, symbols and relocations (${little ? "little" : "big"} endian)`, () => {
    const elf = parseElf(sampleObject(little).bytes, "ok.o");
    assert.equal(elf.endianness, little ? "little" : "big");
    assert.deepEqual(elf.sections.map((s) => s.name), [
      "",
      "xdp",
      ".data",
      ".strtab",
      ".symtab",
      ".relxdp",
      ".shstrtab",
    ]);
    assert.equal(elf.sections[1]!.data.length, 16);
    assert.deepEqual(elf.symbols.map((s) => [s.name, s.bind, s.type, s.sectionIndex, s.size]), [
      ["", STB.LOCAL, STT.NOTYPE, 0, 0],
      ["prog", STB.GLOBAL, STT.FUNC, 1, 16],
      ["counts", STB.GLOBAL, STT.OBJECT, 2, 4],
    ]);
    assert.equal(elf.relocations.length, 1);
    assert.equal(elf.relocations[0]!.target, 1);
    assert.deepEqual(elf.relocations[0]!.entries.map((r) => [r.offset, r.symbol, r.type]), [[
      0,
      2,
      1,
    ]]);
  });
}

Deno.test("parseElf() matches llvm-readelf on clang objects of both byte orders", async () => {
  const dir = await Deno.makeTempDir({ prefix: "bpfdrop-elf-" });
  try {
    const src = `${dir}/t.c`;
    await Deno.writeTextFile(
      src,
      `int g = 1; static int __attribute__((noinline)) f(int x) { return x + g; }
       __attribute__((section("xdp"), used)) int p(void *c) { return f(2); }
       char LICENSE[] __attribute__((section("license"), used)) = "GPL";`,
    );
    for (const target of ["bpfel", "bpfeb"]) {
      const obj = `${dir}/${target}.o`;
      const cc = await new Deno.Command("clang", {
        args: ["-target", target, "-g", "-O2", "-c", src, "-o", obj],
      }).output();
      assert.ok(cc.success, "clang failed");
      const elf = parseElf(await Deno.readFile(obj), obj);
      const readelf = await new Deno.Command("llvm-readelf", {
        args: ["-S", "-r", "-s", "-W", obj],
        stdout: "piped",
      })
        .output();
      const text = new TextDecoder().decode(readelf.stdout);
      const sectionLines = [
        ...text.matchAll(
          /^\s*\[\s*(\d+)\]\s+(\S*)\s+(\S+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+([0-9a-f]+)/gm,
        ),
      ];
      assert.equal(sectionLines.length, elf.sections.length);
      for (const [, index, name, , offset, size] of sectionLines) {
        const s = elf.sections[Number(index)]!;
        if (s.index !== 0) assert.equal(s.name, name);
        assert.equal(s.offset, parseInt(offset!, 16));
        assert.equal(s.size, parseInt(size!, 16));
      }
      const relCounts = [
        ...text.matchAll(
          /Relocation section '([^']+)' at offset 0x[0-9a-f]+ contains (\d+) entries/g,
        ),
      ]
        .map(([, name, n]) => [name, Number(n)]);
      assert.deepEqual(relCounts, elf.relocations.map((r) => [r.section.name, r.entries.length]));
      const symCount = Number(/Symbol table '\.symtab' contains (\d+) entries/.exec(text)![1]);
      assert.equal(elf.symbols.length, symCount);
      assert.equal(elf.endianness, target === "bpfel" ? "little" : "big");
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("parseElf() rejects a file shorter than the ELF header", () => {
  assertElfError(new Uint8Array(10), /too short for an ELF header/, 10);
});

Deno.test("parseElf() rejects non-ELF input", () => {
  assertElfError(new TextEncoder().encode("#!/bin/sh\n".repeat(10)), /not an ELF file/, 0);
});

Deno.test("parseElf() rejects 32-bit ELF, unknown byte order and unknown version", () => {
  const ok = sampleObject().bytes;
  assertElfError(patch(ok, 4, 1, 1), /not a 64-bit ELF/, 4);
  assertElfError(patch(ok, 5, 1, 3), /unknown ELF byte order 3/, 5);
  assertElfError(patch(ok, 6, 1, 2), /unknown ELF version 2/, 6);
});

Deno.test("parseElf() rejects other machines and non-relocatable files", () => {
  const ok = sampleObject().bytes;
  assertElfError(
    patch(ok, offsetOf(Elf64Ehdr, "e_machine"), 2, 62),
    /not a BPF object \(e_machine 62, want 247\)/,
    offsetOf(Elf64Ehdr, "e_machine"),
  );
  assertElfError(
    patch(ok, offsetOf(Elf64Ehdr, "e_type"), 2, 2),
    /not a relocatable object/,
    offsetOf(Elf64Ehdr, "e_type"),
  );
});

Deno.test("parseElf() rejects a section header table out of range", () => {
  const { bytes } = sampleObject();
  assertElfError(
    patch(bytes, offsetOf(Elf64Ehdr, "e_shoff"), 8, bytes.length - 10),
    /section header table .* past the end/,
  );
  assertElfError(patch(bytes, offsetOf(Elf64Ehdr, "e_shoff"), 8, 0), /no section header table/);
  assertElfError(
    patch(bytes, offsetOf(Elf64Ehdr, "e_shoff"), 8, 2n ** 62n),
    /e_shoff \d+ is too large/,
  );
  assertElfError(
    patch(bytes, offsetOf(Elf64Ehdr, "e_shentsize"), 2, 40),
    /bad section header size 40/,
  );
  assertElfError(
    patch(bytes, offsetOf(Elf64Ehdr, "e_shstrndx"), 2, 99),
    /section name table index 99 is out of range/,
  );
  assertElfError(
    patch(bytes, offsetOf(Elf64Ehdr, "e_shstrndx"), 2, 1),
    /section name table 1 is not SHT_STRTAB/,
  );
});

Deno.test("parseElf() rejects section contents past the end of the file", () => {
  const { bytes, shoff } = sampleObject();
  const sizeAt = shoff + 1 * Elf64Shdr.size + offsetOf(Elf64Shdr, "sh_size");
  assertElfError(
    patch(bytes, sizeAt, 8, 1 << 20),
    /section 1 contents \(offset \d+, size 1048576\) are past the end/,
    sizeAt - offsetOf(Elf64Shdr, "sh_size") + offsetOf(Elf64Shdr, "sh_offset"),
  );
  const offsetAt = shoff + 1 * Elf64Shdr.size + offsetOf(Elf64Shdr, "sh_offset");
  assertElfError(patch(bytes, offsetAt, 8, bytes.length), /section 1 contents .* past the end/);
});

Deno.test("parseElf() accepts NOBITS sections larger than the file", () => {
  const elf = parseElf(
    buildElf([{ name: ".bss", type: SHT.NOBITS, flags: 3, size: 1 << 30 }]).bytes,
    "bss.o",
  );
  assert.equal(elf.sections[1]!.size, 1 << 30);
  assert.equal(elf.sections[1]!.data.length, 0);
});

Deno.test("parseElf() rejects bad names and unterminated strings", () => {
  const { bytes, shoff, offsets } = sampleObject();
  assertElfError(
    patch(bytes, shoff + 1 * Elf64Shdr.size + offsetOf(Elf64Shdr, "sh_name"), 4, 5000),
    /name of section 1: string offset 5000 is outside/,
  );
  // Overwrite the NUL ending the last section name: the string runs off the table.
  const last = offsets.length - 1;
  const tableEnd = offsets[last]! +
    Number(
      new DataView(bytes.buffer).getBigUint64(
        shoff + last * Elf64Shdr.size + offsetOf(Elf64Shdr, "sh_size"),
        true,
      ),
    );
  const table = bytes.slice();
  table[tableEnd - 1] = 0x41;
  assertElfError(table, /string is not NUL-terminated/);
});

Deno.test("parseElf() rejects broken symbol tables", () => {
  const { bytes, shoff, offsets } = sampleObject();
  const symtab = shoff + 4 * Elf64Shdr.size;
  assertElfError(
    patch(bytes, symtab + offsetOf(Elf64Shdr, "sh_entsize"), 8, 16),
    /symbol table entry size 16/,
  );
  assertElfError(
    patch(bytes, symtab + offsetOf(Elf64Shdr, "sh_link"), 4, 1),
    /links to section xdp, which is not SHT_STRTAB/,
  );
  assertElfError(
    patch(bytes, symtab + offsetOf(Elf64Shdr, "sh_link"), 4, 77),
    /links to missing section 77/,
  );
  const sym1 = offsets[4]! + Elf64Sym.size;
  assertElfError(
    patch(bytes, sym1 + offsetOf(Elf64Sym, "st_shndx"), 2, 300),
    /symbol 1 refers to missing section 300/,
    sym1 + offsetOf(Elf64Sym, "st_shndx"),
  );
  assertElfError(
    patch(bytes, sym1 + offsetOf(Elf64Sym, "st_name"), 4, 999),
    /name of symbol 1: string offset 999/,
  );
});

Deno.test("parseElf() rejects broken relocation sections", () => {
  const { bytes, shoff, offsets } = sampleObject();
  const rel = shoff + 5 * Elf64Shdr.size;
  assertElfError(
    patch(bytes, rel + offsetOf(Elf64Shdr, "sh_info"), 4, 50),
    /applies to missing section 50/,
  );
  assertElfError(
    patch(bytes, rel + offsetOf(Elf64Shdr, "sh_size"), 8, 15),
    /size 15 is not a multiple of 16/,
  );
  const info = offsets[5]! + offsetOf(Elf64Rel, "r_info");
  assertElfError(patch(bytes, info, 8, (9n << 32n) | 1n), /refers to missing symbol 9/, info);
});

Deno.test("parseElf() decodes DWARF relocations only when read, and checks them then", () => {
  const { bytes } = buildElf([
    { name: ".debug_info", type: SHT.PROGBITS, data: new Uint8Array(16) },
    { name: ".strtab", type: SHT.STRTAB, data: new Uint8Array(1) },
    {
      name: ".symtab",
      type: SHT.SYMTAB,
      data: new Uint8Array(Elf64Sym.size),
      link: 2,
      entsize: Elf64Sym.size,
    },
    {
      name: ".rel.debug_info",
      type: SHT.REL,
      // The second entry names symbol 7 of a table that has only the null symbol.
      data: relTable([{ offset: 0, symbol: 0, type: 1 }, { offset: 8, symbol: 7, type: 1 }], true),
      link: 3,
      info: 1,
      entsize: Elf64Rel.size,
    },
  ]);
  const elf = parseElf(bytes, "bad.o");
  const [debug] = elf.relocations;
  assert.equal(debug!.count, 2);
  assert.throws(() => debug!.entries, (e: unknown) => {
    assert.ok(e instanceof ElfError);
    assert.match(
      e.message,
      /^bad\.o: relocation 1 in \.rel\.debug_info refers to missing symbol 7/,
    );
    return true;
  });
});
