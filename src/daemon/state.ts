/**
 * Per-object state files `STATEDIR/NAME.json`: what the daemon last loaded, so a restart can
 * adopt pinned objects instead of reloading them. Written atomically: temp file, fsync, rename,
 * fsync of the directory, so a crash leaves either the old or the new record.
 */
import {
  createFile,
  Errno,
  makeDirectory,
  openPath,
  readDirectory,
  readTextFile,
  rename,
  syncFile,
  type SyscallError,
  unlink,
  writeAll,
} from "../kernel/mod.ts";
import { isObjectName } from "./names.ts";
import { join } from "./paths.ts";

/** A program as recorded. */
export interface ProgramRecord {
  name: string;
  type: string;
  id: number;
  pin: string;
  /** Human-readable attach point, or null when not attached. */
  attachPoint: string | null;
  /** Identity of the attach point: a reload moves the link in place only when it is equal. */
  attachKey: string | null;
  /** Attach kind (`tracepoint`, `xdp`, …), or null when not attached. */
  linkKind: string | null;
  link: { id: number; pin: string } | null;
}

/** A map as recorded. */
export interface MapRecord {
  name: string;
  type: string;
  id: number;
  pin: string;
  preserved: boolean;
}

/** The contents of `STATEDIR/NAME.json` (format version 1, documented in docs/daemon.md). */
export interface ObjectState {
  version: 1;
  name: string;
  file: string;
  sha256: string;
  manifestSha256: string | null;
  generation: number;
  loadedAt: string;
  pinDir: string;
  programs: ProgramRecord[];
  maps: MapRecord[];
}

/** Writes `state` to `dir/NAME.json` atomically and durably. */
export function writeState(dir: string, state: ObjectState): void {
  makeDirectory(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `${state.name}.json`);
  const temp = join(dir, `.${state.name}.json.tmp`);
  {
    using file = createFile(temp, 0o600);
    writeAll(file.value, new TextEncoder().encode(JSON.stringify(state, null, 2) + "\n"), temp);
    syncFile(file, temp);
  }
  rename(temp, path);
  syncDir(dir);
}

/** Reads `dir/NAME.json`; null when missing or unreadable (a torn or foreign file is ignored). */
export function readState(dir: string, name: string): ObjectState | null {
  let text: string;
  try {
    text = readTextFile(join(dir, `${name}.json`));
  } catch {
    return null;
  }
  try {
    const s = JSON.parse(text) as ObjectState;
    return s.version === 1 && s.name === name && Array.isArray(s.programs) && Array.isArray(s.maps)
      ? s
      : null;
  } catch {
    return null;
  }
}

/** Names of every object with a state file. */
export function listStates(dir: string): string[] {
  let files: string[];
  try {
    files = readDirectory(dir);
  } catch {
    return [];
  }
  return files.filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).filter(isObjectName);
}

/** Deletes `dir/NAME.json` (durably); missing is fine. */
export function removeState(dir: string, name: string): void {
  try {
    unlink(join(dir, `${name}.json`));
  } catch (e) {
    if ((e as SyscallError).errno !== Errno.ENOENT) throw e;
    return;
  }
  syncDir(dir);
}

function syncDir(dir: string): void {
  using fd = openPath(dir, { directory: true });
  syncFile(fd, dir);
}
