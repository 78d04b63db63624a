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

/** Parses a kernel `.config` text (as in /proc/config.gz or /boot/config-*) into a map. */
export function parseKconfig(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const set = /^(CONFIG_[A-Za-z0-9_]+)=(.*)$/.exec(line.trim());
    if (set) out[set[1]!] = set[2]!;
    const unset = /^# (CONFIG_[A-Za-z0-9_]+) is not set$/.exec(line.trim());
    if (unset) out[unset[1]!] = "n";
  }
  return out;
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
      if (!/^[ymn]$/.test(raw)) fail(obj, ext, `value "${raw}" is not y, m or n`);
      value[at] = raw.charCodeAt(0);
      return;
    case "charArray": {
      const m = /^"(.*)"$/.exec(raw);
      if (!m) fail(obj, ext, `value ${raw} is not a quoted string`);
      const bytes = new TextEncoder().encode(m[1]!);
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
