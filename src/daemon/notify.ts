/**
 * sd_notify without libsystemd: `KEY=VALUE` lines in one datagram to `$NOTIFY_SOCKET`
 * (a path, or an abstract name written with a leading `@`). Sending is injected so the
 * datagram goes through the kernel layer's FFI seam (node has no Unix datagram sockets).
 */
import process from "node:process";
import { readTextFile } from "../kernel/mod.ts";

/** Sends `bytes` as one datagram to the Unix socket at `path` (`@name` = abstract). */
export type SendDatagram = (path: string, bytes: Uint8Array) => void;

/** Talks to the service manager; every method is a no-op outside systemd. */
export class Notifier {
  #socket: string | null;
  #send: SendDatagram;
  #watchdog: ReturnType<typeof setInterval> | null = null;
  #onError: (e: Error) => void;

  constructor(
    send: SendDatagram,
    opts: { env?: Record<string, string | undefined>; onError?: (e: Error) => void } = {},
  ) {
    const env = opts.env ?? process.env;
    this.#socket = env.NOTIFY_SOCKET || null;
    this.#send = send;
    this.#onError = opts.onError ?? (() => {});
    const usec = Number(env.WATCHDOG_USEC ?? "");
    const pid = env.WATCHDOG_PID;
    // WATCHDOG_PID, when set, names the process that must ping; honour it like sd_watchdog_enabled.
    if (this.#socket && usec > 0 && (pid === undefined || Number(pid) === process.pid)) {
      const period = Math.max(1, Math.floor(usec / 2000));
      this.#watchdog = setInterval(() => this.notify("WATCHDOG=1"), period);
      this.#watchdog.unref?.();
    }
  }

  /** Whether a service manager is listening. */
  get enabled(): boolean {
    return this.#socket !== null;
  }

  /** Whether WATCHDOG=1 pings are being sent. */
  get watchdogActive(): boolean {
    return this.#watchdog !== null;
  }

  /** Sends raw `KEY=VALUE` lines. Failures are reported, never thrown: systemd is optional. */
  notify(...lines: string[]): void {
    if (this.#socket === null) return;
    try {
      this.#send(this.#socket, new TextEncoder().encode(lines.join("\n") + "\n"));
    } catch (e) {
      this.#onError(e as Error);
    }
  }

  /** READY=1 with a status line. */
  ready(status: string): void {
    this.notify("READY=1", `STATUS=${oneLine(status)}`);
  }

  /** STATUS=… */
  status(status: string): void {
    this.notify(`STATUS=${oneLine(status)}`);
  }

  /** RELOADING=1 with the CLOCK_MONOTONIC stamp systemd uses to match it to the reload request. */
  reloading(): void {
    this.notify("RELOADING=1", `MONOTONIC_USEC=${monotonicUsec()}`, "STATUS=Reloading");
  }

  /** STOPPING=1; also stops the watchdog pings. */
  stopping(): void {
    this.notify("STOPPING=1", "STATUS=Stopping");
    this.close();
  }

  /** Stops the watchdog timer. */
  close(): void {
    if (this.#watchdog !== null) clearInterval(this.#watchdog);
    this.#watchdog = null;
  }
}

function oneLine(s: string): string {
  return s.replaceAll("\n", " ");
}

let clockBase: { uptimeUsec: bigint; hr: bigint } | null = null;

/**
 * An upper bound of CLOCK_MONOTONIC in µs. The runtimes' hrtime counts from process start, so it
 * is anchored once on /proc/uptime (CLOCK_BOOTTIME, ≥ MONOTONIC, 10 ms granularity, rounded up):
 * the stamp may be a little late, never earlier than the reload really began.
 */
export function monotonicUsec(): bigint {
  const hr = process.hrtime.bigint();
  if (clockBase === null) {
    const seconds = readTextFile("/proc/uptime").split(" ")[0] ?? "0";
    const [whole, frac = "0"] = seconds.split(".");
    const usec = BigInt(whole!) * 1_000_000n + BigInt(frac.padEnd(6, "0").slice(0, 6)) + 10_000n;
    clockBase = { uptimeUsec: usec, hr };
  }
  return clockBase.uptimeUsec + (hr - clockBase.hr) / 1000n;
}
