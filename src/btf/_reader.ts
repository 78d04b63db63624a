import { BtfConst, HOST_LITTLE_ENDIAN } from "../abi/mod.ts";
import { BtfError } from "./errors.ts";

/** Bounds-checked little/big-endian reads over one byte array; every failure is a BtfError. */
export class Reader {
  readonly #view: DataView;
  readonly file: string;
  readonly littleEndian: boolean;

  constructor(bytes: Uint8Array, file: string, littleEndian: boolean) {
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.file = file;
    this.littleEndian = littleEndian;
  }

  get length(): number {
    return this.#view.byteLength;
  }

  /** Throws unless `[offset, offset + size)` lies inside `[0, limit)`. */
  need(offset: number, size: number, what: string, limit = this.length): void {
    if (offset < 0 || size < 0 || offset + size > limit) {
      throw this.error(
        `truncated ${what}: needs ${size} bytes, only ${Math.max(0, limit - offset)} left`,
        offset,
      );
    }
  }

  /** A view of `size` bytes at `offset` (not a copy). */
  bytes(offset: number, size: number, what: string): Uint8Array {
    this.need(offset, size, what);
    return new Uint8Array(this.#view.buffer, this.#view.byteOffset + offset, size);
  }

  u8(offset: number): number {
    this.need(offset, 1, "data");
    return this.#view.getUint8(offset);
  }

  u16(offset: number): number {
    this.need(offset, 2, "data");
    return this.#view.getUint16(offset, this.littleEndian);
  }

  u32(offset: number): number {
    this.need(offset, 4, "data");
    return this.#view.getUint32(offset, this.littleEndian);
  }

  i32(offset: number): number {
    this.need(offset, 4, "data");
    return this.#view.getInt32(offset, this.littleEndian);
  }

  error(what: string, offset: number): BtfError {
    return new BtfError(this.file, what, offset);
  }
}

/**
 * Unchecked reads of the u32s at byte offsets `at ≡ start (mod 4)` of `bytes` (BTF records are
 * 4-byte aligned from the start of their section), for loops over every record. In the host's
 * byte order and aligned in memory, they index a `Uint32Array`, faster than a `DataView`.
 */
export function u32Reader(
  bytes: Uint8Array,
  start: number,
  little: boolean,
): (at: number) => number {
  const first = start & 3;
  if (little === HOST_LITTLE_ENDIAN && (bytes.byteOffset + first) % 4 === 0) {
    const words = new Uint32Array(
      bytes.buffer,
      bytes.byteOffset + first,
      (bytes.byteLength - first) >> 2,
    );
    return (at) => words[(at - first) >> 2]!;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (at) => view.getUint32(at, little);
}

/**
 * The byte order of a `.BTF` or `.BTF.ext` blob, told by how its magic reads; when the containing
 * ELF's order is known (`elfLittleEndian`), the blob must use it too.
 */
export function detectByteOrder(
  bytes: Uint8Array,
  file: string,
  what: "BTF" | "BTF.ext",
  headerSize: number,
  elfLittleEndian: boolean | undefined,
): boolean {
  const r = new Reader(bytes, file, true);
  r.need(0, headerSize, `${what} header`);
  const magic = r.u16(0);
  const swapped = ((BtfConst.BTF_MAGIC & 0xff) << 8) | (BtfConst.BTF_MAGIC >> 8);
  const little = magic === BtfConst.BTF_MAGIC ? true : magic === swapped ? false : undefined;
  if (little === undefined) {
    throw r.error(
      `bad ${what} magic 0x${magic.toString(16).padStart(4, "0")} (want 0xeb9f)`,
      0,
    );
  }
  if (elfLittleEndian !== undefined && elfLittleEndian !== little) {
    const order = (le: boolean) => le ? "little" : "big";
    throw r.error(
      `${what} is ${order(little)}-endian but the ELF file is ${order(!little)}-endian`,
      0,
    );
  }
  return little;
}
