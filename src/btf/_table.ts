import {
  BtfConst,
  BtfEnum,
  BtfEnum64,
  BtfMember,
  BtfParam,
  BtfTypeHeader,
  BtfVarSecinfo,
} from "../abi/mod.ts";
import type { BtfStrings } from "./strings.ts";
import {
  ArrayInfo,
  DeclTag,
  Enum,
  Enum64,
  Member,
  Param,
  TypeHeader,
  Var,
  VarSecinfo,
} from "./_records.ts";
import { BtfKind, type BtfKindValue, type BtfType, isModifierKind } from "./types.ts";

/** True for the kinds whose `size_or_type` word is the id of the type they refer to. */
export function refersByTypeWord(kind: number): boolean {
  return kind === BtfKind.PTR || kind === BtfKind.FUNC || kind === BtfKind.VAR ||
    isModifierKind(kind);
}

/**
 * The type records of a parsed, already validated BTF blob, decoded into `BtfType` objects only
 * when asked for: generation reads a few dozen of an object's hundreds of types (and a handful of
 * vmlinux's hundred thousand), so decoding them all up front was most of the parsing time.
 */
export class TypeTable {
  readonly #view: DataView;
  readonly #littleEndian: boolean;
  readonly strings: BtfStrings;
  /** Byte offset of each type's record in the blob; index = type id (0, void, has none). */
  readonly offsets: readonly number[];
  /** Kind of each type; index = type id. */
  readonly kinds: readonly number[];

  /** `records` must be ones `parseBtf` has checked, in the blob `view` shows. */
  constructor(
    view: DataView,
    littleEndian: boolean,
    strings: BtfStrings,
    records: { offsets: readonly number[]; kinds: readonly number[] },
  ) {
    this.#view = view;
    this.#littleEndian = littleEndian;
    this.strings = strings;
    this.offsets = records.offsets;
    this.kinds = records.kinds;
  }

  /** Number of type ids, void included. */
  get count(): number {
    return this.kinds.length;
  }

  /** The name of type `id` (checked to lie in the string section by `parseBtf`). */
  name(id: number): string {
    return id === 0 ? "" : this.#name(this.offsets[id]! + TypeHeader.name_off);
  }

  /** The linkage of type `id` if it is a FUNC or a VAR, read from its record. */
  linkage(id: number): number | undefined {
    const kind = this.kinds[id];
    const at = this.offsets[id]!;
    if (kind === BtfKind.FUNC) return this.#u32(at + TypeHeader.info) & BtfConst.BTF_INFO_VLEN_MASK;
    if (kind === BtfKind.VAR) return this.#u32(at + BtfTypeHeader.size + Var.linkage);
    return undefined;
  }

  /**
   * The type id that type `id` refers to, read from its record: the target of a pointer or
   * modifier, the type of a FUNC or VAR, an ARRAY's element type; undefined for other kinds.
   */
  reference(id: number): number | undefined {
    const kind = this.kinds[id];
    const at = this.offsets[id]!;
    if (kind === BtfKind.ARRAY) return this.#u32(at + BtfTypeHeader.size + ArrayInfo.type);
    return refersByTypeWord(kind!) ? this.#u32(at + TypeHeader.size) : undefined;
  }

  /** The element count of type `id` if it is an ARRAY, read from its record. */
  arrayLength(id: number): number | undefined {
    if (this.kinds[id] !== BtfKind.ARRAY) return undefined;
    return this.#u32(this.offsets[id]! + BtfTypeHeader.size + ArrayInfo.nelems);
  }

  /** Type `id` as a new object. */
  decode(id: number): BtfType {
    const kind = this.kinds[id] as BtfKindValue;
    if (kind === BtfKind.VOID) return { kind, name: "" };
    const at = this.offsets[id]!;
    const info = this.#u32(at + TypeHeader.info);
    const vlen = info & BtfConst.BTF_INFO_VLEN_MASK;
    const kindFlag = (info >>> BtfConst.BTF_INFO_KFLAG_SHIFT) === 1;
    const sizeOrType = this.#u32(at + TypeHeader.size);
    const name = this.#name(at + TypeHeader.name_off);
    const tail = at + BtfTypeHeader.size;
    switch (kind) {
      case BtfKind.INT: {
        const data = this.#u32(tail);
        return {
          kind,
          name,
          size: sizeOrType,
          encoding: (data >>> 24) & 0xf,
          bitOffset: (data >>> 16) & 0xff,
          bits: data & 0xff,
        };
      }
      case BtfKind.PTR:
      case BtfKind.TYPEDEF:
      case BtfKind.VOLATILE:
      case BtfKind.CONST:
      case BtfKind.RESTRICT:
        return { kind, name, type: sizeOrType };
      case BtfKind.TYPE_TAG:
        return { kind, name, type: sizeOrType, attribute: kindFlag };
      case BtfKind.ARRAY:
        return {
          kind,
          name,
          type: this.#u32(tail + ArrayInfo.type),
          indexType: this.#u32(tail + ArrayInfo.index_type),
          nelems: this.#u32(tail + ArrayInfo.nelems),
        };
      case BtfKind.STRUCT:
      case BtfKind.UNION: {
        const members = [];
        for (let i = 0, m = tail; i < vlen; i++, m += BtfMember.size) {
          const offset = this.#u32(m + Member.offset);
          members.push({
            name: this.#name(m + Member.name_off),
            type: this.#u32(m + Member.type),
            bitOffset: kindFlag ? offset & 0xffffff : offset,
            bitfieldSize: kindFlag ? offset >>> 24 : 0,
          });
        }
        return { kind, name, size: sizeOrType, bitfields: kindFlag, members };
      }
      case BtfKind.ENUM: {
        const values = [];
        for (let i = 0, v = tail; i < vlen; i++, v += BtfEnum.size) {
          // kind_flag says whether the values are signed.
          const value = this.#u32(v + Enum.val);
          values.push({ name: this.#name(v + Enum.name_off), value: kindFlag ? value | 0 : value });
        }
        return { kind, name, size: sizeOrType, signed: kindFlag, values };
      }
      case BtfKind.ENUM64: {
        const values = [];
        for (let i = 0, v = tail; i < vlen; i++, v += BtfEnum64.size) {
          const raw = (BigInt(this.#u32(v + Enum64.val_hi32)) << 32n) |
            BigInt(this.#u32(v + Enum64.val_lo32));
          values.push({
            name: this.#name(v + Enum64.name_off),
            value: kindFlag ? BigInt.asIntN(64, raw) : raw,
          });
        }
        return { kind, name, size: sizeOrType, signed: kindFlag, values };
      }
      case BtfKind.FWD:
        return { kind, name, union: kindFlag };
      case BtfKind.FUNC:
        return { kind, name, type: sizeOrType, linkage: vlen };
      case BtfKind.FUNC_PROTO: {
        const params = [];
        for (let i = 0, p = tail; i < vlen; i++, p += BtfParam.size) {
          params.push({ name: this.#name(p + Param.name_off), type: this.#u32(p + Param.type) });
        }
        return { kind, name, type: sizeOrType, params };
      }
      case BtfKind.VAR:
        return { kind, name, type: sizeOrType, linkage: this.#u32(tail + Var.linkage) };
      case BtfKind.DATASEC: {
        const vars = [];
        for (let i = 0, v = tail; i < vlen; i++, v += BtfVarSecinfo.size) {
          vars.push({
            type: this.#u32(v + VarSecinfo.type),
            offset: this.#u32(v + VarSecinfo.offset),
            size: this.#u32(v + VarSecinfo.size),
          });
        }
        return { kind, name, size: sizeOrType, vars };
      }
      case BtfKind.FLOAT:
        return { kind, name, size: sizeOrType };
      case BtfKind.DECL_TAG:
        return {
          kind,
          name,
          type: sizeOrType,
          componentIdx: this.#u32(tail + DeclTag.component_idx) | 0,
          attribute: kindFlag,
        };
    }
  }

  #u32(at: number): number {
    return this.#view.getUint32(at, this.#littleEndian);
  }

  /** The string whose offset is the u32 at byte `at`. */
  #name(at: number): string {
    return this.strings.at(this.#u32(at))!;
  }
}
