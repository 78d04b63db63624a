/**
 * Watching one directory's entries. Under Bun an inotify descriptor in signal-driven mode: the
 * kernel sends the process SIGIO when events are queued, and the handler reads them with raw
 * system calls (no polling). Neither `node:fs`'s watch (that whole module) nor a Bun stream over
 * the descriptor (the web streams machinery) is loaded into the compiled daemon: each costs memory
 * for nothing the watch needs (docs/daemon.md "Memory"). Deno gets `node:fs`'s watch, taken when
 * first used.
 */
import process from "node:process";
import { syscalls } from "./mod.ts";
import {
  F_GETFL,
  F_SETFL,
  F_SETOWN,
  O_ASYNC,
  O_CLOEXEC,
  O_NONBLOCK,
  SYSCALL_NUMBERS,
} from "../_nr.ts";
import { Errno } from "../errno.ts";
import { SyscallError } from "../errors.ts";
import { InotifyEvent, offsetOf } from "../../abi/mod.ts";

/** `change`: a file's contents or attributes; `rename`: an entry appeared, left or was renamed. */
export type WatchEventKind = "change" | "rename";

/** What a directory watch reports. */
export interface WatchHandlers {
  /** `name` is null when the events were lost (queue overflow, the directory went away). */
  event(kind: WatchEventKind, name: string | null): void;
  /** The watch has failed and is closed. */
  error(e: Error): void;
}

/** A running watch. */
export interface DirectoryWatch {
  close(): void;
}

/** Watches the entries of directory `dir`; throws when it cannot be watched. */
export function watchDirectory(dir: string, handlers: WatchHandlers): DirectoryWatch {
  return "Bun" in globalThis ? watchInotify(dir, handlers) : watchNode(dir, handlers);
}

// --- Bun (inotify, signal-driven) -------------------------------------------------------------

// inotify(7) event bits: the ones libuv (so Node and Bun's fs.watch) asks for, and the kernel's.
const IN_MODIFY = 0x2;
const IN_ATTRIB = 0x4;
const IN_MOVED_FROM = 0x40;
const IN_MOVED_TO = 0x80;
const IN_CREATE = 0x100;
const IN_DELETE = 0x200;
const IN_DELETE_SELF = 0x400;
const IN_MOVE_SELF = 0x800;
const IN_Q_OVERFLOW = 0x4000;
const IN_IGNORED = 0x8000;
const WATCHED = IN_MODIFY | IN_ATTRIB | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE |
  IN_DELETE_SELF | IN_MOVE_SELF;

const MASK = offsetOf(InotifyEvent, "mask");
const LEN = offsetOf(InotifyEvent, "len");

/** Bytes read at a time: room for several events (one needs at most 16 + NAME_MAX + 1). */
const READ_SIZE = 4096;

/**
 * The drains of the open watches. One SIGIO can stand for many events on any of them (standard
 * signals do not queue), so each signal runs every drain, and each reads until EAGAIN.
 */
const drains = new Set<() => void>();
let sigioHandled = false;

function watchInotify(dir: string, handlers: WatchHandlers): DirectoryWatch {
  const sys = syscalls();
  const nr = SYSCALL_NUMBERS[sys.arch];
  const fd = sys.syscall(nr.inotify_init1, O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) throw new SyscallError("inotify_init1", -fd, dir);
  const path = new TextEncoder().encode(`${dir}\0`);
  const wd = sys.syscall(nr.inotify_add_watch, fd, sys.addressOf(path), WATCHED);
  if (wd < 0) {
    sys.syscall(nr.close, fd);
    throw new SyscallError("inotify_add_watch", -wd, dir);
  }
  const buffer = new Uint8Array(READ_SIZE);
  const view = new DataView(buffer.buffer);
  const decoder = new TextDecoder();
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    drains.delete(drain);
    sys.syscall(nr.close, fd);
  };
  const fail = (e: Error) => {
    if (closed) return;
    close();
    handlers.error(e);
  };
  const readEvents = () => {
    while (!closed) {
      const n = sys.syscall(nr.read, fd, sys.addressOf(buffer), READ_SIZE);
      if (n === -Errno.EAGAIN) return;
      if (n === -Errno.EINTR) continue;
      if (n <= 0) return fail(new SyscallError("read", n === 0 ? Errno.EIO : -n, dir));
      // The kernel returns whole events in each read.
      for (let at = 0; at + InotifyEvent.size <= n;) {
        const mask = view.getUint32(at + MASK, true);
        const length = view.getUint32(at + LEN, true);
        const start = at + InotifyEvent.size;
        at = start + length;
        if (mask & (IN_Q_OVERFLOW | IN_IGNORED)) {
          handlers.event("rename", null);
          continue;
        }
        const end = buffer.indexOf(0, start);
        const name = decoder.decode(buffer.subarray(start, end < 0 || end > at ? at : end));
        handlers.event(mask & (IN_MODIFY | IN_ATTRIB) ? "change" : "rename", name || null);
        if (closed) return; // the handler closed the watch
      }
    }
  };
  const drain = () => {
    try {
      readEvents();
    } catch (e) {
      fail(e as Error);
    }
  };
  // Signal-driven I/O: SIGIO to this process (F_SETOWN) whenever an event is queued (O_ASYNC).
  handleSigio();
  drains.add(drain);
  const flags = sys.syscall(nr.fcntl, fd, F_GETFL);
  const owned = flags < 0 ? flags : sys.syscall(nr.fcntl, fd, F_SETOWN, sys.syscall(nr.getpid));
  const async = owned < 0 ? owned : sys.syscall(nr.fcntl, fd, F_SETFL, flags | O_ASYNC);
  if (async < 0) {
    close();
    throw new SyscallError("fcntl", -async, dir);
  }
  drain(); // events queued before O_ASYNC was set raise no signal
  return { close };
}

/**
 * Installs the SIGIO listener once, for the life of the process: SIGIO's default action ends the
 * process, and a signal still pending when the last watch closes must find a listener.
 */
function handleSigio(): void {
  if (sigioHandled) return;
  sigioHandled = true;
  process.on("SIGIO", () => {
    for (const drain of drains) drain();
  });
}

// --- Deno (node:fs) ---------------------------------------------------------------------------

function watchNode(dir: string, handlers: WatchHandlers): DirectoryWatch {
  const fs = process.getBuiltinModule("node:fs") as typeof import("node:fs");
  const watcher = fs.watch(dir, { persistent: true }, (kind, name) => {
    handlers.event(kind, typeof name === "string" && name !== "" ? name : null);
  });
  watcher.on("error", (e: Error) => {
    watcher.close();
    handlers.error(e);
  });
  return watcher;
}
