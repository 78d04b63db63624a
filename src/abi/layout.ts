/**
 * Struct layouts as data, and the one codec that reads and writes them.
 *
 * Every kernel struct bpfdrop touches is described by a {@linkcode StructLayout} (generated from
 * kernel BTF, or hand-written beside it for libbpf-only structs), so no numeric offsets appear
 * anywhere else in the code.
 *
 * @module
 */

/** Where one field sits inside a struct. Bitfields carry `bitOffset`/`bitSize` within `offset`. */
export interface FieldLayout {
  /** Byte offset of the field (of its first containing byte, for bitfields). */
  readonly offset: number;
  /** Size in bytes (the whole array for arrays). */
  readonly size: number;
  /** Integer fields that are signed. */
  readonly signed?: boolean;
  /** Arrays: number of elements. Char arrays are written from strings. */
  readonly count?: number;
  /** Bitfields: first bit, counted from the least significant bit of the byte at `offset`. */
  readonly bitOffset?: number;
  /** Bitfields: width in bits. */
  readonly bitSize?: number;
}

/** A struct (or one arm of a union) as named fields with their offsets and sizes. */
export interface StructLayout {
  readonly name: string;
  readonly size: number;
  readonly fields: Readonly<Record<string, FieldLayout>>;
}

/** The names of the fields of layout `S`. */
export type FieldOf<S extends StructLayout> = keyof S["fields"] & string;

/** What a field can be set from: integers, raw bytes, or a string for char arrays. */
export type FieldInput = number | bigint | Uint8Array | string;

/** Field values for {@linkcode encodeStruct}; omitted fields stay zero. */
export type StructValues<S extends StructLayout> = { readonly [F in FieldOf<S>]?: FieldInput };

/** Decoded field values: integers up to 32 bits as numbers, 64-bit ones as bigints, arrays as bytes. */
export type DecodedStruct<S extends StructLayout> = {
  readonly [F in FieldOf<S>]: number | bigint | Uint8Array;
};

/** Byte offset of `field` in `layout` (C `offsetof`). */
export function offsetOf<S extends StructLayout>(layout: S, field: FieldOf<S>): number {
  return fieldOf(layout, field).offset;
}

/** Byte offset just past `field` (libbpf `offsetofend`): the attr size that includes it. */
export function offsetOfEnd<S extends StructLayout>(layout: S, field: FieldOf<S>): number {
  const f = fieldOf(layout, field);
  return f.offset + f.size;
}

/** Size in bytes of `field`. */
export function sizeOf<S extends StructLayout>(layout: S, field: FieldOf<S>): number {
  return fieldOf(layout, field).size;
}

/**
 * Every field's byte offset as a plain object, for hot readers: `at + Member.type` is a monomorphic
 * property read, where a generic field lookup across many layouts is not.
 */
export function fieldOffsets<S extends StructLayout>(
  layout: S,
): { readonly [F in FieldOf<S>]: number } {
  const out: Record<string, number> = {};
  for (const [name, f] of Object.entries(layout.fields)) out[name] = f.offset;
  return out as { readonly [F in FieldOf<S>]: number };
}

/** Options for encoding. */
export interface EncodeOptions {
  /** Bytes to produce; defaults to the layout size (an attr may be cut at `offsetOfEnd`). */
  readonly size?: number;
  /** Byte order; little-endian unless said otherwise. */
  readonly littleEndian?: boolean;
}

/** Encodes `values` into a fresh zeroed buffer laid out as `layout`. */
export function encodeStruct<S extends StructLayout>(
  layout: S,
  values: StructValues<S>,
  options: EncodeOptions = {},
): Uint8Array {
  const out = new Uint8Array(options.size ?? layout.size);
  writeStruct(out, 0, layout, values, options);
  return out;
}

/**
 * Writes `values` into the struct that starts at `base` in `bytes`, which must already be zeroed
 * there (a fresh or reserved buffer): omitted and zero integer fields are not written. Fields
 * must lie within `options.size` (default the layout size) bytes from `base`.
 */
export function writeStruct<S extends StructLayout>(
  bytes: Uint8Array,
  base: number,
  layout: S,
  values: StructValues<S>,
  options: EncodeOptions = {},
): void {
  const end = base + (options.size ?? layout.size);
  if (end > bytes.length) {
    throw new RangeError(
      `${layout.name}: ${end - base} bytes at ${base} do not fit in ${bytes.length}`,
    );
  }
  const little = options.littleEndian ?? true;
  for (const name in values) {
    const value = values[name];
    if (value === undefined) continue;
    const f = checkField(end, base, layout, name);
    // Attrs are mostly zeros: a zero integer field needs no write.
    if ((value === 0 || value === 0n) && isIntegerField(f)) continue;
    put(bytes, base + f.offset, f, value, little, true);
  }
}

/** Decodes every field of `layout` that lies fully inside `bytes` starting at `at`. */
export function decodeStruct<S extends StructLayout>(
  layout: S,
  bytes: Uint8Array,
  at = 0,
  littleEndian = true,
): DecodedStruct<S> {
  const out: Record<string, number | bigint | Uint8Array> = {};
  for (const [name, f] of Object.entries(layout.fields)) {
    if (at + f.offset + f.size <= bytes.length) {
      out[name] = readField(bytes, at, layout, name as FieldOf<S>, littleEndian);
    }
  }
  return out as DecodedStruct<S>;
}

/** Writes one field of the struct that starts at `base` in `bytes`. */
export function writeField<S extends StructLayout>(
  bytes: Uint8Array,
  base: number,
  layout: S,
  field: FieldOf<S>,
  value: FieldInput,
  littleEndian = true,
): void {
  const f = checkField(bytes.length, base, layout, field);
  put(bytes, base + f.offset, f, value, littleEndian, false);
}

/** Reads one field of the struct that starts at `base` in `bytes`. */
export function readField<S extends StructLayout>(
  bytes: Uint8Array,
  base: number,
  layout: S,
  field: FieldOf<S>,
  littleEndian = true,
): number | bigint | Uint8Array {
  const f = fieldOf(layout, field);
  const at = base + f.offset;
  if (at < 0 || at + f.size > bytes.length) {
    throw new RangeError(
      `${layout.name}.${field}: field at ${at} does not fit in ${bytes.length} bytes`,
    );
  }
  if (f.count !== undefined) return bytes.slice(at, at + f.size);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (f.bitSize !== undefined) return Number(readBits(view, at, f, littleEndian));
  switch (f.size) {
    case 1:
      return f.signed ? view.getInt8(at) : view.getUint8(at);
    case 2:
      return f.signed ? view.getInt16(at, littleEndian) : view.getUint16(at, littleEndian);
    case 4:
      return f.signed ? view.getInt32(at, littleEndian) : view.getUint32(at, littleEndian);
    case 8:
      return f.signed ? view.getBigInt64(at, littleEndian) : view.getBigUint64(at, littleEndian);
    default:
      return bytes.slice(at, at + f.size);
  }
}

function fieldOf(layout: StructLayout, field: string): FieldLayout {
  const f = layout.fields[field];
  if (f === undefined) throw new RangeError(`${layout.name} has no field "${field}"`);
  return f;
}

/** The field, after checking that it fits below `end` when its struct starts at `base`. */
function checkField(end: number, base: number, layout: StructLayout, field: string): FieldLayout {
  const f = fieldOf(layout, field);
  const at = base + f.offset;
  if (at < 0 || at + f.size > end) {
    throw new RangeError(
      `${layout.name}.${field}: field at ${at} does not fit in ${end} bytes`,
    );
  }
  return f;
}

function isIntegerField(f: FieldLayout): boolean {
  return f.count === undefined &&
    (f.bitSize !== undefined || f.size === 1 || f.size === 2 || f.size === 4 || f.size === 8);
}

const encoder = new TextEncoder();

/**
 * Writes `text` as UTF-8 at `at` in `bytes`, cut at `limit` bytes; returns the number of bytes
 * written. Names are ASCII: their char codes are written directly, without an encoder call and
 * a buffer per string.
 */
export function writeText(bytes: Uint8Array, at: number, text: string, limit: number): number {
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      // Not ASCII after all: the UTF-8 encoder writes it (the bytes before come out the same).
      const utf8 = encoder.encode(text).subarray(0, limit);
      bytes.set(utf8, at);
      return utf8.length;
    }
    bytes[at + i] = c;
  }
  return n;
}

/**
 * Writes `value` into field `f`, which starts at `at` (already checked to fit); `zeroed` says
 * the field's bytes are known to be zero already.
 */
function put(
  bytes: Uint8Array,
  at: number,
  f: FieldLayout,
  value: FieldInput,
  little: boolean,
  zeroed: boolean,
): void {
  if (typeof value === "string" || value instanceof Uint8Array) {
    if (!zeroed) bytes.fill(0, at, at + f.size);
    // Char arrays keep a terminating NUL, as the kernel's name fields require.
    if (typeof value === "string") writeText(bytes, at, value, f.size - 1);
    else bytes.set(value.subarray(0, f.size), at);
  } else if (f.bitSize !== undefined) {
    writeBits(viewOf(bytes), at, f, BigInt(value), little);
  } else if (f.size === 8) {
    viewOf(bytes).setBigUint64(at, BigInt.asUintN(64, BigInt(value)), little);
  } else if (f.size === 4 || f.size === 2 || f.size === 1) {
    // Numbers wrap like C stores do; byte stores avoid BigInt and DataView on the hot path.
    const n = typeof value === "bigint" ? Number(BigInt.asUintN(32, value)) : value;
    for (let i = 0; i < f.size; i++) bytes[little ? at + i : at + f.size - 1 - i] = n >> (8 * i);
  } else {
    throw new RangeError(`cannot write an integer into a ${f.size}-byte field`);
  }
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// Bitfields are handled on the smallest run of whole bytes that holds them. Bit numbering follows
// the compiler's: from the least significant bit on little-endian targets, from the most
// significant on big-endian ones.
function bitWindow(f: FieldLayout): { bytes: number; shift: bigint; mask: bigint } {
  const bitOffset = f.bitOffset ?? 0;
  const bitSize = f.bitSize ?? 0;
  const bytes = Math.ceil((bitOffset + bitSize) / 8);
  const mask = (1n << BigInt(bitSize)) - 1n;
  return { bytes, shift: BigInt(bitOffset), mask };
}

function readWindow(view: DataView, at: number, n: number, little: boolean): bigint {
  let v = 0n;
  for (let i = 0; i < n; i++) {
    const byte = BigInt(view.getUint8(at + (little ? n - 1 - i : i)));
    v = (v << 8n) | byte;
  }
  return v;
}

function writeWindow(view: DataView, at: number, n: number, v: bigint, little: boolean) {
  for (let i = 0; i < n; i++) {
    const byte = Number((v >> BigInt(8 * i)) & 0xffn);
    view.setUint8(at + (little ? i : n - 1 - i), byte);
  }
}

function readBits(view: DataView, at: number, f: FieldLayout, little: boolean): bigint {
  const w = bitWindow(f);
  const raw = readWindow(view, at, w.bytes, little);
  const shift = little ? w.shift : BigInt(w.bytes * 8) - w.shift - BigInt(f.bitSize ?? 0);
  return (raw >> shift) & w.mask;
}

function writeBits(view: DataView, at: number, f: FieldLayout, value: bigint, little: boolean) {
  const w = bitWindow(f);
  const shift = little ? w.shift : BigInt(w.bytes * 8) - w.shift - BigInt(f.bitSize ?? 0);
  const raw = readWindow(view, at, w.bytes, little);
  const next = (raw & ~(w.mask << shift)) | ((value & w.mask) << shift);
  writeWindow(view, at, w.bytes, next, little);
}

/** Whether this machine stores integers little-endian (as BPF targets may differ from it). */
export const HOST_LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
