import { BtfHeader, BtfTypeHeader, offsetOf } from "../abi/mod.ts";
import type { Btf } from "./btf.ts";
import {
  blobSize,
  encodeBtf,
  type EncodeBtfOptions,
  encodeType,
  StringWriter,
  writeBlobFrame,
  writeWords,
} from "./encode.ts";
import { fixupEdits, type FixupElf } from "./fixup.ts";

const NAME_OFF = offsetOf(BtfTypeHeader, "name_off");

/** BTF_LOAD bytes laid out but not written yet, so that a caller can write them into its own buffer. */
export interface BtfForLoad {
  /** Their size in bytes. */
  readonly size: number;
  /** Writes them at the start of `out`, whose first `size` bytes must be zero. */
  writeTo(out: Uint8Array): void;
}

/**
 * `encodeBtf(fixupBtfForLoad(btf, elf), opts)`, type for type, without re-encoding what the
 * fix-ups leave alone: when `btf` is as parsed and keeps its byte order, the parsed type section
 * is copied, only the records the fix-ups change are re-encoded in place (they keep their length:
 * the fix-ups change sizes, offsets, linkage and names, never the number of members), and added
 * types and names are appended, as libbpf patches its copy of the raw BTF. Otherwise, or if a
 * changed record would not fit its place, it falls back to the full encoder.
 */
export function encodeBtfForLoad(
  btf: Btf,
  elf: FixupElf,
  opts: EncodeBtfOptions = {},
): Uint8Array {
  const load = prepareBtfForLoad(btf, elf, opts);
  const out = new Uint8Array(load.size);
  load.writeTo(out);
  return out;
}

/**
 * `encodeBtfForLoad` in two steps: the size first, then the bytes written into the caller's
 * buffer (a loader blob), which spares allocating and copying a blob of their own.
 */
export function prepareBtfForLoad(
  btf: Btf,
  elf: FixupElf,
  opts: EncodeBtfOptions = {},
): BtfForLoad {
  const littleEndian = opts.littleEndian ?? btf.littleEndian;
  const edits = fixupEdits(btf, elf);
  const blob = btf.blob;
  const encodeAll = (): BtfForLoad => {
    const bytes = encodeBtf(edits.apply(), { littleEndian });
    return { size: bytes.length, writeTo: (out) => out.set(bytes) };
  };
  if (blob === undefined || littleEndian !== btf.littleEndian) return encodeAll();
  const typeSize = blob.typeEnd - blob.typeStart;

  const strings = new StringWriter(btf);
  const view = new DataView(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength);
  const patches: { at: number; words: number[] }[] = [];
  for (const [id, t] of edits.changed) {
    const words: number[] = [];
    // The record's own name offset spares a string search.
    const nameOffset = view.getUint32(btf.recordOffset(id) + NAME_OFF, btf.littleEndian);
    encodeType(btf, id, t, words, strings, nameOffset);
    const at = btf.recordOffset(id) - blob.typeStart;
    const end = id < btf.typeCount ? btf.recordOffset(id + 1) - blob.typeStart : typeSize;
    if (words.length * 4 !== end - at) return encodeAll();
    patches.push({ at, words });
  }
  const added: number[] = [];
  edits.added.forEach((t, i) => encodeType(btf, btf.typeCount + 1 + i, t, added, strings));

  const typeLength = typeSize + added.length * 4;
  return {
    size: blobSize(typeLength, strings),
    writeTo(out) {
      const view = writeBlobFrame(out, typeLength, strings, littleEndian);
      out.set(blob.bytes.subarray(blob.typeStart, blob.typeEnd), BtfHeader.size);
      for (const p of patches) writeWords(view, BtfHeader.size + p.at, p.words, littleEndian);
      writeWords(view, BtfHeader.size + typeSize, added, littleEndian);
    },
  };
}
