/**
 * A malformed input file, located by file name and byte offset; the message reads
 * `FILE: what is wrong (at offset N)`. The ELF, BTF and object readers each throw their own
 * subclass, so callers can tell the layers apart or catch them all.
 */
export class FileFormatError extends SyntaxError {
  /** File name given to the parser. */
  readonly file: string;
  /** Byte offset in the input where the problem was found. */
  readonly offset: number;
  /** What is wrong, without the file and offset (for re-locating the error in another input). */
  readonly detail: string;

  constructor(file: string, offset: number, detail: string) {
    super(`${file}: ${detail} (at offset ${offset})`);
    this.name = "FileFormatError";
    this.file = file;
    this.offset = offset;
    this.detail = detail;
  }
}

/** Thrown for any malformed or unsupported ELF input. */
export class ElfError extends FileFormatError {
  constructor(file: string, offset: number, what: string) {
    super(file, offset, what);
    this.name = "ElfError";
  }
}
