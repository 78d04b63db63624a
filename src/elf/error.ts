/** Thrown for any malformed or unsupported ELF input. */
export class ElfError extends SyntaxError {
  /** File name given to the parser. */
  readonly file: string;
  /** Byte offset in the file where the problem was found. */
  readonly offset: number;

  constructor(file: string, offset: number, what: string) {
    super(`${file}: ${what} (at offset ${offset})`);
    this.name = "ElfError";
    this.file = file;
    this.offset = offset;
  }
}
