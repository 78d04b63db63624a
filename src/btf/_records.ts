import {
  BtfArray,
  BtfDeclTag,
  BtfEnum,
  BtfEnum64,
  BtfMember,
  BtfParam,
  BtfTypeHeader,
  BtfVar,
  BtfVarSecinfo,
  fieldOffsets,
} from "../abi/mod.ts";

// Field offsets of the records of a BTF type section (see `fieldOffsets`), shared by the checking
// scan (parse.ts) and the decoder (_table.ts).
export const TypeHeader = fieldOffsets(BtfTypeHeader);
export const ArrayInfo = fieldOffsets(BtfArray);
export const Member = fieldOffsets(BtfMember);
export const Enum = fieldOffsets(BtfEnum);
export const Enum64 = fieldOffsets(BtfEnum64);
export const Param = fieldOffsets(BtfParam);
export const Var = fieldOffsets(BtfVar);
export const VarSecinfo = fieldOffsets(BtfVarSecinfo);
export const DeclTag = fieldOffsets(BtfDeclTag);
