/**
 * The control protocol (docs/daemon.md): a Unix stream socket carrying newline-delimited JSON.
 * Each request line `{"cmd": "status"|"reload"|"ping", "name"?: string, "id"?: any}` gets one
 * response line `{"id", "ok": true, "result"}` or `{"id", "ok": false, "error"}`, in order.
 */
import { chmodSync, chownSync, mkdirSync, readFileSync, unlinkSync } from "node:fs";
import { createConnection, createServer, type Server, type Socket } from "node:net";
import { dirname } from "node:path";
import process from "node:process";

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
  #server: Server;
  #path: string;
  #clients = new Set<Socket>();

  private constructor(server: Server, path: string) {
    this.#server = server;
    this.#path = path;
    server.on("connection", (c) => {
      this.#clients.add(c);
      c.on("close", () => this.#clients.delete(c));
    });
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
    mkdirSync(dirname(path), { recursive: true, mode: 0o755 });
    if (await isAlive(path)) {
      throw new Error(`${path}: another bpfdrop daemon is listening on this socket`);
    }
    try {
      unlinkSync(path);
    } catch { /* not there */ }
    const server = createServer((conn) => serveConnection(conn, handler));
    // The umask makes the socket 0600 from birth, so there is no window with a wider mode.
    const oldMask = process.umask(0o177);
    try {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(path, () => resolve());
      });
    } finally {
      process.umask(oldMask);
    }
    if (group !== null) {
      chownSync(path, -1, resolveGroup(group));
      chmodSync(path, 0o660);
    } else {
      chmodSync(path, 0o600);
    }
    return new ControlServer(server, path);
  }

  /** Stops listening, drops clients and removes the socket file. */
  async close(): Promise<void> {
    for (const c of this.#clients) c.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
    try {
      unlinkSync(this.#path);
    } catch { /* already gone */ }
  }
}

function serveConnection(conn: Socket, handler: ControlHandler): void {
  let buffered = "";
  let queue = Promise.resolve();
  conn.setEncoding("utf8");
  conn.on("error", () => conn.destroy());
  conn.on("data", (chunk: string) => {
    buffered += chunk;
    if (buffered.length > MAX_LINE && !buffered.includes("\n")) {
      conn.end(JSON.stringify({ ok: false, error: "request line too long" }) + "\n");
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
        if (!conn.destroyed) conn.write(JSON.stringify(response) + "\n");
      });
    }
  });
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
export function request(
  path: string,
  req: ControlRequest,
  timeoutMs = 120_000,
): Promise<ControlResponse> {
  return new Promise((resolve, reject) => {
    const conn = createConnection(path);
    let buffered = "";
    const timer = setTimeout(() => {
      conn.destroy();
      reject(new Error(`${path}: no answer from the daemon within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    conn.setEncoding("utf8");
    conn.on("connect", () => conn.write(JSON.stringify(req) + "\n"));
    conn.on("data", (chunk: string) => {
      buffered += chunk;
      const nl = buffered.indexOf("\n");
      if (nl < 0) return;
      clearTimeout(timer);
      conn.end();
      try {
        resolve(JSON.parse(buffered.slice(0, nl)));
      } catch {
        reject(new Error(`${path}: the daemon sent an invalid response`));
      }
    });
    conn.on("error", (e: Error & { code?: string }) => {
      clearTimeout(timer);
      const why = e.code === "ENOENT" || e.code === "ECONNREFUSED"
        ? `${e.code} (is the daemon running?)`
        : e.code === "EACCES"
        ? "EACCES (the socket is for root or its group)"
        : e.message;
      reject(new Error(`cannot connect to ${path}: ${why}`));
    });
  });
}

function isAlive(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const conn = createConnection(path);
    conn.on("connect", () => {
      conn.destroy();
      resolve(true);
    });
    conn.on("error", () => resolve(false));
  });
}

/** Resolves a group name through /etc/group (no NSS: the daemon never shells out). */
function resolveGroup(group: string | number): number {
  if (typeof group === "number") return group;
  if (/^\d+$/.test(group)) return Number(group);
  for (const line of readFileSync("/etc/group", "utf8").split("\n")) {
    const [name, , gid] = line.split(":");
    if (name === group && gid !== undefined) return Number(gid);
  }
  throw new Error(`socketGroup: no group named "${group}" in /etc/group`);
}
