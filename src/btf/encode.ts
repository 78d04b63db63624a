import { BtfConst, BtfHeader, fieldOffsets } from "../abi/mod.ts";
import type { Btf } from "./btf.ts";
import { BtfError } from "./errors.ts";
import { BtfKind, type BtfType } from "./types.ts";

/** Options of `encodeBtf`. */
export interface EncodeBtfOptions {
  /** Byte order to write; default: the order `btf` was parsed in. BTF_LOAD needs the host's. */
  littleEndian?: boolean;
}

const encoder = new TextEncoder();
const Header = fieldOffsets(BtfHeader);

/**
 * Encodes `btf` as a BTF blob (header, types, strings) such as `BPF_BTF_LOAD` takes.
 * Unchanged names keep their original string offsets, so unmodified input encodes to the same bytes.
 */
export function encodeBtf(btf: Btf, opts: EncodeBtfOptions = {}): Uint8Array {
  const littleEndian = opts.littleEndian ?? btf.littleEndian;
  const strings = new StringWriter(btf);
  const words: number[] = [];
  for (let id = 1; id <= btf.typeCount; id++) {
    encodeType(btf, id, btf.typeById(id), words, strings);
  }

  const out = new Uint8Array(blobSize(words.length * 4, strings));
  const view = writeBlobFrame(out, words.length * 4, strings, littleEndian);
  writeWords(view, BtfHeader.size, words, littleEndian);
  return out;
}

/** Size of a blob of `typeLength` bytes of types and the string section `strings` writes. */
export function blobSize(typeLength: number, strings: StringWriter): number {
  return BtfHeader.size + typeLength + strings.size;
}

/**
 * Writes a blob's header and string section into `out` (zeroed, at least `blobSize` bytes), leaving
 * its `typeLength` bytes of types for the caller to fill in at `BtfHeader.size`; returns a view of
 * `out` for `writeWords`.
 */
export function writeBlobFrame(
  out: Uint8Array,
  typeLength: number,
  strings: StringWriter,
  littleEndian: boolean,
): DataView {
  // Field by field into the zeroed header: writeStruct's lookup by name costs more than the rest.
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint16(Header.magic, BtfConst.BTF_MAGIC, littleEndian);
  view.setUint8(Header.version, BtfConst.BTF_VERSION);
  view.setUint32(Header.hdr_len, BtfHeader.size, littleEndian);
  view.setUint32(Header.type_len, typeLength, littleEndian);
  view.setUint32(Header.str_off, typeLength, littleEndian);
  view.setUint32(Header.str_len, strings.size, littleEndian);
  strings.writeTo(out, BtfHeader.size + typeLength);
  return view;
}

/** Writes encoded type `words` at byte `at` of the blob `view` shows. */
export function writeWords(
  view: DataView,
  at: number,
  words: readonly number[],
  littleEndian: boolean,
): void {
  for (let i = 0; i < words.length; i++) view.setUint32(at + 4 * i, words[i]!, littleEndian);
}

/** The original string section plus strings appended for new names, leaving `btf` untouched. */
export class StringWriter {
  readonly #btf: Btf;
  readonly #added = new Map<string, number>();
  readonly #chunks: Uint8Array[] = [];
  #size: number;

  constructor(btf: Btf) {
    this.#btf = btf;
    this.#size = btf.strings.size;
  }

  /** Where `s` is (or will be) in the section; `hint`, an offset that may hold it, saves a search. */
  offsetOf(s: string, hint?: number): number {
    if (hint !== undefined && this.#btf.strings.at(hint) === s) return hint;
    // Added names are absent from the original section by definition: no need to search it.
    const offset = this.#added.get(s) ?? this.#btf.strings.find(s);
    if (offset !== undefined) return offset;
    const bytes = encoder.encode(s + "\0");
    this.#chunks.push(bytes);
    this.#added.set(s, this.#size);
    this.#size += bytes.length;
    return this.#size - bytes.length;
  }

  /** Size of the section in bytes, added names included. */
  get size(): number {
    return this.#size;
  }

  /** Writes the section into `out` at byte `start`. */
  writeTo(out: Uint8Array, start: number): void {
    out.set(this.#btf.strings.bytes(), start);
    let at = start + this.#btf.strings.size;
    for (const chunk of this.#chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
  }
}

/**
 * Appends type `t` (id `id`, for messages) to `out` as u32 words, its names through `strings`;
 * `nameHint` is an offset that may hold its name (see `StringWriter.offsetOf`).
 */
export function encodeType(
  btf: Btf,
  id: number,
  t: BtfType,
  out: number[],
  strings: StringWriter,
  nameHint?: number,
): void {
  const fail = (what: string) =>
    new BtfError(btf.file, `cannot encode ${btf.describe(id)}: ${what}`, btf.recordOffset(id));
  const u32 = (value: number, what: string): number => {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
      throw fail(`${what} ${value} is not a u32`);
    }
    return value;
  };
  const head = (vlen: number, kindFlag: boolean, sizeOrType: number) => {
    if (!Number.isInteger(vlen) || vlen < 0 || vlen > 0xffff) {
      throw fail(`vlen ${vlen} does not fit in 16 bits`);
    }
    out.push(
      strings.offsetOf(t.name, nameHint),
      ((Number(kindFlag) << BtfConst.BTF_INFO_KFLAG_SHIFT) |
        (t.kind << BtfConst.BTF_INFO_KIND_SHIFT) | vlen) >>> 0,
      u32(sizeOrType, "size/type"),
    );
  };
  switch (t.kind) {
    case BtfKind.VOID:
      throw fail("void only exists as type id 0");
    case BtfKind.INT:
      head(0, false, t.size);
      out.push(((t.encoding & 0xf) << 24 | (t.bitOffset & 0xff) << 16 | (t.bits & 0xff)) >>> 0);
      return;
    case BtfKind.PTR:
    case BtfKind.TYPEDEF:
    case BtfKind.VOLATILE:
    case BtfKind.CONST:
    case BtfKind.RESTRICT:
      return head(0, false, t.type);
    case BtfKind.TYPE_TAG:
      return head(0, t.attribute, t.type);
    case BtfKind.ARRAY:
      head(0, false, 0);
      out.push(
        u32(t.type, "element type"),
        u32(t.indexType, "index type"),
        u32(t.nelems, "nelems"),
      );
      return;
    case BtfKind.STRUCT:
    case BtfKind.UNION: {
      const bitfields = t.bitfields || t.members.some((m) => m.bitfieldSize !== 0);
      head(t.members.length, bitfields, t.size);
      for (const m of t.members) {
        if (bitfields && (m.bitOffset > 0xffffff || m.bitfieldSize > 0xff)) {
          throw fail(
            `member '${m.name}' bit offset ${m.bitOffset} or size ${m.bitfieldSize} is too large`,
          );
        }
        const offset = bitfields
          ? (m.bitfieldSize << 24 | m.bitOffset) >>> 0
          : u32(m.bitOffset, "bit offset");
        out.push(strings.offsetOf(m.name), u32(m.type, "member type"), offset);
      }
      return;
    }
    case BtfKind.ENUM:
      head(t.values.length, t.signed, t.size);
      for (const v of t.values) out.push(strings.offsetOf(v.name), v.value >>> 0);
      return;
    case BtfKind.ENUM64:
      head(t.values.length, t.signed, t.size);
      for (const v of t.values) {
        const raw = BigInt.asUintN(64, v.value);
        out.push(strings.offsetOf(v.name), Number(raw & 0xffffffffn), Number(raw >> 32n));
      }
      return;
    case BtfKind.FWD:
      return head(0, t.union, 0);
    case BtfKind.FUNC:
      return head(t.linkage, false, t.type);
    case BtfKind.FUNC_PROTO:
      head(t.params.length, false, t.type);
      for (const p of t.params) out.push(strings.offsetOf(p.name), u32(p.type, "param type"));
      return;
    case BtfKind.VAR:
      head(0, false, t.type);
      out.push(u32(t.linkage, "linkage"));
      return;
    case BtfKind.DATASEC:
      head(t.vars.length, false, t.size);
      for (const v of t.vars) {
        out.push(u32(v.type, "var type"), u32(v.offset, "var offset"), u32(v.size, "var size"));
      }
      return;
    case BtfKind.FLOAT:
      return head(0, false, t.size);
    case BtfKind.DECL_TAG:
      head(0, t.attribute, t.type);
      out.push(t.componentIdx >>> 0);
      return;
  }
}
