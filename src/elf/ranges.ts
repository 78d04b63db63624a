import { Elf64Ehdr, Elf64Shdr, ELF_MAGIC, ElfIdent, fieldOffsets } from "../abi/mod.ts";
import { SHN, SHT } from "./constants.ts";

/** A span of file bytes. */
export interface ByteRange {
  offset: number;
  size: number;
}

/** Bytes read from a file at `offset`. */
export interface FilePiece {
  offset: number;
  bytes: Uint8Array;
}

/** A file of which only some ranges were read ({@link elfReadRanges}); `parseElf` takes it. */
export interface PartialFile {
  /** The file's size in bytes. */
  size: number;
  pieces: FilePiece[];
}

const Ehdr = fieldOffsets(Elf64Ehdr);
const Shdr = fieldOffsets(Elf64Shdr);
/** `.debug_` as bytes: DWARF sections, which parsing never reads (libbpf never maps them in). */
const DEBUG_PREFIX = new TextEncoder().encode(".debug_");
/** Ranges closer than this are read as one: a short read costs less than another system call. */
const MERGE_GAP = 4096;

/**
 * Which byte ranges of an ELF object of `size` bytes {@link parseElf} reads, so that a caller can
 * read only those: everything but the contents of `.debug_*` sections and of the relocation
 * sections that apply to them (most of an object built against vmlinux.h; libbpf never reads
 * them either). Pure: no I/O.
 *
 * Each step yields one range to look at, whose bytes the caller passes back to `next()`: the ELF
 * header, the section header table, the section name table. The generator holds on to them only
 * until it is done, so a caller can lend them from a reused buffer. It returns the ranges to read
 * for `parseElf` (as the pieces of a {@link PartialFile}), those tables included again. Files
 * whose headers look unusual (not ELF, extended numbering, anything out of bounds) are asked for
 * whole, so that `parseElf` reports a problem exactly as it would on the full file.
 */
export function* elfReadRanges(size: number): Generator<ByteRange, ByteRange[], Uint8Array> {
  const whole = [{ offset: 0, size }];
  const headerRange = { offset: 0, size: Elf64Ehdr.size };
  const header = readHeader(yield headerRange);
  if (!header || header.shoff + header.shnum * Elf64Shdr.size > size) return whole;
  const { little, shoff, shnum, shstrndx } = header;
  const tableRange = { offset: shoff, size: shnum * Elf64Shdr.size };
  const table = yield tableRange;
  if (table.byteLength !== tableRange.size) return whole;
  const shdrs = new DataView(table.buffer, table.byteOffset, table.byteLength);
  // Fields of section `index`'s header, read again where needed rather than kept in objects.
  const field = (index: number, at: number) => shdrs.getUint32(index * Elf64Shdr.size + at, little);
  const wide = (index: number, at: number) => u64(shdrs, index * Elf64Shdr.size + at, little);
  /** The section's contents, empty for `SHT_NOBITS` and the null section. */
  const contents = (index: number): ByteRange => {
    const type = field(index, Shdr.sh_type);
    const hasBytes = index !== 0 && type !== SHT.NULL && type !== SHT.NOBITS;
    return { offset: wide(index, Shdr.sh_offset), size: hasBytes ? wide(index, Shdr.sh_size) : 0 };
  };
  for (let index = 0; index < shnum; index++) {
    if (wide(index, Shdr.sh_offset) + wide(index, Shdr.sh_size) > size) return whole;
  }
  if (field(shstrndx, Shdr.sh_type) !== SHT.STRTAB) return whole;
  const names = yield contents(shstrndx);
  const isDebug = (index: number) => startsWith(names, field(index, Shdr.sh_name), DEBUG_PREFIX);
  const ranges = [headerRange, tableRange];
  for (let index = 0; index < shnum; index++) {
    const range = contents(index);
    if (range.size === 0 || isDebug(index)) continue;
    const type = field(index, Shdr.sh_type);
    const target = field(index, Shdr.sh_info);
    if ((type === SHT.REL || type === SHT.RELA) && target < shnum && isDebug(target)) continue;
    ranges.push(range);
  }
  return mergeRanges(ranges);
}

/** Whether `bytes` hold `prefix` at `at`. */
function startsWith(bytes: Uint8Array, at: number, prefix: Uint8Array): boolean {
  if (at + prefix.byteLength > bytes.byteLength) return false;
  for (let i = 0; i < prefix.byteLength; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** The fields of an ELF header that say where the section headers are. */
interface SectionTablePlace {
  little: boolean;
  shoff: number;
  shnum: number;
  shstrndx: number;
}

/**
 * Where the section header table is, read from `head` (the file's first bytes); undefined when
 * they are not an ELF64 header of usual shape (extended numbering included).
 */
function readHeader(head: Uint8Array): SectionTablePlace | undefined {
  if (
    head.byteLength < Elf64Ehdr.size || !ELF_MAGIC.every((byte, i) => head[i] === byte) ||
    head[ElfIdent.EI_CLASS] !== ElfIdent.ELFCLASS64
  ) {
    return undefined;
  }
  const little = head[ElfIdent.EI_DATA] === ElfIdent.ELFDATA2LSB;
  const ehdr = new DataView(head.buffer, head.byteOffset, Elf64Ehdr.size);
  if (ehdr.getUint16(Ehdr.e_shentsize, little) !== Elf64Shdr.size) return undefined;
  const shoff = u64(ehdr, Ehdr.e_shoff, little);
  const shnum = ehdr.getUint16(Ehdr.e_shnum, little);
  const shstrndx = ehdr.getUint16(Ehdr.e_shstrndx, little);
  if (shoff === 0 || shnum === 0 || shstrndx === SHN.XINDEX || shstrndx >= shnum) return undefined;
  return { little, shoff, shnum, shstrndx };
}

/**
 * Where the section header table of the ELF object starting with `head` (at least its first 64
 * bytes) ends; undefined when {@link elfReadRanges} would read the file whole anyway. Compilers
 * write the table last, so a reader can find the file's end around there without asking for
 * its size.
 */
export function sectionTableEnd(head: Uint8Array): number | undefined {
  const header = readHeader(head);
  return header && header.shoff + header.shnum * Elf64Shdr.size;
}

function u64(view: DataView, at: number, little: boolean): number {
  return view.getUint32(at + (little ? 4 : 0), little) * 2 ** 32 +
    view.getUint32(at + (little ? 0 : 4), little);
}

/** Sorted, with neighbours less than {@link MERGE_GAP} apart joined. */
function mergeRanges(ranges: ByteRange[]): ByteRange[] {
  const merged: ByteRange[] = [];
  for (const r of ranges.sort((a, b) => a.offset - b.offset)) {
    const last = merged.at(-1);
    if (last && r.offset <= last.offset + last.size + MERGE_GAP) {
      last.size = Math.max(last.size, r.offset + r.size - last.offset);
    } else {
      merged.push({ ...r });
    }
  }
  return merged;
}

/**
 * Runs {@link elfReadRanges} to the end with `read`, which fills `into` with the file's bytes from
 * `offset` on and says how many it could (fewer when the file ends sooner): the pieces of an
 * object `size` bytes long that `parseElf` needs. All pieces are views of one buffer.
 */
export function readElfPieces(
  size: number,
  read: (offset: number, into: Uint8Array) => number,
): PartialFile {
  const steps = elfReadRanges(size);
  let looked = 0;
  let step = steps.next(NO_BYTES);
  while (!step.done) {
    const range = step.value;
    const fits = looked + range.size <= LOOK_BUFFER.byteLength;
    const into = fits
      ? LOOK_BUFFER.subarray(looked, looked + range.size)
      : new Uint8Array(range.size);
    if (fits) looked += range.size;
    step = steps.next(into.subarray(0, read(range.offset, into)));
  }
  const ranges = step.value;
  // One allocation for all pieces rather than one each. Each piece starts at the same offset
  // modulo 8 as in the file, so that aligned sections stay aligned in memory (parseBtf reads
  // the words of an aligned .BTF through a Uint32Array).
  const buffer = new Uint8Array(ranges.reduce((total, r) => total + PIECE_ALIGN + r.size, 0));
  let at = 0;
  const pieces = ranges.map((r) => {
    at += (r.offset - at) & (PIECE_ALIGN - 1);
    const into = buffer.subarray(at, at + r.size);
    at += r.size;
    const done = read(r.offset, into);
    return { offset: r.offset, bytes: done === r.size ? into : into.subarray(0, done) };
  });
  return { size, pieces };
}

const NO_BYTES = new Uint8Array(0);
/** The alignment, in the file, of the tables ELF64 aligns most (section headers, symbols). */
const PIECE_ALIGN = 8;
/**
 * Where {@link readElfPieces} puts the bytes {@link elfReadRanges} only looks at (a few KB of
 * headers, usually), reused from file to file: allocating them costs more than reading them.
 */
const LOOK_BUFFER = new Uint8Array(16 * 1024);
