import { FileFormatError } from "../elf/mod.ts";

/** A malformed or inconsistent BTF / BTF.ext blob, located by file and byte offset. */
export class BtfError extends FileFormatError {
  constructor(file: string, what: string, offset: number) {
    super(file, offset, what);
    this.name = "BtfError";
  }
}
