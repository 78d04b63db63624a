/**
 * `bpfdrop load OBJ|LOADER_FILE [--program NAME]... [--pin DIR] [--pin-maps DIR] [--json]
 * [--verbose]`: generates (for an object) and runs a loader, prints every map and program with
 * its kernel id, and pins what was asked. On failure nothing created is left behind.
 *
 * @module
 */
import { HOST_LITTLE_ENDIAN } from "../abi/mod.ts";
import { disassembleLoader, type Loader } from "../gen/mod.ts";
import {
  BpfSyscallError,
  errnoName,
  type Fd,
  type LoadedObject,
  makePinDir,
  mapInfo,
  objGet,
  objPin,
  pathExists,
  progInfo,
  runLoader,
  SyscallError,
  unpin,
  VerifierError,
} from "../kernel/mod.ts";
import { InputError, readLoaderSource } from "./_loader_source.ts";
import { onePositional, parseVerbArgs, usageError } from "./_args.ts";

const HELP = `Usage: bpfdrop load OBJ|LOADER_FILE [--program NAME]... [--pin DIR] [--pin-maps DIR]
                    [--json] [--verbose]

Generates a loader for OBJ (or reads a file written by \`bpfdrop gen\`), runs it, and prints
every map and program it created with its kernel id. Without --pin, they are released when the
command exits.

Options:
  --program NAME   load only this program (repeatable; objects only)
  --pin DIR        pin maps at DIR/maps/<name> and programs at DIR/progs/<name>
                   ('.' in a name becomes '_')
  --pin-maps DIR   where maps declared with pinning = LIBBPF_PIN_BY_NAME are reused from or
                   pinned to, as DIR/<map name> (default /sys/fs/bpf)
  --json           print one JSON document (format: docs/loader-format.md)
  --verbose        print the loader program's disassembly first
  -h, --help       show this help

On failure: the step that failed (e.g. "PROG_LOAD handle_exec"), the errno name and the
verifier log. Exit status: 0 success, 1 load failed or bad input, 2 usage error.`;

const SPEC = {
  verb: "load",
  help: HELP,
  options: {
    program: { type: "string", multiple: true },
    pin: { type: "string" },
    "pin-maps": { type: "string" },
    json: { type: "boolean" },
    verbose: { type: "boolean", short: "v" },
  },
} as const;

/** One map or program in the output. */
interface Created {
  name: string;
  type: string;
  id: number;
  pinned: string | null;
}

/** `--json` document of a successful load (described in docs/loader-format.md). */
export interface LoadDocument {
  object: string;
  maps: (Created & { kernelName: string; reused: boolean })[];
  programs: (Created & { section: string })[];
}

/** `--json` document of a failed load. */
interface LoadFailureDocument {
  object: string;
  error: {
    step: string | null;
    errno: number | null;
    errnoName: string | null;
    message: string;
    log: string[];
  };
}

const pinName = (name: string) => name.replaceAll(".", "_");

/** Opens pinned maps declared `LIBBPF_PIN_BY_NAME` that already exist, after checking they fit. */
function openPinnedMaps(loader: Loader, pinMaps: string): Record<string, Fd> {
  const reuse: Record<string, Fd> = {};
  try {
    for (const m of loader.maps) {
      if (m.pinning !== "byName") continue;
      const path = `${pinMaps}/${m.name}`;
      if (!pathExists(path)) continue;
      const fd = objGet(path);
      reuse[m.name] = fd;
      const info = mapInfo(fd);
      const mismatch = [
        info.type !== m.type && `type ${info.type} != ${m.type}`,
        info.keySize !== m.keySize && `key size ${info.keySize} != ${m.keySize}`,
        info.valueSize !== m.valueSize && `value size ${info.valueSize} != ${m.valueSize}`,
        m.maxEntries !== 0 && info.maxEntries !== m.maxEntries &&
        `max_entries ${info.maxEntries} != ${m.maxEntries}`,
        info.flags !== m.flags && `flags 0x${info.flags.toString(16)} != 0x${m.flags.toString(16)}`,
      ].filter((x) => x !== false);
      if (mismatch.length > 0) {
        throw new InputError(
          `${loader.object}: map ${m.name}: pinned map ${path} does not match: ${
            mismatch.join(", ")
          }`,
        );
      }
    }
  } catch (e) {
    for (const fd of Object.values(reuse)) fd.close();
    throw e;
  }
  return reuse;
}

/** Pins by-name maps that were created, and everything under --pin; undoes all pins on error. */
function pinAll(
  loader: Loader,
  loaded: LoadedObject,
  opts: { pin: string | undefined; pinMaps: string },
): Map<string, string> {
  const pinned = new Map<string, string>();
  const done: string[] = [];
  const pinAt = (fd: Fd, path: string) => {
    objPin(fd, path);
    done.push(path);
  };
  try {
    loaded.maps.forEach((m, i) => {
      if (loader.maps[i]?.pinning !== "byName" || m.reused) return;
      makePinDir(opts.pinMaps);
      pinAt(m.fd, `${opts.pinMaps}/${m.name}`);
    });
    if (opts.pin !== undefined) {
      makePinDir(`${opts.pin}/maps`);
      makePinDir(`${opts.pin}/progs`);
      for (const m of loaded.maps) {
        const path = `${opts.pin}/maps/${pinName(m.name)}`;
        pinAt(m.fd, path);
        pinned.set(`map:${m.name}`, path);
      }
      for (const p of loaded.programs) {
        const path = `${opts.pin}/progs/${pinName(p.name)}`;
        pinAt(p.fd, path);
        pinned.set(`prog:${p.name}`, path);
      }
    }
  } catch (e) {
    for (const path of done) unpin(path);
    throw e;
  }
  return pinned;
}

function describe(loader: Loader, loaded: LoadedObject, pinned: Map<string, string>): LoadDocument {
  return {
    object: loader.object,
    maps: loaded.maps.map((m, i) => ({
      name: m.name,
      kernelName: loader.maps[i]!.kernelName,
      type: loader.maps[i]!.typeName,
      id: mapInfo(m.fd).id,
      reused: m.reused,
      pinned: pinned.get(`map:${m.name}`) ?? null,
    })),
    programs: loaded.programs.map((p, j) => ({
      name: p.name,
      section: loader.programs[j]!.section,
      type: loader.programs[j]!.typeName,
      id: progInfo(p.fd).id,
      pinned: pinned.get(`prog:${p.name}`) ?? null,
    })),
  };
}

function formatText(doc: LoadDocument): string {
  const rows = [
    ...doc.maps.map((m) => [
      "map",
      m.name,
      `id ${m.id}`,
      m.type,
      [m.reused ? "reused" : "", m.pinned ? `pinned ${m.pinned}` : ""].filter(Boolean).join(", "),
    ]),
    ...doc.programs.map((p) => [
      "prog",
      p.name,
      `id ${p.id}`,
      p.type,
      [p.section, p.pinned ? `pinned ${p.pinned}` : ""].filter(Boolean).join(", "),
    ]),
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) =>
    r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join("  ").trimEnd()
  );
  return [`loaded ${doc.object}`, ...lines.map((l) => `  ${l}`)].join("\n");
}

function failureDocument(object: string, e: Error): LoadFailureDocument {
  if (e instanceof BpfSyscallError) {
    return {
      object,
      error: {
        step: e.subject === undefined ? e.cmd : `${e.cmd} ${e.subject}`,
        errno: e.errno,
        errnoName: errnoName(e.errno),
        message: e.message.split("\n")[0]!,
        log: e instanceof VerifierError ? [...e.log] : [],
      },
    };
  }
  return {
    object,
    error: { step: null, errno: null, errnoName: null, message: e.message, log: [] },
  };
}

/** Runs `bpfdrop load`; returns the exit status. */
export async function main(args: string[]): Promise<number> {
  const parsed = parseVerbArgs(SPEC, args);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const path = onePositional(SPEC, positionals, "OBJ or LOADER_FILE");
  if (typeof path === "number") return path;
  const pinMaps = (values["pin-maps"] ?? "/sys/fs/bpf").replace(/\/+$/, "") || "/";
  const json = values.json === true;

  let loader: Loader;
  try {
    const source = await readLoaderSource(path, values.program);
    if (source.fromLoaderFile && values.program !== undefined) {
      return usageError(
        SPEC,
        `--program applies to objects; ${path} is a loader file (select programs with bpfdrop gen --program)`,
      );
    }
    loader = source.loader;
    if (loader.littleEndian !== HOST_LITTLE_ENDIAN) {
      throw new InputError(
        `${path}: ${loader.littleEndian ? "little" : "big"}-endian object, but this machine is ` +
          `${HOST_LITTLE_ENDIAN ? "little" : "big"}-endian (bpfdrop gen still writes its loader)`,
      );
    }
  } catch (e) {
    return report(path, e as Error, json);
  }
  if (values.verbose) {
    const listing = disassembleLoader(loader).join("\n");
    if (json) console.error(listing);
    else console.log(listing);
  }

  let reuse: Record<string, Fd> = {};
  let loaded: LoadedObject | undefined;
  try {
    reuse = openPinnedMaps(loader, pinMaps);
    loaded = runLoader(loader, { reuseMaps: reuse });
    const pinned = pinAll(loader, loaded, { pin: values.pin, pinMaps });
    const doc = describe(loader, loaded, pinned);
    console.log(json ? JSON.stringify(doc, null, 2) : formatText(doc));
    return 0;
  } catch (e) {
    return report(path, e as Error, json);
  } finally {
    loaded?.close();
    for (const fd of Object.values(reuse)) fd.close();
  }
}

function report(path: string, e: Error, json: boolean): number {
  if (json) {
    console.log(JSON.stringify(failureDocument(path, e), null, 2));
    return 1;
  }
  if (!(e instanceof InputError || e instanceof SyscallError)) {
    console.error(`bpfdrop: ${path}: internal error: ${e.message}`);
    return 1;
  }
  const head = e instanceof InputError ? e.message : `${path}: ${e.message.split("\n")[0]}`;
  console.error(`bpfdrop: ${head}`);
  if (e instanceof VerifierError && e.log.length > 0) {
    console.error(`verifier log (${e.log.length} lines${e.truncated ? ", truncated" : ""}):`);
    console.error(e.log.map((line) => `  ${line}`).join("\n"));
  }
  return 1;
}
