/** Thrown when an ELF object is well-formed ELF but not a BPF object bpfdrop can use. */
export class ObjectError extends SyntaxError {
  /** File name given to `parseObject`. */
  readonly file: string;
  /** Byte offset in the file the problem relates to. */
  readonly offset: number;

  constructor(file: string, offset: number, what: string) {
    super(`${file}: ${what} (at offset ${offset})`);
    this.name = "ObjectError";
    this.file = file;
    this.offset = offset;
  }
}
