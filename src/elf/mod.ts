/**
 * ELF64 reader for BPF relocatable objects (`EM_BPF`, either byte order). Pure: bytes in, values
 * out; every offset and size is bounds-checked and failures throw `ElfError`.
 *
 * @module
 */

export { parseElf, sectionNamed } from "./elf.ts";
export { readElfPieces, sectionTableEnd } from "./ranges.ts";
export type { FilePiece, PartialFile } from "./ranges.ts";
export type { ElfFile, ElfRelocation, ElfRelocationSection, ElfSection, ElfSymbol } from "./elf.ts";
export { ElfError, FileFormatError } from "./error.ts";
export { asciiText } from "./strings.ts";
export { EM_BPF, ET_REL, SHF, SHN, SHT, STB, STT, STV } from "./constants.ts";
