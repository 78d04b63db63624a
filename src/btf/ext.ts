import {
  BpfCoreRelo,
  BpfFuncInfo,
  BpfLineInfo,
  BtfConst,
  BtfExtHeader,
  BtfExtInfoSec,
  fieldOffsets,
  offsetOfEnd,
} from "../abi/mod.ts";
import type { Btf } from "./btf.ts";
import { detectByteOrder, Reader, u32Reader } from "./_reader.ts";
import { BtfKind } from "./types.ts";

/** `struct bpf_func_info` of one function, as stored in `.BTF.ext`. */
export interface FuncInfo {
  /** Byte offset of the function's first instruction within its ELF section. */
  insnOff: number;
  /** Its BTF FUNC type id. */
  typeId: number;
}

/**
 * `struct bpf_line_info`: which source line an instruction comes from. The file name and source
 * line are `btf.strings.at(fileNameOff)` and `btf.strings.at(lineOff)`: they are only passed on
 * to the kernel as offsets, so they are not decoded here.
 */
export interface LineInfo {
  /** Byte offset of the instruction within its ELF section. */
  insnOff: number;
  fileNameOff: number;
  lineOff: number;
  line: number;
  col: number;
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

/** The three lists of records in `.BTF.ext`. */
export type BtfExtSubsection = "func_info" | "line_info" | "core_relo";

/**
 * Receives the records of a `.BTF.ext` section from {@link readBtfExt} as they are checked: the
 * func_info subsection, then line_info, then CO-RE relocations, each a run of ELF sections
 * announced by `section` and followed by their records.
 */
export interface BtfExtSink {
  /** The records that follow are `subsection` records of ELF section `name`. */
  section(name: string, subsection: BtfExtSubsection): void;
  funcInfo(insnOff: number, typeId: number): void;
  /** `lineCol` is `(line << 10) | column`, as the kernel stores it. */
  lineInfo(insnOff: number, fileNameOff: number, lineOff: number, lineCol: number): void;
  coreRelo(
    insnOff: number,
    typeId: number,
    accessStrOff: number,
    accessStr: string,
    kind: number,
  ): void;
}

/** Options of `parseBtfExt`. */
export interface ParseBtfExtOptions {
  /** Named in every error message. */
  file: string;
  /** Byte order of the containing ELF; default: from the magic. */
  littleEndian?: boolean;
}

/** The oldest header: up to and including `line_info_len` (files from before CO-RE). */
const HEADER_SIZE = offsetOfEnd(BtfExtHeader, "line_info_len");
const INSN_SIZE = 8;
// Field offsets of the header and of the records read for every instruction (see `fieldOffsets`).
const ExtHeader = fieldOffsets(BtfExtHeader);
const InfoSec = fieldOffsets(BtfExtInfoSec);
const FuncInfoRecord = fieldOffsets(BpfFuncInfo);
const LineInfoRecord = fieldOffsets(BpfLineInfo);
const CoreReloRecord = fieldOffsets(BpfCoreRelo);
const LINE_COL_SHIFT = BtfConst.BPF_LINE_INFO_LINE_SHIFT;
/** Where the header locates each subsection (spelled out: building the field names per call is slow). */
const SUBSECTION_FIELDS = {
  func_info: { offsetAt: ExtHeader.func_info_off, lengthAt: ExtHeader.func_info_len },
  line_info: { offsetAt: ExtHeader.line_info_off, lengthAt: ExtHeader.line_info_len },
  core_relo: { offsetAt: ExtHeader.core_relo_off, lengthAt: ExtHeader.core_relo_len },
};

/**
 * Parses `.BTF.ext` against the `.BTF` it refers to (section names, strings and type ids).
 * Throws BtfError on any bound, alignment or reference problem.
 */
export function parseBtfExt(bytes: Uint8Array, btf: Btf, opts: ParseBtfExtOptions): BtfExt {
  const funcInfo = new Map<string, FuncInfo[]>();
  const lineInfo = new Map<string, LineInfo[]>();
  const coreRelos = new Map<string, CoreRelo[]>();
  let section = "";
  /** The list of `section` in `records`, created when first needed. */
  const listOf = <T>(records: Map<string, T[]>): T[] => {
    let list = records.get(section);
    if (list === undefined) records.set(section, list = []);
    return list;
  };
  const recordSizes = readBtfExt(bytes, btf, opts, {
    section(name) {
      section = name;
    },
    funcInfo(insnOff, typeId) {
      listOf(funcInfo).push({ insnOff, typeId });
    },
    lineInfo(insnOff, fileNameOff, lineOff, lineCol) {
      listOf(lineInfo).push({
        insnOff,
        fileNameOff,
        lineOff,
        line: lineCol >>> LINE_COL_SHIFT,
        col: lineCol & ((1 << LINE_COL_SHIFT) - 1),
      });
    },
    coreRelo(insnOff, typeId, accessStrOff, accessStr, kind) {
      listOf(coreRelos).push({ insnOff, typeId, accessStrOff, accessStr, kind });
    },
  });
  return { funcInfo, lineInfo, coreRelos, recordSizes };
}

/**
 * Checks `.BTF.ext` as {@link parseBtfExt} does, handing each record to `sink` as numbers
 * instead of collecting objects (for a caller that files them elsewhere). Returns the record
 * sizes found in the file.
 */
export function readBtfExt(
  bytes: Uint8Array,
  btf: Btf,
  opts: ParseBtfExtOptions,
  sink: BtfExtSink,
): BtfExt["recordSizes"] {
  const little = detectByteOrder(
    bytes,
    opts.file,
    "BTF.ext",
    offsetOfEnd(BtfExtHeader, "hdr_len"),
    opts.littleEndian,
  );
  const r = new Reader(bytes, opts.file, little);
  const version = r.u8(ExtHeader.version);
  if (version !== BtfConst.BTF_VERSION) {
    throw r.error(`unsupported BTF.ext version ${version}`, ExtHeader.version);
  }
  const flags = r.u8(ExtHeader.flags);
  if (flags !== 0) {
    throw r.error(
      `unsupported BTF.ext flags 0x${flags.toString(16)}`,
      ExtHeader.flags,
    );
  }
  const headerLength = r.u32(ExtHeader.hdr_len);
  if (headerLength < HEADER_SIZE) {
    throw r.error(
      `BTF.ext header length ${headerLength} is shorter than ${HEADER_SIZE}`,
      ExtHeader.hdr_len,
    );
  }
  r.need(0, headerLength, "BTF.ext header");

  /** Checks that string `offset` lies in the BTF string section. */
  const stringOffset = (offset: number, at: number, what: string): number => {
    if (offset >= btf.strings.size) {
      throw r.error(
        `${what} offset ${offset} is outside the BTF string section (size ${btf.strings.size})`,
        at,
      );
    }
    return offset;
  };
  const strings = (offset: number, at: number, what: string): string =>
    btf.strings.at(stringOffset(offset, at, what))!;
  const typeId = (id: number, at: number, what: string): number => {
    if (id > btf.typeCount) {
      throw r.error(`${what} type id ${id} is out of range (max ${btf.typeCount})`, at);
    }
    return id;
  };
  const funcId = (id: number, at: number): number => {
    if (btf.kindOf(typeId(id, at, "func_info")) !== BtfKind.FUNC) {
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

  // Records are read unchecked: readSubsection checks each section's run of records first.
  const u32 = u32Reader(bytes, headerLength, little);
  const subsection = { r, headerLength, strings, sink };
  const funcInfo = readSubsection(subsection, "func_info", BpfFuncInfo.size, (at) => {
    sink.funcInfo(
      insnOff(u32(at + FuncInfoRecord.insn_off), at, "func_info"),
      funcId(u32(at + FuncInfoRecord.type_id), at + FuncInfoRecord.type_id),
    );
  });
  const lineInfo = readSubsection(subsection, "line_info", BpfLineInfo.size, (at) => {
    sink.lineInfo(
      insnOff(u32(at + LineInfoRecord.insn_off), at, "line_info"),
      stringOffset(
        u32(at + LineInfoRecord.file_name_off),
        at + LineInfoRecord.file_name_off,
        "line_info file name",
      ),
      stringOffset(
        u32(at + LineInfoRecord.line_off),
        at + LineInfoRecord.line_off,
        "line_info line",
      ),
      u32(at + LineInfoRecord.line_col),
    );
  });
  const coreRelo = headerLength >= offsetOfEnd(BtfExtHeader, "core_relo_len")
    ? readSubsection(subsection, "core_relo", BpfCoreRelo.size, (at) => {
      const accessStrOff = u32(at + CoreReloRecord.access_str_off);
      sink.coreRelo(
        insnOff(u32(at + CoreReloRecord.insn_off), at, "core_relo"),
        typeId(u32(at + CoreReloRecord.type_id), at + CoreReloRecord.type_id, "core_relo"),
        accessStrOff,
        strings(accessStrOff, at + CoreReloRecord.access_str_off, "core_relo access string"),
        u32(at + CoreReloRecord.kind),
      );
    })
    : 0;
  return { funcInfo, lineInfo, coreRelo };
}

type Lookup = (offset: number, at: number, what: string) => string;

/** What every subsection reader shares: the input, the header's length, the BTF strings, the sink. */
interface Subsection {
  r: Reader;
  headerLength: number;
  strings: Lookup;
  sink: BtfExtSink;
}

/**
 * Reads one subsection: `u32 rec_size`, then per ELF section `{ sec_name_off, num_info }` and
 * `num_info` records of `rec_size` bytes (of which `record` reads the first `minSize`). Returns
 * the record size (0 for an empty subsection).
 */
function readSubsection(
  { r, headerLength, strings, sink }: Subsection,
  what: BtfExtSubsection,
  minSize: number,
  record: (at: number) => void,
): number {
  const { offsetAt, lengthAt } = SUBSECTION_FIELDS[what];
  const offset = r.u32(offsetAt);
  const length = r.u32(lengthAt);
  if (length === 0) return 0;
  if (offset % 4 !== 0) {
    throw r.error(
      `${what} subsection offset ${offset} is not 4-byte aligned`,
      offsetAt,
    );
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
    if (at + BtfExtInfoSec.size > end) {
      r.need(at, BtfExtInfoSec.size, `${what} section header`, end);
    }
    const section = strings(r.u32(at + InfoSec.sec_name_off), at, `${what} section name`);
    if (section === "") throw r.error(`${what} section name is empty`, at);
    const count = r.u32(at + InfoSec.num_info);
    if (count === 0) {
      throw r.error(
        `${what} section '${section}' has no records`,
        at + InfoSec.num_info,
      );
    }
    const first = at + BtfExtInfoSec.size;
    if (first + count * recordSize > end) {
      r.need(first, count * recordSize, `${what} records of section '${section}'`, end);
    }
    sink.section(section, what);
    for (let i = 0; i < count; i++) record(first + i * recordSize);
    at = first + count * recordSize;
  }
  return recordSize;
}
