/**
 * Unix stream sockets carrying text, for the daemon's control socket. Bun's native sockets under
 * Bun: `node:net` would load Node's stream machinery into the compiled daemon (~0.7 MiB RSS for
 * nothing the control protocol needs). Deno gets `node:net`, imported only when first used.
 */

/** One end of a connected socket. */
export interface UnixConnection {
  /** Sends `text` after everything written before, also when the kernel's buffer is full. */
  write(text: string): void;
  /** Closes once everything written has been sent. */
  end(): void;
  /** Closes at once, dropping what is not sent yet. */
  destroy(): void;
  readonly closed: boolean;
}

/** What a connection's owner is told. */
export interface ConnectionHandlers {
  /** Text as it arrives (UTF-8 sequences split across reads are joined). */
  data(text: string): void;
  close?(): void;
}

/** A listening socket. */
export interface UnixListener {
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

/** Listens on `path`; `accept` is called for each new connection. */
export function listenUnix(
  path: string,
  accept: (conn: UnixConnection) => ConnectionHandlers,
): Promise<UnixListener> {
  return bun === undefined ? listenNode(path, accept) : Promise.resolve(listenBun(path, accept));
}

/** Connects to `path`; rejects with an Error whose `code` is the errno name (e.g. ENOENT). */
export function connectUnix(path: string, handlers: ConnectionHandlers): Promise<UnixConnection> {
  return bun === undefined ? connectNode(path, handlers) : connectBun(path, handlers);
}

// --- Bun --------------------------------------------------------------------------------------

/** The part of Bun's socket API used here (Deno cannot resolve Bun's types). */
interface BunSocket {
  write(data: Uint8Array): number;
  end(): void;
  terminate(): void;
  data: BunConnection;
}
interface BunSocketHandlers {
  open?(s: BunSocket): void;
  data(s: BunSocket, chunk: Uint8Array): void;
  drain(s: BunSocket): void;
  close(s: BunSocket): void;
  error(s: BunSocket): void;
}
interface BunSockets {
  listen(o: { unix: string; socket: BunSocketHandlers }): { stop(closeActive: boolean): void };
  connect(o: { unix: string; socket: BunSocketHandlers }): Promise<BunSocket>;
}

const bun = (globalThis as { Bun?: BunSockets }).Bun;
const encoder = new TextEncoder();

/** A Bun socket with the queue its partial writes need (Bun sends what fits and returns). */
class BunConnection implements UnixConnection {
  #socket: BunSocket;
  #handlers: ConnectionHandlers | null = null;
  #decoder = new TextDecoder();
  #queue: Uint8Array[] = [];
  #ending = false;
  closed = false;

  constructor(socket: BunSocket) {
    this.#socket = socket;
    socket.data = this;
  }

  /** Who is told about data and close (set once the owner exists). */
  attach(handlers: ConnectionHandlers): void {
    this.#handlers = handlers;
  }

  write(text: string): void {
    if (this.closed || this.#ending) return;
    this.#queue.push(encoder.encode(text));
    if (this.#queue.length === 1) this.flush();
  }

  end(): void {
    this.#ending = true;
    if (this.#queue.length === 0) this.#socket.end();
  }

  destroy(): void {
    this.#queue = [];
    if (!this.closed) this.#socket.terminate();
    this.closed = true;
  }

  /** Sends queued bytes until the kernel takes no more (Bun calls `drain` when it can). */
  flush(): void {
    while (this.#queue.length > 0) {
      const head = this.#queue[0]!;
      const sent = this.#socket.write(head);
      if (sent < head.length) {
        this.#queue[0] = head.subarray(Math.max(sent, 0));
        return;
      }
      this.#queue.shift();
    }
    if (this.#ending) this.#socket.end();
  }

  received(chunk: Uint8Array): void {
    this.#handlers?.data(this.#decoder.decode(chunk, { stream: true }));
  }

  /** Bun's close event: after either side closed, or an error. */
  onClose(): void {
    this.closed = true;
    this.#handlers?.close?.();
  }
}

const BUN_EVENTS = {
  data: (s: BunSocket, chunk: Uint8Array) => s.data.received(chunk),
  drain: (s: BunSocket) => s.data.flush(),
  close: (s: BunSocket) => s.data?.onClose(),
  error: (s: BunSocket) => s.data?.destroy(),
};

function listenBun(
  path: string,
  accept: (conn: UnixConnection) => ConnectionHandlers,
): UnixListener {
  const server = bun!.listen({
    unix: path,
    socket: {
      ...BUN_EVENTS,
      open(s) {
        const conn = new BunConnection(s);
        conn.attach(accept(conn));
      },
    },
  });
  return {
    close: () => {
      server.stop(true);
      return Promise.resolve();
    },
  };
}

async function connectBun(path: string, handlers: ConnectionHandlers): Promise<UnixConnection> {
  let conn: BunConnection | undefined;
  await bun!.connect({
    unix: path,
    socket: {
      ...BUN_EVENTS,
      open(s) {
        conn = new BunConnection(s);
        conn.attach(handlers);
      },
    },
  });
  return conn!;
}

// --- Deno (node:net) --------------------------------------------------------------------------

type NodeSocket = import("node:net").Socket;

function nodeConnection(socket: NodeSocket): UnixConnection {
  return {
    write: (text) => void socket.write(text),
    end: () => void socket.end(),
    destroy: () => void socket.destroy(),
    get closed() {
      return socket.destroyed;
    },
  };
}

function deliver(socket: NodeSocket, handlers: ConnectionHandlers): void {
  socket.setEncoding("utf8");
  socket.on("data", (text: string) => handlers.data(text));
  socket.on("close", () => handlers.close?.());
  socket.on("error", () => socket.destroy());
}

async function listenNode(
  path: string,
  accept: (conn: UnixConnection) => ConnectionHandlers,
): Promise<UnixListener> {
  const { createServer } = await import("node:net");
  const sockets = new Set<NodeSocket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    deliver(socket, accept(nodeConnection(socket)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => resolve());
  });
  return {
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function connectNode(path: string, handlers: ConnectionHandlers): Promise<UnixConnection> {
  const { createConnection } = await import("node:net");
  const socket = createConnection(path);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  deliver(socket, handlers);
  return nodeConnection(socket);
}
