import { FileFormatError } from "../elf/mod.ts";

/** Thrown when an ELF object is well-formed ELF but not a BPF object bpfdrop can use. */
export class ObjectError extends FileFormatError {
  constructor(file: string, offset: number, what: string) {
    super(file, offset, what);
    this.name = "ObjectError";
  }
}
