/**
 * The optional manifest `NAME.json` beside an object (schema in docs/daemon.md). Parsing checks
 * shape only; names of programs, maps and globals are checked against the object when it loads.
 */

/** XDP attach mode: driver (`native`), generic (`skb`), offloaded (`hw`), or let the kernel pick. */
export type XdpMode = "native" | "skb" | "hw" | "auto";

/** Where a program is attached when its section does not say everything. */
export type AttachSpec =
  | { kind: "xdp"; interface: string; mode: XdpMode }
  | { kind: "tc"; interface: string; direction: "ingress" | "egress" | null }
  | { kind: "cgroup"; path: string; type: string | null }
  | {
    kind: "uprobe";
    binary: string;
    symbol: string | null;
    offset: number | null;
    pid: number | null;
    retprobe: boolean | null;
  };

/** Per-program manifest entry. */
export interface ProgramManifest {
  load: boolean;
  attach: AttachSpec | null;
}

/** Per-map manifest entry. */
export interface MapManifest {
  maxEntries: number | null;
  preserve: boolean;
}

/** A global variable's initial value: a number, a boolean, a decimal/hex string for 64-bit values, or an array of those. */
export type GlobalValue = number | boolean | string | GlobalValue[];

/** A validated manifest. */
export interface Manifest {
  programs: Record<string, ProgramManifest>;
  maps: Record<string, MapManifest>;
  globals: Record<string, GlobalValue>;
}

/** The manifest used when there is no `NAME.json`. */
export const EMPTY_MANIFEST: Manifest = Object.freeze({ programs: {}, maps: {}, globals: {} });

/** A manifest that does not follow the schema: names the file and the field. */
export class ManifestError extends Error {
  override name = "ManifestError";
  constructor(readonly file: string, readonly field: string, detail: string) {
    super(`${file}: ${field === "" ? "" : field + ": "}${detail}`);
  }
}

type Json = Record<string, unknown>;

/** Parses and validates the text of a manifest; `file` labels errors. */
export function parseManifest(text: string, file: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ManifestError(file, "", `invalid JSON: ${(e as Error).message}`);
  }
  const top = object(json, file, "");
  only(top, ["programs", "maps", "globals"], file, "");
  const manifest: Manifest = { programs: {}, maps: {}, globals: {} };
  if (top.programs !== undefined) {
    for (const [name, value] of Object.entries(object(top.programs, file, "programs"))) {
      manifest.programs[name] = parseProgram(value, file, `programs.${name}`);
    }
  }
  if (top.maps !== undefined) {
    for (const [name, value] of Object.entries(object(top.maps, file, "maps"))) {
      manifest.maps[name] = parseMap(value, file, `maps.${name}`);
    }
  }
  if (top.globals !== undefined) {
    for (const [name, value] of Object.entries(object(top.globals, file, "globals"))) {
      manifest.globals[name] = parseGlobal(value, file, `globals.${name}`);
    }
  }
  return manifest;
}

function parseProgram(value: unknown, file: string, at: string): ProgramManifest {
  const p = object(value, file, at);
  only(p, ["load", "attach"], file, at);
  const load = p.load === undefined ? true : bool(p.load, file, `${at}.load`);
  const attach = p.attach === undefined ? null : parseAttach(p.attach, file, `${at}.attach`);
  return { load, attach };
}

function parseAttach(value: unknown, file: string, at: string): AttachSpec {
  const a = object(value, file, at);
  const kinds = Object.keys(a);
  if (kinds.length !== 1) {
    throw new ManifestError(file, at, 'expected exactly one of "xdp", "tc", "cgroup", "uprobe"');
  }
  const kind = kinds[0]!;
  const where = `${at}.${kind}`;
  const body = object(a[kind], file, where);
  switch (kind) {
    case "xdp":
      only(body, ["interface", "mode"], file, where);
      return {
        kind,
        interface: str(body.interface, file, `${where}.interface`),
        mode: body.mode === undefined
          ? "auto"
          : oneOf(body.mode, ["native", "skb", "hw", "auto"] as const, file, `${where}.mode`),
      };
    case "tc":
      only(body, ["interface", "direction"], file, where);
      return {
        kind,
        interface: str(body.interface, file, `${where}.interface`),
        direction: oneOf(
          body.direction,
          ["ingress", "egress"] as const,
          file,
          `${where}.direction`,
        ),
      };
    case "cgroup":
      only(body, ["path", "type"], file, where);
      return {
        kind,
        path: str(body.path, file, `${where}.path`),
        type: body.type === undefined ? null : str(body.type, file, `${where}.type`),
      };
    case "uprobe": {
      only(body, ["binary", "symbol", "offset", "pid", "retprobe"], file, where);
      const symbol = body.symbol === undefined ? null : str(body.symbol, file, `${where}.symbol`);
      const offset = body.offset === undefined ? null : uint(body.offset, file, `${where}.offset`);
      if ((symbol === null) === (offset === null)) {
        throw new ManifestError(file, where, 'expected exactly one of "symbol" or "offset"');
      }
      return {
        kind,
        binary: str(body.binary, file, `${where}.binary`),
        symbol,
        offset,
        pid: body.pid === undefined ? null : uint(body.pid, file, `${where}.pid`),
        retprobe: body.retprobe === undefined
          ? null
          : bool(body.retprobe, file, `${where}.retprobe`),
      };
    }
    default:
      throw new ManifestError(
        file,
        at,
        `unknown attach kind "${kind}": expected "xdp", "tc", "cgroup" or "uprobe"`,
      );
  }
}

function parseMap(value: unknown, file: string, at: string): MapManifest {
  const m = object(value, file, at);
  only(m, ["max_entries", "preserve"], file, at);
  const maxEntries = m.max_entries === undefined
    ? null
    : uint(m.max_entries, file, `${at}.max_entries`);
  if (maxEntries === 0) throw new ManifestError(file, `${at}.max_entries`, "must be at least 1");
  return {
    maxEntries,
    preserve: m.preserve === undefined ? false : bool(m.preserve, file, `${at}.preserve`),
  };
}

function parseGlobal(value: unknown, file: string, at: string): GlobalValue {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) {
      throw new ManifestError(
        file,
        at,
        "numbers must be integers (use a string for 64-bit values)",
      );
    }
    return value;
  }
  if (typeof value === "string") {
    if (!/^-?(0x[0-9a-fA-F]+|[0-9]+)$/.test(value)) {
      throw new ManifestError(file, at, `"${value}" is not a decimal or 0x-hex integer`);
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => parseGlobal(v, file, `${at}[${i}]`));
  throw new ManifestError(file, at, "expected an integer, boolean, integer string or array");
}

function object(value: unknown, file: string, at: string): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ManifestError(file, at, "expected an object");
  }
  return value as Json;
}

function only(o: Json, keys: readonly string[], file: string, at: string): void {
  for (const k of Object.keys(o)) {
    if (!keys.includes(k)) {
      const field = at === "" ? k : `${at}.${k}`;
      throw new ManifestError(file, field, `unknown field (expected ${keys.join(", ")})`);
    }
  }
}

function str(value: unknown, file: string, at: string): string {
  if (typeof value !== "string" || value === "") {
    throw new ManifestError(
      file,
      at,
      value === undefined ? "required" : "expected a non-empty string",
    );
  }
  return value;
}

function bool(value: unknown, file: string, at: string): boolean {
  if (typeof value !== "boolean") throw new ManifestError(file, at, "expected true or false");
  return value;
}

function uint(value: unknown, file: string, at: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new ManifestError(file, at, "expected a non-negative integer");
  }
  return value;
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  file: string,
  at: string,
): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new ManifestError(
      file,
      at,
      `${value === undefined ? "required" : "invalid value"}: expected one of ${
        allowed.map((a) => `"${a}"`).join(", ")
      }`,
    );
  }
  return value as T;
}
