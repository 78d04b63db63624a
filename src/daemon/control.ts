/**
 * The control protocol (docs/daemon.md): a Unix stream socket carrying newline-delimited JSON.
 * Each request line `{"cmd": "status"|"reload"|"ping", "name"?: string, "id"?: any}` gets one
 * response line `{"id", "ok": true, "result"}` or `{"id", "ok": false, "error"}`, in order.
 */
import process from "node:process";
import {
  changeMode,
  changeOwner,
  type ConnectionHandlers,
  connectUnix,
  listenUnix,
  makeDirectory,
  readTextFile,
  type UnixConnection,
  type UnixListener,
  unixStreamListening,
  unlink,
} from "../kernel/mod.ts";
import { dirname } from "./paths.ts";

/** A control request. */
export interface ControlRequest {
  cmd: string;
  name?: string;
  id?: unknown;
}

/** A control response. */
export type ControlResponse =
  | { id?: unknown; ok: true; result: unknown }
  | { id?: unknown; ok: false; error: string };

/** Answers one request; thrown errors become `ok: false` responses. */
export type ControlHandler = (req: ControlRequest) => Promise<unknown>;

const MAX_LINE = 64 * 1024;

/** The listening control socket. */
export class ControlServer {
  #listener: UnixListener;
  #path: string;

  private constructor(listener: UnixListener, path: string) {
    this.#listener = listener;
    this.#path = path;
  }

  /**
   * Listens on `path` with mode 0600 (0660 and that group when `group` is set). A stale socket
   * from a dead daemon is replaced; a live one is an error.
   */
  static async listen(
    path: string,
    group: string | number | null,
    handler: ControlHandler,
  ): Promise<ControlServer> {
    makeDirectory(dirname(path), { recursive: true, mode: 0o755 });
    if (unixStreamListening(path)) {
      throw new Error(`${path}: another bpfdrop daemon is listening on this socket`);
    }
    try {
      unlink(path);
    } catch { /* not there */ }
    // The umask makes the socket 0600 from birth, so there is no window with a wider mode.
    const oldMask = process.umask(0o177);
    let listener: UnixListener;
    try {
      listener = await listenUnix(path, (conn) => serveConnection(conn, handler));
    } finally {
      process.umask(oldMask);
    }
    if (group !== null) {
      changeOwner(path, -1, resolveGroup(group));
      changeMode(path, 0o660);
    } else {
      changeMode(path, 0o600);
    }
    return new ControlServer(listener, path);
  }

  /** Stops listening, drops clients and removes the socket file. */
  async close(): Promise<void> {
    await this.#listener.close();
    try {
      unlink(this.#path);
    } catch { /* already gone */ }
  }
}

function serveConnection(conn: UnixConnection, handler: ControlHandler): ConnectionHandlers {
  let buffered = "";
  let queue = Promise.resolve();
  return {
    data(chunk: string) {
      buffered += chunk;
      if (buffered.length > MAX_LINE && !buffered.includes("\n")) {
        conn.write(JSON.stringify({ ok: false, error: "request line too long" }) + "\n");
        conn.end();
        return;
      }
      let nl: number;
      while ((nl = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, nl).trim();
        buffered = buffered.slice(nl + 1);
        if (line === "") continue;
        // Answer in request order even when a reload takes a while.
        queue = queue.then(async () => {
          const response = await answer(line, handler);
          if (!conn.closed) conn.write(JSON.stringify(response) + "\n");
        });
      }
    },
  };
}

async function answer(line: string, handler: ControlHandler): Promise<ControlResponse> {
  let req: ControlRequest;
  try {
    req = JSON.parse(line);
  } catch {
    return { ok: false, error: "request is not valid JSON" };
  }
  if (typeof req !== "object" || req === null || typeof req.cmd !== "string") {
    return { ok: false, error: 'request must be an object with a string "cmd"' };
  }
  if (req.name !== undefined && typeof req.name !== "string") {
    return { id: req.id, ok: false, error: '"name" must be a string' };
  }
  try {
    return { id: req.id, ok: true, result: await handler(req) };
  } catch (e) {
    return { id: req.id, ok: false, error: (e as Error).message };
  }
}

/** Sends one request to the daemon at `path` and resolves with its response. */
export async function request(
  path: string,
  req: ControlRequest,
  timeoutMs = 120_000,
): Promise<ControlResponse> {
  let answered: (line: string) => void = () => {};
  let hungUp: (e: Error) => void = () => {};
  const reply = new Promise<string>((resolve, reject) => {
    answered = resolve;
    hungUp = reject;
  });
  let buffered = "";
  let conn: UnixConnection;
  try {
    conn = await connectUnix(path, {
      data(chunk) {
        buffered += chunk;
        const nl = buffered.indexOf("\n");
        if (nl >= 0) answered(buffered.slice(0, nl));
      },
      close: () => hungUp(new Error(`${path}: the daemon closed the connection without answering`)),
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === "ENOENT" || code === "ECONNREFUSED"
      ? `${code} (is the daemon running?)`
      : code === "EACCES"
      ? "EACCES (the socket is for root or its group)"
      : (e as Error).message;
    throw new Error(`cannot connect to ${path}: ${why}`);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${path}: no answer from the daemon within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  try {
    conn.write(JSON.stringify(req) + "\n");
    const line = await Promise.race([reply, timeout]);
    try {
      return JSON.parse(line);
    } catch {
      throw new Error(`${path}: the daemon sent an invalid response`);
    }
  } finally {
    clearTimeout(timer);
    conn.end();
  }
}

/** Resolves a group name through /etc/group (no NSS: the daemon never shells out). */
function resolveGroup(group: string | number): number {
  if (typeof group === "number") return group;
  if (/^\d+$/.test(group)) return Number(group);
  for (const line of readTextFile("/etc/group").split("\n")) {
    const [name, , gid] = line.split(":");
    if (name === group && gid !== undefined) return Number(gid);
  }
  throw new Error(`socketGroup: no group named "${group}" in /etc/group`);
}
