/**
 * ELF64 on-disk layouts (System V gABI; the kernel's own copy is `include/uapi/linux/elf.h`),
 * hand-written because kernel BTF does not describe them. `src/elf` reads objects through these
 * tables, so no field offset is spelled anywhere else.
 *
 * @module
 */
import type { StructLayout } from "./layout.ts";

/** The four bytes every ELF file starts with (`\x7fELF`). */
export const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46] as const;

/** Indices into `e_ident` and the values bpfdrop accepts there. */
export const ElfIdent = {
  EI_CLASS: 4,
  EI_DATA: 5,
  EI_VERSION: 6,
  ELFCLASS64: 2,
  ELFDATA2LSB: 1,
  ELFDATA2MSB: 2,
  EV_CURRENT: 1,
} as const;

/** `Elf64_Ehdr` (64 bytes): the file header. */
export const Elf64Ehdr = {
  name: "Elf64_Ehdr",
  size: 64,
  fields: {
    "e_ident": { offset: 0, size: 16, count: 16 },
    "e_type": { offset: 16, size: 2 },
    "e_machine": { offset: 18, size: 2 },
    "e_version": { offset: 20, size: 4 },
    "e_entry": { offset: 24, size: 8 },
    "e_phoff": { offset: 32, size: 8 },
    "e_shoff": { offset: 40, size: 8 },
    "e_flags": { offset: 48, size: 4 },
    "e_ehsize": { offset: 52, size: 2 },
    "e_phentsize": { offset: 54, size: 2 },
    "e_phnum": { offset: 56, size: 2 },
    "e_shentsize": { offset: 58, size: 2 },
    "e_shnum": { offset: 60, size: 2 },
    "e_shstrndx": { offset: 62, size: 2 },
  },
} as const satisfies StructLayout;

/** `Elf64_Shdr` (64 bytes): one section header. */
export const Elf64Shdr = {
  name: "Elf64_Shdr",
  size: 64,
  fields: {
    "sh_name": { offset: 0, size: 4 },
    "sh_type": { offset: 4, size: 4 },
    "sh_flags": { offset: 8, size: 8 },
    "sh_addr": { offset: 16, size: 8 },
    "sh_offset": { offset: 24, size: 8 },
    "sh_size": { offset: 32, size: 8 },
    "sh_link": { offset: 40, size: 4 },
    "sh_info": { offset: 44, size: 4 },
    "sh_addralign": { offset: 48, size: 8 },
    "sh_entsize": { offset: 56, size: 8 },
  },
} as const satisfies StructLayout;

/** `Elf64_Sym` (24 bytes): one symbol table entry. */
export const Elf64Sym = {
  name: "Elf64_Sym",
  size: 24,
  fields: {
    "st_name": { offset: 0, size: 4 },
    "st_info": { offset: 4, size: 1 },
    "st_other": { offset: 5, size: 1 },
    "st_shndx": { offset: 6, size: 2 },
    "st_value": { offset: 8, size: 8 },
    "st_size": { offset: 16, size: 8 },
  },
} as const satisfies StructLayout;

/** `Elf64_Rel` (16 bytes): a relocation without addend (`r_info` = symbol << 32 | type). */
export const Elf64Rel = {
  name: "Elf64_Rel",
  size: 16,
  fields: {
    "r_offset": { offset: 0, size: 8 },
    "r_info": { offset: 8, size: 8 },
  },
} as const satisfies StructLayout;

/** `Elf64_Rela` (24 bytes): a relocation with an explicit addend. */
export const Elf64Rela = {
  name: "Elf64_Rela",
  size: 24,
  fields: {
    ...Elf64Rel.fields,
    "r_addend": { offset: 16, size: 8, signed: true },
  },
} as const satisfies StructLayout;
