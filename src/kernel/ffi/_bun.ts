import { archFromName, LIBC_PATH, type SyscallArg, type Syscalls } from "./_common.ts";

const symbols = {
  // long syscall(long number, ...);  fixed signature, see _deno.ts
  syscall: { args: ["i64", "i64", "i64", "i64", "i64", "i64", "i64"], returns: "i64" },
  // int *__errno_location(void);
  __errno_location: { args: [], returns: "ptr" },
} as const;

/** The part of `bun:ffi` used here (Deno cannot resolve that module's types). */
interface BunFfi {
  dlopen(path: string, table: typeof symbols): {
    symbols: {
      syscall(...args: SyscallArg[]): number | bigint;
      __errno_location(): number;
    };
  };
  ptr(buf: Uint8Array): number;
  read: { i32(address: number, offset: number): number };
}

/** Opens libc through `bun:ffi`. */
export function openBunSyscalls(): Syscalls {
  // A synchronous require keeps the seam synchronous; Bun offers it on import.meta.
  const meta = import.meta as ImportMeta & { require(id: string): unknown };
  const ffi = meta.require("bun:ffi") as BunFfi;
  const libc = ffi.dlopen(LIBC_PATH, symbols).symbols;
  const errnoAddress = libc.__errno_location();
  const process = (globalThis as unknown as { process: { arch: string } }).process;
  return {
    runtime: "bun",
    arch: archFromName(process.arch),
    syscall(nr: number, ...args: SyscallArg[]): number {
      const result = Number(libc.syscall(
        nr,
        args[0] ?? 0,
        args[1] ?? 0,
        args[2] ?? 0,
        args[3] ?? 0,
        args[4] ?? 0,
        args[5] ?? 0,
      ));
      return result === -1 ? -ffi.read.i32(errnoAddress, 0) : result;
    },
    addressOf(buf: Uint8Array): bigint {
      if (buf.byteLength === 0) return 0n;
      return BigInt(ffi.ptr(buf));
    },
  };
}
