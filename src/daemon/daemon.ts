/**
 * The service: wires the reconciler to the directory watcher, the control socket, sd_notify and
 * signals. SIGHUP reloads; SIGTERM/SIGINT stop the daemon and leave every object pinned.
 */
import process from "node:process";
import {
  collectGarbage,
  ensureBpffs,
  makeDirectory,
  pathExists,
  preferInterpreter,
  readLink,
  sendDatagram,
} from "../kernel/mod.ts";
import type { DaemonConfig } from "./config.ts";
import { type ControlRequest, ControlServer } from "./control.ts";
import type { Logger } from "./log.ts";
import { Notifier } from "./notify.ts";
import { type LoadBackend, type ObjectParser, Reconciler } from "./reconciler.ts";
import type { Change } from "./status.ts";
import { checkTrusted } from "./strict_modes.ts";
import { DirWatcher } from "./watcher.ts";

/** What the daemon needs besides its configuration. */
export interface DaemonDeps {
  logger: Logger;
  load: LoadBackend;
  parse: ObjectParser;
  /** Resolves when the daemon should stop (tests); SIGTERM/SIGINT always stop it. */
  stop?: Promise<void>;
}

/** The result of a reload request. */
export interface ReloadResult {
  changes: Change[];
  failed: number;
}

/**
 * Runs the daemon until SIGTERM/SIGINT (or `deps.stop`). Returns the exit status: 1 when it
 * cannot start (refused objects directory, socket in use, no bpffs).
 */
export async function runDaemon(config: DaemonConfig, deps: DaemonDeps): Promise<number> {
  const log = deps.logger;
  // A daemon works in short bursts and idles in between: memory matters more than peak speed
  // (bench/daemon_compare.ts, 50 objects loaded: RSS 52.1 -> 46.3 MiB; load time unchanged).
  preferInterpreter();
  const notifier = new Notifier(sendDatagram, {
    onError: (e) => log.warning("sd-notify-failed", { error: e.message }),
  });
  let control: ControlServer | null = null;
  try {
    if (pathInside(config.pinRoot, "/sys/fs/bpf") && ensureBpffs()) {
      log.info("mounted", { fs: "bpf", at: "/sys/fs/bpf" });
      if (privateMountNamespace()) {
        log.warning("bpffs-private", {
          detail: "bpffs was mounted inside a private mount namespace: pins vanish when the " +
            "daemon stops; mount it on the host first (systemd/sys-fs-bpf.mount)",
        });
      }
    }
    ensureDirectory(config.objects);
    checkTrusted(config.objects, "directory");
    const reconciler = new Reconciler({
      objectsDir: config.objects,
      pinRoot: config.pinRoot,
      stateDir: config.stateDir,
      logger: log,
      load: deps.load,
      parse: deps.parse,
    });

    const statusLine = () => {
      const s = reconciler.summary();
      return `${s.loaded} object(s) loaded, ${s.failed} failed`;
    };
    const reload = async (name: string | undefined, reason: string): Promise<ReloadResult> => {
      notifier.reloading();
      log.info("reload", { reason, object: name });
      const changes = await reconciler.reconcile(name === undefined ? undefined : [name], {
        verify: true,
      });
      notifier.ready(statusLine());
      return { changes, failed: changes.filter((c) => c.action === "failed").length };
    };

    control = await ControlServer.listen(
      config.socket,
      config.socketGroup,
      (req: ControlRequest) => {
        switch (req.cmd) {
          case "status":
            return reconciler.status(req.name);
          case "reload":
            return reload(req.name, "control");
          case "ping":
            return Promise.resolve({ pong: true, pid: process.pid });
          default:
            return Promise.reject(new Error(`unknown command "${req.cmd}"`));
        }
      },
    );

    const start = performance.now();
    const changes = await reconciler.reconcile(undefined, { verify: true });
    collectWhenIdle();
    const watcher = new DirWatcher(config.objects, config, {
      onNames: (names) => void reconcileAndReport(names),
      onRescan: () => void reconcileAndReport(undefined),
      onError: (e) => log.error("watch-failed", { dir: config.objects, error: e.message }),
    });
    const reconcileAndReport = async (names: string[] | undefined) => {
      const result = await reconciler.reconcile(names);
      if (result.some((c) => c.action !== "unchanged")) {
        notifier.status(statusLine());
        collectWhenIdle();
      }
    };
    notifier.ready(statusLine());
    log.notice("ready", {
      objects: config.objects,
      pinRoot: config.pinRoot,
      socket: config.socket,
      loaded: changes.filter((c) => c.action !== "failed" && c.action !== "removed").length,
      failed: changes.filter((c) => c.action === "failed").length,
      ms: Math.round(performance.now() - start),
    });

    const onHup = () => void reload(undefined, "SIGHUP");
    process.on("SIGHUP", onHup);
    let signalled: (sig: string) => void = () => {};
    const stopped = new Promise<string>((resolve) => (signalled = resolve));
    const onTerm = () => signalled("SIGTERM");
    const onInt = () => signalled("SIGINT");
    process.on("SIGTERM", onTerm);
    process.on("SIGINT", onInt);
    const why = await Promise.race([
      stopped,
      deps.stop?.then(() => "stop") ?? new Promise<string>(() => {}),
    ]);
    process.off("SIGHUP", onHup);
    process.off("SIGTERM", onTerm);
    process.off("SIGINT", onInt);

    notifier.stopping();
    log.notice("stopping", { reason: why, detail: "objects stay loaded and pinned" });
    watcher.close();
    await reconciler.reconcile([]); // wait for an operation in progress
    await control.close();
    return 0;
  } catch (e) {
    log.error("failed", { error: (e as Error).message });
    notifier.close();
    await control?.close();
    return 1;
  }
}

/** Whether this process has its own mount namespace (e.g. systemd's ProtectSystem=). */
function privateMountNamespace(): boolean {
  try {
    return readLink("/proc/self/ns/mnt") !== readLink("/proc/1/ns/mnt");
  } catch {
    return false;
  }
}

let idleGc: ReturnType<typeof setTimeout> | null = null;

/**
 * Parsing and generating leave megabytes of garbage per object that JavaScriptCore keeps mapped
 * for a long time; one full collection once loading has been quiet for a moment returns it, and
 * shrinking the heap then gives back another 1.5-3 MiB (50 objects loaded).
 */
function collectWhenIdle(): void {
  if (idleGc !== null) clearTimeout(idleGc);
  idleGc = setTimeout(() => {
    idleGc = null;
    collectGarbage();
  }, 500);
  idleGc.unref?.();
}

function pathInside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir + "/");
}

/** Creates the objects directory (0755, ours) when it does not exist yet. */
function ensureDirectory(dir: string): void {
  if (!pathExists(dir)) makeDirectory(dir, { recursive: true, mode: 0o755 });
}
