/**
 * Kernel struct layouts and constants as data: the generated tables from kernel BTF, the
 * hand-written `#define`s and file-format layouts (ELF64, `.BTF.ext`), and the codec that reads
 * and writes them. A pure leaf: any layer may import it.
 *
 * @module
 */
export * from "./layout.ts";
export * from "./kernel_types.gen.ts";
export * from "./uapi.ts";
export * from "./bpf_map_def.ts";
export * from "./elf.ts";
export * from "./btf_ext.ts";
