/**
 * Shared by `gen` and `load`: read an object (or a loader file) and produce a loader, reading
 * the kernel config only when the object has `.kconfig` externs.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { BtfError } from "../btf/mod.ts";
import { ElfError } from "../elf/mod.ts";
import {
  decodeLoaderFile,
  isLoaderFile,
  type Loader,
  LoaderFileError,
  LoaderGenError,
} from "../gen/mod.ts";
import { generateHostLoader, VMLINUX_BTF } from "../kernel/mod.ts";
import { type BpfObject, ObjectError, parseObject } from "../object/mod.ts";

/** Bad input: the message already names the file and the cause. */
export class InputError extends Error {
  override name = "InputError";
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
  try {
    return generateHostLoader(obj, programs);
  } catch (e) {
    if (e instanceof LoaderGenError) throw new InputError(e.message);
    // The kernel's BTF is read only for struct_ops maps; say which file was missing.
    const code = (e as { code?: string }).code;
    if (code !== undefined) throw new InputError(`${VMLINUX_BTF}: cannot read: ${code}`);
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
