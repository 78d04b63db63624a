/**
 * ELF64 on-disk layouts (System V gABI), as field offsets. ELF is not kernel ABI, so these live
 * beside their only reader instead of in src/abi.
 */

export const ELF_MAGIC = [0x7f, 0x45, 0x4c, 0x46] as const;

/** `e_ident` indices and values. */
export const Ident = {
  class: 4,
  data: 5,
  version: 6,
  class64: 2,
  dataLittle: 1,
  dataBig: 2,
  currentVersion: 1,
} as const;

/** `Elf64_Ehdr`. */
export const Ehdr = {
  size: 64,
  e_type: 16,
  e_machine: 18,
  e_version: 20,
  e_shoff: 40,
  e_flags: 48,
  e_ehsize: 52,
  e_shentsize: 58,
  e_shnum: 60,
  e_shstrndx: 62,
} as const;

/** `Elf64_Shdr`. */
export const Shdr = {
  size: 64,
  sh_name: 0,
  sh_type: 4,
  sh_flags: 8,
  sh_offset: 24,
  sh_size: 32,
  sh_link: 40,
  sh_info: 44,
  sh_addralign: 48,
  sh_entsize: 56,
} as const;

/** `Elf64_Sym`. */
export const Sym = {
  size: 24,
  st_name: 0,
  st_info: 4,
  st_other: 5,
  st_shndx: 6,
  st_value: 8,
  st_size: 16,
} as const;

/** `Elf64_Rel` and `Elf64_Rela`. */
export const Rel = { size: 16, relaSize: 24, r_offset: 0, r_info: 8, r_addend: 16 } as const;
