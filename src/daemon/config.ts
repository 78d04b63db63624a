/** Daemon configuration: SPEC defaults, an optional `--config` JSON file, then CLI flags. */

/** Where the daemon finds objects, pins them, listens, and records state. */
export interface DaemonConfig {
  /** Directory watched for `NAME.bpf.o` / `NAME.o` (+ `NAME.json`). */
  objects: string;
  /** bpffs directory under which each object gets `NAME/{maps,progs,links}`. */
  pinRoot: string;
  /** Control socket path (Unix stream, mode 0600). */
  socket: string;
  /** Group (name or gid) given read/write access to the socket (mode 0660 then). */
  socketGroup: string | number | null;
  /** Directory of the per-object state files `NAME.json`. */
  stateDir: string;
  /** `text` lines, or one JSON object per line. */
  logFormat: "text" | "json";
  /** Quiet period after a rename event before an object is (re)loaded, in ms. */
  debounceMs: number;
  /** Quiet period after an in-place write (unsupported deployment, but tolerated), in ms. */
  settleMs: number;
  /** Safety-net rescan interval of the objects directory, in ms (0 disables). */
  rescanMs: number;
}

/** The SPEC §2 defaults. */
export const DEFAULT_CONFIG: Readonly<DaemonConfig> = Object.freeze({
  objects: "/etc/bpfdrop/objects.d",
  pinRoot: "/sys/fs/bpf/bpfdrop",
  socket: "/run/bpfdrop/control.sock",
  socketGroup: null,
  stateDir: "/var/lib/bpfdrop",
  logFormat: "text",
  debounceMs: 5,
  settleMs: 250,
  rescanMs: 5000,
});

/** A configuration file or value that cannot be used; the message names the file and key. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

type Key = keyof DaemonConfig;
const STRING_KEYS: readonly Key[] = ["objects", "pinRoot", "socket", "stateDir"];
const NUMBER_KEYS: readonly Key[] = ["debounceMs", "settleMs", "rescanMs"];

/**
 * Validates the parsed JSON of a config file against the known keys.
 * `file` only labels error messages.
 */
export function parseConfig(json: unknown, file: string): Partial<DaemonConfig> {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new ConfigError(`${file}: expected a JSON object`);
  }
  const out: Partial<Record<Key, unknown>> = {};
  for (const [key, value] of Object.entries(json)) {
    if ((STRING_KEYS as string[]).includes(key)) {
      if (typeof value !== "string" || value === "") {
        throw new ConfigError(`${file}: ${key}: expected a non-empty string`);
      }
      out[key as Key] = value;
    } else if ((NUMBER_KEYS as string[]).includes(key)) {
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
        throw new ConfigError(`${file}: ${key}: expected a non-negative integer (ms)`);
      }
      out[key as Key] = value;
    } else if (key === "logFormat") {
      if (value !== "text" && value !== "json") {
        throw new ConfigError(`${file}: logFormat: expected "text" or "json"`);
      }
      out.logFormat = value;
    } else if (key === "socketGroup") {
      if (
        value !== null && typeof value !== "string" &&
        !(typeof value === "number" && Number.isInteger(value) && value >= 0)
      ) {
        throw new ConfigError(`${file}: socketGroup: expected a group name or gid`);
      }
      out.socketGroup = value;
    } else {
      throw new ConfigError(`${file}: unknown key "${key}"`);
    }
  }
  return out as Partial<DaemonConfig>;
}

/** Defaults, overlaid by the config file's values, overlaid by explicit flags. */
export function resolveConfig(
  fromFile: Partial<DaemonConfig>,
  fromFlags: Partial<DaemonConfig>,
): DaemonConfig {
  return { ...DEFAULT_CONFIG, ...fromFile, ...fromFlags };
}
