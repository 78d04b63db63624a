/**
 * BTF: parse `.BTF` / `.BTF.ext` sections and kernel BTF, look types up, and encode BTF for
 * `BPF_BTF_LOAD` after the fix-ups libbpf applies to clang output. Pure: bytes in, values out.
 *
 * @module
 */
export { BtfError } from "./errors.ts";
export { Btf, type BtfBlob, type BtfOrigin } from "./btf.ts";
export { BtfStrings } from "./strings.ts";
export { parseBtf, type ParseBtfOptions } from "./parse.ts";
export {
  type BtfArray,
  type BtfComposite,
  type BtfConst,
  type BtfDatasec,
  type BtfDeclTag,
  type BtfEnum,
  type BtfEnum64,
  type BtfFloat,
  type BtfFunc,
  BtfFuncLinkage,
  type BtfFuncProto,
  type BtfFwd,
  type BtfInt,
  BtfIntEncoding,
  BtfKind,
  type BtfKindName,
  type BtfKindValue,
  type BtfMember,
  type BtfParam,
  type BtfPtr,
  type BtfRef,
  type BtfRestrict,
  type BtfStruct,
  type BtfType,
  type BtfTypedef,
  type BtfTypeTag,
  type BtfUnion,
  type BtfVar,
  BtfVarLinkage,
  type BtfVarSecinfo,
  type BtfVoid,
  type BtfVolatile,
  isModifierKind,
  kindName,
} from "./types.ts";
export {
  type BtfExt,
  type BtfExtSink,
  type BtfExtSubsection,
  type CoreRelo,
  type FuncInfo,
  type LineInfo,
  parseBtfExt,
  type ParseBtfExtOptions,
  readBtfExt,
} from "./ext.ts";
export { encodeBtf, type EncodeBtfOptions } from "./encode.ts";
export { type BtfForLoad, encodeBtfForLoad, prepareBtfForLoad } from "./patch.ts";
export {
  fixupBtfForLoad,
  type FixupElf,
  fixupElfOf,
  KCONFIG_SECTION,
  kconfigLayout,
  type KconfigPlacement,
  type KconfigSlot,
  KSYMS_SECTION,
  placeKconfig,
} from "./fixup.ts";
