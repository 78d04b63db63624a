/**
 * What loader generation needs to know about the running kernel: its config (for `.kconfig`
 * externs) and, for struct_ops maps only, its BTF. Each is read once per process — neither can
 * change under a running kernel.
 *
 * @module
 */
import { type Btf, parseBtf } from "../btf/mod.ts";
import { gunzip } from "./ffi/mod.ts";
import { pathExists, readFile, readTextFile } from "./files.ts";
import { generateLoader, type Kconfig, type Loader, parseKconfig } from "../gen/mod.ts";
import type { BpfObject } from "../object/mod.ts";

/**
 * The kernel release as numbers (`6.18.44-fc` → [6, 18, 44], `5.4` → [5, 4, 0]); empty when it
 * does not start with `major.minor`.
 */
export function kernelRelease(
  release = readTextFile("/proc/sys/kernel/osrelease"),
): number[] {
  // A character scan, not a regular expression: the daemon reaches this when it loads an object
  // with .kconfig externs, and its first regular expression would bring in the engine's regexp
  // compiler (docs/daemon.md "Memory").
  const rel = release.trim();
  const parts: number[] = [];
  let at = 0;
  while (parts.length < 3) {
    const start = at;
    while (at < rel.length && rel.charCodeAt(at) >= 48 && rel.charCodeAt(at) <= 57) at++;
    if (at === start) break;
    parts.push(Number(rel.slice(start, at)));
    if (rel[at] !== ".") break;
    at++;
  }
  if (parts.length < 2) return [];
  return [parts[0]!, parts[1]!, parts[2] ?? 0];
}

/** `KERNEL_VERSION(a, b, c)` of a release string such as `6.18.44-fc`. */
export function kernelVersionCode(rel: string): number | undefined {
  const [major, minor, patch] = kernelRelease(rel);
  if (major === undefined) return undefined;
  return (major << 16) + (minor! << 8) + Math.min(patch!, 255);
}

let cachedKconfig: Kconfig | undefined;

/** The running kernel's config (/proc/config.gz or /boot/config-RELEASE) plus `LINUX_KERNEL_VERSION`. */
export function hostKconfig(): Kconfig {
  cachedKconfig ??= readHostKconfig();
  return cachedKconfig;
}

function readHostKconfig(): Kconfig {
  const rel = readTextFile("/proc/sys/kernel/osrelease").trim();
  let text: string | undefined;
  if (pathExists("/proc/config.gz")) {
    text = new TextDecoder().decode(gunzip(readFile("/proc/config.gz")));
  } else if (pathExists(`/boot/config-${rel}`)) {
    text = readTextFile(`/boot/config-${rel}`);
  }
  const config: Record<string, string> = text === undefined ? {} : parseKconfig(text);
  const version = kernelVersionCode(rel);
  if (version !== undefined) config["LINUX_KERNEL_VERSION"] = String(version);
  return config;
}

/** Where the running kernel publishes its BTF. */
export const VMLINUX_BTF = "/sys/kernel/btf/vmlinux";
let cachedBtf: Btf | undefined;

/** The running kernel's BTF (throws the read error, e.g. ENOENT without CONFIG_DEBUG_INFO_BTF). */
export function hostBtf(): Btf {
  cachedBtf ??= parseBtf(readFile(VMLINUX_BTF), { file: VMLINUX_BTF });
  return cachedBtf;
}

/** Generates the loader for `obj` with this kernel's config and, when needed, its BTF. */
export function generateHostLoader(
  obj: BpfObject,
  programs: readonly string[] | undefined,
): Loader {
  const kconfig = obj.externs.some((e) => e.kind === "kconfig") ? hostKconfig() : {};
  const kernelBtf = obj.maps.some((m) => m.origin === "structOps") ? hostBtf() : undefined;
  return generateLoader(obj, { kconfig, kernelBtf, programs });
}
