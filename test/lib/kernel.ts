/**
 * Helpers for tests that need root and a real kernel.
 *
 * @module
 */

/** `{ ignore, reason }` for `Deno.test`: ignored (with the reason printed) unless running as root. */
export function requireRoot(test: string): { ignore: boolean } {
  const root = Deno.uid() === 0;
  if (!root) console.log(`skip: ${test}: needs root`);
  return { ignore: !root };
}

/** Where tests pin: a unique directory under bpffs, created on demand. */
export interface TempPinDir extends Disposable {
  readonly path: string;
}

/** A fresh directory under /sys/fs/bpf, removed with everything pinned in it on dispose. */
export function tempPinDir(prefix = "bpfdrop-test"): TempPinDir {
  const path = `/sys/fs/bpf/${prefix}-${Deno.pid}-${crypto.randomUUID().slice(0, 8)}`;
  Deno.mkdirSync(path);
  return {
    path,
    [Symbol.dispose]() {
      Deno.removeSync(path, { recursive: true });
    },
  };
}

/** A fresh cgroup v2 directory, removed on dispose. */
export function tempCgroup(prefix = "bpfdrop-test"): TempPinDir {
  const path = `/sys/fs/cgroup/unified/${prefix}-${Deno.pid}-${crypto.randomUUID().slice(0, 8)}`;
  Deno.mkdirSync(path);
  return {
    path,
    [Symbol.dispose]() {
      Deno.removeSync(path);
    },
  };
}

/** Runs bpftool with `--json` and parses what it prints. */
export async function bpftoolJson(...args: string[]): Promise<unknown> {
  const out = await new Deno.Command("bpftool", { args: ["--json", ...args] }).output();
  const text = new TextDecoder().decode(out.stdout);
  if (!out.success) {
    throw new Error(`bpftool ${args.join(" ")} failed: ${new TextDecoder().decode(out.stderr)}`);
  }
  return JSON.parse(text);
}
