/**
 * The bpfdrop service: watches an objects directory and keeps each object loaded, attached and
 * pinned (SPEC §3). Reconciler, manifest, state files, control socket, sd_notify and logging;
 * the `daemon` and `ctl` verbs in `src/cli` are thin wrappers around this module.
 *
 * @module
 */
export {
  ConfigError,
  type DaemonConfig,
  DEFAULT_CONFIG,
  parseConfig,
  resolveConfig,
} from "./config.ts";
export { type ControlRequest, type ControlResponse, ControlServer, request } from "./control.ts";
export { type DaemonDeps, type ReloadResult, runDaemon } from "./daemon.ts";
export { defaultLoadBackend } from "./backend.ts";
export { type Fields, type Level, Logger, stderrIsJournal } from "./log.ts";
export {
  type AttachSpec,
  EMPTY_MANIFEST,
  type GlobalValue,
  type Manifest,
  ManifestError,
  type MapManifest,
  parseManifest,
  type ProgramManifest,
} from "./manifest.ts";
export { classifyEntry, type Entry, pinName } from "./names.ts";
export { monotonicUsec, Notifier, type SendDatagram } from "./notify.ts";
export { type AttachPlan, planAttach } from "./plan.ts";
export {
  describeError,
  type LoadBackend,
  type LoadInput,
  type LoadOutput,
  MAX_OBJECT_BYTES,
  type ObjectParser,
  Reconciler,
  type ReconcilerOptions,
} from "./reconciler.ts";
export { type ObjectState, readState } from "./state.ts";
export {
  type Change,
  type DaemonStatus,
  type ErrorStatus,
  formatChanges,
  formatStatus,
  type LinkStatus,
  type MapStatus,
  type ObjectStatus,
  type ProgramStatus,
  type RefusedEntry,
} from "./status.ts";
export { checkTrusted, UntrustedPathError } from "./strict_modes.ts";
export { DirWatcher } from "./watcher.ts";
