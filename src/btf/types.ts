/** BTF kind numbers, as in the kernel's `BTF_KIND_*` (include/uapi/linux/btf.h). */
export const BtfKind = {
  VOID: 0,
  INT: 1,
  PTR: 2,
  ARRAY: 3,
  STRUCT: 4,
  UNION: 5,
  ENUM: 6,
  FWD: 7,
  TYPEDEF: 8,
  VOLATILE: 9,
  CONST: 10,
  RESTRICT: 11,
  FUNC: 12,
  FUNC_PROTO: 13,
  VAR: 14,
  DATASEC: 15,
  FLOAT: 16,
  DECL_TAG: 17,
  TYPE_TAG: 18,
  ENUM64: 19,
} as const;

/** A kind name such as `"STRUCT"` (bpftool's spelling). */
export type BtfKindName = keyof typeof BtfKind;
/** A kind number such as `BtfKind.STRUCT`. */
export type BtfKindValue = (typeof BtfKind)[BtfKindName];

const kindNames = Object.keys(BtfKind) as BtfKindName[];

/** The bpftool name of a kind number, e.g. `kindName(4) === "STRUCT"`. */
export function kindName(kind: number): BtfKindName | `UNKNOWN(${number})` {
  return kindNames[kind] ?? `UNKNOWN(${kind})`;
}

/** `BTF_INT_*` encoding bits of an INT. */
export const BtfIntEncoding = { SIGNED: 1, CHAR: 2, BOOL: 4 } as const;

/** Linkage of a FUNC (`enum btf_func_linkage`). */
export const BtfFuncLinkage = { STATIC: 0, GLOBAL: 1, EXTERN: 2 } as const;
/** Linkage of a VAR (`enum btf_var_linkage`). */
export const BtfVarLinkage = { STATIC: 0, GLOBAL_ALLOCATED: 1, GLOBAL_EXTERN: 2 } as const;

/** Type id 0: `void`, also the "no type" reference. */
export interface BtfVoid {
  kind: typeof BtfKind.VOID;
  name: "";
}

/** An integer: `size` bytes, of which `bits` bits starting at `bitOffset` are used. */
export interface BtfInt {
  kind: typeof BtfKind.INT;
  name: string;
  size: number;
  /** Bit set of `BtfIntEncoding`. */
  encoding: number;
  bitOffset: number;
  bits: number;
}

/** A kind that only refers to another type: pointer, typedef, qualifiers, type tag. */
export interface BtfRef<K extends BtfKindValue> {
  kind: K;
  name: string;
  /** Referenced type id. */
  type: number;
}

/** A pointer to `type`. */
export type BtfPtr = BtfRef<typeof BtfKind.PTR>;
/** A typedef naming `type`. */
export type BtfTypedef = BtfRef<typeof BtfKind.TYPEDEF>;
/** `volatile` on `type`. */
export type BtfVolatile = BtfRef<typeof BtfKind.VOLATILE>;
/** `const` on `type`. */
export type BtfConst = BtfRef<typeof BtfKind.CONST>;
/** `restrict` on `type`. */
export type BtfRestrict = BtfRef<typeof BtfKind.RESTRICT>;

/** `__attribute__((btf_type_tag(name)))` on the referenced type. */
export interface BtfTypeTag extends BtfRef<typeof BtfKind.TYPE_TAG> {
  /** kind_flag: the tag is a plain `__attribute__` rather than `btf_type_tag` (kernel 6.14+). */
  attribute: boolean;
}

/** An array of `nelems` elements of `type`, indexed by `indexType`. */
export interface BtfArray {
  kind: typeof BtfKind.ARRAY;
  name: string;
  /** Element type id. */
  type: number;
  indexType: number;
  nelems: number;
}

/** A struct or union member; `bitfieldSize` is 0 for non-bitfields. */
export interface BtfMember {
  name: string;
  type: number;
  bitOffset: number;
  bitfieldSize: number;
}

/** A struct or union of `size` bytes. */
export interface BtfComposite<K extends typeof BtfKind.STRUCT | typeof BtfKind.UNION> {
  kind: K;
  name: string;
  size: number;
  /** kind_flag: member offsets carry the bitfield size in their top 8 bits. */
  bitfields: boolean;
  members: BtfMember[];
}

/** A struct. */
export type BtfStruct = BtfComposite<typeof BtfKind.STRUCT>;
/** A union. */
export type BtfUnion = BtfComposite<typeof BtfKind.UNION>;

/** An enum of up to 32-bit values. */
export interface BtfEnum {
  kind: typeof BtfKind.ENUM;
  name: string;
  size: number;
  signed: boolean;
  values: { name: string; value: number }[];
}

/** An enum of 64-bit values. */
export interface BtfEnum64 {
  kind: typeof BtfKind.ENUM64;
  name: string;
  size: number;
  signed: boolean;
  values: { name: string; value: bigint }[];
}

/** A forward declaration of a struct or union. */
export interface BtfFwd {
  kind: typeof BtfKind.FWD;
  name: string;
  union: boolean;
}

/** A function: its name, prototype and linkage. */
export interface BtfFunc {
  kind: typeof BtfKind.FUNC;
  name: string;
  /** The FUNC_PROTO id. */
  type: number;
  /** One of `BtfFuncLinkage`. */
  linkage: number;
}

/** One parameter of a FUNC_PROTO. */
export interface BtfParam {
  /** Empty for unnamed parameters; a last param with type 0 means `...`. */
  name: string;
  type: number;
}

/** A function prototype: return type and parameters. */
export interface BtfFuncProto {
  kind: typeof BtfKind.FUNC_PROTO;
  name: string;
  /** Return type id (0 = void). */
  type: number;
  params: BtfParam[];
}

/** A global variable: its name, type and linkage. */
export interface BtfVar {
  kind: typeof BtfKind.VAR;
  name: string;
  type: number;
  /** One of `BtfVarLinkage`. */
  linkage: number;
}

/** One variable of a DATASEC (`struct btf_var_secinfo`). */
export interface BtfVarSecinfo {
  /** VAR (or, for `.ksyms` before fix-up, FUNC) id. */
  type: number;
  offset: number;
  size: number;
}

/** A data section (`.data`, `.maps`, `.ksyms`, ...) and the variables in it. */
export interface BtfDatasec {
  kind: typeof BtfKind.DATASEC;
  name: string;
  size: number;
  vars: BtfVarSecinfo[];
}

/** A floating-point type of `size` bytes. */
export interface BtfFloat {
  kind: typeof BtfKind.FLOAT;
  name: string;
  size: number;
}

/** `btf_decl_tag(name)` on a type, or on its member/parameter `componentIdx` (-1 = the type). */
export interface BtfDeclTag {
  kind: typeof BtfKind.DECL_TAG;
  name: string;
  type: number;
  componentIdx: number;
  /** kind_flag: a plain `__attribute__` rather than `btf_decl_tag` (kernel 6.14+). */
  attribute: boolean;
}

/** Every kind of BTF type, discriminated by `kind`. */
export type BtfType =
  | BtfVoid
  | BtfInt
  | BtfPtr
  | BtfArray
  | BtfStruct
  | BtfUnion
  | BtfEnum
  | BtfFwd
  | BtfTypedef
  | BtfVolatile
  | BtfConst
  | BtfRestrict
  | BtfFunc
  | BtfFuncProto
  | BtfVar
  | BtfDatasec
  | BtfFloat
  | BtfDeclTag
  | BtfTypeTag
  | BtfEnum64;

/** True for the kinds `Btf.resolve` looks through: typedef, const, volatile, restrict, type_tag. */
export function isModifierKind(kind: number): boolean {
  return kind === BtfKind.TYPEDEF || kind === BtfKind.VOLATILE || kind === BtfKind.CONST ||
    kind === BtfKind.RESTRICT || kind === BtfKind.TYPE_TAG;
}
