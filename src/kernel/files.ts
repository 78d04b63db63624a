/**
 * Synchronous file operations on raw system calls. Under Bun, `node:fs` is a large JavaScript
 * module whose code and data stay resident once loaded (~3.4 MiB RSS in the compiled daemon); the
 * daemon needs only these few calls. Failures throw {@linkcode SyscallError}: its `errnoName`
 * (`ENOENT`) is what callers test, its message names the call and the path.
 */
import { SyscallError } from "./errors.ts";
import { Errno } from "./errno.ts";
import { type Fd, ownFd } from "./fd.ts";
import { addressOf, checked, cString, openPath, raw } from "./sys.ts";
import {
  AT_EMPTY_PATH,
  AT_FDCWD,
  AT_REMOVEDIR,
  AT_SYMLINK_NOFOLLOW,
  O_CLOEXEC,
  O_CREAT,
  O_TRUNC,
  O_WRONLY,
} from "./_nr.ts";
import { type FieldOf, LinuxDirent64, offsetOf, Statfs, Statx } from "../abi/mod.ts";

/** What bpfdrop reads of a file's status (a structural subset of `node:fs`'s `Stats`). */
export interface FileStat {
  /** The device number as `st_dev` gives it (`makedev(major, minor)`). */
  readonly dev: number;
  readonly ino: number;
  /** File type and permission bits. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  isDirectory(): boolean;
  isFile(): boolean;
}

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
/** statx fields asked for: type, mode, nlink, uid, gid, mtime, ctime, ino, size (STATX_BASIC_STATS). */
const STATX_BASIC_STATS = 0x7ff;

class Status implements FileStat {
  constructor(
    readonly dev: number,
    readonly ino: number,
    readonly mode: number,
    readonly uid: number,
    readonly gid: number,
    readonly size: number,
    readonly mtimeMs: number,
    readonly ctimeMs: number,
  ) {}
  isDirectory(): boolean {
    return (this.mode & S_IFMT) === S_IFDIR;
  }
  isFile(): boolean {
    return (this.mode & S_IFMT) === S_IFREG;
  }
}

// One statx buffer for every call: a rescan stats each object, and nothing here is reentrant.
const statxBuffer = new Uint8Array(Statx.size);
const statxView = new DataView(statxBuffer.buffer);

function statxAt(dirFd: number, path: Uint8Array, flags: number): number {
  return raw("statx", [dirFd, path, flags, STATX_BASIC_STATS, statxBuffer]);
}

function statxU32(field: FieldOf<typeof Statx>): number {
  return statxView.getUint32(offsetOf(Statx, field), true);
}

function statxU64(field: FieldOf<typeof Statx>): number {
  return Number(statxView.getBigUint64(offsetOf(Statx, field), true));
}

function statxMs(time: "stx_mtime" | "stx_ctime"): number {
  return Number(statxView.getBigInt64(offsetOf(Statx, `${time}.tv_sec`), true)) * 1000 +
    statxU32(`${time}.tv_nsec`) / 1e6;
}

function decodeStatx(): FileStat {
  const major = statxU32("stx_dev_major");
  const minor = statxU32("stx_dev_minor");
  // glibc's makedev, in arithmetic that stays exact beyond 32 bits.
  const dev = (minor & 0xff) + (major & 0xfff) * 0x100 + Math.floor(minor / 0x100) * 0x100000 +
    Math.floor(major / 0x1000) * 0x100000000000;
  return new Status(
    dev,
    statxU64("stx_ino"),
    statxView.getUint16(offsetOf(Statx, "stx_mode"), true),
    statxU32("stx_uid"),
    statxU32("stx_gid"),
    statxU64("stx_size"),
    statxMs("stx_mtime"),
    statxMs("stx_ctime"),
  );
}

/** statx of `path` into the shared buffer: 0, or `-errno`. */
function statxPath(path: string, options: { followSymlinks?: boolean }): number {
  const flags = options.followSymlinks === false ? AT_SYMLINK_NOFOLLOW : 0;
  return statxAt(AT_FDCWD, cString(path), flags);
}

/** The status of `path`, following symlinks unless `followSymlinks` is false. */
export function stat(path: string, options: { followSymlinks?: boolean } = {}): FileStat {
  const result = statxPath(path, options);
  if (result < 0) throw new SyscallError("statx", -result, path);
  return decodeStatx();
}

/** Like {@linkcode stat}, but undefined when `path` does not exist (no exception to collect). */
export function statIfExists(
  path: string,
  options: { followSymlinks?: boolean } = {},
): FileStat | undefined {
  const result = statxPath(path, options);
  if (result === -Errno.ENOENT || result === -Errno.ENOTDIR) return undefined;
  if (result < 0) throw new SyscallError("statx", -result, path);
  return decodeStatx();
}

/** The path "" (with AT_EMPTY_PATH: the descriptor itself). */
const EMPTY_PATH = new Uint8Array(1);

/** The status of open descriptor `fd` (a bare number, such as 2 for stderr). */
export function fileStat(fd: number): FileStat {
  const result = statxAt(fd, EMPTY_PATH, AT_EMPTY_PATH);
  if (result < 0) throw new SyscallError("statx", -result, `fd ${fd}`);
  return decodeStatx();
}

/** Whether `path` exists (symlinks followed); false on any failure, as `existsSync`. */
export function pathExists(path: string): boolean {
  return statxPath(path, {}) >= 0;
}

/** Reads all of `path` (regular or /proc file) into a new buffer. */
export function readFile(path: string): Uint8Array {
  using fd = openPath(path);
  // A regular file is read whole at once (one byte more shows its end); /proc files say size 0.
  let bytes = new Uint8Array(Math.max(fileStat(fd.value).size + 1, 4096));
  let length = 0;
  for (;;) {
    if (length === bytes.length) {
      const grown = new Uint8Array(bytes.length * 2);
      grown.set(bytes);
      bytes = grown;
    }
    const address = addressOf(bytes) + BigInt(length);
    const n = raw("read", [fd.value, address, bytes.length - length], [bytes]);
    if (n < 0) throw new SyscallError("read", -n, path);
    if (n === 0) return bytes.subarray(0, length);
    length += n;
  }
}

/** Reads `path` as UTF-8 text. */
export function readTextFile(path: string): string {
  return new TextDecoder().decode(readFile(path));
}

/** Writes all of `bytes` to descriptor `fd`; `subject` names it in errors. */
export function writeAll(fd: number, bytes: Uint8Array, subject = `fd ${fd}`): void {
  let done = 0;
  while (done < bytes.length) {
    const address = addressOf(bytes) + BigInt(done);
    const n = raw("write", [fd, address, bytes.length - done], [bytes]);
    if (n === -Errno.EINTR) continue;
    if (n < 0) throw new SyscallError("write", -n, subject);
    done += n;
  }
}

/** Creates (or truncates) `path` for writing with permission bits `mode`. */
export function createFile(path: string, mode: number): Fd {
  const flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC;
  return ownFd(checked("openat", path, [AT_FDCWD, cString(path), flags, mode]));
}

/** fsync(2): `fd`'s data and metadata reach the disk. */
export function syncFile(fd: Fd, subject: string): void {
  checked("fsync", subject, [fd.value]);
}

/** Creates directory `path` (and with `recursive` its missing parents; an existing one is fine). */
export function makeDirectory(
  path: string,
  options: { mode?: number; recursive?: boolean } = {},
): void {
  const mode = options.mode ?? 0o777;
  const result = raw("mkdirat", [AT_FDCWD, cString(path), mode]);
  if (result >= 0 || !options.recursive) {
    if (result < 0) throw new SyscallError("mkdir", -result, path);
    return;
  }
  if (result === -Errno.EEXIST && stat(path).isDirectory()) return;
  const parent = path.slice(0, path.lastIndexOf("/"));
  if (result !== -Errno.ENOENT || parent === "" || parent === path) {
    throw new SyscallError("mkdir", -result, path);
  }
  makeDirectory(parent, options);
  makeDirectory(path, { mode });
}

/** Sized for a few hundred entries per getdents64 call. */
const DIRENT_BUFFER_SIZE = 32 * 1024;
const D_RECLEN = offsetOf(LinuxDirent64, "d_reclen");
const D_NAME = offsetOf(LinuxDirent64, "d_name");

/** The names in directory `path`, in the kernel's order, without `.` and `..`. */
export function readDirectory(path: string): string[] {
  using dir = openPath(path, { directory: true });
  const buffer = new Uint8Array(DIRENT_BUFFER_SIZE);
  const view = new DataView(buffer.buffer);
  const decoder = new TextDecoder();
  const names: string[] = [];
  for (;;) {
    const filled = checked("getdents64", path, [dir.value, buffer, buffer.length]);
    if (filled === 0) return names;
    for (let at = 0; at < filled; at += view.getUint16(at + D_RECLEN, true)) {
      const start = at + D_NAME;
      const name = decoder.decode(buffer.subarray(start, buffer.indexOf(0, start)));
      if (name !== "." && name !== "..") names.push(name);
    }
  }
}

/** Renames `from` to `to`, replacing what `to` named. */
export function rename(from: string, to: string): void {
  checked("renameat2", `${from} -> ${to}`, [AT_FDCWD, cString(from), AT_FDCWD, cString(to), 0]);
}

/** Removes the file (or pin, or socket) `path`. */
export function unlink(path: string): void {
  checked("unlinkat", path, [AT_FDCWD, cString(path), 0]);
}

/** Removes the empty directory `path`. */
export function removeDirectory(path: string): void {
  checked("unlinkat", path, [AT_FDCWD, cString(path), AT_REMOVEDIR]);
}

/** Removes `path` and, if it is a directory, everything below it; a missing path is fine. */
export function removeTree(path: string): void {
  const st = statIfExists(path, { followSymlinks: false });
  if (st === undefined) return;
  if (st.isDirectory()) {
    for (const name of readDirectory(path)) removeTree(`${path}/${name}`);
    removeDirectory(path);
  } else {
    unlink(path);
  }
}

/** Sets the permission bits of `path`. */
export function changeMode(path: string, mode: number): void {
  checked("fchmodat", path, [AT_FDCWD, cString(path), mode]);
}

/** Sets the owner of `path`; -1 leaves `uid` or `gid` as it is. */
export function changeOwner(path: string, uid: number, gid: number): void {
  checked("fchownat", path, [AT_FDCWD, cString(path), uid, gid, 0]);
}

/** The target of symbolic link `path`. */
export function readLink(path: string): string {
  const buffer = new Uint8Array(4096);
  const length = checked("readlinkat", path, [AT_FDCWD, cString(path), buffer, buffer.length]);
  return new TextDecoder().decode(buffer.subarray(0, length));
}

/** The `statfs` magic number of the file system `path` is on (`f_type`). */
export function fileSystemType(path: string): number {
  const buffer = new Uint8Array(Statfs.size);
  checked("statfs", path, [cString(path), buffer]);
  return Number(new DataView(buffer.buffer).getBigInt64(offsetOf(Statfs, "f_type"), true));
}
