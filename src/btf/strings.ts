import { asciiText } from "../elf/mod.ts";

const decoder = new TextDecoder("utf-8", { fatal: false });

/**
 * A BTF string section: NUL-terminated strings addressed by byte offset. It never changes;
 * `encodeBtf` appends the names it lacks to the section it writes.
 */
export class BtfStrings {
  readonly #bytes: Uint8Array;
  /**
   * The whole section as one string when it is plain ASCII and NUL-framed (as compilers and the
   * kernel write it): byte offsets are then string indexes, so a name is one slice and a lookup one
   * search, with no per-name decoding. Null when that does not hold; undefined until first used.
   */
  #ascii: string | null | undefined;
  readonly #byOffset = new Map<number, string>();
  #byString: Map<string, number> | undefined;

  /** `bytes` must start with a NUL (offset 0 is the empty string) and end with one. */
  constructor(bytes: Uint8Array = new Uint8Array(1)) {
    this.#bytes = bytes;
  }

  /** Size of the section in bytes. */
  get size(): number {
    return this.#bytes.length;
  }

  /** The section's bytes. */
  bytes(): Uint8Array {
    return this.#bytes;
  }

  /** The string starting at `offset`, or undefined when `offset` is outside the section. */
  at(offset: number): string | undefined {
    if (!Number.isInteger(offset) || offset < 0 || offset >= this.#bytes.length) return undefined;
    const text = this.#asciiText();
    if (text !== null) return text.slice(offset, text.indexOf("\0", offset));
    const cached = this.#byOffset.get(offset);
    if (cached !== undefined) return cached;
    const end = this.#bytes.indexOf(0, offset);
    const s = decoder.decode(this.#bytes.subarray(offset, end < 0 ? this.#bytes.length : end));
    this.#byOffset.set(offset, s);
    return s;
  }

  /** The first offset where `s` is stored as a whole string, if it is. */
  find(s: string): number | undefined {
    if (s === "") return 0;
    const text = this.#asciiText();
    if (text !== null) {
      if (s.includes("\0")) return undefined;
      const at = text.indexOf(`\0${s}\0`);
      return at < 0 ? undefined : at + 1;
    }
    this.#byString ??= this.#index();
    return this.#byString.get(s);
  }

  #asciiText(): string | null {
    if (this.#ascii !== undefined) return this.#ascii;
    const bytes = this.#bytes;
    const framed = bytes[0] === 0 && bytes[bytes.length - 1] === 0;
    this.#ascii = (framed ? asciiText(bytes) : undefined) ?? null;
    return this.#ascii;
  }

  /** First offset of every whole string, so unchanged names re-encode to the same offsets. */
  #index(): Map<string, number> {
    const index = new Map<string, number>();
    for (let start = 0; start < this.#bytes.length;) {
      let end = this.#bytes.indexOf(0, start);
      if (end < 0) end = this.#bytes.length;
      const s = decoder.decode(this.#bytes.subarray(start, end));
      if (!index.has(s)) index.set(s, start);
      start = end + 1;
    }
    return index;
  }
}
