// A small ELF64 writer for the src/elf tests (no tests here): builds relocatable EM_BPF objects
// of either byte order from a list of sections, so each test can break exactly one field.
import {
  Elf64Ehdr,
  Elf64Rel,
  Elf64Shdr,
  Elf64Sym,
  ELF_MAGIC,
  ElfIdent,
  offsetOf,
} from "../abi/mod.ts";
import { EM_BPF, ET_REL, SHT } from "./constants.ts";

export interface SectionSpec {
  name: string;
  type: number;
  flags?: number;
  data?: Uint8Array;
  link?: number;
  info?: number;
  entsize?: number;
  /** Size for NOBITS sections (others use data.length). */
  size?: number;
}

export interface SymbolSpec {
  name: string;
  value?: number;
  size?: number;
  info?: number;
  shndx?: number;
}

/** Layout of a built file, so tests know where to corrupt it. */
export interface Built {
  bytes: Uint8Array;
  shoff: number;
  /** File offset of each section's contents, by section index. */
  offsets: number[];
}

/** Builds a `.strtab` blob and the offsets of each name in it. */
export function stringTable(names: string[]): { data: Uint8Array; offsets: number[] } {
  const enc = new TextEncoder();
  const parts: number[] = [0];
  const offsets = names.map((n) => {
    const at = parts.length;
    parts.push(...enc.encode(n), 0);
    return at;
  });
  return { data: new Uint8Array(parts), offsets };
}

/** `Elf64_Sym` entries (with the null symbol first) naming into a string table. */
export function symbolTable(
  symbols: SymbolSpec[],
  nameOffsets: number[],
  little: boolean,
): Uint8Array {
  const out = new Uint8Array((symbols.length + 1) * Elf64Sym.size);
  const v = new DataView(out.buffer);
  symbols.forEach((s, i) => {
    const at = (i + 1) * Elf64Sym.size;
    v.setUint32(at + offsetOf(Elf64Sym, "st_name"), nameOffsets[i] ?? 0, little);
    v.setUint8(at + offsetOf(Elf64Sym, "st_info"), s.info ?? 0x12);
    v.setUint16(at + offsetOf(Elf64Sym, "st_shndx"), s.shndx ?? 0, little);
    v.setBigUint64(at + offsetOf(Elf64Sym, "st_value"), BigInt(s.value ?? 0), little);
    v.setBigUint64(at + offsetOf(Elf64Sym, "st_size"), BigInt(s.size ?? 0), little);
  });
  return out;
}

/** `Elf64_Rel` entries. */
export function relTable(
  rels: { offset: number; symbol: number; type: number }[],
  little: boolean,
): Uint8Array {
  const out = new Uint8Array(rels.length * Elf64Rel.size);
  const v = new DataView(out.buffer);
  rels.forEach((r, i) => {
    v.setBigUint64(i * Elf64Rel.size + offsetOf(Elf64Rel, "r_offset"), BigInt(r.offset), little);
    v.setBigUint64(
      i * Elf64Rel.size + offsetOf(Elf64Rel, "r_info"),
      (BigInt(r.symbol) << 32n) | BigInt(r.type),
      little,
    );
  });
  return out;
}

/** Writes an ELF file: header, section contents, then the section header table. */
export function buildElf(sections: SectionSpec[], little = true): Built {
  const all: SectionSpec[] = [{ name: "", type: SHT.NULL }, ...sections, {
    name: ".shstrtab",
    type: SHT.STRTAB,
  }];
  const names = stringTable(all.map((s) => s.name));
  all[all.length - 1]!.data = names.data;
  const offsets: number[] = [];
  let at = Elf64Ehdr.size;
  for (const s of all) {
    at = Math.ceil(at / 8) * 8;
    offsets.push(at);
    if (s.type !== SHT.NOBITS) at += s.data?.length ?? 0;
  }
  const shoff = Math.ceil(at / 8) * 8;
  const bytes = new Uint8Array(shoff + all.length * Elf64Shdr.size);
  const v = new DataView(bytes.buffer);
  bytes.set(ELF_MAGIC);
  bytes[ElfIdent.EI_CLASS] = ElfIdent.ELFCLASS64;
  bytes[ElfIdent.EI_DATA] = little ? ElfIdent.ELFDATA2LSB : ElfIdent.ELFDATA2MSB;
  bytes[ElfIdent.EI_VERSION] = ElfIdent.EV_CURRENT;
  v.setUint16(offsetOf(Elf64Ehdr, "e_type"), ET_REL, little);
  v.setUint16(offsetOf(Elf64Ehdr, "e_machine"), EM_BPF, little);
  v.setUint32(offsetOf(Elf64Ehdr, "e_version"), 1, little);
  v.setBigUint64(offsetOf(Elf64Ehdr, "e_shoff"), BigInt(shoff), little);
  v.setUint16(offsetOf(Elf64Ehdr, "e_ehsize"), Elf64Ehdr.size, little);
  v.setUint16(offsetOf(Elf64Ehdr, "e_shentsize"), Elf64Shdr.size, little);
  v.setUint16(offsetOf(Elf64Ehdr, "e_shnum"), all.length, little);
  v.setUint16(offsetOf(Elf64Ehdr, "e_shstrndx"), all.length - 1, little);
  all.forEach((s, i) => {
    const h = shoff + i * Elf64Shdr.size;
    const data = s.data ?? new Uint8Array(0);
    if (s.type !== SHT.NOBITS) bytes.set(data, offsets[i]!);
    v.setUint32(h + offsetOf(Elf64Shdr, "sh_name"), i === 0 ? 0 : names.offsets[i]!, little);
    v.setUint32(h + offsetOf(Elf64Shdr, "sh_type"), s.type, little);
    v.setBigUint64(h + offsetOf(Elf64Shdr, "sh_flags"), BigInt(s.flags ?? 0), little);
    v.setBigUint64(h + offsetOf(Elf64Shdr, "sh_offset"), BigInt(i === 0 ? 0 : offsets[i]!), little);
    v.setBigUint64(h + offsetOf(Elf64Shdr, "sh_size"), BigInt(s.size ?? data.length), little);
    v.setUint32(h + offsetOf(Elf64Shdr, "sh_link"), s.link ?? 0, little);
    v.setUint32(h + offsetOf(Elf64Shdr, "sh_info"), s.info ?? 0, little);
    v.setBigUint64(h + offsetOf(Elf64Shdr, "sh_addralign"), 8n, little);
    v.setBigUint64(h + offsetOf(Elf64Shdr, "sh_entsize"), BigInt(s.entsize ?? 0), little);
  });
  return { bytes, shoff, offsets };
}

/** A small valid object: .text with one function, a symbol table and one relocation. */
export function sampleObject(little = true): Built {
  const strtab = stringTable(["prog", "counts"]);
  const symbols = symbolTable(
    [
      { name: "prog", value: 0, size: 16, info: 0x12, shndx: 1 },
      { name: "counts", value: 0, size: 4, info: 0x11, shndx: 2 },
    ],
    strtab.offsets,
    little,
  );
  return buildElf([
    { name: "xdp", type: SHT.PROGBITS, flags: 6, data: new Uint8Array(16) },
    { name: ".data", type: SHT.PROGBITS, flags: 3, data: new Uint8Array(4) },
    { name: ".strtab", type: SHT.STRTAB, data: strtab.data },
    { name: ".symtab", type: SHT.SYMTAB, data: symbols, link: 3, info: 1, entsize: Elf64Sym.size },
    {
      name: ".relxdp",
      type: SHT.REL,
      data: relTable([{ offset: 0, symbol: 2, type: 1 }], little),
      link: 4,
      info: 1,
      entsize: Elf64Rel.size,
    },
  ], little);
}
