/**
 * Shared by `gen` and `load`: read an object (or a loader file) and produce a loader, reading
 * the kernel config only when the object has `.kconfig` externs.
 *
 * @module
 */
import process from "node:process";
import { BtfError } from "../btf/mod.ts";
import {
  ElfError,
  type FilePiece,
  type PartialFile,
  readElfPieces,
  sectionTableEnd,
} from "../elf/mod.ts";
import {
  decodeLoaderFile,
  isLoaderFile,
  type Loader,
  LoaderFileError,
  LoaderGenError,
} from "../gen/mod.ts";
import { generateHostLoader, VMLINUX_BTF } from "../kernel/mod.ts";
import { type BpfObject, ObjectError, parseObject } from "../object/mod.ts";

// node:fs taken on first use: the compiled binary is one bundle, and a static import would load
// the module (~1.7 MiB RSS) into the daemon too, which never reads objects through here.
let nodeFs: typeof import("node:fs") | undefined;
function fs(): typeof import("node:fs") {
  return nodeFs ??= process.getBuiltinModule("node:fs") as typeof import("node:fs");
}

/** Bad input: the message already names the file and the cause. */
export class InputError extends Error {
  override name = "InputError";
}

/** Files shorter than this are read whole: reading DWARF-free parts saves nothing on them. */
const WHOLE_READ = 16 * 1024;

/**
 * Reads `path` as parsing needs it: an ELF object without its DWARF (`.debug_*` contents, most
 * of a vmlinux.h-based object, are not read), any other file whole (as a `Uint8Array`). Throws
 * {@link InputError} naming the file when it cannot be read.
 */
export function readObjectFile(path: string): Uint8Array | PartialFile {
  let fd: number;
  try {
    fd = fs().openSync(path, "r");
  } catch (e) {
    throw cannotRead(path, e);
  }
  try {
    // A small file is read whole in one call (no fstat, which costs more than that read). The
    // first read goes to a reused buffer: allocating 16 KB costs more than that read too.
    const headSize = readInto(fd, HEAD, 0);
    if (headSize < WHOLE_READ) return HEAD.slice(0, headSize);
    const head = { offset: 0, bytes: HEAD };
    const tail = readTail(fd);
    const file = readElfPieces(
      tail?.fileSize ?? fs().fstatSync(fd).size,
      (offset, into) =>
        copyInto(head, offset, into) ?? (tail && copyInto(tail, offset, into)) ??
          readInto(fd, into, offset),
    );
    const [first, ...rest] = file.pieces;
    return first && rest.length === 0 && first.bytes.byteLength === file.size ? first.bytes : file;
  } catch (e) {
    throw cannotRead(path, e);
  } finally {
    fs().closeSync(fd);
  }
}

/**
 * The first {@link WHOLE_READ} bytes of the file being read, reused from file to file: never
 * handed out, {@link readObjectFile} copies what it returns from it.
 */
const HEAD = new Uint8Array(WHOLE_READ);
/** The bytes before the end of the section header table, reused like {@link HEAD}. */
const TAIL = new Uint8Array(16 * 1024);

/**
 * Reads the end of the object whose header is in {@link HEAD} into {@link TAIL}: the section
 * header table and what lies before it (string and symbol tables, relocations), plus one byte
 * after it, so that a short read says where the file ends. Compilers write the table last, so
 * this usually saves an fstat, which costs more than that read. `fileSize` is undefined when
 * the read does not tell.
 */
function readTail(fd: number): (FilePiece & { fileSize: number | undefined }) | undefined {
  const end = sectionTableEnd(HEAD);
  if (end === undefined || end < WHOLE_READ) return undefined;
  const offset = Math.max(WHOLE_READ, end + 1 - TAIL.byteLength);
  const asked = end + 1 - offset;
  const size = readInto(fd, TAIL.subarray(0, asked), offset);
  return {
    offset,
    bytes: TAIL.subarray(0, size),
    // Nothing read says only that the file ends before `offset`.
    fileSize: size > 0 && size < asked ? offset + size : undefined,
  };
}

/** Fills `into` with the bytes at `offset` from `piece` if it holds them all; how many it copied. */
function copyInto({ offset, bytes }: FilePiece, at: number, into: Uint8Array): number | undefined {
  const start = at - offset;
  if (start < 0 || start + into.byteLength > bytes.byteLength) return undefined;
  into.set(bytes.subarray(start, start + into.byteLength));
  return into.byteLength;
}

/** Fills `bytes` from the file at `offset`; how many bytes were read (fewer at its end). */
function readInto(fd: number, bytes: Uint8Array, offset: number): number {
  // A read from a regular file comes back short only at the file's end (or at Linux's limit
  // of 2 GiB - 4 KiB per call, hence the loop): no second call is needed to learn that.
  let done = 0;
  while (done < bytes.byteLength) {
    const asked = bytes.byteLength - done;
    const n = fs().readSync(fd, bytes, done, asked, offset + done);
    done += n;
    if (n < Math.min(asked, MAX_READ)) break;
  }
  return done;
}

/** The most Linux reads in one call (`MAX_RW_COUNT`). */
const MAX_READ = 0x7ffff000;

function cannotRead(path: string, e: unknown): InputError {
  const code = (e as { code?: string }).code;
  return new InputError(`${path}: cannot read: ${code ?? (e as Error).message}`);
}

/** Parses an object file, wrapping reader errors as {@link InputError}. */
export function readObject(bytes: Uint8Array | PartialFile, path: string): BpfObject {
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
  bytes: Uint8Array | PartialFile,
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
export function readLoaderSource(
  path: string,
  programs: readonly string[] | undefined,
): { loader: Loader; fromLoaderFile: boolean } {
  const bytes = readObjectFile(path);
  if (bytes instanceof Uint8Array && isLoaderFile(bytes)) {
    try {
      return { loader: decodeLoaderFile(bytes, path), fromLoaderFile: true };
    } catch (e) {
      if (e instanceof LoaderFileError) throw new InputError(e.message);
      throw e;
    }
  }
  return { loader: loaderForObject(bytes, path, programs), fromLoaderFile: false };
}
