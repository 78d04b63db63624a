/**
 * Helpers for tests that need root and a real kernel.
 *
 * @module
 */
import { featureTests, kernelAtLeast, probeFeature, readMounts } from "../../src/kernel/mod.ts";
import { KNOWN_UNSUPPORTED } from "./known_unsupported.ts";

/** Whether a test runs, and if not, why. Spread into `Deno.test({ ... })`. */
export interface Requirement {
  readonly ignore: boolean;
  readonly reason?: string;
}

/** Ignored (with the reason printed) unless running as root. */
export function requireRoot(test: string): Requirement {
  if (Deno.uid() === 0) return { ignore: false };
  return skip(test, "needs root");
}

/**
 * Ignored (with the reason printed) when kernel feature `name` is conclusively unsupported and
 * that is expected: the kernel predates the feature, or the gap is listed in known_unsupported.ts.
 * Otherwise the test runs, so an unexpected gap or an undecided probe shows up as a failure.
 */
export function requireFeature(name: string, test: string): Requirement {
  const root = requireRoot(test);
  if (root.ignore) return root;
  const answer = probeFeature(name);
  if (answer.state !== "unsupported") return { ignore: false };
  const minKernel = featureTests().find((t) => t.name === name)?.minKernel ?? "0";
  const known = KNOWN_UNSUPPORTED[name];
  if (known !== undefined) return skip(test, `${answer.reason} (known: ${known})`);
  if (!kernelAtLeast(minKernel)) return skip(test, `${answer.reason} (needs Linux ${minKernel})`);
  console.log(
    `unexpected: ${test}: ${answer.reason} on Linux ≥ ${minKernel}; running the test anyway`,
  );
  return { ignore: false };
}

function skip(test: string, reason: string): Requirement {
  console.log(`skip: ${test}: ${reason}`);
  return { ignore: true, reason };
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

/** A fresh directory in the cgroup v2 hierarchy, removed on dispose. */
export function tempCgroup(prefix = "bpfdrop-test"): TempPinDir {
  const root = readMounts().find((m) => m.fsType === "cgroup2")?.mountPoint;
  if (root === undefined) throw new Error("no cgroup2 file system is mounted");
  const path = `${root}/${prefix}-${Deno.pid}-${crypto.randomUUID().slice(0, 8)}`;
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
