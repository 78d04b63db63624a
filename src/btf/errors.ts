/** A malformed or inconsistent BTF / BTF.ext blob, located by file and byte offset. */
export class BtfError extends SyntaxError {
  /** The file the bytes came from, as given by the caller. */
  readonly file: string;
  /** Byte offset within the parsed blob where the problem was found. */
  readonly offset: number;

  constructor(file: string, what: string, offset: number) {
    super(`${file}: ${what} (at offset ${offset})`);
    this.name = "BtfError";
    this.file = file;
    this.offset = offset;
  }
}
