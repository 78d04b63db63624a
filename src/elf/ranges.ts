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
 * Each yielded list is what the next step needs; the caller reads those ranges and passes their
 * bytes back, in order, to `next()`: the ELF header, the section header table, the section name
 * table, then the section contents. The generator returns every piece as a {@link PartialFile}.
 * Files whose headers look unusual (not ELF, extended numbering, anything out of bounds) are
 * asked for whole, so that `parseElf` reports a problem exactly as it would on the full file.
 */
export function* elfReadRanges(size: number): Generator<ByteRange[], PartialFile, Uint8Array[]> {
  const pieces: FilePiece[] = [];
  const partial = { size, pieces };
  const whole = [{ offset: 0, size }];
  function* read(ranges: ByteRange[]): Generator<ByteRange[], Uint8Array, Uint8Array[]> {
    const bytes = yield ranges;
    ranges.forEach((r, i) => pieces.push({ offset: r.offset, bytes: bytes[i]! }));
    return bytes[0]!;
  }
  function* readWhole(): Generator<ByteRange[], PartialFile, Uint8Array[]> {
    pieces.length = 0;
    yield* read(whole);
    return partial;
  }
  const head = yield* read([{ offset: 0, size: Elf64Ehdr.size }]);
  const little = head[ElfIdent.EI_DATA] === ElfIdent.ELFDATA2LSB;
  const view = (bytes: Uint8Array) =>
    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u64 = (v: DataView, at: number) =>
    v.getUint32(at + (little ? 4 : 0), little) * 2 ** 32 +
    v.getUint32(at + (little ? 0 : 4), little);
  const ehdr = view(head);
  const usable = head.byteLength === Elf64Ehdr.size &&
    ELF_MAGIC.every((byte, i) => head[i] === byte) &&
    head[ElfIdent.EI_CLASS] === ElfIdent.ELFCLASS64 &&
    ehdr.getUint16(Ehdr.e_shentsize, little) === Elf64Shdr.size;
  const shoff = usable ? u64(ehdr, Ehdr.e_shoff) : 0;
  const shnum = usable ? ehdr.getUint16(Ehdr.e_shnum, little) : 0;
  const shstrndx = usable ? ehdr.getUint16(Ehdr.e_shstrndx, little) : 0;
  if (
    shoff === 0 || shnum === 0 || shstrndx === SHN.XINDEX || shstrndx >= shnum ||
    shoff + shnum * Elf64Shdr.size > size
  ) {
    return yield* readWhole();
  }
  const table = yield* read([{ offset: shoff, size: shnum * Elf64Shdr.size }]);
  if (table.byteLength !== shnum * Elf64Shdr.size) {
    return yield* readWhole();
  }
  const shdrs = view(table);
  const headers = Array.from({ length: shnum }, (_, index) => {
    const at = index * Elf64Shdr.size;
    const type = shdrs.getUint32(at + Shdr.sh_type, little);
    const offset = u64(shdrs, at + Shdr.sh_offset);
    const sectionSize = u64(shdrs, at + Shdr.sh_size);
    const hasBytes = index !== 0 && type !== SHT.NULL && type !== SHT.NOBITS;
    return {
      type,
      nameOffset: shdrs.getUint32(at + Shdr.sh_name, little),
      info: shdrs.getUint32(at + Shdr.sh_info, little),
      range: { offset, size: hasBytes ? sectionSize : 0 },
      inBounds: offset + sectionSize <= size,
    };
  });
  const nameTable = headers[shstrndx]!;
  if (nameTable.type !== SHT.STRTAB || !headers.every((h) => h.inBounds)) {
    return yield* readWhole();
  }
  const names = yield* read([nameTable.range]);
  const isDebug = (index: number) => {
    const at = headers[index]!.nameOffset;
    return at + DEBUG_PREFIX.length <= names.byteLength &&
      DEBUG_PREFIX.every((byte, i) => names[at + i] === byte);
  };
  const ranges: ByteRange[] = [];
  for (const [index, h] of headers.entries()) {
    if (h.range.size === 0 || index === shstrndx || isDebug(index)) continue;
    const rel = h.type === SHT.REL || h.type === SHT.RELA;
    if (rel && h.info < shnum && isDebug(h.info)) continue;
    ranges.push(h.range);
  }
  yield* read(mergeRanges(ranges));
  return partial;
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
 * Runs {@link elfReadRanges} to the end with `read`, which returns the bytes of one range (fewer
 * when the file ends sooner): the pieces of an object `size` bytes long that `parseElf` needs.
 */
export function readElfPieces(size: number, read: (range: ByteRange) => Uint8Array): PartialFile {
  const reads = elfReadRanges(size);
  let step = reads.next([]);
  while (!step.done) step = reads.next(step.value.map(read));
  return step.value;
}
