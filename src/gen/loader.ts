/** The generated loader and its file format (documented in docs/loader-format.md). */

import { INSN_SIZE } from "../asm/mod.ts";
import { ctxSize } from "./ctx.ts";

/** A map the loader creates (or reuses), in ctx order (= `BpfObject.maps` order). */
export interface LoaderMap {
  /** Name as libbpf names it (`counts`, `.rodata`); used for pins and ctx inputs. */
  name: string;
  /** Name given to the kernel (`exec_tra.rodata`). */
  kernelName: string;
  type: number;
  typeName: string;
  keySize: number;
  valueSize: number;
  maxEntries: number;
  flags: number;
  pinning: "none" | "byName";
  /** `.rodata*` and `.kconfig`: frozen after their initial value is written. */
  frozen: boolean;
}

/** A program the loader loads, in ctx order. */
export interface LoaderProgram {
  name: string;
  section: string;
  type: number;
  typeName: string;
  expectedAttachType: number;
  expectedAttachTypeName?: string | undefined;
  /** What the section names after its prefix (`syscalls/sys_enter_execve`). */
  attachTarget?: string | undefined;
  /** Kernel BTF name looked up for `attach_btf_id` (`btf_trace_sched_switch`). */
  attachBtf?: { name: string; kind: "func" | "typedef" } | undefined;
  sectionDef: string;
  sleepable: boolean;
}

/** Blob offsets of the attr fields a runner sets before each run (see `applyLoaderInputs`). */
export interface LoaderInputFields {
  /** Per map, in ctx order: its MAP_CREATE attr's `max_entries`. */
  maxEntries: number[];
  /** Per BTF_LOAD and PROG_LOAD step: its attr's log level, size (u32) and buffer (u64). */
  logs: { step: number; level: number; size: number; buf: number }[];
}

/** A loader: one `BPF_PROG_TYPE_SYSCALL` program and the blob it reads (the loader map value). */
export interface Loader {
  /** The object file it was generated from. */
  object: string;
  /** Byte order of the target kernel. */
  littleEndian: boolean;
  /** Loader instructions, encoded (`struct bpf_insn`, in the target's byte order); the blob is
   * `fd_array[0]` for them. */
  insns: Uint8Array;
  blob: Uint8Array;
  maps: LoaderMap[];
  programs: LoaderProgram[];
  /** Step names: the ctx `step` field holds (index + 1) of the step running. */
  steps: string[];
  /** Bytes of ctx the loader needs (see `encodeLoaderCtx`). */
  ctxSize: number;
  inputFields: LoaderInputFields;
}

/** Thrown when a loader file cannot be read. */
export class LoaderFileError extends SyntaxError {
  override name = "LoaderFileError";
}

/** First 8 bytes of every loader file. */
export const LOADER_MAGIC = "BPFDROPL";
/** Current loader file version. */
export const LOADER_FILE_VERSION = 2;
const PREAMBLE = 32;
const BIG_ENDIAN_FLAG = 1;

const align8 = (n: number) => (n + 7) & ~7;

interface FileHeader {
  object: string;
  maps: LoaderMap[];
  programs: LoaderProgram[];
  steps: string[];
  ctxSize: number;
  inputFields: LoaderInputFields;
}

/** Serialises a loader (little-endian preamble, JSON index, instructions, blob). */
export function encodeLoaderFile(loader: Loader): Uint8Array {
  const header: FileHeader = {
    object: loader.object,
    maps: loader.maps,
    programs: loader.programs,
    steps: loader.steps,
    ctxSize: loader.ctxSize,
    inputFields: loader.inputFields,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const insns = loader.insns;
  const insnsAt = PREAMBLE + align8(json.length);
  const blobAt = insnsAt + insns.length;
  const out = new Uint8Array(blobAt + loader.blob.length);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(LOADER_MAGIC), 0);
  view.setUint32(8, LOADER_FILE_VERSION, true);
  view.setUint32(12, loader.littleEndian ? 0 : BIG_ENDIAN_FLAG, true);
  view.setUint32(16, json.length, true);
  view.setUint32(20, insns.length, true);
  view.setUint32(24, loader.blob.length, true);
  out.set(json, PREAMBLE);
  out.set(insns, insnsAt);
  out.set(loader.blob, blobAt);
  return out;
}

/** True when `bytes` start with the loader file magic. */
export function isLoaderFile(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, 8)) === LOADER_MAGIC;
}

/** Reads a loader file; `file` names it in errors. */
export function decodeLoaderFile(bytes: Uint8Array, file: string): Loader {
  const fail = (what: string, offset: number): never => {
    throw new LoaderFileError(`${file}: ${what} (at offset ${offset})`);
  };
  if (bytes.length < PREAMBLE) fail(`truncated loader file, ${bytes.length} bytes`, 0);
  if (!isLoaderFile(bytes)) fail(`not a bpfdrop loader file (bad magic)`, 0);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== LOADER_FILE_VERSION) fail(`unsupported loader file version ${version}`, 8);
  const flags = view.getUint32(12, true);
  if (flags & ~BIG_ENDIAN_FLAG) fail(`unknown flags 0x${flags.toString(16)}`, 12);
  const jsonLen = view.getUint32(16, true);
  const insnsLen = view.getUint32(20, true);
  const blobLen = view.getUint32(24, true);
  const insnsAt = PREAMBLE + align8(jsonLen);
  const end = insnsAt + insnsLen + blobLen;
  if (end !== bytes.length) {
    fail(`sizes add up to ${end} bytes but the file has ${bytes.length}`, 16);
  }
  let header: FileHeader;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(
      bytes.subarray(PREAMBLE, PREAMBLE + jsonLen),
    ));
  } catch (e) {
    return fail(`bad index: ${(e as Error).message}`, PREAMBLE);
  }
  if (
    typeof header !== "object" || header === null || !Array.isArray(header.maps) ||
    !Array.isArray(header.programs) || !Array.isArray(header.steps) ||
    typeof header.ctxSize !== "number" || typeof header.object !== "string"
  ) {
    fail(`bad index: missing object, maps, programs, steps or ctxSize`, PREAMBLE);
  }
  if (insnsLen % INSN_SIZE !== 0) {
    fail(`${insnsLen} bytes of instructions is not a multiple of ${INSN_SIZE}`, 20);
  }
  // The runner keeps a ctx of this size for the loader: it must be the one the maps and
  // programs make.
  const expectedCtx = ctxSize(header.maps.length, header.programs.length);
  if (header.ctxSize !== expectedCtx) {
    fail(
      `bad index: ctxSize ${header.ctxSize}, but its maps and programs make ${expectedCtx}`,
      PREAMBLE,
    );
  }
  const inputFieldsError = checkInputFields(header.inputFields, header.maps.length, blobLen);
  if (inputFieldsError !== undefined) fail(`bad index: inputFields: ${inputFieldsError}`, PREAMBLE);
  const littleEndian = (flags & BIG_ENDIAN_FLAG) === 0;
  const insns = bytes.slice(insnsAt, insnsAt + insnsLen);
  return {
    object: header.object,
    littleEndian,
    insns,
    blob: bytes.slice(insnsAt + insnsLen, end),
    maps: header.maps,
    programs: header.programs,
    steps: header.steps,
    ctxSize: header.ctxSize,
    inputFields: header.inputFields,
  };
}

/** Why `fields` cannot be the input fields of a loader with `nMaps` maps and a `blobLen`-byte
 * blob (every field must lie inside the blob: the runner writes there); undefined if it can. */
function checkInputFields(fields: unknown, nMaps: number, blobLen: number): string | undefined {
  const inBlob = (off: unknown, size: number) =>
    Number.isInteger(off) && (off as number) >= 0 && (off as number) + size <= blobLen;
  if (typeof fields !== "object" || fields === null) return "missing";
  const { maxEntries, logs } = fields as Partial<LoaderInputFields>;
  if (!Array.isArray(maxEntries) || maxEntries.length !== nMaps) {
    return `maxEntries must list one offset per map (${nMaps})`;
  }
  const badMap = maxEntries.findIndex((off) => !inBlob(off, 4));
  if (badMap >= 0) return `maxEntries[${badMap}] is not an offset inside the blob`;
  if (!Array.isArray(logs)) return "logs must be a list";
  const badLog = logs.findIndex((log) =>
    typeof log !== "object" || log === null || !Number.isInteger(log.step) ||
    !inBlob(log.level, 4) || !inBlob(log.size, 4) || !inBlob(log.buf, 8)
  );
  if (badLog >= 0) return `logs[${badLog}] needs a step and level/size/buf offsets inside the blob`;
  return undefined;
}
