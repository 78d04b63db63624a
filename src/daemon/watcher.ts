/**
 * Watches the objects directory and reports which object names may have changed. Events are
 * debounced per name: a rename into place (the supported deployment) settles after
 * `debounceMs`; a file being written in place keeps producing "change" events and is only
 * reported once it has been quiet for `settleMs`. A periodic rescan covers lost events
 * (inotify overflow, a directory replaced under the watch).
 */
import { type DirectoryWatch, statIfExists, watchDirectory } from "../kernel/mod.ts";
import { classifyEntry } from "./names.ts";

/** Timing knobs, in ms. */
export interface WatchOptions {
  debounceMs: number;
  settleMs: number;
  rescanMs: number;
}

/** Calls `onNames` with object names whose files (object or manifest) changed; `onRescan` periodically. */
export class DirWatcher {
  #dir: string;
  #opts: WatchOptions;
  #onNames: (names: string[]) => void;
  #onRescan: () => void;
  #watcher: DirectoryWatch | null = null;
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #writing = new Set<string>();
  #rescan: ReturnType<typeof setInterval> | null = null;

  constructor(
    dir: string,
    opts: WatchOptions,
    handlers: {
      onNames: (names: string[]) => void;
      onRescan: () => void;
      onError: (e: Error) => void;
    },
  ) {
    this.#dir = dir;
    this.#opts = opts;
    this.#onNames = handlers.onNames;
    this.#onRescan = handlers.onRescan;
    this.#onError = handlers.onError;
    this.#arm();
    if (opts.rescanMs > 0) {
      this.#rescan = setInterval(() => {
        // A replaced directory (new inode) silently stops the old watch: watch the new one.
        if (this.#watcher === null || this.#watchedIno !== inodeOf(this.#dir)) {
          this.#watcher?.close();
          this.#arm();
        }
        this.#onRescan();
      }, opts.rescanMs);
    }
  }

  #onError: (e: Error) => void;
  #watchedIno: number | null = null;

  #arm(): void {
    try {
      this.#watchedIno = inodeOf(this.#dir);
      const w = watchDirectory(this.#dir, {
        event: (kind, file) => {
          if (file === null) this.#onRescan(); // events were lost: look at everything
          else this.#event(kind, file);
        },
        error: (e) => {
          this.#onError(e);
          if (this.#watcher === w) this.#watcher = null;
        },
      });
      this.#watcher = w;
    } catch (e) {
      this.#onError(e as Error);
      this.#watcher = null;
    }
  }

  /** The watched directory. */
  get dir(): string {
    return this.#dir;
  }

  #event(event: string, file: string): void {
    const entry = classifyEntry(file);
    // Refused names still matter: status reports them, so a rescan picks them up.
    const name = entry.kind === "object" || entry.kind === "manifest" ? entry.name : null;
    if (name === null) {
      if (entry.kind === "refused") this.#schedule(`\0${file}`, this.#opts.debounceMs);
      return;
    }
    if (event === "change") this.#writing.add(name);
    this.#schedule(name, this.#writing.has(name) ? this.#opts.settleMs : this.#opts.debounceMs);
  }

  #schedule(key: string, delay: number): void {
    const old = this.#timers.get(key);
    if (old !== undefined) clearTimeout(old);
    this.#timers.set(
      key,
      setTimeout(() => {
        this.#timers.delete(key);
        this.#writing.delete(key);
        if (key.startsWith("\0")) this.#onRescan();
        else this.#onNames([key]);
      }, delay),
    );
  }

  /** Stops watching and drops pending events. */
  close(): void {
    this.#watcher?.close();
    this.#watcher = null;
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
    if (this.#rescan !== null) clearInterval(this.#rescan);
    this.#rescan = null;
  }
}

function inodeOf(path: string): number | null {
  try {
    return statIfExists(path)?.ino ?? null;
  } catch {
    return null;
  }
}
