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
  type BtfType,
  isModifier,
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
  const name = (offset: number, at: number, what: string): string => {
    const s = strings.at(offset);
    if (s === undefined) {
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
  for (let at = start; at < end;) {
    const id = types.length;
    offsets.push(at);
    const [t, next] = readType(r, at, end, id, name);
    types.push(t);
    at = next;
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

type NameAt = (offset: number, at: number, what: string) => string;

/** Decodes one `struct btf_type` and its tail at `at`; returns it and the next record's offset. */
function readType(
  r: Reader,
  at: number,
  end: number,
  id: number,
  nameAt: NameAt,
): [BtfType, number] {
  r.need(at, BtfTypeHeader.size, `type [${id}]`, end);
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
  const label = `type [${id}] ${kindName(kind)}`;
  const name = nameAt(r.u32(at + TypeHeader.name_off), at, label);
  const tail = at + BtfTypeHeader.size;
  const flagAllowed = kind === BtfKind.STRUCT || kind === BtfKind.UNION || kind === BtfKind.ENUM ||
    kind === BtfKind.ENUM64 || kind === BtfKind.FWD || kind === BtfKind.TYPE_TAG ||
    kind === BtfKind.DECL_TAG;
  if (kindFlag && !flagAllowed) throw r.error(`${label} has kind_flag set`, at);
  const vlenAllowed = kind === BtfKind.STRUCT || kind === BtfKind.UNION || kind === BtfKind.ENUM ||
    kind === BtfKind.ENUM64 || kind === BtfKind.FUNC || kind === BtfKind.FUNC_PROTO ||
    kind === BtfKind.DATASEC;
  if (vlen !== 0 && !vlenAllowed) throw r.error(`${label} has vlen ${vlen}, want 0`, at);

  /** Bounds-checks a tail of `count` records of `size` bytes. */
  const records = (count: number, size: number): number => {
    r.need(tail, count * size, `${label} (vlen ${count})`, end);
    return tail + count * size;
  };

  switch (kind) {
    case BtfKind.INT: {
      const next = records(1, INT_DATA_SIZE);
      const data = r.u32(tail);
      if ((data & 0xf000ff00) !== 0) throw r.error(`${label} has unused encoding bits set`, tail);
      const bits = data & 0xff;
      const bitOffset = (data >>> 16) & 0xff;
      if (bits === 0 || bitOffset + bits > sizeOrType * 8) {
        throw r.error(
          `${label} '${name}' has ${bits} bits at offset ${bitOffset}, size ${sizeOrType}`,
          tail,
        );
      }
      return [
        { kind, name, size: sizeOrType, encoding: (data >>> 24) & 0xf, bitOffset, bits },
        next,
      ];
    }
    case BtfKind.PTR:
    case BtfKind.TYPEDEF:
    case BtfKind.VOLATILE:
    case BtfKind.CONST:
    case BtfKind.RESTRICT:
      return [{ kind, name, type: sizeOrType }, tail];
    case BtfKind.TYPE_TAG:
      return [{ kind, name, type: sizeOrType, attribute: kindFlag }, tail];
    case BtfKind.ARRAY: {
      const next = records(1, BtfArray.size);
      return [{
        kind,
        name,
        type: r.u32(tail + ArrayInfo.type),
        indexType: r.u32(tail + ArrayInfo.index_type),
        nelems: r.u32(tail + ArrayInfo.nelems),
      }, next];
    }
    case BtfKind.STRUCT:
    case BtfKind.UNION: {
      const next = records(vlen, BtfMember.size);
      const members: BtfMemberType[] = [];
      for (let i = 0, m = tail; i < vlen; i++, m += BtfMember.size) {
        const offset = r.u32(m + Member.offset);
        members.push({
          name: nameAt(r.u32(m + Member.name_off), m, `${label} member ${i}`),
          type: r.u32(m + Member.type),
          bitOffset: kindFlag ? offset & 0xffffff : offset,
          bitfieldSize: kindFlag ? offset >>> 24 : 0,
        });
      }
      return [{ kind, name, size: sizeOrType, bitfields: kindFlag, members }, next];
    }
    case BtfKind.ENUM: {
      const next = records(vlen, BtfEnum.size);
      const values = [];
      for (let i = 0, v = tail; i < vlen; i++, v += BtfEnum.size) {
        // kind_flag says whether the values are signed.
        const valAt = v + Enum.val;
        const raw = kindFlag ? r.i32(valAt) : r.u32(valAt);
        values.push({
          name: nameAt(r.u32(v + Enum.name_off), v, `${label} value ${i}`),
          value: raw,
        });
      }
      return [{ kind, name, size: sizeOrType, signed: kindFlag, values }, next];
    }
    case BtfKind.ENUM64: {
      const next = records(vlen, BtfEnum64.size);
      const values = [];
      for (let i = 0, v = tail; i < vlen; i++, v += BtfEnum64.size) {
        const raw = (BigInt(r.u32(v + Enum64.val_hi32)) << 32n) |
          BigInt(r.u32(v + Enum64.val_lo32));
        values.push({
          name: nameAt(r.u32(v + Enum64.name_off), v, `${label} value ${i}`),
          value: kindFlag ? BigInt.asIntN(64, raw) : raw,
        });
      }
      return [{ kind, name, size: sizeOrType, signed: kindFlag, values }, next];
    }
    case BtfKind.FWD:
      return [{ kind, name, union: kindFlag }, tail];
    case BtfKind.FUNC:
      return [{ kind, name, type: sizeOrType, linkage: vlen }, tail];
    case BtfKind.FUNC_PROTO: {
      const next = records(vlen, BtfParam.size);
      const params = [];
      for (let i = 0, p = tail; i < vlen; i++, p += BtfParam.size) {
        params.push({
          name: nameAt(r.u32(p + Param.name_off), p, `${label} param ${i}`),
          type: r.u32(p + Param.type),
        });
      }
      return [{ kind, name, type: sizeOrType, params }, next];
    }
    case BtfKind.VAR: {
      const next = records(1, BtfVar.size);
      return [{ kind, name, type: sizeOrType, linkage: r.u32(tail + Var.linkage) }, next];
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
      return [{ kind, name, size: sizeOrType, vars }, next];
    }
    case BtfKind.FLOAT:
      return [{ kind, name, size: sizeOrType }, tail];
    case BtfKind.DECL_TAG: {
      const next = records(1, BtfDeclTag.size);
      const componentIdx = r.i32(tail + DeclTag.component_idx);
      return [{ kind, name, type: sizeOrType, componentIdx, attribute: kindFlag }, next];
    }
  }
  throw r.error(`type [${id}] has unknown kind ${kind}`, at);
}

/** Every type id a type refers to, with what the reference is (for messages). */
function referencesOf(t: BtfType): [number, string][] {
  switch (t.kind) {
    case BtfKind.VOID:
    case BtfKind.INT:
    case BtfKind.FWD:
    case BtfKind.FLOAT:
    case BtfKind.ENUM:
    case BtfKind.ENUM64:
      return [];
    case BtfKind.ARRAY:
      return [[t.type, "element type"], [t.indexType, "index type"]];
    case BtfKind.STRUCT:
    case BtfKind.UNION:
      return t.members.map((m, i) => [m.type, `member ${i} type`]);
    case BtfKind.FUNC_PROTO:
      return [
        [t.type, "return type"],
        ...t.params.map((p, i): [number, string] => [p.type, `param ${i} type`]),
      ];
    case BtfKind.DATASEC:
      return t.vars.map((v, i) => [v.type, `variable ${i} type`]);
    default:
      return [[t.type, "type"]];
  }
}

function checkReferences(btf: Btf): void {
  const types = btf.types;
  for (let id = 1; id < types.length; id++) {
    const t = btf.typeById(id);
    for (const [ref, what] of referencesOf(t)) {
      if (ref >= types.length) {
        throw btf.errorAt(
          id,
          `${btf.describe(id)} ${what} ${ref} is out of range (max ${btf.typeCount})`,
        );
      }
    }
  }
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

  // Pointer and modifier chains have one successor each: walk each chain once.
  const chained = new Uint8Array(types.length); // 0 unvisited, 1 on the current walk, 2 done
  for (let root = 1; root < types.length; root++) {
    const walk: number[] = [];
    let id = root;
    for (;;) {
      const t = btf.typeById(id);
      if (id === 0 || chained[id] === 2 || !(t.kind === BtfKind.PTR || isModifier(t))) break;
      if (chained[id] === 1) throw loop(walk[walk.length - 1] ?? id, id);
      chained[id] = 1;
      walk.push(id);
      id = t.type;
    }
    for (const done of walk) chained[done] = 2;
  }

  // Containment by value: depth-first search with an explicit stack (vmlinux nests deeply).
  const contained = (t: BtfType): number[] => {
    if (isModifier(t) || t.kind === BtfKind.VAR || t.kind === BtfKind.ARRAY) return [t.type];
    if (t.kind === BtfKind.STRUCT || t.kind === BtfKind.UNION) return t.members.map((m) => m.type);
    return [];
  };
  const state = new Uint8Array(types.length); // 0 unvisited, 1 on the current path, 2 done
  for (let root = 1; root < types.length; root++) {
    if (state[root] !== 0) continue;
    const stack: { id: number; next: number[]; i: number }[] = [];
    const push = (id: number) => {
      state[id] = 1;
      stack.push({ id, next: contained(btf.typeById(id)), i: 0 });
    };
    push(root);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const child = frame.next[frame.i++];
      if (child === undefined) {
        state[frame.id] = 2;
        stack.pop();
      } else if (state[child] === 1) {
        throw loop(frame.id, child);
      } else if (state[child] === 0 && child !== 0) {
        push(child);
      }
    }
  }
}
