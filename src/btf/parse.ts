import {
  BtfArray,
  BtfConst,
  BtfDeclTag,
  BtfEnum,
  BtfEnum64,
  BtfHeader,
  BtfMember,
  BtfParam,
  BtfTypeHeader,
  BtfVar,
  BtfVarSecinfo,
  fieldOffsets,
} from "../abi/mod.ts";
import { Btf } from "./btf.ts";
import { detectByteOrder, Reader, u32Reader } from "./_reader.ts";
import { BtfStrings } from "./strings.ts";
import { ArrayInfo, Enum, Enum64, Member, Param, TypeHeader, VarSecinfo } from "./_records.ts";
import { TypeTable } from "./_table.ts";
import { BtfKind, type BtfType, kindName } from "./types.ts";

// Field offsets of the BTF header (see `fieldOffsets`).
const Header = fieldOffsets(BtfHeader);
/** The u32 after an INT's `btf_type`: encoding, bit offset and bit count. */
const INT_DATA_SIZE = 4;
/** Largest kind number this parser knows. */
const MAX_KIND = BtfKind.ENUM64;

/** Options of `parseBtf`. */
export interface ParseBtfOptions {
  /** Named in every error message. */
  file: string;
  /** Byte order of the containing ELF; when given, the BTF must use it too. Default: from the magic. */
  littleEndian?: boolean;
}

/** Location of the type and string sections inside a BTF blob. */
interface BtfLayout {
  headerLength: number;
  typeOffset: number;
  typeLength: number;
  stringOffset: number;
  stringLength: number;
}

/**
 * Parses a `.BTF` section (or `/sys/kernel/btf/vmlinux`); throws BtfError on any inconsistency.
 * Every record is checked here, but types are decoded into objects only when first asked for.
 * The result keeps views of `bytes` (strings, `Btf.blob`) rather than copies: do not change them.
 */
export function parseBtf(bytes: Uint8Array, opts: ParseBtfOptions): Btf {
  const little = detectByteOrder(bytes, opts.file, "BTF", BtfHeader.size, opts.littleEndian);
  const r = new Reader(bytes, opts.file, little);
  const layout = readHeader(r);
  const strings = readStrings(r, layout.headerLength + layout.stringOffset, layout.stringLength);
  const start = layout.headerLength + layout.typeOffset;
  const end = start + layout.typeLength;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const scan = scanTypes(r, u32Reader(bytes, start, little), { start, end }, strings);
  const btf = new Btf(r, new TypeTable(view, little, strings, scan), {
    bytes,
    typeStart: start,
    typeEnd: end,
  });
  if (scan.maxReference > btf.typeCount) throw referenceError(btf);
  checkLoops(btf, scan);
  return btf;
}

function readHeader(r: Reader): BtfLayout {
  const version = r.u8(Header.version);
  if (version !== BtfConst.BTF_VERSION) {
    throw r.error(`unsupported BTF version ${version}`, Header.version);
  }
  const flags = r.u8(Header.flags);
  if (flags !== 0) {
    throw r.error(`unsupported BTF flags 0x${flags.toString(16)}`, Header.flags);
  }
  const headerLength = r.u32(Header.hdr_len);
  if (headerLength < BtfHeader.size) {
    throw r.error(
      `BTF header length ${headerLength} is shorter than ${BtfHeader.size}`,
      Header.hdr_len,
    );
  }
  r.need(0, headerLength, "BTF header");
  // A longer header comes from a newer format; it is only safe to ignore when its tail is zero.
  for (let at = BtfHeader.size; at < headerLength; at++) {
    if (r.u8(at) !== 0) throw r.error(`BTF header has unknown non-zero field at byte ${at}`, at);
  }
  const layout = {
    headerLength,
    typeOffset: r.u32(Header.type_off),
    typeLength: r.u32(Header.type_len),
    stringOffset: r.u32(Header.str_off),
    stringLength: r.u32(Header.str_len),
  };
  if (layout.typeOffset % 4 !== 0) {
    throw r.error(
      `type section offset ${layout.typeOffset} is not 4-byte aligned`,
      Header.type_off,
    );
  }
  r.need(headerLength + layout.typeOffset, layout.typeLength, "type section");
  r.need(headerLength + layout.stringOffset, layout.stringLength, "string section");
  const typeEnd = layout.typeOffset + layout.typeLength;
  const stringEnd = layout.stringOffset + layout.stringLength;
  if (layout.typeOffset < stringEnd && layout.stringOffset < typeEnd) {
    throw r.error("type and string sections overlap", Header.type_off);
  }
  return layout;
}

function readStrings(r: Reader, start: number, length: number): BtfStrings {
  const bytes = r.bytes(start, length, "string section");
  if (length === 0 || bytes[0] !== 0) {
    throw r.error("string section must start with an empty string", start);
  }
  if (bytes[length - 1] !== 0) {
    throw r.error("string section does not end with a NUL byte", start + length - 1);
  }
  return new BtfStrings(bytes);
}

/** Kinds in a `Uint8Array` indexed by kind, for checks made on every type. */
function kindSet(...kinds: number[]): Uint8Array {
  const set = new Uint8Array(MAX_KIND + 1);
  for (const k of kinds) set[k] = 1;
  return set;
}

const FLAG_ALLOWED = kindSet(
  BtfKind.STRUCT,
  BtfKind.UNION,
  BtfKind.ENUM,
  BtfKind.ENUM64,
  BtfKind.FWD,
  BtfKind.TYPE_TAG,
  BtfKind.DECL_TAG,
);
const VLEN_ALLOWED = kindSet(
  BtfKind.STRUCT,
  BtfKind.UNION,
  BtfKind.ENUM,
  BtfKind.ENUM64,
  BtfKind.FUNC,
  BtfKind.FUNC_PROTO,
  BtfKind.DATASEC,
);
/** Kinds whose `size_or_type` field is a type id. */
const HEADER_REFERS = kindSet(
  BtfKind.PTR,
  BtfKind.TYPEDEF,
  BtfKind.VOLATILE,
  BtfKind.CONST,
  BtfKind.RESTRICT,
  BtfKind.TYPE_TAG,
  BtfKind.FUNC,
  BtfKind.FUNC_PROTO,
  BtfKind.VAR,
  BtfKind.DECL_TAG,
);

/** Kinds that refer to exactly one other type through `type`: pointers and modifiers. */
const CHAINED = kindSet(
  BtfKind.PTR,
  BtfKind.TYPEDEF,
  BtfKind.VOLATILE,
  BtfKind.CONST,
  BtfKind.RESTRICT,
  BtfKind.TYPE_TAG,
);
/** Kinds that contain the one type they refer to by value: modifiers, variables, arrays. */
const CONTAINS_ONE = kindSet(
  BtfKind.TYPEDEF,
  BtfKind.VOLATILE,
  BtfKind.CONST,
  BtfKind.RESTRICT,
  BtfKind.TYPE_TAG,
  BtfKind.VAR,
  BtfKind.ARRAY,
);

/**
 * What follows a kind's `struct btf_type`: `size` bytes per record, `vlen` records or else one,
 * and where in each record a name offset and a type id sit (-1: none). One shape for all kinds
 * keeps the scan's reads of this table monomorphic.
 */
interface TailLayout {
  size: number;
  perVlen: boolean;
  /** What a record is called in messages. */
  part: string;
  nameAt: number;
  typeAt: number;
}

const NO_TAIL: TailLayout = { size: 0, perVlen: false, part: "", nameAt: -1, typeAt: -1 };
const TAILS: TailLayout[] = Array.from({ length: MAX_KIND + 1 }, () => NO_TAIL);
TAILS[BtfKind.INT] = { ...NO_TAIL, size: INT_DATA_SIZE };
// An ARRAY's two type ids are checked by the scan itself: they are not a list of records.
TAILS[BtfKind.ARRAY] = { ...NO_TAIL, size: BtfArray.size };
TAILS[BtfKind.VAR] = { ...NO_TAIL, size: BtfVar.size };
TAILS[BtfKind.DECL_TAG] = { ...NO_TAIL, size: BtfDeclTag.size };
TAILS[BtfKind.STRUCT] = TAILS[BtfKind.UNION] = {
  size: BtfMember.size,
  perVlen: true,
  part: "member",
  nameAt: Member.name_off,
  typeAt: Member.type,
};
TAILS[BtfKind.ENUM] = {
  ...NO_TAIL,
  size: BtfEnum.size,
  perVlen: true,
  part: "value",
  nameAt: Enum.name_off,
};
TAILS[BtfKind.ENUM64] = {
  ...NO_TAIL,
  size: BtfEnum64.size,
  perVlen: true,
  part: "value",
  nameAt: Enum64.name_off,
};
TAILS[BtfKind.FUNC_PROTO] = {
  size: BtfParam.size,
  perVlen: true,
  part: "param",
  nameAt: Param.name_off,
  typeAt: Param.type,
};
TAILS[BtfKind.DATASEC] = {
  ...NO_TAIL,
  size: BtfVarSecinfo.size,
  perVlen: true,
  typeAt: VarSecinfo.type,
};

/**
 * Arrays the scan and the loop checks work in, indexed by type id. Allocating typed arrays costs
 * more than scanning a small object's BTF, so one set is kept and reused (parsing is synchronous);
 * large blobs (vmlinux) get their own, not to keep megabytes alive.
 */
interface WorkArrays {
  /** The type id in `size_or_type` (an ARRAY's element type), else 0: chain walks follow it. */
  references: Uint32Array;
  /**
   * The types each type contains by value (a struct's members, a modifier's, VAR's or ARRAY's
   * one type): those of type `id` are `contained[firstContained[id] .. firstContained[id + 1])`.
   */
  contained: Uint32Array;
  firstContained: Uint32Array;
  /** Contained types whose id is not above their container's (see `checkLoops`). */
  backTargets: Uint32Array;
  backTargetCount: number;
  /** Pointers and modifiers that one at a higher or equal id refers to (see `checkLoops`). */
  chainBackTargets: Uint32Array;
  chainBackTargetCount: number;
  /** Per-type walk states of the loop checks. */
  marks: Uint8Array;
  /** The loop checks' current walk or path. */
  stack: Uint32Array;
  /** Beside `stack`: the index in `contained` of the next type to visit. */
  nextContained: Uint32Array;
}

const KEPT_WORK_CAPACITY = 1 << 14;
let keptWork = workArrays(256);

function workArrays(capacity: number): WorkArrays {
  return {
    references: new Uint32Array(capacity),
    // A contained type is a member record or a type record, each at least 12 bytes.
    contained: new Uint32Array(capacity),
    firstContained: new Uint32Array(capacity + 1),
    backTargets: new Uint32Array(capacity),
    backTargetCount: 0,
    chainBackTargets: new Uint32Array(capacity),
    chainBackTargetCount: 0,
    marks: new Uint8Array(capacity),
    stack: new Uint32Array(capacity),
    nextContained: new Uint32Array(capacity),
  };
}

/** Work arrays for at least `capacity` types. */
function workFor(capacity: number): WorkArrays {
  if (capacity <= keptWork.references.length) return keptWork;
  if (capacity > KEPT_WORK_CAPACITY) return workArrays(capacity);
  return keptWork = workArrays(Math.max(capacity, 2 * keptWork.references.length));
}

/**
 * The scan's findings: `work` filled in for ids below `count`, and what the parsed Btf keeps.
 * Those two are plain arrays: allocating on V8's heap is cheaper than a typed array's store.
 */
interface TypeScan {
  work: WorkArrays;
  /** Record offset by type id (0 for void). */
  offsets: number[];
  /** Kind by type id. */
  kinds: number[];
  /** Number of type ids, void included. */
  count: number;
  /** The largest type id any record refers to. */
  maxReference: number;
}

/** `type [id] KIND`, as messages name a type being scanned. */
function scannedType(id: number, kind: number): string {
  return `type [${id}] ${kindName(kind)}`;
}

/**
 * Checks every record of the type section `[start, end)`, reading only numbers: bounds, kind,
 * info bits, vlen and kind_flag, INT encodings, and that every name offset lies in the string
 * section. Errors come in the order a type-by-type decode would meet them.
 */
function scanTypes(
  r: Reader,
  u32: (at: number) => number,
  { start, end }: { start: number; end: number },
  strings: BtfStrings,
): TypeScan {
  const stringSize = strings.size;
  // Every record is at least a `btf_type`: that bounds the number of types.
  const work = workFor(Math.floor((end - start) / BtfTypeHeader.size) + 1);
  const { references, contained, firstContained, backTargets, chainBackTargets } = work;
  let backTargetCount = 0;
  let chainBackTargetCount = 0;
  const offsets = [0];
  const kinds: number[] = [BtfKind.VOID];
  let maxReference = 0;
  let containedCount = 0;
  const nameError = (id: number, kind: number, nameOffset: number, at: number, part = "") =>
    r.error(
      `${scannedType(id, kind)}${part} name offset ${nameOffset} is outside the string section ` +
        `(size ${stringSize})`,
      at,
    );

  let id = 1;
  for (let at = start; at < end; id++) {
    if (at + BtfTypeHeader.size > end) r.need(at, BtfTypeHeader.size, `type [${id}]`, end);
    const info = u32(at + TypeHeader.info);
    const kind = (info >>> BtfConst.BTF_INFO_KIND_SHIFT) & BtfConst.BTF_INFO_KIND_MASK;
    const vlen = info & BtfConst.BTF_INFO_VLEN_MASK;
    const kindFlag = (info >>> BtfConst.BTF_INFO_KFLAG_SHIFT) === 1;
    const sizeOrType = u32(at + TypeHeader.size);
    if (kind === BtfKind.VOID || kind > MAX_KIND) {
      throw r.error(`type [${id}] has unknown kind ${kind}`, at);
    }
    if ((info & 0x60ff0000) !== 0) {
      throw r.error(`${scannedType(id, kind)} has unused info bits set`, at);
    }
    const nameOffset = u32(at + TypeHeader.name_off);
    if (nameOffset >= stringSize) throw nameError(id, kind, nameOffset, at);
    if (kindFlag && !FLAG_ALLOWED[kind]) {
      throw r.error(`${scannedType(id, kind)} has kind_flag set`, at);
    }
    if (vlen !== 0 && !VLEN_ALLOWED[kind]) {
      throw r.error(`${scannedType(id, kind)} has vlen ${vlen}, want 0`, at);
    }

    const tail = at + BtfTypeHeader.size;
    const layout = TAILS[kind]!;
    const count = layout.perVlen ? vlen : 1;
    const next = tail + count * layout.size;
    if (next > end) {
      r.need(tail, count * layout.size, `${scannedType(id, kind)} (vlen ${count})`, end);
    }
    let reference = 0;
    if (HEADER_REFERS[kind]) {
      if (sizeOrType > maxReference) maxReference = sizeOrType;
      reference = sizeOrType;
      if (
        CHAINED[kind] && reference <= id && (reference === id || CHAINED[kinds[reference]!])
      ) {
        chainBackTargets[chainBackTargetCount++] = reference;
      }
    }
    if (kind === BtfKind.INT) {
      const data = u32(tail);
      if ((data & 0xf000ff00) !== 0) {
        throw r.error(`${scannedType(id, kind)} has unused encoding bits set`, tail);
      }
      const bits = data & 0xff;
      const bitOffset = (data >>> 16) & 0xff;
      if (bits === 0 || bitOffset + bits > sizeOrType * 8) {
        throw r.error(
          `${scannedType(id, kind)} '${strings.at(nameOffset)}' has ${bits} bits at offset ` +
            `${bitOffset}, size ${sizeOrType}`,
          tail,
        );
      }
    } else if (kind === BtfKind.ARRAY) {
      reference = u32(tail + ArrayInfo.type);
      const indexType = u32(tail + ArrayInfo.index_type);
      maxReference = Math.max(maxReference, reference, indexType);
    }
    firstContained[id] = containedCount;
    if (CONTAINS_ONE[kind]) {
      contained[containedCount++] = reference;
      if (reference <= id) backTargets[backTargetCount++] = reference;
    }
    const composite = kind === BtfKind.STRUCT || kind === BtfKind.UNION;
    for (let i = 0, record = tail; i < vlen && layout.perVlen; i++, record += layout.size) {
      if (layout.nameAt >= 0) {
        const offset = u32(record + layout.nameAt);
        if (offset >= stringSize) throw nameError(id, kind, offset, record, ` ${layout.part} ${i}`);
      }
      if (layout.typeAt >= 0) {
        const type = u32(record + layout.typeAt);
        if (type > maxReference) maxReference = type;
        if (composite) {
          contained[containedCount++] = type;
          if (type <= id) backTargets[backTargetCount++] = type;
        }
      }
    }
    offsets.push(at);
    kinds.push(kind);
    references[id] = reference;
    at = next;
  }
  firstContained[id] = containedCount;
  work.backTargetCount = backTargetCount;
  work.chainBackTargetCount = chainBackTargetCount;
  return { work, offsets, kinds, count: id, maxReference };
}

/**
 * The error for the first reference to a type id past the last one, in id order and, within a
 * type, in record order. Only called once the scan saw such a reference.
 */
function referenceError(btf: Btf): Error {
  const limit = btf.typeCount + 1;
  for (let id = 1; id < limit; id++) {
    const bad = badReference(btf.typeById(id), limit);
    if (bad !== undefined) {
      const [ref, what] = bad;
      return btf.errorAt(
        id,
        `${btf.describe(id)} ${what} ${ref} is out of range (max ${btf.typeCount})`,
      );
    }
  }
  throw new Error("unreachable: the scan saw an out-of-range reference");
}

/** The first id `t` refers to that is not below `limit`, with what it is (for messages). */
function badReference(t: BtfType, limit: number): [number, string] | undefined {
  switch (t.kind) {
    case BtfKind.VOID:
    case BtfKind.INT:
    case BtfKind.FWD:
    case BtfKind.FLOAT:
    case BtfKind.ENUM:
    case BtfKind.ENUM64:
      return undefined;
    case BtfKind.ARRAY:
      if (t.type >= limit) return [t.type, "element type"];
      return t.indexType >= limit ? [t.indexType, "index type"] : undefined;
    case BtfKind.STRUCT:
    case BtfKind.UNION:
      return badAmong(t.members, limit, "member");
    case BtfKind.FUNC_PROTO:
      return t.type >= limit ? [t.type, "return type"] : badAmong(t.params, limit, "param");
    case BtfKind.DATASEC:
      return badAmong(t.vars, limit, "variable");
    default:
      return t.type >= limit ? [t.type, "type"] : undefined;
  }
}

/** The first of `items` whose type is not below `limit`, as `badReference` reports it. */
function badAmong(
  items: readonly { type: number }[],
  limit: number,
  what: string,
): [number, string] | undefined {
  for (let i = 0; i < items.length; i++) {
    const ref = items[i]!.type;
    if (ref >= limit) return [ref, `${what} ${i} type`];
  }
  return undefined;
}

/**
 * Rejects what the kernel rejects as loops: a chain of pointers and modifiers that comes back to
 * itself, and a type that contains itself by value (through members, array elements, modifiers).
 * A pointer ends a by-value path, so `struct list { struct list *next; }` is fine. Works on the
 * scan's arrays: the walks visit types many times.
 */
function checkLoops(btf: Btf, { work, kinds, count }: TypeScan): void {
  const loop = ([from, to]: [number, number]) =>
    btf.errorAt(from, `reference loop: ${btf.describe(from)} leads back to ${btf.describe(to)}`);
  // Every loop steps back to a lower or equal id somewhere (ids cannot rise all the way round),
  // so walking from the targets of such steps, which the scan listed, finds any loop while
  // leaving out most types. Only when there is one, the walk from every id in order finds the
  // loop to report, the one a full walk always reported.
  const everyId = () => Uint32Array.from({ length: count - 1 }, (_, i) => i + 1);
  if (chainLoop(work, kinds, count, work.chainBackTargets, work.chainBackTargetCount)) {
    throw loop(chainLoop(work, kinds, count, everyId(), count - 1)!);
  }
  if (containmentLoop(work, count, work.backTargets, work.backTargetCount)) {
    throw loop(containmentLoop(work, count, everyId(), count - 1)!);
  }
}

/**
 * The first step `[from, to]` found that closes a chain of pointers and modifiers, following the
 * chain from each of the first `rootCount` of `roots` in turn; undefined if there is none.
 */
function chainLoop(
  { references, marks, stack }: WorkArrays,
  kinds: readonly number[],
  count: number,
  roots: Uint32Array,
  rootCount: number,
): [number, number] | undefined {
  // Each type has one successor: each chain is walked once.
  const chained = marks.fill(0, 0, count); // 0 unvisited, 1 on the current walk, 2 done
  const walk = stack;
  for (let r = 0; r < rootCount; r++) {
    let length = 0;
    let id = roots[r]!;
    while (id !== 0 && chained[id] !== 2 && CHAINED[kinds[id]!]) {
      if (chained[id] === 1) return [length > 0 ? walk[length - 1]! : id, id];
      chained[id] = 1;
      walk[length++] = id;
      id = references[id]!;
    }
    for (let i = 0; i < length; i++) chained[walk[i]!] = 2;
  }
  return undefined;
}

/**
 * The first step `[from, to]` found that closes a loop of containment by value, walking depth
 * first from each of the first `rootCount` of `roots` in turn; undefined if there is none.
 */
function containmentLoop(
  { contained, firstContained, marks, stack, nextContained }: WorkArrays,
  count: number,
  roots: Uint32Array,
  rootCount: number,
): [number, number] | undefined {
  // An explicit stack (vmlinux nests deeply) of type ids and, beside it, the index of the next
  // contained type to visit. Types that contain nothing (void among them) are never pushed.
  const state = marks.fill(0, 0, count); // 0 unvisited, 1 on the current path, 2 done
  // A type is on the path at most once, so the path fits in one slot per type.
  const path = stack;
  for (let r = 0; r < rootCount; r++) {
    const root = roots[r]!;
    if (state[root] !== 0) continue;
    if (firstContained[root] === firstContained[root + 1]) {
      state[root] = 2;
      continue;
    }
    state[root] = 1;
    path[0] = root;
    nextContained[0] = firstContained[root]!;
    for (let top = 0; top >= 0;) {
      const id = path[top]!;
      const next = nextContained[top]!;
      if (next === firstContained[id + 1]) {
        state[id] = 2;
        top--;
        continue;
      }
      nextContained[top] = next + 1;
      const child = contained[next]!;
      if (state[child] === 1) return [id, child];
      if (state[child] !== 0) continue;
      if (firstContained[child] === firstContained[child + 1]) {
        state[child] = 2;
        continue;
      }
      state[child] = 1;
      top++;
      path[top] = child;
      nextContained[top] = firstContained[child]!;
    }
  }
  return undefined;
}
