/**
 * libbpf's legacy `struct bpf_map_def` (`SEC("maps")`), hand-written because it is a libbpf
 * convention, not kernel BTF. Objects may carry longer entries (extra fields after `map_flags`);
 * readers take the entry size from the section size divided by the number of map symbols.
 *
 * @module
 */
import type { StructLayout } from "./layout.ts";

/** `struct bpf_map_def` (20 bytes): five `unsigned int`s. */
export const BpfMapDef = {
  name: "struct bpf_map_def",
  size: 20,
  fields: {
    "type": { offset: 0, size: 4 },
    "key_size": { offset: 4, size: 4 },
    "value_size": { offset: 8, size: 4 },
    "max_entries": { offset: 12, size: 4 },
    "map_flags": { offset: 16, size: 4 },
  },
} as const satisfies StructLayout;
