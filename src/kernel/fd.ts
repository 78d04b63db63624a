import { syscalls } from "./ffi/mod.ts";
import { SyscallError } from "./errors.ts";
import { Errno } from "./errno.ts";
import { F_DUPFD_CLOEXEC, SYSCALL_NUMBERS } from "./_nr.ts";

// While tracing (tests), where each open Fd was created.
let traces: Map<Fd, string> | undefined;

/**
 * Starts (or stops) recording where each `Fd` is created, so a leak can be traced to its origin
 * with {@linkcode openFdTraces}. Meant for tests: it captures a stack per descriptor.
 */
export function traceFds(enabled: boolean): void {
  traces = enabled ? (traces ?? new Map()) : undefined;
}

/** The traced `Fd`s still open, with the stack of the code that created each. */
export function openFdTraces(): { fd: number; createdAt: string }[] {
  return [...traces ?? []].map(([fd, createdAt]) => ({ fd: fd.value, createdAt }));
}

/**
 * An owned kernel file descriptor. Closing is idempotent, so an `Fd` is never closed twice,
 * and a closed `Fd` refuses to hand out its number.
 */
export class Fd {
  #value: number;

  /** Takes ownership of `value`, which must be a positive descriptor (see {@linkcode ownFd}). */
  constructor(value: number) {
    if (!Number.isInteger(value) || value <= 0) {
      throw new RangeError(`Cannot own file descriptor ${value}`);
    }
    this.#value = value;
    traces?.set(this, new Error("created here").stack ?? "");
  }

  /** The descriptor number; throws once closed or released. */
  get value(): number {
    if (this.#value < 0) throw new Error("Cannot use a closed file descriptor");
    return this.#value;
  }

  /** Whether `close()` or `release()` was called. */
  get closed(): boolean {
    return this.#value < 0;
  }

  /** Closes the descriptor; later calls do nothing. */
  close(): void {
    if (this.#value < 0) return;
    const value = this.#value;
    this.#value = -1;
    traces?.delete(this);
    closeRaw(value);
  }

  /** Gives up ownership and returns the number; the caller must close it. */
  release(): number {
    const value = this.value;
    this.#value = -1;
    traces?.delete(this);
    return value;
  }

  [Symbol.dispose](): void {
    this.close();
  }

  toString(): string {
    return this.#value < 0 ? "Fd(closed)" : `Fd(${this.#value})`;
  }
}

/**
 * Owns a descriptor the kernel just returned. Descriptor 0 is moved elsewhere first: loader
 * programs and many tools treat 0 as "no fd", so it is never handed out as an object.
 */
export function ownFd(value: number): Fd {
  if (value !== 0) return new Fd(value);
  const sys = syscalls();
  const moved = sys.syscall(SYSCALL_NUMBERS[sys.arch].fcntl, 0, F_DUPFD_CLOEXEC, 1);
  closeRaw(0);
  if (moved < 0) throw new SyscallError("fcntl", -moved, "F_DUPFD_CLOEXEC 0");
  return new Fd(moved);
}

/** close(2) on a bare number; a failure other than EINTR means an ownership bug, so it throws. */
export function closeRaw(value: number): void {
  const sys = syscalls();
  const result = sys.syscall(SYSCALL_NUMBERS[sys.arch].close, value);
  // On EINTR Linux has already released the descriptor, so it must not be retried.
  if (result < 0 && result !== -Errno.EINTR) {
    throw new SyscallError("close", -result, String(value));
  }
}
