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

/**
 * Reads at file offsets over one piece of the input, with the byte order fixed once. Parsing
 * checks that a whole table lies inside the input before reading it through a `Reader`, so the
 * reads themselves are unchecked (the DataView still refuses any read outside its piece).
 */
class Reader {
  readonly #view: DataView;
  readonly #base: number;
  readonly #little: boolean;
  readonly #file: string;

  constructor(piece: FilePiece, little: boolean, file: string) {
    const { bytes, offset } = piece;
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.#base = offset;
    this.#little = little;
    this.#file = file;
  }

  u8(at: number): number {
    return this.#view.getUint8(at - this.#base);
  }

  u16(at: number): number {
    return this.#view.getUint16(at - this.#base, this.#little);
  }

  u32(at: number): number {
    return this.#view.getUint32(at - this.#base, this.#little);
  }

  /** A u64 that must fit a JavaScript number (offsets, sizes, symbol values). */
  u64(at: number, what: string): number {
    // Two u32 halves: BigInt reads allocate, and this runs for every header and symbol field.
    const high = this.u64High(at);
    if (high > MAX_SAFE_HIGH) {
      throw new ElfError(
        this.#file,
        at,
        `${what} ${this.#view.getBigUint64(at - this.#base, this.#little)} is too large`,
      );
    }
    return high * 2 ** 32 + this.u64Low(at);
  }

  /** The upper 32 bits of a u64 (the symbol index of `r_info`). */
  u64High(at: number): number {
    return this.#view.getUint32(at - this.#base + (this.#little ? 4 : 0), this.#little);
  }

  /** The lower 32 bits of a u64 (the relocation type of `r_info`). */
  u64Low(at: number): number {
    return this.#view.getUint32(at - this.#base + (this.#little ? 0 : 4), this.#little);
  }

  /** A signed 64-bit value that must fit a JavaScript number (RELA addends). */
  i64(at: number, what: string): number {
    const value = this.#view.getBigInt64(at - this.#base, this.#little);
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new ElfError(this.#file, at, `${what} ${value} is out of range`);
    }
    return Number(value);
  }
}

/** The largest upper half of a u64 whose value is still a safe integer (2^53 - 1). */
const MAX_SAFE_HIGH = 2 ** 21 - 1;

// Field offsets of the structures read for every section, symbol and relocation (see
// `fieldOffsets`); each read below spells the field's width.
const Ehdr = fieldOffsets(Elf64Ehdr);
const Shdr = fieldOffsets(Elf64Shdr);
const Sym = fieldOffsets(Elf64Sym);
const Rel = fieldOffsets(Elf64Rel);
const Rela = fieldOffsets(Elf64Rela);

const NO_BYTES = new Uint8Array(0);

/** The index of the piece of `pieces` holding `size` bytes at `offset`, or -1. */
function pieceHolding(pieces: FilePiece[], offset: number, size: number): number {
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (offset >= p.offset && offset + size <= p.offset + p.bytes.byteLength) return i;
  }
  return -1;
}

/** The input as parsing sees it: its size and the pieces of it at hand (one for a whole file). */
class Source {
  readonly size: number;
  readonly #pieces: FilePiece[];
  /** One reader per piece, made when first needed. */
  readonly #readers: (Reader | undefined)[] = [];
  readonly #little: boolean;
  readonly file: string;

  constructor(size: number, pieces: FilePiece[], little: boolean, file: string) {
    this.size = size;
    this.#pieces = pieces;
    this.#little = little;
    this.file = file;
  }

  /** A reader for the `size` bytes at `offset`, if they are at hand. */
  reader(offset: number, size: number): Reader | undefined {
    const i = pieceHolding(this.#pieces, offset, size);
    if (i < 0) return undefined;
    return this.#readers[i] ??= new Reader(this.#pieces[i]!, this.#little, this.file);
  }

  /** `size` bytes at `offset`, if at hand. */
  bytes(offset: number, size: number): Uint8Array | undefined {
    const i = pieceHolding(this.#pieces, offset, size);
    if (i < 0) return undefined;
    const { bytes, offset: start } = this.#pieces[i]!;
    return new Uint8Array(bytes.buffer, bytes.byteOffset + offset - start, size);
  }
}

/**
 * Parses an ELF64 `EM_BPF` relocatable object of either byte order, given whole or as the pieces
 * {@link elfReadRanges} asked for. Throws `ElfError`.
 */
export function parseElf(input: Uint8Array | PartialFile, file: string): ElfFile {
  const whole = input instanceof Uint8Array;
  const fileSize = whole ? input.byteLength : input.size;
  const pieces = whole ? [{ offset: 0, bytes: input }] : input.pieces;
  const headIndex = pieceHolding(pieces, 0, Elf64Ehdr.size);
  if (headIndex < 0) {
    throw new ElfError(file, fileSize, `file is too short for an ELF header (${fileSize} bytes)`);
  }
  const bytes = pieces[headIndex]!.bytes;
  for (let i = 0; i < ELF_MAGIC.length; i++) {
    if (bytes[i] !== ELF_MAGIC[i]) throw new ElfError(file, i, "not an ELF file (bad magic)");
  }
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
  const source = new Source(fileSize, pieces, little, file);
  const r = source.reader(0, Elf64Ehdr.size)!;

  const type = r.u16(Ehdr.e_type);
  if (type !== ET_REL) {
    throw new ElfError(file, Ehdr.e_type, `not a relocatable object (e_type ${type})`);
  }
  const machine = r.u16(Ehdr.e_machine);
  if (machine !== EM_BPF) {
    throw new ElfError(
      file,
      Ehdr.e_machine,
      `not a BPF object (e_machine ${machine}, want ${EM_BPF})`,
    );
  }
  const shentsize = r.u16(Ehdr.e_shentsize);
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
  let shnum = r.u16(Ehdr.e_shnum);
  let shstrndx = r.u16(Ehdr.e_shstrndx);
  if (shnum === 0) {
    const what = "section count (section 0 sh_size)";
    const first = source.reader(shoff, Elf64Shdr.size) ??
      pastTheEnd(file, shoff + Shdr.sh_size, what);
    shnum = first.u64(shoff + Shdr.sh_size, what);
  }
  if (shstrndx === SHN.XINDEX) {
    const first = source.reader(shoff, Elf64Shdr.size) ??
      pastTheEnd(file, shoff + Shdr.sh_link, "section 0 sh_link");
    shstrndx = first.u32(shoff + Shdr.sh_link);
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

  const table = source.reader(shoff, shnum * Elf64Shdr.size) ??
    pastTheEnd(file, shoff + Shdr.sh_type, "sh_type");
  const sections: ElfSection[] = [];
  for (let index = 0; index < shnum; index++) {
    sections.push(readSectionHeader(table, source, shoff + index * Elf64Shdr.size, index));
  }
  const nameTable = sections[shstrndx]!;
  if (nameTable.type !== SHT.STRTAB) {
    throw new ElfError(
      file,
      shoff + shstrndx * Elf64Shdr.size,
      `section name table ${shstrndx} is not SHT_STRTAB`,
    );
  }
  // Named by its role: its own name is not known yet.
  const sectionNames = new StringTable(
    nameTable,
    "the string table",
    file,
    asciiText(nameTable.data),
  );
  for (const s of sections) {
    const at = shoff + s.index * Elf64Shdr.size;
    s.name = sectionNames.get(table.u32(at + Shdr.sh_name), "section", s.index);
  }
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
    ? readSymbols(source, sections, symtab, symtab.link === shstrndx ? sectionNames : undefined)
    : [];
  const relocations: ElfRelocationSection[] = [];
  for (const s of sections) {
    if (s.type === SHT.REL || s.type === SHT.RELA) {
      relocations.push(
        new RelocationSection(source.reader(s.offset, s.size), sections, s, {
          symbolCount: symbols.length,
          file,
        }),
      );
    }
  }

  return {
    file,
    endianness: little ? "little" : "big",
    flags: r.u32(Ehdr.e_flags),
    sections,
    symbols,
    relocations,
  };
}

/** Section `index`, whose header is at `at`, with its name still empty. */
function readSectionHeader(r: Reader, source: Source, at: number, index: number): ElfSection {
  const type = r.u32(at + Shdr.sh_type);
  const offset = r.u64(at + Shdr.sh_offset, "sh_offset");
  const size = r.u64(at + Shdr.sh_size, "sh_size");
  const hasBytes = index !== 0 && type !== SHT.NULL && type !== SHT.NOBITS;
  if (hasBytes && offset + size > source.size) {
    throw new ElfError(
      source.file,
      at + Shdr.sh_offset,
      `section ${index} contents (offset ${offset}, size ${size}) are past the end of the file (${source.size} bytes)`,
    );
  }
  return new Section(source, hasBytes, {
    index,
    type,
    flags: r.u64(at + Shdr.sh_flags, "sh_flags"),
    offset,
    size,
    link: r.u32(at + Shdr.sh_link),
    info: r.u32(at + Shdr.sh_info),
    addralign: r.u64(at + Shdr.sh_addralign, "sh_addralign"),
    entsize: r.u64(at + Shdr.sh_entsize, "sh_entsize"),
  });
}

/** A section whose contents are cut out of the input when first read (most never are). */
class Section implements ElfSection {
  readonly index: number;
  name = "";
  readonly type: number;
  readonly flags: number;
  readonly offset: number;
  readonly size: number;
  readonly link: number;
  readonly info: number;
  readonly addralign: number;
  readonly entsize: number;
  readonly #source: Source;
  readonly #hasBytes: boolean;
  #data: Uint8Array | undefined;

  constructor(
    source: Source,
    hasBytes: boolean,
    header: Omit<ElfSection, "name" | "data">,
  ) {
    this.index = header.index;
    this.type = header.type;
    this.flags = header.flags;
    this.offset = header.offset;
    this.size = header.size;
    this.link = header.link;
    this.info = header.info;
    this.addralign = header.addralign;
    this.entsize = header.entsize;
    this.#source = source;
    this.#hasBytes = hasBytes;
  }

  get data(): Uint8Array {
    return this.#data ??= this.#hasBytes
      ? this.#source.bytes(this.offset, this.size) ?? NO_BYTES
      : NO_BYTES;
  }
}

/** Throws the error for a table that is not at hand: its first read is past the end. */
function pastTheEnd(file: string, at: number, what: string): never {
  throw new ElfError(file, at, `${what} is past the end of the file`);
}

const decoder = new TextDecoder();

/** A string-table section's NUL-terminated strings, decoded once when the table is ASCII. */
class StringTable {
  readonly #section: ElfSection;
  /** What messages call the table. */
  readonly #label: string;
  readonly #file: string;
  readonly #text: string | undefined;

  constructor(section: ElfSection, label: string, file: string, text: string | undefined) {
    this.#section = section;
    this.#label = label;
    this.#file = file;
    this.#text = text;
  }

  /** The same table, called `label` in messages. */
  withLabel(label: string): StringTable {
    return new StringTable(this.#section, label, this.#file, this.#text);
  }

  /** The string at `at`, the name of `owner` `index` (spelled only on failure). */
  get(at: number, owner: "section" | "symbol", index: number): string {
    const data = this.#section.data;
    if (at >= data.byteLength) {
      throw new ElfError(
        this.#file,
        this.#section.offset + at,
        `name of ${owner} ${index}: string offset ${at} is outside ${this.#label} (${data.byteLength} bytes)`,
      );
    }
    const text = this.#text;
    const end = text !== undefined ? text.indexOf("\0", at) : data.indexOf(0, at);
    if (end < 0) {
      throw new ElfError(
        this.#file,
        this.#section.offset + at,
        `name of ${owner} ${index}: string is not NUL-terminated`,
      );
    }
    return text !== undefined ? text.slice(at, end) : decoder.decode(data.subarray(at, end));
  }
}

function readSymbols(
  source: Source,
  sections: ElfSection[],
  symtab: ElfSection,
  sectionNames: StringTable | undefined,
): ElfSymbol[] {
  const file = source.file;
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
  const label = nameSection.name || "the string table";
  const names = sectionNames?.withLabel(label) ??
    new StringTable(nameSection, label, file, asciiText(nameSection.data));
  const r = source.reader(symtab.offset, symtab.size) ??
    pastTheEnd(file, symtab.offset + Sym.st_info, "st_info");
  const symbols: ElfSymbol[] = [];
  const count = symtab.size / Elf64Sym.size;
  for (let index = 0; index < count; index++) {
    const at = symtab.offset + index * Elf64Sym.size;
    const info = r.u8(at + Sym.st_info);
    const sectionIndex = r.u16(at + Sym.st_shndx);
    if (sectionIndex >= sections.length && sectionIndex < SHN.LORESERVE) {
      throw new ElfError(
        file,
        at + Sym.st_shndx,
        `symbol ${index} refers to missing section ${sectionIndex}`,
      );
    }
    symbols.push({
      index,
      name: names.get(r.u32(at + Sym.st_name), "symbol", index),
      value: r.u64(at + Sym.st_value, "st_value"),
      size: r.u64(at + Sym.st_size, "st_size"),
      bind: info >> 4,
      type: info & 0xf,
      visibility: r.u8(at + Sym.st_other) & 3,
      sectionIndex,
      entryOffset: at,
    });
  }
  return symbols;
}

/**
 * A relocation section. Its entries are checked when parsed, except those of DWARF sections
 * (`.rel.debug_*`, which BPF loading never reads and libbpf skips: objects built against
 * vmlinux.h carry tens of thousands of them), and become objects only when first read.
 */
class RelocationSection implements ElfRelocationSection {
  readonly section: ElfSection;
  readonly target: number;
  readonly count: number;
  /** Reads the entries; undefined when a {@link PartialFile} left them out. */
  readonly #reader: Reader | undefined;
  readonly #symbolCount: number;
  readonly #file: string;
  #entries: ElfRelocation[] | undefined;

  constructor(
    reader: Reader | undefined,
    sections: ElfSection[],
    section: ElfSection,
    { symbolCount, file }: { symbolCount: number; file: string },
  ) {
    const entrySize = section.type === SHT.RELA ? Elf64Rela.size : Elf64Rel.size;
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
    this.section = section;
    this.target = section.info;
    this.count = section.size / entrySize;
    this.#reader = reader;
    this.#symbolCount = symbolCount;
    this.#file = file;
    if (reader && !sections[this.target]!.name.startsWith(".debug_")) this.#decode(undefined);
  }

  get entries(): ElfRelocation[] {
    if (this.#entries === undefined) {
      const entries: ElfRelocation[] = [];
      this.#decode(entries);
      this.#entries = entries;
    }
    return this.#entries;
  }

  /** Checks every entry, adding it to `out` when given. */
  #decode(out: ElfRelocation[] | undefined): void {
    const { section, count } = this;
    const r = this.#reader;
    if (!r) {
      throw new ElfError(this.#file, section.offset, `${section.name}: contents were not read`);
    }
    const rela = section.type === SHT.RELA;
    const entrySize = rela ? Elf64Rela.size : Elf64Rel.size;
    for (let i = 0; i < count; i++) {
      const at = section.offset + i * entrySize;
      const symbol = r.u64High(at + Rel.r_info);
      if (symbol >= this.#symbolCount) {
        throw new ElfError(
          this.#file,
          at + Rel.r_info,
          `relocation ${i} in ${section.name} refers to missing symbol ${symbol}`,
        );
      }
      const offset = r.u64(at + Rel.r_offset, "r_offset");
      const addend = rela ? r.i64(at + Rela.r_addend, "r_addend") : 0;
      out?.push({ offset, symbol, type: r.u64Low(at + Rel.r_info), addend, entryOffset: at });
    }
  }
}

/**
 * The first section of `elf` called `name`. A scan: objects have a few dozen sections and
 * parsing looks up a handful of names, fewer comparisons than indexing every name would take.
 */
export function sectionNamed(elf: ElfFile, name: string): ElfSection | undefined {
  // Lengths first: most names differ in length, and that test stays in optimised code.
  for (const s of elf.sections) if (s.name.length === name.length && s.name === name) return s;
  return undefined;
}
