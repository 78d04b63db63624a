/**
 * The loader generator: `generateLoader(obj, opts)` turns a parsed object into a loader — one
 * `BPF_PROG_TYPE_SYSCALL` program plus a blob — on libbpf's gen_loader design, with step
 * reporting, map reuse and no fixed limits. Also the ctx codec for running it and the loader file
 * format. Pure: no I/O.
 *
 * @module
 */
export { generateLoader, type GenerateOptions, kernelMapName } from "./generate.ts";
export { LoaderGenError } from "./emitter.ts";
export { type Kconfig, parseKconfig } from "./kconfig.ts";
export {
  decodeLoaderFile,
  encodeLoaderFile,
  isLoaderFile,
  type Loader,
  LOADER_FILE_VERSION,
  LOADER_MAGIC,
  LoaderFileError,
  type LoaderInputFields,
  type LoaderMap,
  type LoaderProgram,
} from "./loader.ts";
export {
  applyLoaderInputs,
  decodeLoaderResult,
  encodeLoaderCtx,
  type LoaderFailure,
  type LoaderInputs,
  type LoaderSuccess,
} from "./ctx.ts";
export { disassembleLoader } from "./disasm.ts";
