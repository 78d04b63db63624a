import { type Btf, BtfError } from "../btf/mod.ts";
import { type ElfFile, type ElfSection, sectionNamed } from "../elf/mod.ts";
import { ObjectError } from "./error.ts";

/** What `parseObject` knows while it walks one file; shared by the private stages. */
export class Context {
  readonly file: string;
  readonly elf: ElfFile;
  readonly little: boolean;
  readonly btf: Btf | undefined;

  constructor(elf: ElfFile, btf: Btf | undefined) {
    this.file = elf.file;
    this.elf = elf;
    this.little = elf.endianness === "little";
    this.btf = btf;
  }

  /** An ObjectError located at byte `offset` of the file. */
  error(offset: number, what: string): ObjectError {
    return new ObjectError(this.file, offset, what);
  }

  /** The BTF, or an error saying `what` needs it. */
  requireBtf(offset: number, what: string): Btf {
    if (!this.btf) {
      throw this.error(offset, `${what} needs BTF, but the object has no .BTF section`);
    }
    return this.btf;
  }

  section(index: number): ElfSection | undefined {
    return this.elf.sections[index];
  }

  /** The first section called `name`. */
  sectionByName(name: string): ElfSection | undefined {
    return sectionNamed(this.elf, name);
  }
}

/**
 * A BtfError from parsing one section's bytes, re-located to the file: the section is named and
 * the offset counts from the start of the file. Other errors pass through unchanged.
 */
export function relocateBtfError(e: unknown, section: ElfSection, file: string): unknown {
  if (!(e instanceof BtfError)) return e;
  if (e.detail.startsWith("section ")) return e; // already located in the file
  return new BtfError(file, `section ${section.name}: ${e.detail}`, section.offset + e.offset);
}
