import { SyscallError } from "./errors.ts";
import { Errno } from "./errno.ts";
import { mount, MountFlags } from "./sys.ts";
import {
  fileSystemType,
  makeDirectory,
  pathExists,
  readDirectory,
  readTextFile,
  removeTree,
  stat,
  unlink,
} from "./files.ts";

/** One line of /proc/self/mountinfo. */
export interface MountEntry {
  readonly mountPoint: string;
  readonly fsType: string;
  readonly source: string;
  /** Per-mount options (`rw,relatime`). */
  readonly options: string;
}

/** The mounts this process sees, in mount order. */
export function readMounts(mountinfo = readTextFile("/proc/self/mountinfo")): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of mountinfo.split("\n")) {
    if (line === "") continue;
    // "id parent major:minor root mount-point options [optional...] - fstype source super-options"
    const [before, after] = line.split(" - ", 2);
    const fields = before?.split(" ") ?? [];
    const tail = after?.split(" ") ?? [];
    if (fields.length < 6 || tail.length < 2) continue;
    entries.push({
      mountPoint: unescapeMountField(fields[4]!),
      options: fields[5]!,
      fsType: tail[0]!,
      source: unescapeMountField(tail[1]!),
    });
  }
  return entries;
}

// The kernel writes space, tab, newline and backslash in paths as three-digit octal escapes.
function unescapeMountField(field: string): string {
  return field.replace(
    /\\([0-7]{3})/g,
    (_, octal: string) => String.fromCharCode(parseInt(octal, 8)),
  );
}

/** The mount whose mount point is exactly `path` (the last one, if stacked). */
export function findMount(path: string, mounts = readMounts()): MountEntry | undefined {
  const wanted = normalizeDir(path);
  return mounts.findLast((m) => m.mountPoint === wanted);
}

function normalizeDir(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === "/") end--;
  return path.slice(0, end);
}

// bpffs is mounted as systemd and bpftool do: no suid, devices or exec; root-only top directory.
const PSEUDO_FS_FLAGS = MountFlags.MS_NOSUID | MountFlags.MS_NODEV | MountFlags.MS_NOEXEC |
  MountFlags.MS_RELATIME;

/**
 * Makes sure `path` is on a bpf file system: a directory inside an existing bpffs is just created;
 * otherwise a bpffs is mounted at `path`. True if it mounted one.
 */
export function ensureBpffs(path = "/sys/fs/bpf"): boolean {
  if (isInBpffs(nearestExisting(path))) {
    makeDirectory(path, { recursive: true });
    return false;
  }
  return ensurePseudoFs("bpf", path, "mode=0700");
}

/** Makes sure tracefs is mounted at `path`; true if it mounted it. */
export function ensureTracefs(path = "/sys/kernel/tracing"): boolean {
  return ensurePseudoFs("tracefs", path);
}

function ensurePseudoFs(fsType: string, path: string, data?: string): boolean {
  const existing = findMount(path);
  if (existing?.fsType === fsType) return false;
  makeDirectory(path, { recursive: true });
  mount(fsType, path, fsType, { flags: PSEUDO_FS_FLAGS, ...(data !== undefined && { data }) });
  return true;
}

/** `statfs` magic of bpffs. */
const BPF_FS_MAGIC = 0xcafe4a11;

/** Whether `path` lies inside a bpf file system. */
export function isInBpffs(path: string): boolean {
  try {
    return fileSystemType(path) === BPF_FS_MAGIC;
  } catch {
    return false;
  }
}

/**
 * `mkdir -p` for pin directories: creates `dir` and its missing parents. Refuses (EXDEV) when the
 * nearest existing ancestor is not on bpffs, where pinning would fail anyway.
 */
export function makePinDir(dir: string): void {
  const ancestor = nearestExisting(dir);
  if (!isInBpffs(ancestor)) {
    throw new SyscallError("mkdir", Errno.EXDEV, dir, `${ancestor} is not on a bpf file system`);
  }
  makeDirectory(dir, { recursive: true });
}

/** `path` itself if it exists, else its closest existing ancestor. */
function nearestExisting(path: string): string {
  let at = normalizeDir(path);
  while (!pathExists(at)) at = at.slice(0, at.lastIndexOf("/")) || "/";
  return at;
}

/** Removes the pin at `path`; false if nothing was pinned there. */
export function unpin(path: string): boolean {
  try {
    unlink(path);
    return true;
  } catch (err) {
    if ((err as SyscallError).errno === Errno.ENOENT) return false;
    throw err;
  }
}

/** Every pin below `dir`, as paths relative to it (`maps/counts`), sorted; empty if `dir` is absent. */
export function listPins(dir: string): string[] {
  if (!pathExists(dir)) return [];
  const pins: string[] = [];
  const walk = (relative: string) => {
    for (const name of readDirectory(`${dir}/${relative}`).sort()) {
      const child = relative === "" ? name : `${relative}/${name}`;
      if (stat(`${dir}/${child}`, { followSymlinks: false }).isDirectory()) walk(child);
      else pins.push(child);
    }
  };
  walk("");
  return pins;
}

/** Removes `dir` with every pin and directory below it (pins are released as they go). */
export function removePinTree(dir: string): void {
  removeTree(dir);
}

/** Number of possible CPUs (`/sys/devices/system/cpu/possible`, e.g. `0-3` → 4). */
export function possibleCpus(
  text = readTextFile("/sys/devices/system/cpu/possible"),
): number {
  let count = 0;
  for (const range of text.trim().split(",")) {
    const [first, last = first] = range.split("-").map(Number);
    count += last! - first! + 1;
  }
  return count;
}
