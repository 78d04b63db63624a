/**
 * Shared by `gen` and `load`: read an object (or a loader file) and produce a loader, reading
 * the kernel config only when the object has `.kconfig` externs.
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { release } from "node:os";
import { gunzipSync } from "node:zlib";
import { type Btf, BtfError, parseBtf } from "../btf/mod.ts";
import { ElfError } from "../elf/mod.ts";
import {
  decodeLoaderFile,
  generateLoader,
  isLoaderFile,
  type Kconfig,
  type Loader,
  LoaderFileError,
  LoaderGenError,
  parseKconfig,
} from "../gen/mod.ts";
import { type BpfObject, ObjectError, parseObject } from "../object/mod.ts";

/** Bad input: the message already names the file and the cause. */
export class InputError extends Error {
  override name = "InputError";
}

/** `KERNEL_VERSION(a, b, c)` of a release string such as `6.18.44-fc`. */
export function kernelVersionCode(rel: string): number | undefined {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(rel);
  if (!m) return undefined;
  return (Number(m[1]) << 16) + (Number(m[2]) << 8) + Math.min(Number(m[3] ?? 0), 255);
}

let cachedKconfig: Kconfig | undefined;

/** The running kernel's config, from /proc/config.gz or /boot/config-$(uname -r), plus
 * `LINUX_KERNEL_VERSION`; read once per process (it cannot change under a running kernel). */
export function hostKconfig(): Kconfig {
  cachedKconfig ??= readHostKconfig();
  return cachedKconfig;
}

function readHostKconfig(): Kconfig {
  const rel = release();
  let text: string | undefined;
  if (existsSync("/proc/config.gz")) {
    text = gunzipSync(readFileSync("/proc/config.gz")).toString("utf8");
  } else if (existsSync(`/boot/config-${rel}`)) {
    text = readFileSync(`/boot/config-${rel}`, "utf8");
  }
  const config: Record<string, string> = text === undefined ? {} : parseKconfig(text);
  const version = kernelVersionCode(rel);
  if (version !== undefined) config["LINUX_KERNEL_VERSION"] = String(version);
  return config;
}

const VMLINUX_BTF = "/sys/kernel/btf/vmlinux";
let cachedBtf: Btf | undefined;

/** The running kernel's BTF, read once per process (struct_ops maps need it). */
export function hostBtf(): Btf {
  if (cachedBtf === undefined) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(VMLINUX_BTF);
    } catch (e) {
      throw new InputError(`${VMLINUX_BTF}: cannot read: ${(e as { code?: string }).code ?? e}`);
    }
    cachedBtf = parseBtf(bytes, { file: VMLINUX_BTF });
  }
  return cachedBtf;
}

/** Parses an object file, wrapping reader errors as {@link InputError}. */
export function readObject(bytes: Uint8Array, path: string): BpfObject {
  try {
    return parseObject(bytes, path);
  } catch (e) {
    if (e instanceof ElfError || e instanceof BtfError || e instanceof ObjectError) {
      throw new InputError(e.message);
    }
    throw e;
  }
}

/** Generates the loader for an object's bytes. */
export function loaderForObject(
  bytes: Uint8Array,
  path: string,
  programs: readonly string[] | undefined,
): Loader {
  const obj = readObject(bytes, path);
  const kconfig = obj.externs.some((e) => e.kind === "kconfig") ? hostKconfig() : {};
  const kernelBtf = obj.maps.some((m) => m.origin === "structOps") ? hostBtf() : undefined;
  try {
    return generateLoader(obj, {
      kconfig,
      ...(kernelBtf && { kernelBtf }),
      ...(programs && { programs }),
    });
  } catch (e) {
    if (e instanceof LoaderGenError) throw new InputError(e.message);
    throw e;
  }
}

/** Reads `path`: a loader file is decoded, an object is turned into a loader. */
export async function readLoaderSource(
  path: string,
  programs: readonly string[] | undefined,
): Promise<{ loader: Loader; fromLoaderFile: boolean }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new InputError(`${path}: cannot read: ${code ?? (e as Error).message}`);
  }
  if (isLoaderFile(bytes)) {
    try {
      return { loader: decodeLoaderFile(bytes, path), fromLoaderFile: true };
    } catch (e) {
      if (e instanceof LoaderFileError) throw new InputError(e.message);
      throw e;
    }
  }
  return { loader: loaderForObject(bytes, path, programs), fromLoaderFile: false };
}
