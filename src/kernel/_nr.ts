import type { Arch } from "./ffi/mod.ts";

/** The system calls bpfdrop makes, by name. */
export type SyscallName =
  | "bpf"
  | "close"
  | "fcntl"
  | "getpid"
  | "ioctl"
  | "mount"
  | "openat"
  | "perf_event_open"
  | "rt_sigprocmask"
  | "sendto"
  | "socket"
  | "umount2";

/** System call numbers per architecture (arch/x86/entry/syscalls, include/uapi/asm-generic/unistd.h). */
export const SYSCALL_NUMBERS: Readonly<Record<Arch, Readonly<Record<SyscallName, number>>>> = {
  x86_64: {
    bpf: 321,
    close: 3,
    fcntl: 72,
    getpid: 39,
    ioctl: 16,
    mount: 165,
    openat: 257,
    perf_event_open: 298,
    rt_sigprocmask: 14,
    sendto: 44,
    socket: 41,
    umount2: 166,
  },
  aarch64: {
    bpf: 280,
    close: 57,
    fcntl: 25,
    getpid: 172,
    ioctl: 29,
    mount: 40,
    openat: 56,
    perf_event_open: 241,
    rt_sigprocmask: 135,
    sendto: 206,
    socket: 198,
    umount2: 39,
  },
};

/** open(2) flags that differ between architectures (aarch64 uses the asm-generic values). */
export const OPEN_FLAGS: Readonly<Record<Arch, { readonly directory: number }>> = {
  x86_64: { directory: 0o200000 },
  aarch64: { directory: 0o40000 },
};

/** Flags with the same value on every supported architecture. */
export const O_RDONLY = 0;
export const O_RDWR = 2;
export const O_PATH = 0o10000000;
export const O_CLOEXEC = 0o2000000;
export const AT_FDCWD = -100;
export const F_GETFD = 1;
export const F_DUPFD_CLOEXEC = 1030;
export const SIG_BLOCK = 0;
export const SIG_SETMASK = 2;
/** Bytes of the kernel's signal set (64 signals). */
export const SIGSET_SIZE = 8;
export const AF_UNIX = 1;
export const SOCK_DGRAM = 2;
export const SOCK_CLOEXEC = O_CLOEXEC;
export const MSG_NOSIGNAL = 0x4000;
