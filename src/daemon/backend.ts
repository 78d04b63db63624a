/** The production load backend: generate a loader for the object and run it. */
import { readFileSync } from "node:fs";
import { release } from "node:os";
import { gunzipSync } from "node:zlib";
import { generateLoader, type Kconfig, parseKconfig } from "../gen/mod.ts";
import { runLoader } from "../kernel/mod.ts";
import type { LoadBackend } from "./reconciler.ts";

/** Generates the loader with `src/gen` and runs it with the kernel layer's runner. */
export const defaultLoadBackend: LoadBackend = (input) => {
  const needsKconfig = input.object.externs.some((e) => e.kind === "kconfig");
  const loader = generateLoader(input.object, {
    programs: input.programs,
    ...(needsKconfig && { kconfig: kernelConfig() }),
  });
  const loaded = runLoader(loader, { reuseMaps: input.reuseMaps, maxEntries: input.maxEntries });
  return {
    maps: loaded.maps.map((m) => ({ name: m.name, fd: m.fd })),
    programs: loaded.programs.map((p) => ({ name: p.name, fd: p.fd })),
  };
};

let cachedKconfig: Kconfig | null = null;

/** The running kernel's config (/proc/config.gz or /boot/config-RELEASE) plus its version. */
function kernelConfig(): Kconfig {
  if (cachedKconfig !== null) return cachedKconfig;
  const rel = release();
  let text = "";
  try {
    text = gunzipSync(readFileSync("/proc/config.gz")).toString("utf8");
  } catch {
    try {
      text = readFileSync(`/boot/config-${rel}`, "utf8");
    } catch { /* no config: only LINUX_KERNEL_VERSION and builtins are known */ }
  }
  const [major = 0, minor = 0, patch = 0] = (/^(\d+)\.(\d+)(?:\.(\d+))?/.exec(rel) ?? [])
    .slice(1)
    .map((n) => Number(n ?? 0));
  cachedKconfig = {
    ...parseKconfig(text),
    LINUX_KERNEL_VERSION: String((major << 16) + (minor << 8) + Math.min(patch, 255)),
  };
  return cachedKconfig;
}
