import { Btf } from "./btf.ts";
import { Reader } from "./_reader.ts";
import { BtfStrings } from "./strings.ts";
import { BtfKind, type BtfMember, type BtfType, isModifier, kindName } from "./types.ts";

/** `BTF_MAGIC` as stored by a writer of the same byte order as the reader. */
export const BTF_MAGIC = 0xeb9f;
/** Size of `struct btf_header` in BTF version 1. */
export const BTF_HEADER_SIZE = 24;
/** Size of `struct btf_type` without its kind-specific tail. */
const TYPE_HEADER_SIZE = 12;
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

/** Parses a `.BTF` section (or `/sys/kernel/btf/vmlinux`); throws BtfError on any inconsistency. */
export function parseBtf(bytes: Uint8Array, opts: ParseBtfOptions): Btf {
  const r = new Reader(bytes, opts.file, detectByteOrder(bytes, opts));
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
  const btf = new Btf(r, types, strings, offsets);
  checkReferences(btf);
  checkLoops(btf);
  return btf;
}

function detectByteOrder(bytes: Uint8Array, opts: ParseBtfOptions): boolean {
  const r = new Reader(bytes, opts.file, true);
  r.need(0, BTF_HEADER_SIZE, "BTF header");
  const le = r.u16(0);
  if (le === BTF_MAGIC) {
    if (opts.littleEndian === false) {
      throw r.error("BTF is little-endian but the ELF file is big-endian", 0);
    }
    return true;
  }
  if (le === 0x9feb) {
    if (opts.littleEndian === true) {
      throw r.error("BTF is big-endian but the ELF file is little-endian", 0);
    }
    return false;
  }
  throw r.error(`bad BTF magic 0x${le.toString(16).padStart(4, "0")} (want 0xeb9f)`, 0);
}

function readHeader(r: Reader): BtfLayout {
  const version = r.u8(2);
  if (version !== 1) throw r.error(`unsupported BTF version ${version}`, 2);
  const flags = r.u8(3);
  if (flags !== 0) throw r.error(`unsupported BTF flags 0x${flags.toString(16)}`, 3);
  const headerLength = r.u32(4);
  if (headerLength < BTF_HEADER_SIZE) {
    throw r.error(`BTF header length ${headerLength} is shorter than ${BTF_HEADER_SIZE}`, 4);
  }
  r.need(0, headerLength, "BTF header");
  // A longer header comes from a newer format; it is only safe to ignore when its tail is zero.
  for (let at = BTF_HEADER_SIZE; at < headerLength; at++) {
    if (r.u8(at) !== 0) throw r.error(`BTF header has unknown non-zero field at byte ${at}`, at);
  }
  const layout = {
    headerLength,
    typeOffset: r.u32(8),
    typeLength: r.u32(12),
    stringOffset: r.u32(16),
    stringLength: r.u32(20),
  };
  if (layout.typeOffset % 4 !== 0) {
    throw r.error(`type section offset ${layout.typeOffset} is not 4-byte aligned`, 8);
  }
  r.need(headerLength + layout.typeOffset, layout.typeLength, "type section");
  r.need(headerLength + layout.stringOffset, layout.stringLength, "string section");
  const typeEnd = layout.typeOffset + layout.typeLength;
  const stringEnd = layout.stringOffset + layout.stringLength;
  if (layout.typeOffset < stringEnd && layout.stringOffset < typeEnd) {
    throw r.error("type and string sections overlap", 8);
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
  r.need(at, TYPE_HEADER_SIZE, `type [${id}]`, end);
  const info = r.u32(at + 4);
  const kind = (info >>> 24) & 0x1f;
  const vlen = info & 0xffff;
  const kindFlag = (info >>> 31) === 1;
  const sizeOrType = r.u32(at + 8);
  if (kind === BtfKind.VOID || kind > MAX_KIND) {
    throw r.error(`type [${id}] has unknown kind ${kind}`, at);
  }
  if ((info & 0x60ff0000) !== 0) {
    throw r.error(`type [${id}] ${kindName(kind)} has unused info bits set`, at);
  }
  const label = `type [${id}] ${kindName(kind)}`;
  const name = nameAt(r.u32(at), at, label);
  const tail = at + TYPE_HEADER_SIZE;
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
      const next = records(1, 4);
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
      const next = records(1, 12);
      return [{
        kind,
        name,
        type: r.u32(tail),
        indexType: r.u32(tail + 4),
        nelems: r.u32(tail + 8),
      }, next];
    }
    case BtfKind.STRUCT:
    case BtfKind.UNION: {
      const next = records(vlen, 12);
      const members: BtfMember[] = [];
      for (let i = 0, m = tail; i < vlen; i++, m += 12) {
        const offset = r.u32(m + 8);
        members.push({
          name: nameAt(r.u32(m), m, `${label} member ${i}`),
          type: r.u32(m + 4),
          bitOffset: kindFlag ? offset & 0xffffff : offset,
          bitfieldSize: kindFlag ? offset >>> 24 : 0,
        });
      }
      return [{ kind, name, size: sizeOrType, bitfields: kindFlag, members }, next];
    }
    case BtfKind.ENUM: {
      const next = records(vlen, 8);
      const values = [];
      for (let i = 0, v = tail; i < vlen; i++, v += 8) {
        const raw = kindFlag ? r.i32(v + 4) : r.u32(v + 4);
        values.push({ name: nameAt(r.u32(v), v, `${label} value ${i}`), value: raw });
      }
      return [{ kind, name, size: sizeOrType, signed: kindFlag, values }, next];
    }
    case BtfKind.ENUM64: {
      const next = records(vlen, 12);
      const values = [];
      for (let i = 0, v = tail; i < vlen; i++, v += 12) {
        const raw = (BigInt(r.u32(v + 8)) << 32n) | BigInt(r.u32(v + 4));
        values.push({
          name: nameAt(r.u32(v), v, `${label} value ${i}`),
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
      const next = records(vlen, 8);
      const params = [];
      for (let i = 0, p = tail; i < vlen; i++, p += 8) {
        params.push({ name: nameAt(r.u32(p), p, `${label} param ${i}`), type: r.u32(p + 4) });
      }
      return [{ kind, name, type: sizeOrType, params }, next];
    }
    case BtfKind.VAR: {
      const next = records(1, 4);
      return [{ kind, name, type: sizeOrType, linkage: r.u32(tail) }, next];
    }
    case BtfKind.DATASEC: {
      const next = records(vlen, 12);
      const vars = [];
      for (let i = 0, v = tail; i < vlen; i++, v += 12) {
        vars.push({ type: r.u32(v), offset: r.u32(v + 4), size: r.u32(v + 8) });
      }
      return [{ kind, name, size: sizeOrType, vars }, next];
    }
    case BtfKind.FLOAT:
      return [{ kind, name, size: sizeOrType }, tail];
    case BtfKind.DECL_TAG: {
      const next = records(1, 4);
      return [
        { kind, name, type: sizeOrType, componentIdx: r.i32(tail), attribute: kindFlag },
        next,
      ];
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
