/**
 * The per-object reconciler: makes the kernel match the objects directory. Load = parse →
 * generate → run the loader (reusing preserved maps) → attach → pin → record. A reload loads the
 * new version completely before any attachment moves; a failure leaves the old one untouched.
 * Pins are the daemon's only hold on kernel objects, so removal is unpinning, and a restart
 * adopts what is pinned when the file still matches the state file.
 */
import {
  attachCgroup,
  attachIter,
  attachRawTracepoint,
  attachTcx,
  attachTracepoint,
  attachTracing,
  attachUprobe,
  attachXdp,
  cgroup2Root,
  type Fd,
  linkInfo,
  type LinkKind,
  linkUpdate,
  makeDirectory,
  mapInfo,
  objGet,
  progInfo,
  readDirectory,
  readFile,
  readTextFile,
  sha256Hex,
  statIfExists,
  supportsLinkUpdate,
} from "../kernel/mod.ts";
import type { BpfObject, MapSpec } from "../object/mod.ts";
import { applyGlobals } from "./globals.ts";
import type { Logger } from "./log.ts";
import { EMPTY_MANIFEST, type Manifest, ManifestError, parseManifest } from "./manifest.ts";
import { classifyEntry, isObjectName, pinName } from "./names.ts";
import { join } from "./paths.ts";
import { PinTree } from "./pins.ts";
import { type AttachPlan, planAttach } from "./plan.ts";
import {
  listStates,
  type MapRecord,
  type ObjectState,
  type ProgramRecord,
  readState,
  removeState,
  writeState,
} from "./state.ts";
import type {
  Change,
  DaemonStatus,
  ErrorStatus,
  ObjectStatus,
  ProgramStatus,
  RefusedEntry,
} from "./status.ts";
import { checkTrusted } from "./strict_modes.ts";

/** Objects larger than this are refused before parsing (isolation from huge files). */
export const MAX_OBJECT_BYTES = 64 * 1024 * 1024;

/** What the loader backend is asked to do. */
export interface LoadInput {
  object: BpfObject;
  /** Programs to load, by name. */
  programs: string[];
  /** Existing maps to use instead of creating them, by map name. */
  reuseMaps: Record<string, Fd>;
  /** `max_entries` overrides by map name. */
  maxEntries: Record<string, number>;
}

/** Descriptors of everything the loader created (or reused), owned by the caller. */
export interface LoadOutput {
  maps: { name: string; fd: Fd }[];
  programs: { name: string; fd: Fd }[];
}

/** Generates and runs a loader. Throws on failure (the error carries step, errno and log). */
export type LoadBackend = (input: LoadInput) => LoadOutput | Promise<LoadOutput>;

/** Parses an object file. */
export type ObjectParser = (bytes: Uint8Array, file: string) => BpfObject;

/** Reconciler settings. */
export interface ReconcilerOptions {
  objectsDir: string;
  pinRoot: string;
  stateDir: string;
  logger: Logger;
  load: LoadBackend;
  parse: ObjectParser;
}

interface Entry {
  /** The version running in the kernel (pinned), as recorded. */
  current: ObjectState | null;
  error: ErrorStatus | null;
  loading: boolean;
  /** stat fingerprint → hashes, so rescans only hash files that changed. */
  seen: { stamp: string; sha256: string; manifestSha256: string | null } | null;
  /** Per-program attach notes ("not attached: …") of the current version. */
  notes: Record<string, string>;
  /** Hashes of the last version that failed, so rescans do not retry it. */
  failed: { sha256: string; manifestSha256: string | null } | null;
}

/** A failure with the phase it happened in. */
class PhaseError extends Error {
  constructor(readonly step: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/** Keeps the kernel in line with the objects directory. Operations run one at a time. */
export class Reconciler {
  #opts: ReconcilerOptions;
  #log: Logger;
  #entries = new Map<string, Entry>();
  #refused: RefusedEntry[] = [];
  #directoryError: string | null = null;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(opts: ReconcilerOptions) {
    this.#opts = opts;
    this.#log = opts.logger;
    makeDirectory(opts.pinRoot, { recursive: true, mode: 0o700 });
    makeDirectory(opts.stateDir, { recursive: true, mode: 0o700 });
  }

  /** Runs `fn` after every earlier operation finished. */
  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => {});
    return run;
  }

  /**
   * Reconciles `names` (default: every object in the directory, state dir and pin root).
   * `verify` also checks that recorded pins still hold the recorded ids (start, explicit reload).
   */
  reconcile(names?: string[], opts: { verify?: boolean } = {}): Promise<Change[]> {
    return this.#serial(async () => {
      const scan = this.#scanDirectory();
      // Nothing in an untrusted directory may change the kernel: keep what is loaded.
      if (scan.refused) {
        return (names ?? [...this.#entries.keys()]).map((name) => ({
          name,
          action: "unchanged" as const,
        }));
      }
      const all = names ?? [...new Set([...scan.objects.keys(), ...this.#knownNames()])].sort();
      const changes: Change[] = [];
      for (const name of all) {
        changes.push(
          await this.#reconcileOne(name, scan.objects.get(name) ?? null, opts.verify ?? false),
        );
      }
      return changes;
    });
  }

  /** Names with a state file, a pin directory or an in-memory entry. */
  #knownNames(): string[] {
    let pinned: string[] = [];
    try {
      pinned = readDirectory(this.#opts.pinRoot).filter(isObjectName);
    } catch { /* no pin root yet */ }
    return [...listStates(this.#opts.stateDir), ...pinned, ...this.#entries.keys()];
  }

  #scanDirectory(): { objects: Map<string, string>; refused: boolean } {
    const objects = new Map<string, string>();
    const refused: RefusedEntry[] = [];
    let files: string[] = [];
    try {
      checkTrusted(this.#opts.objectsDir, "directory");
      files = readDirectory(this.#opts.objectsDir);
      if (this.#directoryError !== null) {
        this.#log.notice("directory-trusted", { dir: this.#opts.objectsDir });
      }
      this.#directoryError = null;
    } catch (e) {
      const message = (e as Error).message;
      if (this.#directoryError !== message) {
        this.#log.error("directory-refused", { error: message });
      }
      this.#directoryError = message;
      return { objects, refused: true };
    }
    for (const file of files.sort()) {
      const entry = classifyEntry(file);
      if (entry.kind === "refused") refused.push({ file, reason: entry.reason });
      else if (entry.kind === "object") {
        const other = objects.get(entry.name);
        if (other !== undefined) {
          refused.push({ file, reason: `${other} has the same NAME; ${other} is used` });
          continue;
        }
        objects.set(entry.name, file);
      }
    }
    for (const r of refused) {
      if (!this.#refused.some((o) => o.file === r.file && o.reason === r.reason)) {
        this.#log.warning("refused", { file: r.file, reason: r.reason });
      }
    }
    this.#refused = refused;
    return { objects, refused: false };
  }

  #entry(name: string): Entry {
    let e = this.#entries.get(name);
    if (e === undefined) {
      e = { current: null, error: null, loading: false, seen: null, notes: {}, failed: null };
      this.#entries.set(name, e);
    }
    return e;
  }

  async #reconcileOne(name: string, file: string | null, verify: boolean): Promise<Change> {
    const entry = this.#entry(name);
    const pins = new PinTree(join(this.#opts.pinRoot, name));
    if (file === null) {
      if (
        entry.current === null && !pins.exists() && readState(this.#opts.stateDir, name) === null
      ) {
        this.#entries.delete(name);
        return { name, action: "unchanged" };
      }
      this.#remove(name, pins);
      return { name, action: "removed" };
    }
    const path = join(this.#opts.objectsDir, file);
    const manifestPath = join(this.#opts.objectsDir, `${name}.json`);
    let readBytes: () => Uint8Array;
    let manifestText: string | null;
    let hashes: { sha256: string; manifestSha256: string | null };
    try {
      ({ readBytes, manifestText, hashes } = this.#readInputs(entry, path, manifestPath));
    } catch (e) {
      return this.#fail(name, entry, new PhaseError("read", e), path);
    }
    if (!verify && entry.failed !== null && sameVersion(entry.failed, hashes)) {
      return { name, action: "unchanged" }; // this version already failed; wait for a new one
    }
    if (entry.current === null) {
      // First sight of this name in this run: adopt what a previous daemon left pinned.
      const recorded = readState(this.#opts.stateDir, name);
      if (recorded !== null) {
        entry.current = recorded;
        const intact = this.#pinsMatch(recorded);
        if (intact && sameVersion(recorded, hashes)) {
          this.#log.info("adopted", { object: name, generation: recorded.generation });
          return { name, action: "adopted", generation: recorded.generation };
        }
        if (!intact) this.#log.warning("pins-changed", { object: name, detail: "loading again" });
      }
    } else if (sameVersion(entry.current, hashes)) {
      if (!verify || this.#pinsMatch(entry.current)) {
        // A file reverted to the running version clears the failure of the version in between.
        if (entry.error !== null) {
          this.#log.info("unchanged", { object: name, detail: "running version restored" });
        }
        entry.error = null;
        entry.failed = null;
        return { name, action: "unchanged" };
      }
      this.#log.warning("pins-changed", { object: name, detail: "loading again" });
    }
    const previous = entry.current;
    const started = performance.now();
    entry.loading = true;
    try {
      const state = await this.#load(
        name,
        path,
        readBytes(),
        manifestText,
        manifestPath,
        hashes,
        previous,
        pins,
      );
      entry.current = state;
      entry.error = null;
      entry.failed = null;
      const action = previous === null ? "loaded" : "reloaded";
      this.#log.notice(action, {
        object: name,
        generation: state.generation,
        programs: state.programs.map((p) => `${p.name}#${p.id}`),
        attached: state.programs.filter((p) => p.attachPoint).map((p) =>
          `${p.name}→${p.attachPoint}`
        ),
        ms: Math.round((performance.now() - started) * 10) / 10,
      });
      // Recorded after the new version is live: until the record is durable, a crash only
      // means the next start finds pins it has no record of and loads the file again.
      try {
        writeState(this.#opts.stateDir, state);
      } catch (e) {
        this.#log.error("state-write-failed", { object: name, error: (e as Error).message });
      }
      return { name, action, generation: state.generation };
    } catch (e) {
      entry.failed = hashes;
      return this.#fail(name, entry, e, path);
    } finally {
      entry.loading = false;
    }
  }

  /**
   * Checks and fingerprints the object and its manifest. The object is hashed only when its
   * stat fingerprint changed, so periodic rescans stay cheap.
   */
  #readInputs(entry: Entry, path: string, manifestPath: string) {
    const st = checkTrusted(path, "file");
    if (st.size > MAX_OBJECT_BYTES) {
      throw new Error(`${path}: ${st.size} bytes is more than the ${MAX_OBJECT_BYTES}-byte limit`);
    }
    let manifestText: string | null = null;
    let manifestStamp = "";
    // Most objects have no manifest: no exception for that (each one is garbage every rescan).
    const mst = statIfExists(manifestPath);
    if (mst !== undefined) {
      checkTrusted(manifestPath, "file", mst);
      manifestText = readTextFile(manifestPath);
      manifestStamp = `${mst.ino}:${mst.size}:${mst.mtimeMs}:${mst.ctimeMs}`;
    }
    const stamp = `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}|${manifestStamp}`;
    let bytes: Uint8Array | null = null;
    const readBytes = () => (bytes ??= readFile(path));
    if (entry.seen?.stamp !== stamp) {
      entry.seen = {
        stamp,
        sha256: sha256Hex(readBytes()),
        manifestSha256: manifestText === null ? null : sha256Hex(manifestText),
      };
    }
    return { readBytes, manifestText, hashes: entry.seen };
  }

  #fail(name: string, entry: Entry, e: unknown, file: string): Change {
    const error = describeError(e);
    entry.error = error;
    this.#log.error("load-failed", {
      object: name,
      file,
      step: error.step ?? undefined,
      error: error.message,
      kept: entry.current ? `generation ${entry.current.generation}` : undefined,
    });
    return { name, action: "failed", error: error.message };
  }

  /** Whether every recorded pin exists and holds the recorded kernel id. */
  #pinsMatch(state: ObjectState): boolean {
    const idAt = (path: string, kind: "prog" | "map" | "link"): number | null => {
      try {
        using fd = objGet(path);
        return kind === "prog"
          ? progInfo(fd).id
          : kind === "map"
          ? mapInfo(fd).id
          : linkInfo(fd).id;
      } catch {
        return null;
      }
    };
    return state.programs.every((p) =>
      idAt(p.pin, "prog") === p.id && (p.link === null || idAt(p.link.pin, "link") === p.link.id)
    ) && state.maps.every((m) => idAt(m.pin, "map") === m.id);
  }

  async #load(
    name: string,
    path: string,
    bytes: Uint8Array,
    manifestText: string | null,
    manifestPath: string,
    hashes: { sha256: string; manifestSha256: string | null },
    previous: ObjectState | null,
    pins: PinTree,
  ): Promise<ObjectState> {
    const manifest = manifestText === null
      ? EMPTY_MANIFEST
      : phase("manifest", () => parseManifest(manifestText, manifestPath));
    const parsed = phase("parse", () => this.#opts.parse(bytes, path));
    checkManifestNames(manifest, parsed, manifestPath);
    const obj = phase("manifest", () => applyGlobals(parsed, manifest.globals, manifestPath));
    const chosen = obj.programs.filter((p) => manifest.programs[p.name]?.load ?? p.autoload);
    const cgroupRoot = cgroup2Root();
    const plans = new Map<string, AttachPlan | string>();
    for (const p of chosen) {
      const result = phase(
        "manifest",
        () =>
          planAttach(p, manifest.programs[p.name]?.attach ?? null, {
            manifestFile: manifestPath,
            cgroupRoot,
          }),
      );
      plans.set(p.name, result.plan ?? result.reason);
    }
    const maxEntries: Record<string, number> = {};
    for (const [m, spec] of Object.entries(manifest.maps)) {
      if (spec.maxEntries !== null) maxEntries[m] = spec.maxEntries;
    }
    const preserved = new Set(
      obj.maps.filter((m) => m.pinning === "byName" || manifest.maps[m.name]?.preserve).map((m) =>
        m.name
      ),
    );

    const owned: Fd[] = [];
    try {
      const reuseMaps: Record<string, Fd> = {};
      for (const m of obj.maps.filter((m) => preserved.has(m.name))) {
        const fd = phase(
          `preserve ${m.name}`,
          () => reusableMap(m, maxEntries[m.name], pins, manifestPath),
        );
        if (fd !== null) {
          owned.push(fd);
          reuseMaps[m.name] = fd;
        }
      }
      const loaded = await phaseAsync(
        "load",
        () =>
          this.#opts.load({
            object: obj,
            programs: chosen.map((p) => p.name),
            reuseMaps,
            maxEntries,
          }),
      );
      for (const x of [...loaded.maps, ...loaded.programs]) owned.push(x.fd);
      const progFd = new Map(loaded.programs.map((p) => [p.name, p.fd]));
      const mapFd = new Map(loaded.maps.map((m) => [m.name, m.fd]));

      // Attach everything before touching any pin; undo on failure so the old version is intact.
      const attachments = this.#attachAll(name, plans, progFd, previous, pins, owned);

      // Commit: from here on, pins move to the new version.
      const programs: ProgramRecord[] = [];
      const notes: Record<string, string> = {};
      for (const p of chosen) {
        const fd = progFd.get(p.name);
        if (fd === undefined) {
          throw new PhaseError("load", new Error(`loader returned no fd for program ${p.name}`));
        }
        const pin = pins.replace("progs", p.name, fd);
        const a = attachments.get(p.name);
        let link: ProgramRecord["link"] = null;
        if (a !== undefined) {
          const linkPin = a.fd === null
            ? pins.path("links", p.name)
            : pins.replace("links", p.name, a.fd);
          link = { id: a.id, pin: linkPin };
        } else {
          notes[p.name] = plans.get(p.name) as string;
        }
        programs.push({
          name: p.name,
          type: p.typeName,
          id: progInfo(fd).id,
          pin,
          attachPoint: a?.plan.point ?? null,
          attachKey: a?.plan.key ?? null,
          linkKind: a?.plan.kind ?? null,
          link,
        });
      }
      const maps: MapRecord[] = [];
      for (const m of obj.maps) {
        const fd = mapFd.get(m.name);
        if (fd === undefined) continue;
        const pin = reuseMaps[m.name] !== undefined
          ? pins.path("maps", m.name)
          : pins.replace("maps", m.name, fd);
        maps.push({
          name: m.name,
          type: m.typeName,
          id: mapInfo(fd).id,
          pin,
          preserved: preserved.has(m.name),
        });
      }
      for (const kind of ["links", "progs", "maps"] as const) {
        const keep = new Set(
          kind === "maps"
            ? maps.map((m) => pinName(m.name))
            : programs.filter((p) => kind === "progs" || p.link !== null).map((p) =>
              pinName(p.name)
            ),
        );
        pins.sweep(kind, keep);
      }
      const state: ObjectState = {
        version: 1,
        name,
        file: path,
        sha256: hashes.sha256,
        manifestSha256: hashes.manifestSha256,
        generation: (previous?.generation ?? 0) + 1,
        loadedAt: new Date().toISOString(),
        pinDir: pins.root,
        programs,
        maps,
      };
      this.#entry(name).notes = notes;
      return state;
    } finally {
      for (const fd of owned) fd.close();
    }
  }

  /**
   * Creates or moves every link. Updatable links at the same attach point move with
   * BPF_LINK_UPDATE; others get a new link (the old one keeps running until its pin is
   * replaced: an overlap, never a gap). On failure, moved links go back and new ones close.
   */
  #attachAll(
    name: string,
    plans: Map<string, AttachPlan | string>,
    progFd: Map<string, Fd>,
    previous: ObjectState | null,
    pins: PinTree,
    owned: Fd[],
  ): Map<string, { plan: AttachPlan; fd: Fd | null; id: number }> {
    const result = new Map<string, { plan: AttachPlan; fd: Fd | null; id: number }>();
    const moved: { link: Fd; oldProg: Fd }[] = [];
    try {
      for (const [prog, plan] of plans) {
        if (typeof plan === "string") continue;
        const fd = progFd.get(prog);
        if (fd === undefined) continue;
        const old = previous?.programs.find((p) => p.name === prog);
        if (
          old?.link && old.attachKey === plan.key && supportsLinkUpdate(plan.kind as LinkKind) &&
          pins.has("links", prog)
        ) {
          const link = objGet(old.link.pin);
          owned.push(link);
          const oldProg = objGet(old.pin);
          owned.push(oldProg);
          try {
            // No BPF_F_REPLACE guard: after a crash the progs pin may lag behind the link, and
            // the daemon is the link's only owner anyway.
            linkUpdate(link, fd);
            moved.push({ link, oldProg });
            result.set(prog, { plan, fd: null, id: linkInfo(link).id });
            continue;
          } catch (e) {
            this.#log.warning("link-update-failed", {
              object: name,
              program: prog,
              error: (e as Error).message,
            });
          }
        }
        const link = phase(`attach ${prog}`, () => attach(plan, fd));
        owned.push(link);
        result.set(prog, { plan, fd: link, id: linkInfo(link).id });
      }
      return result;
    } catch (e) {
      for (const m of moved.reverse()) {
        try {
          linkUpdate(m.link, m.oldProg);
        } catch (undo) {
          this.#log.error("rollback-failed", { object: name, error: (undo as Error).message });
        }
      }
      throw e;
    }
  }

  /** Detaches, unpins and forgets an object whose file is gone. */
  #remove(name: string, pins: PinTree): void {
    const entry = this.#entries.get(name);
    pins.removeAll();
    removeState(this.#opts.stateDir, name);
    this.#entries.delete(name);
    this.#log.notice("removed", { object: name, generation: entry?.current?.generation });
  }

  /** The status document (`name` limits it to one object; unknown names throw). */
  status(name?: string): Promise<DaemonStatus> {
    return this.#serial(() => {
      const names = [...this.#entries.keys()].filter((n) => name === undefined || n === name)
        .sort();
      if (name !== undefined && names.length === 0) {
        return Promise.reject(new Error(`no object named "${name}"`));
      }
      return Promise.resolve(
        {
          version: 1,
          objectsDir: this.#opts.objectsDir,
          pinRoot: this.#opts.pinRoot,
          directoryError: this.#directoryError,
          objects: names.map((n) => this.#objectStatus(n, this.#entries.get(n)!)),
          refused: name === undefined ? this.#refused : [],
        } satisfies DaemonStatus,
      );
    });
  }

  /** Counts for the STATUS= line. */
  summary(): { loaded: number; failed: number } {
    let loaded = 0, failed = 0;
    for (const e of this.#entries.values()) {
      if (e.error !== null) failed++;
      else if (e.current !== null) loaded++;
    }
    return { loaded, failed };
  }

  #objectStatus(name: string, e: Entry): ObjectStatus {
    const s = e.current;
    const programs: ProgramStatus[] = (s?.programs ?? []).map((p) => {
      let runCnt: number | null = null, runTimeNs: number | null = null;
      try {
        using fd = objGet(p.pin);
        const info = progInfo(fd);
        runCnt = Number(info.runCnt);
        runTimeNs = Number(info.runTimeNs);
      } catch { /* pin gone: reported by the next reconcile */ }
      return {
        name: p.name,
        type: p.type,
        id: p.id,
        pin: p.pin,
        attachPoint: p.attachPoint,
        note: p.attachPoint ? null : e.notes[p.name] ?? "not attached",
        runCnt,
        runTimeNs,
      };
    });
    return {
      name,
      state: e.loading
        ? "loading"
        : e.error !== null && s === null
        ? "failed"
        : s !== null && e.error === null
        ? "loaded"
        : "failed",
      file: s?.file ?? null,
      sha256: s?.sha256 ?? e.seen?.sha256 ?? null,
      loadedAt: s?.loadedAt ?? null,
      generation: s?.generation ?? 0,
      programs,
      maps: (s?.maps ?? []).map((m) => ({ ...m })),
      links: (s?.programs ?? []).filter((p) => p.link !== null).map((p) => ({
        program: p.name,
        id: p.link!.id,
        pin: p.link!.pin,
        attachPoint: p.attachPoint ?? "",
      })),
      error: e.error,
    };
  }
}

function sameVersion(
  s: { sha256: string; manifestSha256: string | null },
  h: { sha256: string; manifestSha256: string | null },
): boolean {
  return s.sha256 === h.sha256 && s.manifestSha256 === h.manifestSha256;
}

function phase<T>(step: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw e instanceof PhaseError ? e : new PhaseError(step, e);
  }
}

async function phaseAsync<T>(step: string, fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw e instanceof PhaseError ? e : new PhaseError(step, e);
  }
}

/** Names in the manifest must exist in the object: a typo would otherwise be silently ignored. */
function checkManifestNames(manifest: Manifest, obj: BpfObject, manifestPath: string): void {
  for (const p of Object.keys(manifest.programs)) {
    if (!obj.programs.some((x) => x.name === p)) {
      throw new PhaseError(
        "manifest",
        new ManifestError(manifestPath, `programs.${p}`, `${obj.file} has no program "${p}"`),
      );
    }
  }
  for (const [m, spec] of Object.entries(manifest.maps)) {
    const map = obj.maps.find((x) => x.name === m);
    if (map === undefined) {
      throw new PhaseError(
        "manifest",
        new ManifestError(manifestPath, `maps.${m}`, `${obj.file} has no map "${m}"`),
      );
    }
    if (spec.preserve && (map.origin === "kconfig" || m.startsWith(".rodata"))) {
      throw new PhaseError(
        "manifest",
        new ManifestError(
          manifestPath,
          `maps.${m}.preserve`,
          "read-only (frozen) maps are rebuilt on every load",
        ),
      );
    }
  }
}

/**
 * The pinned map to keep for preserved map `m`, or null when none is pinned (first load).
 * Throws when the pinned map cannot serve the new definition.
 */
function reusableMap(
  m: MapSpec,
  maxEntries: number | undefined,
  pins: PinTree,
  manifestPath: string,
): Fd | null {
  if (!pins.has("maps", m.name)) return null;
  const fd = objGet(pins.path("maps", m.name));
  try {
    const info = mapInfo(fd);
    const want = {
      type: m.type,
      keySize: m.keySize,
      valueSize: m.valueSize,
      flags: m.flags,
      maxEntries: maxEntries ?? m.maxEntries,
    };
    const diffs: string[] = [];
    if (info.type !== want.type) diffs.push(`type ${info.type} → ${want.type} (${m.typeName})`);
    if (info.keySize !== want.keySize) diffs.push(`key size ${info.keySize} → ${want.keySize}`);
    if (info.valueSize !== want.valueSize) {
      diffs.push(`value size ${info.valueSize} → ${want.valueSize}`);
    }
    if (info.flags !== want.flags) {
      diffs.push(`flags 0x${info.flags.toString(16)} → 0x${want.flags.toString(16)}`);
    }
    if (info.maxEntries !== want.maxEntries) {
      diffs.push(`max_entries ${info.maxEntries} → ${want.maxEntries}`);
    }
    if (diffs.length > 0) {
      throw new Error(
        `cannot preserve map "${m.name}" (id ${info.id}): the new definition differs: ${
          diffs.join(", ")
        }; ` +
          `remove "preserve" from ${manifestPath} (or unpin the map) to start with a fresh map`,
      );
    }
    return fd;
  } catch (e) {
    fd.close();
    throw e;
  }
}

/** Creates the link for `plan`. */
function attach(plan: AttachPlan, prog: Fd): Fd {
  switch (plan.kind) {
    case "tracepoint":
      return attachTracepoint(prog, plan.category, plan.name);
    case "raw_tp":
      return attachRawTracepoint(prog, plan.name);
    case "tracing":
      return attachTracing(prog, plan.attachType, plan.target);
    case "iter":
      return attachIter(prog, plan.target);
    case "uprobe":
      return attachUprobe(prog, plan);
    case "xdp":
      return attachXdp(prog, plan.interface, plan.mode);
    case "tcx":
      return attachTcx(prog, plan.interface, plan.direction);
    case "cgroup":
      return attachCgroup(prog, plan.path, plan.attachType);
  }
}

/** Turns any failure into the status record: message, step, errno name and verifier log. */
export function describeError(e: unknown): ErrorStatus {
  const phaseName = e instanceof PhaseError ? e.step : null;
  const cause = e instanceof PhaseError ? e.cause : e;
  const err = cause as Error & {
    errnoName?: string;
    log?: readonly string[];
    cmd?: string;
    subject?: string;
  };
  // A loader failure names the step it failed in ("PROG_LOAD count"); other phases name themselves.
  const loaderStep = phaseName === "load" && typeof err?.cmd === "string"
    ? [err.cmd, err.subject].filter((x) => x !== undefined).join(" ")
    : null;
  return {
    message: err instanceof Error ? err.message : String(cause),
    step: loaderStep ?? phaseName,
    errno: err?.errnoName ?? null,
    verifierLog: Array.isArray(err?.log) ? [...err.log] : null,
    at: new Date().toISOString(),
  };
}
