/**
 * `bpfdrop daemon`: the long-running service (SPEC §3, docs/daemon.md).
 *
 * @module
 */
import { parseVerbArgs, usageError } from "./_args.ts";
import {
  ConfigError,
  type DaemonConfig,
  defaultLoadBackend,
  Logger,
  parseConfig,
  resolveConfig,
  runDaemon,
} from "../daemon/mod.ts";
import { readTextFile, type SyscallError } from "../kernel/mod.ts";
import { parseObject } from "../object/mod.ts";

const HELP = `Usage: bpfdrop daemon [--config FILE] [--objects DIR] [--pin-root DIR] [--socket PATH]
                      [--state-dir DIR] [--log-format text|json]

Watches DIR for NAME.bpf.o / NAME.o (+ optional NAME.json manifest) and keeps each object
loaded, attached and pinned under PINROOT/NAME; reloads changed files safely, removes deleted
ones. SIGHUP or "bpfdrop ctl reload" re-reads the directory; SIGTERM stops the daemon and leaves
every object loaded and pinned. Schema, control protocol and state files: docs/daemon.md.

Options:
  --config FILE       JSON file with any of: objects, pinRoot, socket, socketGroup, stateDir,
                      logFormat (flags given here override it)
  --objects DIR       objects directory       (default /etc/bpfdrop/objects.d)
  --pin-root DIR      bpffs pin root          (default /sys/fs/bpf/bpfdrop)
  --socket PATH       control socket          (default /run/bpfdrop/control.sock)
  --state-dir DIR     state files             (default /var/lib/bpfdrop)
  --log-format FMT    text (default) or json
  -h, --help          show this help

Exit status: 0 stopped by SIGTERM/SIGINT, 1 could not start, 2 usage error.`;

const SPEC = {
  verb: "daemon",
  help: HELP,
  options: {
    config: { type: "string" },
    objects: { type: "string" },
    "pin-root": { type: "string" },
    socket: { type: "string" },
    "state-dir": { type: "string" },
    "log-format": { type: "string" },
  },
} as const;

/** Runs `bpfdrop daemon`; returns the exit status. */
export async function main(args: string[]): Promise<number> {
  const parsed = parseVerbArgs(SPEC, args);
  if (typeof parsed === "number") return parsed;
  if (parsed.positionals.length > 0) {
    return usageError(SPEC, `unexpected argument "${parsed.positionals[0]}"`);
  }
  const v = parsed.values;
  let config: DaemonConfig;
  try {
    let fromFile: Partial<DaemonConfig> = {};
    if (v.config !== undefined) {
      let text: string;
      try {
        text = readTextFile(v.config);
      } catch (e) {
        throw new ConfigError(`${v.config}: cannot read: ${(e as SyscallError).errnoName ?? e}`);
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        throw new ConfigError(`${v.config}: invalid JSON: ${(e as Error).message}`);
      }
      fromFile = parseConfig(json, v.config);
    }
    const flags: Record<string, unknown> = {
      objects: v.objects,
      pinRoot: v["pin-root"],
      socket: v.socket,
      stateDir: v["state-dir"],
      logFormat: v["log-format"],
    };
    for (const k of Object.keys(flags)) if (flags[k] === undefined) delete flags[k];
    config = resolveConfig(fromFile, parseConfig(flags, "command line"));
  } catch (e) {
    console.error(`bpfdrop daemon: ${(e as Error).message}`);
    return 2;
  }
  const logger = new Logger({ format: config.logFormat });
  return await runDaemon(config, { logger, load: defaultLoadBackend, parse: parseObject });
}
