/**
 * The kernel layer: bpf(2) and the few other system calls bpfdrop needs, through one FFI seam
 * (`ffi/`), with owned file descriptors, typed errors carrying errno names, feature probes,
 * bpffs/tracefs helpers and the loader runner.
 *
 * @module
 */
export {
  collectGarbage,
  connectUnix,
  gunzip,
  listenUnix,
  overrideSyscalls,
  preferInterpreter,
  sha256Hex,
  syscalls,
} from "./ffi/mod.ts";
export type {
  Arch,
  ConnectionHandlers,
  SyscallArg,
  Syscalls,
  UnixConnection,
  UnixListener,
} from "./ffi/mod.ts";
export { describeErrno, Errno, errnoName } from "./errno.ts";
export { BpfSyscallError, SyscallError, VerifierError } from "./errors.ts";
export { Fd, openFdTraces, ownFd, traceFds } from "./fd.ts";
export {
  addressOf,
  cString,
  fdIsOpen,
  getpid,
  ioctl,
  mount,
  MountFlags,
  type OpenOptions,
  openPath,
  perfEventOpen,
  readFdInfo,
  reserveFdZero,
  sendDatagram,
  unmount,
  withSignalsBlocked,
} from "./sys.ts";
export {
  type BpfCommand,
  btfGetFdById,
  type BtfInfo,
  btfInfo,
  btfLoad,
  enableStats,
  getNextId,
  type InfoRecords,
  linkCreate,
  type LinkCreateOptions,
  linkDetach,
  linkGetFdById,
  type LinkInfo,
  linkInfo,
  linkUpdate,
  listIds,
  type LogOptions,
  mapCreate,
  type MapCreateOptions,
  mapDeleteElem,
  mapFreeze,
  mapGetFdById,
  mapGetNextKey,
  type MapInfo,
  mapInfo,
  mapLookupElem,
  mapUpdateElem,
  mapValueSize,
  type ObjectKind,
  objGet,
  objGetInfoByFd,
  objPin,
  progGetFdById,
  type ProgInfo,
  progInfo,
  progLoad,
  type ProgLoadOptions,
  progTestRun,
  rawTracepointOpen,
  type TestRunOptions,
  type TestRunResult,
} from "./bpf.ts";
export {
  ensureBpffs,
  ensureTracefs,
  findMount,
  isInBpffs,
  listPins,
  makePinDir,
  type MountEntry,
  possibleCpus,
  readMounts,
  removePinTree,
  unpin,
} from "./fs.ts";
export {
  attachCgroup,
  attachIter,
  attachRawTracepoint,
  attachTcx,
  attachTracepoint,
  attachTracing,
  attachUprobe,
  attachXdp,
  cgroup2Root,
  interfaceIndex,
  type LinkKind,
  supportsLinkUpdate,
  type UprobeAttach,
  type XdpMode,
} from "./attach.ts";
export {
  openTracepoint,
  openUprobe,
  resolveSymbolOffset,
  SymbolNotFoundError,
  tracepointId,
  type UprobeTarget,
} from "./perf_event.ts";
export {
  type FeatureAnswer,
  type FeatureTest,
  featureTests,
  kernelAtLeast,
  kernelRelease,
  NotSupportedError,
  probeFeature,
  programTypeFeature,
} from "./features.ts";
export {
  type LoadedObject,
  type LoaderProgram,
  runLoader,
  type RunLoaderOptions,
  runLoaderProgram,
} from "./runner.ts";
export {
  generateHostLoader,
  hostBtf,
  hostKconfig,
  kernelVersionCode,
  VMLINUX_BTF,
} from "./host.ts";
