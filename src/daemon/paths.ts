/**
 * POSIX path joining for the daemon's own paths (pin directories, state files, the socket's
 * directory). Under Bun `node:path` is a module of its own that a static import loads into the
 * compiled daemon for every verb (~0.2 MiB RSS, docs/daemon.md "Memory"); these two functions are
 * all the daemon needs of it.
 *
 * Both give the same result as `node:path`'s posix `join` and `dirname` for every input: repeated
 * slashes collapse, `.` segments go, a trailing slash stays, and `..` is resolved lexically (it
 * removes the segment before it without looking at the file system, so `a/link/..` is `a` even
 * when `link` is a symbolic link; it cannot climb above `/`, and leads a relative path when there
 * is nothing left to remove).
 */

const SLASH = 0x2f;

/** Joins the non-empty `parts` with `/` and normalises the result (`.` when all are empty). */
export function join(...parts: string[]): string {
  let joined = "";
  for (const part of parts) {
    if (part === "") continue;
    joined = joined === "" ? part : `${joined}/${part}`;
  }
  return joined === "" ? "." : normalize(joined);
}

/** `path` without repeated slashes, `.` segments and `..` after a name (see the module doc). */
export function normalize(path: string): string {
  if (path === "") return ".";
  const absolute = path.charCodeAt(0) === SLASH;
  const trailingSlash = path.charCodeAt(path.length - 1) === SLASH;
  const kept: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment !== "..") kept.push(segment);
    else if (kept.length > 0 && kept[kept.length - 1] !== "..") kept.pop();
    else if (!absolute) kept.push("..");
    // ".." directly under "/" is "/" itself: dropped.
  }
  const body = kept.join("/");
  if (body === "") return absolute ? "/" : trailingSlash ? "./" : ".";
  return (absolute ? "/" : "") + body + (trailingSlash ? "/" : "");
}

/**
 * The directory part of `path`: everything before its last name, trailing slashes ignored (`.`
 * when there is no directory part, `/` for a name directly under the root). Not normalised.
 */
export function dirname(path: string): string {
  if (path === "") return ".";
  const absolute = path.charCodeAt(0) === SLASH;
  let end = -1;
  let inTrailingSlashes = true;
  for (let i = path.length - 1; i >= 1; i--) {
    if (path.charCodeAt(i) === SLASH) {
      if (!inTrailingSlashes) {
        end = i;
        break;
      }
    } else {
      inTrailingSlashes = false;
    }
  }
  if (end === -1) return absolute ? "/" : ".";
  // POSIX leaves the meaning of a leading "//" to the system; node keeps it, and so do we.
  if (absolute && end === 1) return "//";
  return path.slice(0, end);
}
