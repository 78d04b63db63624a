/**
 * `bpfdrop ctl status|reload`: the client of the daemon's control socket (docs/daemon.md).
 *
 * @module
 */
import { parseVerbArgs, usageError } from "./_args.ts";
import {
  type Change,
  type DaemonStatus,
  DEFAULT_CONFIG,
  formatChanges,
  formatStatus,
  request,
} from "../daemon/mod.ts";

const HELP = `Usage: bpfdrop ctl status [NAME] [--json] [--socket PATH]
       bpfdrop ctl reload [NAME] [--socket PATH]

status  every object (or NAME): state (loaded | failed | loading), file sha256, loaded-at,
        generation, programs (type, kernel id, attach point, run_cnt/run_time_ns), maps
        (type, kernel id, pinned path), links, and the last error with its verifier log.
        --json prints the status document documented in docs/daemon.md.
reload  re-reads the objects directory (or only NAME) and reconciles; prints what changed.

Options:
  --socket PATH  control socket (default /run/bpfdrop/control.sock)
  --json         (status) one JSON document on stdout
  -h, --help     show this help

Exit status: 0 success, 1 the daemon is unreachable, NAME is unknown or an object failed
(reload), 2 usage error.`;

const SPEC = {
  verb: "ctl",
  help: HELP,
  options: { json: { type: "boolean" }, socket: { type: "string" } },
} as const;

/** Runs `bpfdrop ctl`; returns the exit status. */
export async function main(args: string[]): Promise<number> {
  const parsed = parseVerbArgs(SPEC, args);
  if (typeof parsed === "number") return parsed;
  const [cmd, name, ...extra] = parsed.positionals;
  if (cmd === undefined) return usageError(SPEC, "missing command");
  if (cmd !== "status" && cmd !== "reload") return usageError(SPEC, `unknown command "${cmd}"`);
  if (extra.length > 0) return usageError(SPEC, `unexpected argument "${extra[0]}"`);
  if (cmd === "reload" && parsed.values.json) return usageError(SPEC, "--json is only for status");
  const socket = parsed.values.socket ?? DEFAULT_CONFIG.socket;
  let response;
  try {
    response = await request(socket, name === undefined ? { cmd } : { cmd, name });
  } catch (e) {
    console.error(`bpfdrop ctl: ${(e as Error).message}`);
    return 1;
  }
  if (!response.ok) {
    console.error(`bpfdrop ctl ${cmd}: ${response.error}`);
    return 1;
  }
  if (cmd === "status") {
    const status = response.result as DaemonStatus;
    console.log(parsed.values.json ? JSON.stringify(status, null, 2) : formatStatus(status));
    return 0;
  }
  const result = response.result as { changes: Change[]; failed: number };
  console.log(formatChanges(result.changes));
  return result.failed > 0 ? 1 : 0;
}
