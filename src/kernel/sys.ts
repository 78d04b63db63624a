import { type Syscalls, syscalls } from "./ffi/mod.ts";
import { SyscallError } from "./errors.ts";
import { closeRaw, Fd, ownFd } from "./fd.ts";
import {
  AF_UNIX,
  AT_FDCWD,
  F_GETFD,
  MSG_NOSIGNAL,
  O_CLOEXEC,
  O_PATH,
  O_RDONLY,
  O_RDWR,
  OPEN_FLAGS,
  SIG_BLOCK,
  SIG_SETMASK,
  SIGSET_SIZE,
  SOCK_CLOEXEC,
  SOCK_DGRAM,
  SOCK_NONBLOCK,
  SOCK_STREAM,
  SYSCALL_NUMBERS,
  type SyscallName,
} from "./_nr.ts";
import { encodeStruct, offsetOf, PerfFlags, SockaddrUn } from "../abi/mod.ts";
import { Errno } from "./errno.ts";
import { readTextFile } from "./files.ts";

/** A system call argument: an integer, or a buffer passed by address. */
type Arg = number | bigint | Uint8Array;

// Buffers whose addresses are in flight. Holding them here keeps them reachable until the kernel
// has returned, even when the caller's last use of them was computing the address.
const inFlight: unknown[] = [];

/** Runs system call `name`: its result, or `-errno`. `referenced` are buffers an argument points into. */
export function raw(
  name: SyscallName,
  args: readonly Arg[],
  referenced: readonly Uint8Array[] = [],
): number {
  const sys = syscalls();
  const nr = SYSCALL_NUMBERS[sys.arch][name];
  inFlight.push(args, referenced);
  try {
    return sys.syscall(nr, ...args.map((a) => a instanceof Uint8Array ? sys.addressOf(a) : a));
  } finally {
    inFlight.length = 0;
  }
}

/** Runs system call `name` and throws a {@linkcode SyscallError} naming `subject` on failure. */
export function checked(name: SyscallName, subject: string, args: readonly Arg[]): number {
  const result = raw(name, args);
  if (result < 0) throw new SyscallError(name, -result, subject);
  return result;
}

/** The address of `buf`'s first byte, for pointer fields of kernel structs (0n when empty). */
export function addressOf(buf: Uint8Array): bigint {
  return syscalls().addressOf(buf);
}

/** `s` as a NUL-terminated C string. */
export function cString(s: string): Uint8Array {
  const bytes = new TextEncoder().encode(s);
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  return out;
}

/**
 * bpf(2) without interpretation: the result, or `-errno`. `referenced` are the buffers that
 * pointer fields of `attr` point into. `src/kernel/bpf.ts` types each command.
 */
export function bpfRaw(cmd: number, attr: Uint8Array, referenced: readonly Uint8Array[]): number {
  return raw("bpf", [cmd, attr, attr.byteLength], referenced);
}

/** How to open a path with {@linkcode openPath}. */
export interface OpenOptions {
  /** Fail unless the path is a directory (O_DIRECTORY). */
  readonly directory?: boolean;
  /** Only a handle to the path, no read access (O_PATH). */
  readonly pathOnly?: boolean;
  /** Open for reading and writing. */
  readonly write?: boolean;
}

/**
 * openat(2) relative to the working directory, always close-on-exec. Needed wherever the kernel
 * wants a real descriptor (a cgroup directory, a binary for uprobes): the runtimes' own file
 * handles are not kernel descriptors.
 */
export function openPath(path: string, options: OpenOptions = {}): Fd {
  const sys = syscalls();
  let flags = O_CLOEXEC | (options.write ? O_RDWR : O_RDONLY);
  if (options.directory) flags |= OPEN_FLAGS[sys.arch].directory;
  if (options.pathOnly) flags |= O_PATH;
  return ownFd(checked("openat", path, [AT_FDCWD, cString(path), flags, 0]));
}

/** mount(2) flags used by bpfdrop (the same on every architecture). */
export const MountFlags = {
  MS_NOSUID: 2,
  MS_NODEV: 4,
  MS_NOEXEC: 8,
  MS_RELATIME: 1 << 21,
} as const;

/** mount(2) of a pseudo file system such as bpffs or tracefs; `data` is its option string. */
export function mount(
  source: string,
  target: string,
  fsType: string,
  options: { flags?: number; data?: string } = {},
): void {
  const data = options.data === undefined ? 0 : cString(options.data);
  checked("mount", target, [
    cString(source),
    cString(target),
    cString(fsType),
    options.flags ?? 0,
    data,
  ]);
}

/** umount2(2) without flags. */
export function unmount(target: string): void {
  checked("umount2", target, [cString(target), 0]);
}

/** perf_event_open(2) with `attr` encoded from `PerfEventAttr`; always close-on-exec. */
export function perfEventOpen(
  attr: Uint8Array,
  target: { pid: number; cpu: number; groupFd?: number; flags?: number },
): Fd {
  const flags = (target.flags ?? 0) | PerfFlags.PERF_FLAG_FD_CLOEXEC;
  return ownFd(
    checked("perf_event_open", `pid ${target.pid} cpu ${target.cpu}`, [
      attr,
      target.pid,
      target.cpu,
      target.groupFd ?? -1,
      flags,
    ]),
  );
}

/** ioctl(2) with an integer argument or a buffer passed by address. */
export function ioctl(fd: Fd, request: number, arg: number | bigint | Uint8Array = 0): number {
  return checked(
    "ioctl",
    `fd ${fd.value} request 0x${request.toString(16)}`,
    [fd.value, request, arg],
  );
}

/** getpid(2). */
export function getpid(): number {
  return raw("getpid", []);
}

/**
 * Makes sure descriptor 0 is open (on /dev/null if it was free), so that no kernel object is
 * created on it: loader programs and many tools read 0 as "no descriptor".
 */
export function reserveFdZero(): void {
  if (fdIsOpen(0)) return;
  // Not close-on-exec: a child should find a standard input there too.
  const fd = raw("openat", [AT_FDCWD, cString("/dev/null"), O_RDONLY, 0]);
  if (fd > 0) closeRaw(fd); // another thread took 0 in the meantime
}

/** The kernel's description of `fd` (/proc/self/fdinfo): `frozen`, `map_id`, `prog_tag`, … */
export function readFdInfo(fd: Fd): Map<string, string> {
  const text = readTextFile(`/proc/self/fdinfo/${fd.value}`);
  return new Map(
    text.split("\n").filter((line) => line.includes(":")).map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon), line.slice(colon + 1).trim()];
    }),
  );
}

/**
 * Runs `body` with every blockable signal blocked on this thread, then restores the mask (and
 * pending signals are delivered). The verifier gives up with EAGAIN when the loading thread has
 * a signal pending, which inside a loader program would fail the whole run.
 */
export function withSignalsBlocked<T>(body: () => T): T {
  // Nested: already blocked, and the mask to restore is the outermost one's.
  if (signalsBlocked) return body();
  const sys = syscalls();
  // Runs around every loader run: the sets and their addresses are made once per seam.
  if (sigsets?.seam !== sys) {
    // On ArrayBuffers of their own: a small typed array can move when first asked for its address.
    const all = new Uint8Array(new ArrayBuffer(SIGSET_SIZE)).fill(0xff);
    const saved = new Uint8Array(new ArrayBuffer(SIGSET_SIZE));
    sigsets = { seam: sys, all, saved, allAt: sys.addressOf(all), savedAt: sys.addressOf(saved) };
  }
  const sets = sigsets;
  setSignalMask(sys, SIG_BLOCK, sets.allAt, sets.savedAt);
  signalsBlocked = true;
  try {
    return body();
  } finally {
    signalsBlocked = false;
    setSignalMask(sys, SIG_SETMASK, sets.savedAt, 0n);
  }
}

/** rt_sigprocmask(how, set, saved); throws on failure. */
function setSignalMask(sys: Syscalls, how: number, set: bigint, saved: bigint): void {
  const result = sys.syscall(
    SYSCALL_NUMBERS[sys.arch].rt_sigprocmask,
    how,
    set,
    saved,
    SIGSET_SIZE,
  );
  if (result < 0) {
    throw new SyscallError(
      "rt_sigprocmask",
      -result,
      how === SIG_BLOCK ? "SIG_BLOCK" : "SIG_SETMASK",
    );
  }
}

interface SignalSets {
  readonly seam: Syscalls;
  /** Every signal, and where the mask in force before blocking is saved (held here so that
   * their addresses stay valid). */
  readonly all: Uint8Array;
  readonly saved: Uint8Array;
  readonly allAt: bigint;
  readonly savedAt: bigint;
}
let sigsets: SignalSets | undefined;
/** Set while {@link withSignalsBlocked} runs its body. */
let signalsBlocked = false;

/** Whether descriptor `value` is open in this process (fcntl F_GETFD). */
export function fdIsOpen(value: number): boolean {
  // Asked before every loader run (of fd 0): one system call, nothing allocated.
  const sys = syscalls();
  return sys.syscall(SYSCALL_NUMBERS[sys.arch].fcntl, value, F_GETFD) >= 0;
}

/**
 * Sends one datagram to the Unix socket at `path` (sd_notify style); a leading `@` names an
 * abstract socket. Uses a fresh socket each time, as systemd's own client does.
 */
export function sendDatagram(path: string, bytes: Uint8Array): void {
  const address = unixAddress(path, "sendto");
  using socket = ownFd(checked("socket", "AF_UNIX", [AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0]));
  checked("sendto", path, [
    socket.value,
    bytes,
    bytes.byteLength,
    MSG_NOSIGNAL,
    address,
    address.byteLength,
  ]);
}

/**
 * Whether a process listens on the Unix stream socket at `path`: a non-blocking connect that
 * is closed at once (the listener sees a client that hangs up). A full backlog (EAGAIN) counts
 * as listening; a missing, stale or inaccessible socket does not. Raw system calls rather than
 * the runtime's sockets: the daemon asks this once at start, and Bun's client sockets would stay
 * in its memory for nothing (docs/daemon.md "Memory").
 */
export function unixStreamListening(path: string): boolean {
  const address = unixAddress(path, "connect");
  using socket = ownFd(
    checked("socket", "AF_UNIX", [AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0]),
  );
  const result = raw("connect", [socket.value, address, address.byteLength]);
  return result === 0 || result === -Errno.EAGAIN;
}

/**
 * A `sockaddr_un` for `path`, exactly as long as the name needs (`@name` = abstract: a NUL
 * byte, then the name, no terminator); throws ENAMETOOLONG as system call `name` would.
 */
function unixAddress(path: string, name: SyscallName): Uint8Array {
  const abstract = path.startsWith("@");
  const bytes = new TextEncoder().encode(abstract ? path.slice(1) : path);
  const pathOffset = offsetOf(SockaddrUn, "sun_path");
  const pathLength = abstract ? 1 + bytes.length : bytes.length + 1;
  if (pathOffset + pathLength > SockaddrUn.size) {
    throw new SyscallError(name, Errno.ENAMETOOLONG, path);
  }
  const address = encodeStruct(SockaddrUn, { sun_family: AF_UNIX });
  address.set(bytes, pathOffset + (abstract ? 1 : 0));
  return address.subarray(0, pathOffset + pathLength);
}
