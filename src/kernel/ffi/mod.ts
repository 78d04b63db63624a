/**
 * The FFI seam: the only place where bpfdrop calls native code. Two symbols of libc are
 * enough (`syscall` and `__errno_location`); every system call is typed on top of them in
 * `src/kernel/sys.ts`. The runtime side (Deno or Bun) is chosen and loaded on first use, so
 * pure code and `--help` never need FFI permission. The runtime's memory controls (garbage
 * collection, JIT policy), Unix stream sockets, directory watches, hashing and gunzip live here too: there Deno and Bun
 * differ as well.
 *
 * @module
 */

import { openDenoSyscalls } from "./_deno.ts";
import { openBunSyscalls } from "./_bun.ts";
import type { Syscalls } from "./_common.ts";

export type { Arch, SyscallArg, Syscalls } from "./_common.ts";
export { collectGarbage, preferInterpreter } from "./_runtime.ts";
export { gunzip, sha256Hex } from "./_codecs.ts";
export {
  type ConnectionHandlers,
  connectUnix,
  listenUnix,
  type UnixConnection,
  type UnixListener,
} from "./_unix_socket.ts";
export {
  type DirectoryWatch,
  watchDirectory,
  type WatchEventKind,
  type WatchHandlers,
} from "./_watch.ts";

let current: Syscalls | undefined;

/** The runtime's `Syscalls`, opened on first call (needs FFI permission then). */
export function syscalls(): Syscalls {
  current ??= "Bun" in globalThis ? openBunSyscalls() : openDenoSyscalls();
  return current;
}

/** Replaces the seam (tests inject fakes); returns a function that restores the previous one. */
export function overrideSyscalls(fake: Syscalls): () => void {
  const previous = current;
  current = fake;
  return () => {
    current = previous;
  };
}
