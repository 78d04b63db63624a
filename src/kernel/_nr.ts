import type { Arch } from "./ffi/mod.ts";

/** The system calls bpfdrop makes, by name. */
export type SyscallName =
  | "bpf"
  | "close"
  | "connect"
  | "fchmodat"
  | "fchownat"
  | "fcntl"
  | "fsync"
  | "getdents64"
  | "getpid"
  | "inotify_add_watch"
  | "inotify_init1"
  | "ioctl"
  | "mkdirat"
  | "mount"
  | "openat"
  | "perf_event_open"
  | "read"
  | "readlinkat"
  | "renameat2"
  | "rt_sigprocmask"
  | "sendto"
  | "socket"
  | "statfs"
  | "statx"
  | "umount2"
  | "unlinkat"
  | "write";

/** System call numbers per architecture (arch/x86/entry/syscalls, include/uapi/asm-generic/unistd.h). */
export const SYSCALL_NUMBERS: Readonly<Record<Arch, Readonly<Record<SyscallName, number>>>> = {
  x86_64: {
    bpf: 321,
    close: 3,
    connect: 42,
    fchmodat: 268,
    fchownat: 260,
    fcntl: 72,
    fsync: 74,
    getdents64: 217,
    getpid: 39,
    inotify_add_watch: 254,
    inotify_init1: 294,
    ioctl: 16,
    mkdirat: 258,
    mount: 165,
    openat: 257,
    perf_event_open: 298,
    read: 0,
    readlinkat: 267,
    renameat2: 316,
    rt_sigprocmask: 14,
    sendto: 44,
    socket: 41,
    statfs: 137,
    statx: 332,
    umount2: 166,
    unlinkat: 263,
    write: 1,
  },
  aarch64: {
    bpf: 280,
    close: 57,
    connect: 203,
    fchmodat: 53,
    fchownat: 54,
    fcntl: 25,
    fsync: 82,
    getdents64: 61,
    getpid: 172,
    inotify_add_watch: 27,
    inotify_init1: 26,
    ioctl: 29,
    mkdirat: 34,
    mount: 40,
    openat: 56,
    perf_event_open: 241,
    read: 63,
    readlinkat: 78,
    renameat2: 276,
    rt_sigprocmask: 135,
    sendto: 206,
    socket: 198,
    statfs: 43,
    statx: 291,
    umount2: 39,
    unlinkat: 35,
    write: 64,
  },
};

/** open(2) flags that differ between architectures (aarch64 uses the asm-generic values). */
export const OPEN_FLAGS: Readonly<Record<Arch, { readonly directory: number }>> = {
  x86_64: { directory: 0o200000 },
  aarch64: { directory: 0o40000 },
};

/** Flags with the same value on every supported architecture. */
export const O_RDONLY = 0;
export const O_WRONLY = 1;
export const O_RDWR = 2;
export const O_CREAT = 0o100;
export const O_TRUNC = 0o1000;
export const O_NONBLOCK = 0o4000;
/** FASYNC: signal the owner (F_SETOWN) with SIGIO when the descriptor becomes ready. */
export const O_ASYNC = 0o20000;
export const AT_SYMLINK_NOFOLLOW = 0x100;
export const AT_REMOVEDIR = 0x200;
export const AT_EMPTY_PATH = 0x1000;
export const O_PATH = 0o10000000;
export const O_CLOEXEC = 0o2000000;
export const AT_FDCWD = -100;
export const F_GETFD = 1;
export const F_GETFL = 3;
export const F_SETFL = 4;
export const F_SETOWN = 8;
export const F_DUPFD_CLOEXEC = 1030;
export const SIG_BLOCK = 0;
export const SIG_SETMASK = 2;
/** Bytes of the kernel's signal set (64 signals). */
export const SIGSET_SIZE = 8;
export const AF_UNIX = 1;
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_NONBLOCK = O_NONBLOCK;
export const SOCK_CLOEXEC = O_CLOEXEC;
export const MSG_NOSIGNAL = 0x4000;
