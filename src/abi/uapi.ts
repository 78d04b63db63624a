/**
 * uapi constants that are preprocessor `#define`s, so not in kernel BTF (values from
 * `include/uapi/linux/bpf.h`, `btf.h`, `if_link.h`, `perf_event.h`). Enums live in the generated
 * `kernel_types.gen.ts`.
 *
 * @module
 */

/** `BPF_PROG_LOAD` `prog_flags`. */
export const BpfProgFlags = {
  BPF_F_STRICT_ALIGNMENT: 1 << 0,
  BPF_F_ANY_ALIGNMENT: 1 << 1,
  BPF_F_TEST_RND_HI32: 1 << 2,
  BPF_F_TEST_STATE_FREQ: 1 << 3,
  BPF_F_SLEEPABLE: 1 << 4,
  BPF_F_XDP_HAS_FRAGS: 1 << 5,
  BPF_F_XDP_DEV_BOUND_ONLY: 1 << 6,
  BPF_F_TEST_REG_INVARIANTS: 1 << 7,
} as const;

/** `src_reg` values that give `ld_imm64` and `call` a special meaning. */
export const BpfPseudo = {
  BPF_PSEUDO_MAP_FD: 1,
  BPF_PSEUDO_MAP_VALUE: 2,
  BPF_PSEUDO_BTF_ID: 3,
  BPF_PSEUDO_FUNC: 4,
  BPF_PSEUDO_MAP_IDX: 5,
  BPF_PSEUDO_MAP_IDX_VALUE: 6,
  /** `call` to a bpf-to-bpf subprogram. */
  BPF_PSEUDO_CALL: 1,
  /** `call` to a kernel function (kfunc). */
  BPF_PSEUDO_KFUNC_CALL: 2,
} as const;

/** `BPF_OBJ_GET` / `BPF_OBJ_PIN` `file_flags`. */
export const BpfObjFlags = {
  BPF_F_RDONLY: 1 << 3,
  BPF_F_WRONLY: 1 << 4,
  BPF_F_PATH_FD: 1 << 14,
} as const;

/** Attach flags for cgroup/tcx attachments (`BPF_PROG_ATTACH`, `BPF_LINK_CREATE`). */
export const BpfAttachFlags = {
  BPF_F_ALLOW_OVERRIDE: 1 << 0,
  BPF_F_ALLOW_MULTI: 1 << 1,
  BPF_F_REPLACE: 1 << 2,
  BPF_F_BEFORE: 1 << 3,
  BPF_F_AFTER: 1 << 4,
  BPF_F_ID: 1 << 5,
  BPF_F_LINK: 1 << 13,
} as const;

/** XDP attach modes (`link_create.flags` for `BPF_XDP`). */
export const XdpFlags = {
  XDP_FLAGS_UPDATE_IF_NOEXIST: 1 << 0,
  XDP_FLAGS_SKB_MODE: 1 << 1,
  XDP_FLAGS_DRV_MODE: 1 << 2,
  XDP_FLAGS_HW_MODE: 1 << 3,
  XDP_FLAGS_REPLACE: 1 << 4,
} as const;

/** `perf_event_open` flags. */
export const PerfFlags = {
  PERF_FLAG_FD_CLOEXEC: 1 << 3,
} as const;

/** BTF format constants. */
export const BtfConst = {
  BTF_MAGIC: 0xeb9f,
  BTF_VERSION: 1,
  /** Bits of `btf_type.info`: vlen 0–15, kind 24–28, kind_flag 31. */
  BTF_INFO_VLEN_MASK: 0xffff,
  BTF_INFO_KIND_SHIFT: 24,
  BTF_INFO_KIND_MASK: 0x1f,
  BTF_INFO_KFLAG_SHIFT: 31,
  /** `bpf_line_info.line_col`: line number above this many bits, column below. */
  BPF_LINE_INFO_LINE_SHIFT: 10,
} as const;
