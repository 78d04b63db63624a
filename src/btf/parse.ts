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
import { detectByteOrder, Reader } from "./_reader.ts";
import { BtfStrings } from "./strings.ts";
import {
  BtfKind,
  type BtfMember as BtfMemberType,
  type BtfStruct,
  type BtfType,
  kindName,
} from "./types.ts";

// Field offsets of the records read for every type, member and value (see `fieldOffsets`).
const Header = fieldOffsets(BtfHeader);
const TypeHeader = fieldOffsets(BtfTypeHeader);
const ArrayInfo = fieldOffsets(BtfArray);
const Member = fieldOffsets(BtfMember);
const Enum = fieldOffsets(BtfEnum);
const Enum64 = fieldOffsets(BtfEnum64);
const Param = fieldOffsets(BtfParam);
const Var = fieldOffsets(BtfVar);
const VarSecinfo = fieldOffsets(BtfVarSecinfo);
const DeclTag = fieldOffsets(BtfDeclTag);
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
 * The result keeps views of `bytes` (strings, `Btf.blob`) rather than copies: do not change them.
 */
export function parseBtf(bytes: Uint8Array, opts: ParseBtfOptions): Btf {
  const little = detectByteOrder(bytes, opts.file, "BTF", BtfHeader.size, opts.littleEndian);
  const r = new Reader(bytes, opts.file, little);
  const layout = readHeader(r);
  const stringStart = layout.headerLength + layout.stringOffset;
  const strings = readStrings(r, stringStart, layout.stringLength);
  const name: NameAt = (offset, at, label, part, index) => {
    const s = strings.at(offset);
    if (s === undefined) {
      const what = part === undefined ? label() : `${label()} ${part} ${index}`;
      throw r.error(
        `${what} name offset ${offset} is outside the string section (size ${strings.size})`,
        at,
      );
    }
    return s;
  };

  const types: BtfType[] = [{ kind: BtfKind.VOID, name: "" }];
  const offsets = [0];
  const start = layout.headerLength + layout.typeOffset;
  const end = start + layout.typeLength;
  for (const cursor = { at: start }; cursor.at < end;) {
    offsets.push(cursor.at);
    types.push(readType(r, cursor, end, types.length, name));
  }
  const btf = new Btf(r, types, strings, offsets, { bytes, typeStart: start, typeEnd: end });
  checkReferences(btf);
  checkLoops(btf);
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

/** The name at string `offset`, for the record at byte `at`: `label` (and `part index`) say whose. */
type NameAt = (
  offset: number,
  at: number,
  label: () => string,
  part?: string,
  index?: number,
) => string;

/** Decodes the `struct btf_type` and tail at `cursor.at`, and moves the cursor past them. */
function readType(
  r: Reader,
  cursor: { at: number },
  end: number,
  id: number,
  nameAt: NameAt,
): BtfType {
  const at = cursor.at;
  if (at + BtfTypeHeader.size > end) r.need(at, BtfTypeHeader.size, `type [${id}]`, end);
  const info = r.u32(at + TypeHeader.info);
  const kind = (info >>> BtfConst.BTF_INFO_KIND_SHIFT) & BtfConst.BTF_INFO_KIND_MASK;
  const vlen = info & BtfConst.BTF_INFO_VLEN_MASK;
  const kindFlag = (info >>> BtfConst.BTF_INFO_KFLAG_SHIFT) === 1;
  const sizeOrType = r.u32(at + TypeHeader.size);
  if (kind === BtfKind.VOID || kind > MAX_KIND) {
    throw r.error(`type [${id}] has unknown kind ${kind}`, at);
  }
  if ((info & 0x60ff0000) !== 0) {
    throw r.error(`type [${id}] ${kindName(kind)} has unused info bits set`, at);
  }
  // Messages are only spelled out on failure: building them for every type and member is costly.
  const label = () => `type [${id}] ${kindName(kind)}`;
  const name = nameAt(r.u32(at + TypeHeader.name_off), at, label);
  const tail = at + BtfTypeHeader.size;
  const flagAllowed = kind === BtfKind.STRUCT || kind === BtfKind.UNION || kind === BtfKind.ENUM ||
    kind === BtfKind.ENUM64 || kind === BtfKind.FWD || kind === BtfKind.TYPE_TAG ||
    kind === BtfKind.DECL_TAG;
  if (kindFlag && !flagAllowed) throw r.error(`${label()} has kind_flag set`, at);
  const vlenAllowed = kind === BtfKind.STRUCT || kind === BtfKind.UNION || kind === BtfKind.ENUM ||
    kind === BtfKind.ENUM64 || kind === BtfKind.FUNC || kind === BtfKind.FUNC_PROTO ||
    kind === BtfKind.DATASEC;
  if (vlen !== 0 && !vlenAllowed) throw r.error(`${label()} has vlen ${vlen}, want 0`, at);

  /** Bounds-checks a tail of `count` records of `size` bytes. */
  const records = (count: number, size: number): number => {
    if (tail + count * size > end) r.need(tail, count * size, `${label()} (vlen ${count})`, end);
    return tail + count * size;
  };

  switch (kind) {
    case BtfKind.INT: {
      const next = records(1, INT_DATA_SIZE);
      const data = r.u32(tail);
      if ((data & 0xf000ff00) !== 0) throw r.error(`${label()} has unused encoding bits set`, tail);
      const bits = data & 0xff;
      const bitOffset = (data >>> 16) & 0xff;
      if (bits === 0 || bitOffset + bits > sizeOrType * 8) {
        throw r.error(
          `${label()} '${name}' has ${bits} bits at offset ${bitOffset}, size ${sizeOrType}`,
          tail,
        );
      }
      cursor.at = next;
      return { kind, name, size: sizeOrType, encoding: (data >>> 24) & 0xf, bitOffset, bits };
    }
    case BtfKind.PTR:
    case BtfKind.TYPEDEF:
    case BtfKind.VOLATILE:
    case BtfKind.CONST:
    case BtfKind.RESTRICT:
      cursor.at = tail;
      return { kind, name, type: sizeOrType };
    case BtfKind.TYPE_TAG:
      cursor.at = tail;
      return { kind, name, type: sizeOrType, attribute: kindFlag };
    case BtfKind.ARRAY: {
      const next = records(1, BtfArray.size);
      cursor.at = next;
      return {
        kind,
        name,
        type: r.u32(tail + ArrayInfo.type),
        indexType: r.u32(tail + ArrayInfo.index_type),
        nelems: r.u32(tail + ArrayInfo.nelems),
      };
    }
    case BtfKind.STRUCT:
    case BtfKind.UNION: {
      const next = records(vlen, BtfMember.size);
      const members: BtfMemberType[] = [];
      for (let i = 0, m = tail; i < vlen; i++, m += BtfMember.size) {
        const offset = r.u32(m + Member.offset);
        members.push({
          name: nameAt(r.u32(m + Member.name_off), m, label, "member", i),
          type: r.u32(m + Member.type),
          bitOffset: kindFlag ? offset & 0xffffff : offset,
          bitfieldSize: kindFlag ? offset >>> 24 : 0,
        });
      }
      cursor.at = next;
      return { kind, name, size: sizeOrType, bitfields: kindFlag, members };
    }
    case BtfKind.ENUM: {
      const next = records(vlen, BtfEnum.size);
      const values = [];
      for (let i = 0, v = tail; i < vlen; i++, v += BtfEnum.size) {
        // kind_flag says whether the values are signed.
        const valAt = v + Enum.val;
        const raw = kindFlag ? r.i32(valAt) : r.u32(valAt);
        values.push({
          name: nameAt(r.u32(v + Enum.name_off), v, label, "value", i),
          value: raw,
        });
      }
      cursor.at = next;
      return { kind, name, size: sizeOrType, signed: kindFlag, values };
    }
    case BtfKind.ENUM64: {
      const next = records(vlen, BtfEnum64.size);
      const values = [];
      for (let i = 0, v = tail; i < vlen; i++, v += BtfEnum64.size) {
        const raw = (BigInt(r.u32(v + Enum64.val_hi32)) << 32n) |
          BigInt(r.u32(v + Enum64.val_lo32));
        values.push({
          name: nameAt(r.u32(v + Enum64.name_off), v, label, "value", i),
          value: kindFlag ? BigInt.asIntN(64, raw) : raw,
        });
      }
      cursor.at = next;
      return { kind, name, size: sizeOrType, signed: kindFlag, values };
    }
    case BtfKind.FWD:
      cursor.at = tail;
      return { kind, name, union: kindFlag };
    case BtfKind.FUNC:
      cursor.at = tail;
      return { kind, name, type: sizeOrType, linkage: vlen };
    case BtfKind.FUNC_PROTO: {
      const next = records(vlen, BtfParam.size);
      const params = [];
      for (let i = 0, p = tail; i < vlen; i++, p += BtfParam.size) {
        params.push({
          name: nameAt(r.u32(p + Param.name_off), p, label, "param", i),
          type: r.u32(p + Param.type),
        });
      }
      cursor.at = next;
      return { kind, name, type: sizeOrType, params };
    }
    case BtfKind.VAR: {
      const next = records(1, BtfVar.size);
      cursor.at = next;
      return { kind, name, type: sizeOrType, linkage: r.u32(tail + Var.linkage) };
    }
    case BtfKind.DATASEC: {
      const next = records(vlen, BtfVarSecinfo.size);
      const vars = [];
      for (let i = 0, v = tail; i < vlen; i++, v += BtfVarSecinfo.size) {
        vars.push({
          type: r.u32(v + VarSecinfo.type),
          offset: r.u32(v + VarSecinfo.offset),
          size: r.u32(v + VarSecinfo.size),
        });
      }
      cursor.at = next;
      return { kind, name, size: sizeOrType, vars };
    }
    case BtfKind.FLOAT:
      cursor.at = tail;
      return { kind, name, size: sizeOrType };
    case BtfKind.DECL_TAG: {
      const next = records(1, BtfDeclTag.size);
      const componentIdx = r.i32(tail + DeclTag.component_idx);
      cursor.at = next;
      return { kind, name, type: sizeOrType, componentIdx, attribute: kindFlag };
    }
  }
  throw r.error(`type [${id}] has unknown kind ${kind}`, at);
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

function checkReferences(btf: Btf): void {
  const types = btf.types;
  for (let id = 1; id < types.length; id++) {
    const bad = badReference(types[id]!, types.length);
    if (bad !== undefined) {
      const [ref, what] = bad;
      throw btf.errorAt(
        id,
        `${btf.describe(id)} ${what} ${ref} is out of range (max ${btf.typeCount})`,
      );
    }
  }
}

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

function kindSet(...kinds: number[]): Uint8Array {
  const set = new Uint8Array(MAX_KIND + 1);
  for (const k of kinds) set[k] = 1;
  return set;
}

/**
 * Rejects what the kernel rejects as loops: a chain of pointers and modifiers that comes back to
 * itself, and a type that contains itself by value (through members, array elements, modifiers).
 * A pointer ends a by-value path, so `struct list { struct list *next; }` is fine.
 */
function checkLoops(btf: Btf): void {
  const types = btf.types;
  const loop = (from: number, to: number) =>
    btf.errorAt(from, `reference loop: ${btf.describe(from)} leads back to ${btf.describe(to)}`);
  // Each type's kind and single reference, read once: the walks below visit types many times,
  // and reading fields of objects of every kind's shape is slow.
  const kinds = new Uint8Array(types.length);
  const refs = new Uint32Array(types.length);
  for (let id = 1; id < types.length; id++) {
    const t = types[id]!;
    kinds[id] = t.kind;
    if (CHAINED[t.kind] || CONTAINS_ONE[t.kind]) refs[id] = (t as { type: number }).type;
  }

  // Pointer and modifier chains have one successor each: walk each chain once.
  const chained = new Uint8Array(types.length); // 0 unvisited, 1 on the current walk, 2 done
  const walk = new Uint32Array(types.length);
  for (let root = 1; root < types.length; root++) {
    let length = 0;
    let id = root;
    while (id !== 0 && chained[id] !== 2 && CHAINED[kinds[id]!]) {
      if (chained[id] === 1) throw loop(length > 0 ? walk[length - 1]! : id, id);
      chained[id] = 1;
      walk[length++] = id;
      id = refs[id]!;
    }
    for (let i = 0; i < length; i++) chained[walk[i]!] = 2;
  }

  // Containment by value: depth-first search with an explicit stack (vmlinux nests deeply) of
  // type ids and, beside it, the index of the next contained type to visit. Types that contain
  // nothing are never pushed.
  const isComposite = (id: number) => kinds[id] === BtfKind.STRUCT || kinds[id] === BtfKind.UNION;
  const containsAny = (id: number) => CONTAINS_ONE[kinds[id]!] === 1 || isComposite(id);
  const containedAt = (id: number, i: number): number | undefined => {
    if (CONTAINS_ONE[kinds[id]!]) return i === 0 ? refs[id] : undefined;
    if (isComposite(id)) return (types[id] as BtfStruct).members[i]?.type;
    return undefined;
  };
  const state = new Uint8Array(types.length); // 0 unvisited, 1 on the current path, 2 done
  // A type is on the path at most once, so the path fits in one slot per type.
  const path = new Uint32Array(types.length);
  const nextChild = new Uint32Array(types.length);
  for (let root = 1; root < types.length; root++) {
    if (state[root] !== 0) continue;
    if (!containsAny(root)) {
      state[root] = 2;
      continue;
    }
    state[root] = 1;
    path[0] = root;
    nextChild[0] = 0;
    for (let top = 0; top >= 0;) {
      const id = path[top]!;
      const child = containedAt(id, nextChild[top]!++);
      if (child === undefined) {
        state[id] = 2;
        top--;
      } else if (state[child] === 1) {
        throw loop(id, child);
      } else if (state[child] === 0 && child !== 0) {
        if (!containsAny(child)) {
          state[child] = 2;
          continue;
        }
        state[child] = 1;
        top++;
        path[top] = child;
        nextChild[top] = 0;
      }
    }
  }
}
