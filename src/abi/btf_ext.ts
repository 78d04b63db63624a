/**
 * The `.BTF.ext` section's own headers, hand-written because they are libbpf's format (from
 * `tools/lib/bpf/libbpf_internal.h`), not kernel BTF. Its records are the kernel's
 * `bpf_func_info`, `bpf_line_info` and `bpf_core_relo`, generated in `kernel_types.gen.ts`.
 *
 * @module
 */
import type { StructLayout } from "./layout.ts";

/** `struct btf_ext_header` (32 bytes; files before CO-RE end after `line_info_len`, at 24). */
export const BtfExtHeader = {
  name: "struct btf_ext_header",
  size: 32,
  fields: {
    "magic": { offset: 0, size: 2 },
    "version": { offset: 2, size: 1 },
    "flags": { offset: 3, size: 1 },
    "hdr_len": { offset: 4, size: 4 },
    "func_info_off": { offset: 8, size: 4 },
    "func_info_len": { offset: 12, size: 4 },
    "line_info_off": { offset: 16, size: 4 },
    "line_info_len": { offset: 20, size: 4 },
    "core_relo_off": { offset: 24, size: 4 },
    "core_relo_len": { offset: 28, size: 4 },
  },
} as const satisfies StructLayout;

/** `struct btf_ext_info_sec` (8 bytes, then `num_info` records): the records of one ELF section. */
export const BtfExtInfoSec = {
  name: "struct btf_ext_info_sec",
  size: 8,
  fields: {
    "sec_name_off": { offset: 0, size: 4 },
    "num_info": { offset: 4, size: 4 },
  },
} as const satisfies StructLayout;
