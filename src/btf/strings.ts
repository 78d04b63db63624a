const decoder = new TextDecoder("utf-8", { fatal: false });
const encoder = new TextEncoder();

/**
 * A BTF string section: NUL-terminated strings addressed by byte offset.
 * New strings are appended; existing bytes never move, so offsets stay valid.
 */
export class BtfStrings {
  #chunks: Uint8Array[];
  #size: number;
  #byOffset = new Map<number, string>();
  #byString: Map<string, number> | undefined;

  /** `bytes` must start with a NUL (offset 0 is the empty string) and end with one. */
  constructor(bytes: Uint8Array = new Uint8Array(1)) {
    this.#chunks = [bytes];
    this.#size = bytes.length;
  }

  /** Size of the section in bytes. */
  get size(): number {
    return this.#size;
  }

  /** The string starting at `offset`, or undefined when `offset` is outside the section. */
  at(offset: number): string | undefined {
    const cached = this.#byOffset.get(offset);
    if (cached !== undefined) return cached;
    if (!Number.isInteger(offset) || offset < 0 || offset >= this.#size) return undefined;
    const bytes = this.bytes();
    const end = bytes.indexOf(0, offset);
    const s = decoder.decode(bytes.subarray(offset, end < 0 ? bytes.length : end));
    this.#byOffset.set(offset, s);
    return s;
  }

  /** The first offset where `s` is stored as a whole string, if it is. */
  find(s: string): number | undefined {
    return s === "" ? 0 : this.#index().get(s);
  }

  /** The offset of `s`, appending it if the section lacks it as a whole string. */
  add(s: string): number {
    const found = this.find(s);
    if (found !== undefined) return found;
    const index = this.#index();
    const offset = this.#size;
    const encoded = encoder.encode(s + "\0");
    this.#chunks.push(encoded);
    this.#size += encoded.length;
    index.set(s, offset);
    this.#byOffset.set(offset, s);
    return offset;
  }

  /** The section's bytes (original bytes first, then appended strings). */
  bytes(): Uint8Array {
    if (this.#chunks.length > 1) {
      const all = new Uint8Array(this.#size);
      let at = 0;
      for (const chunk of this.#chunks) {
        all.set(chunk, at);
        at += chunk.length;
      }
      this.#chunks = [all];
    }
    return this.#chunks[0] ?? new Uint8Array(1);
  }

  /** A copy that can grow independently. */
  clone(): BtfStrings {
    return new BtfStrings(this.bytes().slice());
  }

  /** First offset of every whole string: what `add` reuses, so unchanged BTF re-encodes identically. */
  #index(): Map<string, number> {
    if (this.#byString) return this.#byString;
    const index = new Map<string, number>();
    const bytes = this.bytes();
    let start = 0;
    while (start < bytes.length) {
      let end = bytes.indexOf(0, start);
      if (end < 0) end = bytes.length;
      const s = decoder.decode(bytes.subarray(start, end));
      if (!index.has(s)) index.set(s, start);
      start = end + 1;
    }
    this.#byString = index;
    return index;
  }
}
