/** CPU architectures with a system call table in `src/kernel/sys.ts`. */
export type Arch = "x86_64" | "aarch64";

/** One argument of a raw system call: an integer or an address. */
export type SyscallArg = number | bigint;

/** What a runtime must provide to reach the kernel. */
export interface Syscalls {
  /** Which runtime side this is (for messages and tests). */
  readonly runtime: "deno" | "bun" | "fake";
  /** The CPU architecture, which selects the system call numbers. */
  readonly arch: Arch;
  /** Raw syscall(2) with up to six arguments: the result, or `-errno` on failure. */
  syscall(nr: number, ...args: SyscallArg[]): number;
  /** The address of `buf`'s first byte, for pointer fields; 0n for an empty buffer. */
  addressOf(buf: Uint8Array): bigint;
}

/** Maps a runtime's architecture name onto ours, refusing architectures without a table. */
export function archFromName(name: string): Arch {
  if (name === "x86_64" || name === "x64") return "x86_64";
  if (name === "aarch64" || name === "arm64") return "aarch64";
  throw new Error(`Cannot use FFI: unsupported CPU architecture "${name}"`);
}

/** The C library both runtime sides open. */
export const LIBC_PATH = "libc.so.6";
