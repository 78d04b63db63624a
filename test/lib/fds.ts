import { openFdTraces, traceFds } from "../../src/kernel/mod.ts";

/** The descriptors open in this process, from /proc/self/fd. */
export function openFds(): Set<number> {
  const entries = [...Deno.readDirSync("/proc/self/fd")].map((e) => Number(e.name));
  // The listing's own directory handle is closed by now; drop it.
  return new Set(entries.filter(fdStillOpen));
}

function fdStillOpen(fd: number): boolean {
  try {
    Deno.readLinkSync(`/proc/self/fd/${fd}`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `body` and throws if it left descriptors open that were not open before, naming what
 * each leaked descriptor points at (`anon_inode:bpf-map`, a path, …) and, for descriptors owned
 * by an `Fd` that was never closed, where that `Fd` was created.
 */
export async function assertNoFdLeak(body: () => unknown | Promise<unknown>): Promise<void> {
  const before = openFds();
  let origins = new Map<number, string>();
  traceFds(true);
  try {
    await body();
  } finally {
    origins = new Map(openFdTraces().map((t) => [t.fd, t.createdAt]));
    traceFds(false);
  }
  const leaked = [...openFds()].filter((fd) => !before.has(fd));
  if (leaked.length > 0) {
    const described = leaked.map((fd) => {
      const origin = origins.get(fd);
      return `${fd} -> ${linkOf(fd)}${origin === undefined ? "" : `\n${origin}`}`;
    });
    throw new Error(`leaked ${leaked.length} file descriptor(s):\n${described.join("\n")}`);
  }
}

function linkOf(fd: number): string {
  try {
    return Deno.readLinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return "(closed)";
  }
}
