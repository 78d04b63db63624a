/**
 * The pin tree of one object: `PINROOT/NAME/{maps,progs,links}/<name>`. Pins are the daemon's
 * ownership of kernel objects (it holds no descriptors between operations), so every change is
 * made by pinning under a temporary name and renaming over the final one: a crash leaves either
 * the old or the new object pinned, never neither, and a leftover temporary is swept later.
 */
import {
  Errno,
  type Fd,
  makeDirectory,
  objPin,
  pathExists,
  readDirectory,
  removeDirectory,
  rename,
  statIfExists,
  type SyscallError,
  unlink,
} from "../kernel/mod.ts";
import { pinName } from "./names.ts";
import { join } from "./paths.ts";

/** Pin subdirectories. */
export type PinKind = "maps" | "progs" | "links";

const KINDS: readonly PinKind[] = ["links", "progs", "maps"];
/** Temporary pins end in "-new": "-" never occurs in C identifiers, so no real name collides. */
const TEMP_SUFFIX = "-new";

/** Paths of one object's pins. */
export class PinTree {
  constructor(readonly root: string) {}

  /** `ROOT/KIND/<name with . → _>`. */
  path(kind: PinKind, name: string): string {
    return join(this.root, kind, pinName(name));
  }

  /** Whether something is pinned at `path(kind, name)`. */
  has(kind: PinKind, name: string): boolean {
    return pathExists(this.path(kind, name));
  }

  /** Pins `fd` at `path(kind, name)`, atomically replacing what was pinned there. */
  replace(kind: PinKind, name: string, fd: Fd): string {
    const final = this.path(kind, name);
    const temp = final + TEMP_SUFFIX;
    makeDirectory(join(this.root, kind), { recursive: true, mode: 0o700 });
    unlinkQuiet(temp);
    objPin(fd, temp);
    rename(temp, final);
    return final;
  }

  /** Unpins every pin of `kind` whose name is not in `keep` (pin names), temporaries included. */
  sweep(kind: PinKind, keep: ReadonlySet<string>): string[] {
    const removed: string[] = [];
    for (const entry of list(join(this.root, kind))) {
      if (keep.has(entry)) continue;
      unlinkQuiet(join(this.root, kind, entry));
      removed.push(`${kind}/${entry}`);
    }
    return removed;
  }

  /** Unpins everything (links first, so programs detach before their pins go) and removes the tree. */
  removeAll(): void {
    for (const kind of KINDS) {
      const dir = join(this.root, kind);
      for (const entry of list(dir)) unlinkQuiet(join(dir, entry));
      rmdirQuiet(dir);
    }
    rmdirQuiet(this.root);
  }

  /** Whether the object's pin directory exists. */
  exists(): boolean {
    return statIfExists(this.root)?.isDirectory() ?? false;
  }
}

function list(dir: string): string[] {
  try {
    return readDirectory(dir);
  } catch {
    return [];
  }
}

function unlinkQuiet(path: string): void {
  try {
    unlink(path);
  } catch (e) {
    if ((e as SyscallError).errno !== Errno.ENOENT) throw e;
  }
}

function rmdirQuiet(path: string): void {
  try {
    removeDirectory(path);
  } catch (e) {
    const errno = (e as SyscallError).errno;
    if (errno !== Errno.ENOENT && errno !== Errno.ENOTEMPTY) throw e;
  }
}
