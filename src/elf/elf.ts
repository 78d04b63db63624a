import {
  Elf64Ehdr,
  Elf64Rel,
  Elf64Rela,
  Elf64Shdr,
  Elf64Sym,
  ELF_MAGIC,
  ElfIdent,
  fieldOffsets,
} from "../abi/mod.ts";
import { EM_BPF, ET_REL, SHN, SHT } from "./constants.ts";
import { ElfError } from "./error.ts";
import type { FilePiece, PartialFile } from "./ranges.ts";
import { asciiText } from "./strings.ts";

/** One section header with its bytes. */
export interface ElfSection {
  index: number;
  name: string;
  type: number;
  flags: number;
  /** File offset of the contents. */
  offset: number;
  size: number;
  link: number;
  info: number;
  addralign: number;
  entsize: number;
  /**
   * Contents (a view into the input); empty for `SHT_NOBITS` and `SHT_NULL`, and for sections a
   * {@link PartialFile} does not hold (`.debug_*`).
   */
  data: Uint8Array;
}

/** One `Elf64_Sym`, with its name and decoded `st_info`/`st_other`. */
export interface ElfSymbol {
  index: number;
  name: string;
  value: number;
  size: number;
  /** `STB_*` */
  bind: number;
  /** `STT_*` */
  type: number;
  /** `STV_*` */
  visibility: number;
  /** Section index (`st_shndx`; `SHN_*` for special ones). */
  sectionIndex: number;
  /** File offset of this symbol table entry (for error messages). */
  entryOffset: number;
}

/** One `Elf64_Rel` (or `Elf64_Rela`) entry. */
export interface ElfRelocation {
  /** Byte offset inside the target section. */
  offset: number;
  /** Symbol index in the symbol table. */
  symbol: number;
  /** `R_BPF_*` type. */
  type: number;
  /** Explicit addend (`SHT_RELA` only, else 0). */
  addend: number;
  /** File offset of this relocation entry (for error messages). */
  entryOffset: number;
}

/** A relocation section and the section it applies to. */
export interface ElfRelocationSection {
  /** The `SHT_REL`/`SHT_RELA` section itself. */
  section: ElfSection;
  /** Index of the section the entries patch (`sh_info`). */
  target: number;
  /** Number of entries (known without decoding them). */
  count: number;
  /**
   * The entries. Those of relocation sections for DWARF (`.rel.debug_*`, which BPF loading never
   * reads and libbpf skips) are decoded, and checked, on first access: objects built against
   * vmlinux.h carry tens of thousands of them. Throws `ElfError` if a {@link PartialFile} left
   * them out.
   */
  readonly entries: ElfRelocation[];
}

/** A parsed ELF64 relocatable object for `EM_BPF`. */
export interface ElfFile {
  file: string;
  endianness: "little" | "big";
  /** `e_flags`. */
  flags: number;
  /** All sections by index; index 0 is the null section. */
  sections: ElfSection[];
  /** The `SHT_SYMTAB` entries by index (index 0 is the null symbol); empty when absent. */
  symbols: ElfSymbol[];
  /** Relocation sections in section order. */
  relocations: ElfRelocationSection[];
}

/** Bounds-checked reads over the input, with the byte order fixed once. */
class Reader {
  readonly #view: DataView;
  readonly #base: number;
  readonly #little: boolean;
  readonly #file: string;

  /** Reads at file offsets over `piece`, the file's bytes from `piece.offset` on. */
  constructor(piece: FilePiece, little: boolean, file: string) {
    const { bytes, offset } = piece;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#base = offset;
    this.#little = little;
    this.#file = file;
  }

  #check(at: number, width: number, what: string): void {
    if (at < this.#base || at - this.#base + width > this.#view.byteLength) {
      throw new ElfError(this.#file, at, `${what} is past the end of the file`);
    }
  }

  u8(at: number, what: string): number {
    this.#check(at, 1, what);
    return this.#view.getUint8(at - this.#base);
  }

  u16(at: number, what: string): number {
    this.#check(at, 2, what);
    return this.#view.getUint16(at - this.#base, this.#little);
  }

  u32(at: number, what: string): number {
    this.#check(at, 4, what);
    return this.#view.getUint32(at - this.#base, this.#little);
  }

  /** A u64 that must fit a JavaScript number (offsets, sizes, symbol values). */
  u64(at: number, what: string): number {
    // Two u32 halves: BigInt reads allocate, and this runs for every header and symbol field.
    const high = this.u64High(at, what);
    const value = high * 2 ** 32 + this.u64Low(at, what);
    if (!Number.isSafeInteger(value)) {
      throw new ElfError(
        this.#file,
        at,
        `${what} ${this.#view.getBigUint64(at - this.#base, this.#little)} is too large`,
      );
    }
    return value;
  }

  /** The upper 32 bits of a u64 (the symbol index of `r_info`). */
  u64High(at: number, what: string): number {
    this.#check(at, 8, what);
    return this.#view.getUint32(at - this.#base + (this.#little ? 4 : 0), this.#little);
  }

  /** The lower 32 bits of a u64 (the relocation type of `r_info`). */
  u64Low(at: number, what: string): number {
    this.#check(at, 8, what);
    return this.#view.getUint32(at - this.#base + (this.#little ? 0 : 4), this.#little);
  }

  /** A signed 64-bit value that must fit a JavaScript number (RELA addends). */
  i64(at: number, what: string): number {
    this.#check(at, 8, what);
    const value = this.#view.getBigInt64(at - this.#base, this.#little);
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new ElfError(this.#file, at, `${what} ${value} is out of range`);
    }
    return Number(value);
  }
}

const decoder = new TextDecoder();
// Field offsets of the structures read for every section, symbol and relocation (see
// `fieldOffsets`); each read below spells the field's width and its name for messages.
const Ehdr = fieldOffsets(Elf64Ehdr);
const Shdr = fieldOffsets(Elf64Shdr);
const Sym = fieldOffsets(Elf64Sym);
const Rel = fieldOffsets(Elf64Rel);
const Rela = fieldOffsets(Elf64Rela);

const NO_BYTES = new Uint8Array(0);

/** The input as parsing sees it: its size and the pieces of it at hand (one for a whole file). */
class Source {
  readonly size: number;
  readonly #pieces: FilePiece[];

  constructor(input: Uint8Array | PartialFile) {
    const whole = input instanceof Uint8Array;
    this.size = whole ? input.byteLength : input.size;
    this.#pieces = whole ? [{ offset: 0, bytes: input }] : input.pieces;
  }

  /** The piece holding `size` bytes at `offset`, if any. */
  piece(offset: number, size: number): FilePiece | undefined {
    return this.#pieces.find((p) =>
      offset >= p.offset && offset + size <= p.offset + p.bytes.byteLength
    );
  }

  /** `size` bytes at `offset`, if at hand. */
  bytes(offset: number, size: number): Uint8Array | undefined {
    const p = this.piece(offset, size);
    return p?.bytes.subarray(offset - p.offset, offset - p.offset + size);
  }
}

/**
 * Parses an ELF64 `EM_BPF` relocatable object of either byte order, given whole or as the pieces
 * {@link elfReadRanges} asked for. Throws `ElfError`.
 */
export function parseElf(input: Uint8Array | PartialFile, file: string): ElfFile {
  const source = new Source(input);
  const head = source.piece(0, Elf64Ehdr.size);
  if (!head) {
    throw new ElfError(
      file,
      source.size,
      `file is too short for an ELF header (${source.size} bytes)`,
    );
  }
  const bytes = head.bytes;
  ELF_MAGIC.forEach((byte, i) => {
    if (bytes[i] !== byte) throw new ElfError(file, i, "not an ELF file (bad magic)");
  });
  if (bytes[ElfIdent.EI_CLASS] !== ElfIdent.ELFCLASS64) {
    throw new ElfError(
      file,
      ElfIdent.EI_CLASS,
      `not a 64-bit ELF file (class ${bytes[ElfIdent.EI_CLASS]})`,
    );
  }
  const data = bytes[ElfIdent.EI_DATA];
  if (data !== ElfIdent.ELFDATA2LSB && data !== ElfIdent.ELFDATA2MSB) {
    throw new ElfError(file, ElfIdent.EI_DATA, `unknown ELF byte order ${data}`);
  }
  if (bytes[ElfIdent.EI_VERSION] !== ElfIdent.EV_CURRENT) {
    throw new ElfError(
      file,
      ElfIdent.EI_VERSION,
      `unknown ELF version ${bytes[ElfIdent.EI_VERSION]}`,
    );
  }
  const little = data === ElfIdent.ELFDATA2LSB;
  const r = new Reader(head, little, file);
  // Reads anywhere in the file go through the piece holding them; one that is missing reads
  // through the header's, which says the bytes are past the end of the file.
  const readerAt = (offset: number, size: number) =>
    new Reader(source.piece(offset, size) ?? head, little, file);

  const type = r.u16(Ehdr.e_type, "e_type");
  if (type !== ET_REL) {
    throw new ElfError(
      file,
      Ehdr.e_type,
      `not a relocatable object (e_type ${type})`,
    );
  }
  const machine = r.u16(Ehdr.e_machine, "e_machine");
  if (machine !== EM_BPF) {
    throw new ElfError(
      file,
      Ehdr.e_machine,
      `not a BPF object (e_machine ${machine}, want ${EM_BPF})`,
    );
  }
  const shentsize = r.u16(Ehdr.e_shentsize, "e_shentsize");
  const shoff = r.u64(Ehdr.e_shoff, "e_shoff");
  if (shoff === 0) {
    throw new ElfError(file, Ehdr.e_shoff, "no section header table");
  }
  if (shentsize !== Elf64Shdr.size) {
    throw new ElfError(
      file,
      Ehdr.e_shentsize,
      `bad section header size ${shentsize}, want ${Elf64Shdr.size}`,
    );
  }

  // Extended numbering: a zero count or SHN_XINDEX string-table index lives in section 0.
  let shnum = r.u16(Ehdr.e_shnum, "e_shnum");
  let shstrndx = r.u16(Ehdr.e_shstrndx, "e_shstrndx");
  if (shnum === 0) {
    shnum = readerAt(shoff, Elf64Shdr.size).u64(
      shoff + Shdr.sh_size,
      "section count (section 0 sh_size)",
    );
  }
  if (shstrndx === SHN.XINDEX) {
    shstrndx = readerAt(shoff, Elf64Shdr.size).u32(shoff + Shdr.sh_link, "section 0 sh_link");
  }
  if (shnum === 0) throw new ElfError(file, Ehdr.e_shnum, "no sections");
  if (shoff + shnum * Elf64Shdr.size > source.size) {
    throw new ElfError(
      file,
      shoff,
      `section header table (${shnum} entries) is past the end of the file`,
    );
  }
  if (shstrndx >= shnum) {
    throw new ElfError(
      file,
      Ehdr.e_shstrndx,
      `section name table index ${shstrndx} is out of range (${shnum} sections)`,
    );
  }

  const table = readerAt(shoff, shnum * Elf64Shdr.size);
  const headers = Array.from(
    { length: shnum },
    (_, index) => readSectionHeader(table, source, file, shoff, index),
  );
  const sectionNames = headers[shstrndx]!;
  if (sectionNames.type !== SHT.STRTAB) {
    throw new ElfError(
      file,
      shoff + shstrndx * Elf64Shdr.size,
      `section name table ${shstrndx} is not SHT_STRTAB`,
    );
  }
  const names = new StringTable(sectionNames, file);
  const sections: ElfSection[] = headers.map((h) => ({
    ...h,
    name: names.get(h.nameOffset, () => `name of section ${h.index}`),
  }));
  for (const s of sections) {
    if (s.link >= shnum && (s.type === SHT.SYMTAB || s.type === SHT.REL || s.type === SHT.RELA)) {
      throw new ElfError(
        file,
        shoff + s.index * Elf64Shdr.size + Shdr.sh_link,
        `section ${s.name} links to missing section ${s.link}`,
      );
    }
  }

  const symtabs = sections.filter((s) => s.type === SHT.SYMTAB);
  if (symtabs.length > 1) {
    throw new ElfError(file, symtabs[1]!.offset, `more than one symbol table (${symtabs.length})`);
  }
  const symtab = symtabs[0];
  const symbols = symtab
    ? readSymbols(readerAt(symtab.offset, symtab.size), sections, symtab, file)
    : [];
  const relocations = sections
    .filter((s) => s.type === SHT.REL || s.type === SHT.RELA)
    .map((s) => {
      const at = source.piece(s.offset, s.size) && readerAt(s.offset, s.size);
      return readRelocations(at, sections, s, symbols.length, file);
    });

  return {
    file,
    endianness: little ? "little" : "big",
    flags: r.u32(Ehdr.e_flags, "e_flags"),
    sections,
    symbols,
    relocations,
  };
}

type SectionHeader = Omit<ElfSection, "name"> & { nameOffset: number };

function readSectionHeader(
  r: Reader,
  source: Source,
  file: string,
  shoff: number,
  index: number,
): SectionHeader {
  const at = shoff + index * Elf64Shdr.size;
  const type = r.u32(at + Shdr.sh_type, "sh_type");
  const offset = r.u64(at + Shdr.sh_offset, "sh_offset");
  const size = r.u64(at + Shdr.sh_size, "sh_size");
  const hasBytes = index !== 0 && type !== SHT.NULL && type !== SHT.NOBITS;
  if (hasBytes && offset + size > source.size) {
    throw new ElfError(
      file,
      at + Shdr.sh_offset,
      `section ${index} contents (offset ${offset}, size ${size}) are past the end of the file (${source.size} bytes)`,
    );
  }
  return {
    index,
    nameOffset: r.u32(at + Shdr.sh_name, "sh_name"),
    type,
    flags: r.u64(at + Shdr.sh_flags, "sh_flags"),
    offset,
    size,
    link: r.u32(at + Shdr.sh_link, "sh_link"),
    info: r.u32(at + Shdr.sh_info, "sh_info"),
    addralign: r.u64(at + Shdr.sh_addralign, "sh_addralign"),
    entsize: r.u64(at + Shdr.sh_entsize, "sh_entsize"),
    data: hasBytes ? source.bytes(offset, size) ?? NO_BYTES : NO_BYTES,
  };
}

/** A string-table section's NUL-terminated strings, decoded once when the table is ASCII. */
class StringTable {
  readonly #table: Pick<ElfSection, "data" | "offset"> & { name?: string };
  readonly #file: string;
  readonly #text: string | undefined;

  constructor(table: Pick<ElfSection, "data" | "offset"> & { name?: string }, file: string) {
    this.#table = table;
    this.#file = file;
    this.#text = asciiText(table.data);
  }

  /** The string at `at`; `what` (spelled only on failure) says whose it is. */
  get(at: number, what: () => string): string {
    const data = this.#table.data;
    if (at >= data.byteLength) {
      throw new ElfError(
        this.#file,
        this.#table.offset + at,
        `${what()}: string offset ${at} is outside ${
          this.#table.name || "the string table"
        } (${data.byteLength} bytes)`,
      );
    }
    const end = this.#text !== undefined ? this.#text.indexOf("\0", at) : data.indexOf(0, at);
    if (end < 0) {
      throw new ElfError(
        this.#file,
        this.#table.offset + at,
        `${what()}: string is not NUL-terminated`,
      );
    }
    return this.#text !== undefined
      ? this.#text.slice(at, end)
      : decoder.decode(data.subarray(at, end));
  }
}

function readSymbols(
  r: Reader,
  sections: ElfSection[],
  symtab: ElfSection,
  file: string,
): ElfSymbol[] {
  if (symtab.entsize !== Elf64Sym.size || symtab.size % Elf64Sym.size !== 0) {
    throw new ElfError(
      file,
      symtab.offset,
      `symbol table entry size ${symtab.entsize} / size ${symtab.size} is not a multiple of ${Elf64Sym.size}`,
    );
  }
  const nameSection = sections[symtab.link]!;
  if (nameSection.type !== SHT.STRTAB) {
    throw new ElfError(
      file,
      symtab.offset,
      `symbol table links to section ${nameSection.name}, which is not SHT_STRTAB`,
    );
  }
  const names = new StringTable(nameSection, file);
  return Array.from({ length: symtab.size / Elf64Sym.size }, (_, index) => {
    const at = symtab.offset + index * Elf64Sym.size;
    const info = r.u8(at + Sym.st_info, "st_info");
    const sectionIndex = r.u16(at + Sym.st_shndx, "st_shndx");
    if (sectionIndex >= sections.length && sectionIndex < SHN.LORESERVE) {
      throw new ElfError(
        file,
        at + Sym.st_shndx,
        `symbol ${index} refers to missing section ${sectionIndex}`,
      );
    }
    return {
      index,
      name: names.get(r.u32(at + Sym.st_name, "st_name"), () => `name of symbol ${index}`),
      value: r.u64(at + Sym.st_value, "st_value"),
      size: r.u64(at + Sym.st_size, "st_size"),
      bind: info >> 4,
      type: info & 0xf,
      visibility: r.u8(at + Sym.st_other, "st_other") & 3,
      sectionIndex,
      entryOffset: at,
    };
  });
}

/** `r` reads the section's entries; undefined when a {@link PartialFile} left them out. */
function readRelocations(
  r: Reader | undefined,
  sections: ElfSection[],
  section: ElfSection,
  symbolCount: number,
  file: string,
): ElfRelocationSection {
  const rela = section.type === SHT.RELA;
  const entrySize = rela ? Elf64Rela.size : Elf64Rel.size;
  if (section.size % entrySize !== 0) {
    throw new ElfError(
      file,
      section.offset,
      `relocation section ${section.name} size ${section.size} is not a multiple of ${entrySize}`,
    );
  }
  if (section.info === 0 || section.info >= sections.length) {
    throw new ElfError(
      file,
      section.offset,
      `relocation section ${section.name} applies to missing section ${section.info}`,
    );
  }
  const count = section.size / entrySize;
  const decode = () => {
    if (!r) throw new ElfError(file, section.offset, `${section.name}: contents were not read`);
    const entries: ElfRelocation[] = [];
    for (let i = 0; i < count; i++) {
      const at = section.offset + i * entrySize;
      const symbol = r.u64High(at + Rel.r_info, "r_info");
      if (symbol >= symbolCount) {
        throw new ElfError(
          file,
          at + Rel.r_info,
          `relocation ${i} in ${section.name} refers to missing symbol ${symbol}`,
        );
      }
      entries.push({
        offset: r.u64(at + Rel.r_offset, "r_offset"),
        symbol,
        type: r.u64Low(at + Rel.r_info, "r_info"),
        addend: rela ? r.i64(at + Rela.r_addend, "r_addend") : 0,
        entryOffset: at,
      });
    }
    return entries;
  };
  const target = section.info;
  if (r && !sections[target]!.name.startsWith(".debug_")) {
    return { section, target, count, entries: decode() };
  }
  let entries: ElfRelocation[] | undefined;
  return {
    section,
    target,
    count,
    get entries() {
      return entries ??= decode();
    },
  };
}
