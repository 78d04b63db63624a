/**
 * `.kconfig` extern values, computed at generation time from a kernel config (as libbpf does:
 * values come from the generating host, the caller passes them in).
 *
 * @module
 */

import type { BpfObject, KconfigExtern, MapSpec } from "../object/mod.ts";
import { LoaderGenError } from "./emitter.ts";

/** Kernel config as `CONFIG_NAME → value` (`y`, `m`, `100`, `"string"`), plus
 * `LINUX_KERNEL_VERSION` (a number) and any `LINUX_HAS_*` the caller knows. */
export type Kconfig = Readonly<Record<string, string>>;

/** Values libbpf knows without a config: features every kernel bpfdrop supports has. */
const BUILTIN: Kconfig = { LINUX_HAS_BPF_COOKIE: "1", LINUX_HAS_SYSCALL_WRAPPER: "1" };

/** libbpf's `enum libbpf_tristate`; `0`/`1` are what libbpf's computed `LINUX_HAS_*` give. */
const TRISTATE: Record<string, number> = { n: 0, y: 1, m: 2, "0": 0, "1": 1 };

/**
 * Parses a kernel `.config` text (as in /proc/config.gz or /boot/config-*) into a map: each
 * `CONFIG_NAME=value`, and `n` for each `# CONFIG_NAME is not set`.
 */
export function parseKconfig(text: string): Record<string, string> {
  // Character scans, not regular expressions: the daemon parses the config when it loads an
  // object with .kconfig externs, and its first regular expression would bring in the engine's
  // regexp compiler (docs/daemon.md "Memory").
  const out: Record<string, string> = {};
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.startsWith(UNSET_PREFIX) && line.endsWith(UNSET_SUFFIX)) {
      const name = line.slice(UNSET_PREFIX.length, line.length - UNSET_SUFFIX.length);
      if (isConfigName(name)) out[name] = "n";
      continue;
    }
    const eq = line.indexOf("=");
    if (eq > 0 && isConfigName(line.slice(0, eq))) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

const UNSET_PREFIX = "# ";
const UNSET_SUFFIX = " is not set";

/** `CONFIG_` followed by one or more letters, digits or underscores. */
function isConfigName(name: string): boolean {
  if (!name.startsWith("CONFIG_") || name.length === "CONFIG_".length) return false;
  for (let i = "CONFIG_".length; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!ok) return false;
  }
  return true;
}

function fail(obj: BpfObject, ext: KconfigExtern, what: string): never {
  throw new LoaderGenError(`${obj.file}: kconfig extern ${ext.name}: ${what}`);
}

function encodeValue(
  obj: BpfObject,
  ext: KconfigExtern,
  raw: string,
  value: Uint8Array,
  le: boolean,
): void {
  const at = ext.offset;
  switch (ext.type) {
    case "bool":
    case "tristate": {
      const v = TRISTATE[raw];
      if (v === undefined || (ext.type === "bool" && v === 2)) {
        fail(obj, ext, `value "${raw}" is not a ${ext.type}`);
      }
      value[at] = v;
      return;
    }
    case "char":
      if (raw !== "y" && raw !== "m" && raw !== "n") {
        fail(obj, ext, `value "${raw}" is not y, m or n`);
      }
      value[at] = raw.charCodeAt(0);
      return;
    case "charArray": {
      if (raw.length < 2 || !raw.startsWith('"') || !raw.endsWith('"')) {
        fail(obj, ext, `value ${raw} is not a quoted string`);
      }
      const bytes = new TextEncoder().encode(raw.slice(1, -1));
      // Truncated like libbpf, always NUL-terminated.
      const n = Math.min(bytes.length, ext.size - 1);
      value.set(bytes.subarray(0, n), at);
      return;
    }
    case "int": {
      let v: bigint;
      try {
        v = raw.startsWith("-") ? -BigInt(raw.slice(1)) : BigInt(raw);
      } catch {
        return fail(obj, ext, `value "${raw}" is not an integer`);
      }
      if (ext.size <= 4) {
        // A Number holds every value of up to 32 bits exactly: no more BigInt arithmetic (each
        // operation allocates).
        const n = Number(v);
        const bits = ext.size * 8;
        const fits = ext.signed
          ? n >= -(2 ** (bits - 1)) && n < 2 ** (bits - 1)
          : n >= 0 && n < 2 ** bits;
        if (!fits) fail(obj, ext, `value ${raw} does not fit in ${ext.size} bytes`);
        if (ext.size !== 4 && ext.size !== 2 && ext.size !== 1) {
          fail(obj, ext, `unsupported integer size ${ext.size}`);
        }
        for (let i = 0; i < ext.size; i++) {
          value[le ? at + i : at + ext.size - 1 - i] = n >> (8 * i);
        }
        return;
      }
      const bits = BigInt(ext.size * 8);
      const fits = ext.signed
        ? v >= -(1n << (bits - 1n)) && v < (1n << (bits - 1n))
        : v >= 0n && v < (1n << bits);
      if (!fits) fail(obj, ext, `value ${raw} does not fit in ${ext.size} bytes`);
      if (ext.size !== 8) fail(obj, ext, `unsupported integer size ${ext.size}`);
      new DataView(value.buffer, value.byteOffset).setBigUint64(at, BigInt.asUintN(64, v), le);
      return;
    }
  }
}

/** Writes the initial value of the `.kconfig` map into `out` (zeroed, `map.valueSize` bytes):
 * every kconfig extern filled from `kconfig`. Missing values are an error unless the extern is
 * `__weak` (then it stays 0). */
export function writeKconfigValue(
  obj: BpfObject,
  map: MapSpec,
  kconfig: Kconfig,
  out: Uint8Array,
): void {
  const le = obj.endianness === "little";
  for (const ext of obj.externs) {
    if (ext.kind !== "kconfig") continue;
    const raw = kconfig[ext.name] ?? BUILTIN[ext.name];
    if (raw === undefined) {
      if (ext.weak) continue;
      fail(obj, ext, "no value in the kernel config (declare it __weak to allow that)");
    }
    if (ext.offset + ext.size > map.valueSize) fail(obj, ext, "lies outside the .kconfig map");
    encodeValue(obj, ext, raw, out, le);
  }
}
