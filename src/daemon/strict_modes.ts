/**
 * sshd-StrictModes-like checks (SPEC §3 "Security"): the objects directory, its objects and
 * manifests must be owned by root or the daemon's uid and not writable by group or others,
 * since whoever can write them can load code into the kernel.
 */
import process from "node:process";
import { type FileStat, stat } from "../kernel/mod.ts";

/** A path the daemon refuses to trust; the message names it and says why. */
export class UntrustedPathError extends Error {
  override name = "UntrustedPathError";
  constructor(readonly path: string, reason: string) {
    super(`${path}: refused: ${reason}`);
  }
}

/**
 * Throws UntrustedPathError unless `path` (symlinks followed) is safely owned; returns its stat
 * (`st` when the caller has it already).
 */
export function checkTrusted(
  path: string,
  what: "directory" | "file",
  st: FileStat = stat(path),
): FileStat {
  if (what === "directory" && !st.isDirectory()) {
    throw new UntrustedPathError(path, "not a directory");
  }
  if (what === "file" && !st.isFile()) throw new UntrustedPathError(path, "not a regular file");
  const self = process.getuid?.() ?? 0;
  if (st.uid !== 0 && st.uid !== self) {
    throw new UntrustedPathError(path, `owned by uid ${st.uid} (must be root or uid ${self})`);
  }
  if ((st.mode & 0o022) !== 0) {
    const mode = (st.mode & 0o7777).toString(8).padStart(4, "0");
    throw new UntrustedPathError(
      path,
      `mode ${mode} is writable by group or others (chmod go-w ${path})`,
    );
  }
  return st;
}
