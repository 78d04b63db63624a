import { archFromName, LIBC_PATH, type SyscallArg, type Syscalls } from "./_common.ts";

const symbols = {
  // long syscall(long number, ...);  declared with a fixed signature: six i64 arguments always
  // fill the argument registers, which is what the variadic call would do.
  syscall: { parameters: ["i64", "i64", "i64", "i64", "i64", "i64", "i64"], result: "i64" },
  // int *__errno_location(void);
  __errno_location: { parameters: [], result: "pointer" },
} as const satisfies Deno.ForeignLibraryInterface;

/** Opens libc through `Deno.dlopen`. */
export function openDenoSyscalls(): Syscalls {
  let libc;
  try {
    libc = Deno.dlopen(LIBC_PATH, symbols).symbols;
  } catch (err) {
    // Typically missing --allow-ffi; Deno's message says which flag.
    throw new Error(`Cannot use FFI to reach the kernel: ${(err as Error).message}`, {
      cause: err,
    });
  }
  const errnoPointer = libc.__errno_location();
  if (errnoPointer === null) throw new Error("Cannot use FFI: __errno_location returned NULL");
  const errno = new Deno.UnsafePointerView(errnoPointer);
  return {
    runtime: "deno",
    arch: archFromName(Deno.build.arch),
    syscall(nr: number, ...args: SyscallArg[]): number {
      const result = Number(libc.syscall(
        BigInt(nr),
        BigInt(args[0] ?? 0),
        BigInt(args[1] ?? 0),
        BigInt(args[2] ?? 0),
        BigInt(args[3] ?? 0),
        BigInt(args[4] ?? 0),
        BigInt(args[5] ?? 0),
      ));
      return result === -1 ? -errno.getInt32() : result;
    },
    addressOf(buf: Uint8Array): bigint {
      if (buf.byteLength === 0) return 0n;
      return BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buf)));
    },
  };
}
