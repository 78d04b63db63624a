/**
 * Watching one directory's entries. Under Bun an inotify descriptor that Bun's event loop reads
 * as a stream (no polling): `node:fs`'s watch would load that whole module into the compiled
 * daemon. Deno gets `node:fs`'s watch, taken when first used.
 */
import process from "node:process";
import { syscalls } from "./mod.ts";
import { O_CLOEXEC, O_NONBLOCK, SYSCALL_NUMBERS } from "../_nr.ts";
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
  return bun === undefined ? watchNode(dir, handlers) : watchInotify(bun, dir, handlers);
}

// --- Bun (inotify) ----------------------------------------------------------------------------

/** The part of Bun's global used here (Deno cannot resolve Bun's types). */
interface BunFiles {
  file(fd: number): { stream(): ReadableStream<Uint8Array> };
}

const bun = (globalThis as { Bun?: BunFiles }).Bun;

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

function watchInotify(bun: BunFiles, dir: string, handlers: WatchHandlers): DirectoryWatch {
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
  const reader = bun.file(fd).stream().getReader();
  let closed = false;
  (async () => {
    const decoder = new TextDecoder();
    for (;;) {
      const { value, done } = await reader.read();
      if (done || closed) return;
      // The kernel returns whole events in each read.
      const view = new DataView(value.buffer, value.byteOffset, value.byteLength);
      for (let at = 0; at + InotifyEvent.size <= value.length;) {
        const mask = view.getUint32(at + MASK, true);
        const length = view.getUint32(at + LEN, true);
        const start = at + InotifyEvent.size;
        at = start + length;
        if (mask & (IN_Q_OVERFLOW | IN_IGNORED)) {
          handlers.event("rename", null);
          continue;
        }
        const end = value.indexOf(0, start);
        const name = decoder.decode(value.subarray(start, end < 0 || end > at ? at : end));
        handlers.event(mask & (IN_MODIFY | IN_ATTRIB) ? "change" : "rename", name || null);
      }
    }
  })().catch((e) => {
    if (closed) return;
    close();
    handlers.error(e as Error);
  });
  const close = () => {
    if (closed) return;
    closed = true;
    // Closed once Bun has stopped reading it (Bun never closes a descriptor it was given).
    reader.cancel().catch(() => {}).finally(() => sys.syscall(nr.close, fd));
  };
  return { close };
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
