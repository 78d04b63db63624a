/**
 * The BPF object model: `parseObject(bytes, file)` reads a compiled BPF ELF object into programs,
 * subprograms, maps, externs and classified relocations. Pure; maps are referred to by index.
 *
 * @module
 */

export type * from "./types.ts";
export { parseObject } from "./parse.ts";
export { ObjectError } from "./error.ts";
export { progTypeShortName, type SectionInfo, sectionInfo } from "./section_defs.ts";
export {
  formatInspect,
  INSPECT_SCHEMA_VERSION,
  type InspectBtf,
  type InspectBtfExt,
  type InspectDocument,
  type InspectExtern,
  type InspectGlobalData,
  type InspectMap,
  inspectObject,
  type InspectProgram,
  type InspectRelocations,
  type InspectSection,
  type InspectSubprogram,
  type SectionRole,
} from "./inspect.ts";
