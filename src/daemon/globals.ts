/**
 * Manifest `globals`: initial values for `.rodata`/`.data`/`.bss` variables by BTF name, written
 * into the object's initial map data before the loader is generated (so `.rodata` constants
 * reach the verifier, as libbpf's skeleton `rodata->x = …` does).
 */
import type { BpfObject } from "../object/mod.ts";
import { type GlobalValue, ManifestError } from "./manifest.ts";

/** Returns `obj` with data maps' initial values patched; throws ManifestError naming the variable. */
export function applyGlobals(
  obj: BpfObject,
  globals: Record<string, GlobalValue>,
  manifestFile: string,
): BpfObject {
  const names = Object.keys(globals);
  if (names.length === 0) return obj;
  const maps = obj.maps.map((m) => ({ ...m }));
  for (const name of names) {
    const field = `globals.${name}`;
    const found = maps.flatMap((m) =>
      m.origin === "data" ? m.variables.filter((v) => v.name === name).map((v) => ({ m, v })) : []
    );
    if (found.length === 0) {
      throw new ManifestError(manifestFile, field, `${obj.file} has no global variable "${name}"`);
    }
    if (found.length > 1) {
      throw new ManifestError(manifestFile, field, `"${name}" is ambiguous in ${obj.file}`);
    }
    const { m, v } = found[0]!;
    const data = new Uint8Array(m.valueSize);
    if (m.initialData) data.set(m.initialData.subarray(0, m.valueSize));
    const bytes = encodeGlobal(
      globals[name]!,
      v.size,
      obj.endianness === "little",
      (detail) => new ManifestError(manifestFile, field, detail),
    );
    data.set(bytes, v.offset);
    m.initialData = data;
  }
  return { ...obj, maps };
}

function encodeGlobal(
  value: GlobalValue,
  size: number,
  little: boolean,
  fail: (detail: string) => Error,
): Uint8Array {
  if (Array.isArray(value)) {
    if (value.length === 0 || size % value.length !== 0) {
      throw fail(`${value.length} elements do not divide the variable's ${size} bytes`);
    }
    const each = size / value.length;
    const out = new Uint8Array(size);
    value.forEach((v, i) => out.set(encodeGlobal(v, each, little, fail), i * each));
    return out;
  }
  if (![1, 2, 4, 8].includes(size)) {
    throw fail(`the variable is ${size} bytes: give an array of element values`);
  }
  let n = typeof value === "boolean" ? (value ? 1n : 0n) : BigInt(value);
  const bits = BigInt(size * 8);
  if (n < -(1n << (bits - 1n)) || n >= 1n << bits) {
    throw fail(`${value} does not fit in ${size} byte(s)`);
  }
  n = BigInt.asUintN(size * 8, n);
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) {
    out[little ? i : size - 1 - i] = Number((n >> BigInt(8 * i)) & 0xffn);
  }
  return out;
}
