import type { Btf } from "./btf.ts";
import { Reader } from "./_reader.ts";
import { BTF_MAGIC } from "./parse.ts";
import { BtfKind } from "./types.ts";

/** `struct bpf_func_info` of one function, as stored in `.BTF.ext`. */
export interface FuncInfo {
  /** Byte offset of the function's first instruction within its ELF section. */
  insnOff: number;
  /** Its BTF FUNC type id. */
  typeId: number;
}

/** `struct bpf_line_info`: which source line an instruction comes from. */
export interface LineInfo {
  /** Byte offset of the instruction within its ELF section. */
  insnOff: number;
  fileNameOff: number;
  lineOff: number;
  line: number;
  col: number;
  /** The strings at `fileNameOff` and `lineOff`. */
  fileName: string;
  source: string;
}

/** `struct bpf_core_relo`: one CO-RE relocation for the kernel or a user-space resolver. */
export interface CoreRelo {
  /** Byte offset of the instruction within its ELF section. */
  insnOff: number;
  /** Local BTF type id the access starts from. */
  typeId: number;
  accessStrOff: number;
  /** The access string, e.g. `"0:1:2"`. */
  accessStr: string;
  /** One of the kernel's `enum bpf_core_relo_kind`. */
  kind: number;
}

/** Everything in a `.BTF.ext` section, grouped by ELF section name in file order. */
export interface BtfExt {
  funcInfo: Map<string, FuncInfo[]>;
  lineInfo: Map<string, LineInfo[]>;
  coreRelos: Map<string, CoreRelo[]>;
  /** Record sizes found in the file (0 for an absent subsection). */
  recordSizes: { funcInfo: number; lineInfo: number; coreRelo: number };
}

/** Options of `parseBtfExt`. */
export interface ParseBtfExtOptions {
  /** Named in every error message. */
  file: string;
  /** Byte order of the containing ELF; default: from the magic. */
  littleEndian?: boolean;
}

/** Size of the header up to and including `line_info_len`. */
const HEADER_SIZE = 24;
/** Size of the header including `core_relo_off`/`core_relo_len`. */
const HEADER_WITH_CORE_SIZE = 32;
/** Size of `struct btf_ext_info_sec` without its records. */
const INFO_SEC_SIZE = 8;
const INSN_SIZE = 8;
/** Bits of `line_col` holding the column. */
const LINE_COL_SHIFT = 10;

/**
 * Parses `.BTF.ext` against the `.BTF` it refers to (section names, strings and type ids).
 * Throws BtfError on any bound, alignment or reference problem.
 */
export function parseBtfExt(bytes: Uint8Array, btf: Btf, opts: ParseBtfExtOptions): BtfExt {
  const r = new Reader(bytes, opts.file, byteOrder(bytes, opts));
  const version = r.u8(2);
  if (version !== 1) throw r.error(`unsupported BTF.ext version ${version}`, 2);
  const flags = r.u8(3);
  if (flags !== 0) throw r.error(`unsupported BTF.ext flags 0x${flags.toString(16)}`, 3);
  const headerLength = r.u32(4);
  if (headerLength < HEADER_SIZE) {
    throw r.error(`BTF.ext header length ${headerLength} is shorter than ${HEADER_SIZE}`, 4);
  }
  r.need(0, headerLength, "BTF.ext header");

  const strings = (offset: number, at: number, what: string): string => {
    const s = btf.strings.at(offset);
    if (s === undefined) {
      throw r.error(
        `${what} offset ${offset} is outside the BTF string section (size ${btf.strings.size})`,
        at,
      );
    }
    return s;
  };
  const typeId = (id: number, at: number, what: string): number => {
    if (id > btf.typeCount) {
      throw r.error(`${what} type id ${id} is out of range (max ${btf.typeCount})`, at);
    }
    return id;
  };
  const funcId = (id: number, at: number): number => {
    const kind = btf.typeById(typeId(id, at, "func_info")).kind;
    if (kind !== BtfKind.FUNC) {
      throw r.error(`func_info type ${btf.describe(id)} is not a FUNC`, at);
    }
    return id;
  };
  const insnOff = (off: number, at: number, what: string): number => {
    if (off % INSN_SIZE !== 0) {
      throw r.error(`${what} instruction offset ${off} is not a multiple of 8`, at);
    }
    return off;
  };

  const funcInfo = readSubsection(r, headerLength, 8, "func_info", 8, (at) => ({
    insnOff: insnOff(r.u32(at), at, "func_info"),
    typeId: funcId(r.u32(at + 4), at + 4),
  }), strings);
  const lineInfo = readSubsection(r, headerLength, 16, "line_info", 16, (at) => {
    const lineCol = r.u32(at + 12);
    const fileNameOff = r.u32(at + 4);
    const lineOff = r.u32(at + 8);
    return {
      insnOff: insnOff(r.u32(at), at, "line_info"),
      fileNameOff,
      lineOff,
      line: lineCol >>> LINE_COL_SHIFT,
      col: lineCol & ((1 << LINE_COL_SHIFT) - 1),
      fileName: strings(fileNameOff, at + 4, "line_info file name"),
      source: strings(lineOff, at + 8, "line_info line"),
    };
  }, strings);
  const coreRelos = headerLength >= HEADER_WITH_CORE_SIZE
    ? readSubsection(r, headerLength, 24, "core_relo", 16, (at) => {
      const accessStrOff = r.u32(at + 8);
      return {
        insnOff: insnOff(r.u32(at), at, "core_relo"),
        typeId: typeId(r.u32(at + 4), at + 4, "core_relo"),
        accessStrOff,
        accessStr: strings(accessStrOff, at + 8, "core_relo access string"),
        kind: r.u32(at + 12),
      };
    }, strings)
    : { records: new Map(), recordSize: 0 };
  return {
    funcInfo: funcInfo.records,
    lineInfo: lineInfo.records,
    coreRelos: coreRelos.records,
    recordSizes: {
      funcInfo: funcInfo.recordSize,
      lineInfo: lineInfo.recordSize,
      coreRelo: coreRelos.recordSize,
    },
  };
}

function byteOrder(bytes: Uint8Array, opts: ParseBtfExtOptions): boolean {
  const r = new Reader(bytes, opts.file, true);
  r.need(0, 8, "BTF.ext header");
  const magic = r.u16(0);
  const little = magic === BTF_MAGIC ? true : magic === 0x9feb ? false : undefined;
  if (little === undefined) {
    throw r.error(`bad BTF.ext magic 0x${magic.toString(16).padStart(4, "0")} (want 0xeb9f)`, 0);
  }
  if (opts.littleEndian !== undefined && opts.littleEndian !== little) {
    throw r.error(
      `BTF.ext is ${little ? "little" : "big"}-endian but the ELF file is ${
        little ? "big" : "little"
      }-endian`,
      0,
    );
  }
  return little;
}

type Lookup = (offset: number, at: number, what: string) => string;

/**
 * Reads one subsection: `u32 rec_size`, then per ELF section `{ sec_name_off, num_info }` and
 * `num_info` records of `rec_size` bytes (of which this parser reads the first `minSize`).
 */
function readSubsection<T>(
  r: Reader,
  headerLength: number,
  fieldAt: number,
  what: string,
  minSize: number,
  record: (at: number) => T,
  strings: Lookup,
): { records: Map<string, T[]>; recordSize: number } {
  const records = new Map<string, T[]>();
  const offset = r.u32(fieldAt);
  const length = r.u32(fieldAt + 4);
  if (length === 0) return { records, recordSize: 0 };
  if (offset % 4 !== 0) {
    throw r.error(`${what} subsection offset ${offset} is not 4-byte aligned`, fieldAt);
  }
  const start = headerLength + offset;
  const end = start + length;
  r.need(start, length, `${what} subsection`);
  r.need(start, 4, `${what} record size`, end);
  const recordSize = r.u32(start);
  if (recordSize < minSize || recordSize % 4 !== 0) {
    throw r.error(
      `${what} record size ${recordSize} is invalid (want a multiple of 4, at least ${minSize})`,
      start,
    );
  }
  for (let at = start + 4; at < end;) {
    r.need(at, INFO_SEC_SIZE, `${what} section header`, end);
    const section = strings(r.u32(at), at, `${what} section name`);
    if (section === "") throw r.error(`${what} section name is empty`, at);
    const count = r.u32(at + 4);
    if (count === 0) throw r.error(`${what} section '${section}' has no records`, at + 4);
    const first = at + INFO_SEC_SIZE;
    r.need(first, count * recordSize, `${what} records of section '${section}'`, end);
    const list = records.get(section) ?? [];
    for (let i = 0; i < count; i++) list.push(record(first + i * recordSize));
    records.set(section, list);
    at = first + count * recordSize;
  }
  return { records, recordSize };
}
