/**
 * What the reference tools say about a BPF object: libbpf (through `bpftool prog loadall`),
 * the kernel (`bpftool prog|map show`), `bpftool btf dump` and LLVM's `llvm-readelf`.
 * Differential tests compare `bpfdrop inspect` against these views.
 *
 * Loading pins everything under a fresh `/sys/fs/bpf/bpfdrop-test-*` directory and removes it,
 * and any `LIBBPF_PIN_BY_NAME` pin the load created in `/sys/fs/bpf`, before returning, whether
 * the load worked or not.
 * @module
 */

const BPFFS = "/sys/fs/bpf";

/** A program as libbpf loaded it and the kernel reports it. */
export interface KernelProgram {
  /** libbpf's program name (the pin name, not truncated). */
  name: string;
  /** Kernel program name (at most 15 characters). */
  kernelName: string;
  /** bpftool's type name, e.g. `xdp`, `sched_cls`, `tracing`. */
  type: string;
}

/** A map as libbpf created it and the kernel reports it. */
export interface KernelMap {
  /** Kernel map name (truncated to 15 characters, internal maps prefixed with the object name). */
  kernelName: string;
  /** bpftool's type name, e.g. `hash`, `percpu_array`, `array_of_maps`. */
  type: string;
  keySize: number;
  valueSize: number;
  maxEntries: number;
  flags: number;
}

/** The kernel's view after `bpftool prog loadall`, or why there is none. */
export type LoadResult =
  | {
    loaded: true;
    programs: KernelProgram[];
    maps: KernelMap[];
    /** False when only the maps referenced by programs could be listed (see `note`). */
    allMaps: boolean;
    note: string | undefined;
  }
  | { loaded: false; reason: string };

/** One symbol of a function in an executable section, from `llvm-readelf -s`. */
export interface ListedFunction {
  name: string;
  section: string;
  global: boolean;
}

/** Static facts from LLVM and bpftool that need no kernel. */
export interface StaticView {
  /** Section names in header order (index 0, the null section, excluded). */
  sections: string[];
  /** Executable sections (`AX` flags). */
  executableSections: string[];
  /** FUNC symbols in executable sections. */
  functions: ListedFunction[];
  /** Relocation sections (`.rel<target>`) with their entry counts. */
  relocations: Map<string, number>;
  /** BTF types in id order (id 1 first), as `bpftool btf dump file -j` lists them. */
  btfTypes: { kind: string; name: string }[] | undefined;
  /** Why BTF could not be dumped, when it could not. */
  btfError: string | undefined;
  /** Maps declared with `pinning = LIBBPF_PIN_BY_NAME` in `.maps` (from BTF). */
  pinnedByName: string[];
}

/** Runs a tool and returns its exit status and output; never throws for a non-zero exit. */
async function run(
  cmd: string,
  args: string[],
): Promise<{ ok: boolean; out: string; err: string }> {
  const result = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  const decoder = new TextDecoder();
  return {
    ok: result.success,
    out: decoder.decode(result.stdout),
    err: decoder.decode(result.stderr),
  };
}

/** Runs a tool that must succeed and returns its stdout. */
async function runOk(cmd: string, args: string[]): Promise<string> {
  const { ok, out, err } = await run(cmd, args);
  if (!ok) throw new Error(`${cmd} ${args.join(" ")} failed: ${err.trim()}`);
  return out;
}

/** True when a reference tool is on PATH. */
export async function haveTool(cmd: string): Promise<boolean> {
  try {
    return (await run(cmd, ["--version"])).ok;
  } catch {
    return false;
  }
}

const SECTION_LINE =
  /^\s*\[\s*(\d+)\]\s(.{17,}?)\s+([A-Z_0-9]+)\s+[0-9a-f]{16}\s[0-9a-f]+\s[0-9a-f]+\s[0-9a-f]+\s(.{3})/;
const SYMBOL_LINE = /^\s*\d+:\s+[0-9a-f]+\s+\d+\s+(\w+)\s+(\w+)\s+\w+\s+(\w+)\s+(\S+)$/;
const RELOCATION_HEADER = /^Relocation section '(.*)' at offset 0x[0-9a-f]+ contains (\d+) entr/;

/** Reads sections, function symbols, relocation counts and BTF types of `file`. */
export async function staticView(file: string): Promise<StaticView> {
  const sections: string[] = [];
  const executableSections: string[] = [];
  const byIndex = new Map<string, string>();
  const headers = await runOk("llvm-readelf", ["-S", "--wide", file]);
  for (const line of headers.split("\n")) {
    const m = SECTION_LINE.exec(line);
    if (!m || m[1] === "0") continue;
    const name = m[2]!.trim();
    sections.push(name);
    byIndex.set(m[1]!, name);
    if (m[4]!.includes("X")) executableSections.push(name);
  }

  const functions: ListedFunction[] = [];
  const symbols = await runOk("llvm-readelf", ["-s", "--wide", file]);
  for (const line of symbols.split("\n")) {
    const m = SYMBOL_LINE.exec(line);
    if (!m || m[1] !== "FUNC") continue;
    const section = byIndex.get(m[3]!);
    if (section === undefined || !executableSections.includes(section)) continue;
    functions.push({ name: m[4]!, section, global: m[2] !== "LOCAL" });
  }

  const relocations = new Map<string, number>();
  const relocs = await runOk("llvm-readelf", ["-r", file]);
  for (const line of relocs.split("\n")) {
    const m = RELOCATION_HEADER.exec(line);
    if (m) relocations.set(m[1]!, Number(m[2]));
  }

  let btfTypes: StaticView["btfTypes"];
  let btfError: string | undefined;
  let pinnedByName: string[] = [];
  if (sections.includes(".BTF")) {
    const dump = await run("bpftool", ["-j", "btf", "dump", "file", file]);
    if (dump.ok) {
      const types = (JSON.parse(dump.out) as { types: BtfJsonType[] }).types;
      btfTypes = types.map((t) => ({ kind: t.kind, name: t.name }));
      pinnedByName = pinnedMapNames(types);
    } else {
      btfError = firstLine(dump.err || dump.out);
    }
  }
  return { sections, executableSections, functions, relocations, btfTypes, btfError, pinnedByName };
}

interface BtfJsonType {
  id: number;
  kind: string;
  name: string;
  type_id?: number;
  members?: { name: string; type_id: number }[];
  vars?: { type_id: number }[];
  nr_elems?: number;
}

const LIBBPF_PIN_BY_NAME = 1;

/**
 * Names of `.maps` variables declared with `__uint(pinning, LIBBPF_PIN_BY_NAME)`: a member
 * `pinning` of type `int (*)[1]` (the value is the array length).
 */
function pinnedMapNames(types: BtfJsonType[]): string[] {
  const byId = new Map(types.map((t) => [t.id, t]));
  const maps = types.find((t) => t.kind === "DATASEC" && t.name === ".maps");
  const names: string[] = [];
  for (const v of maps?.vars ?? []) {
    const variable = byId.get(v.type_id);
    let def = byId.get(variable?.type_id ?? 0);
    while (def && (def.kind === "TYPEDEF" || def.kind === "CONST" || def.kind === "VOLATILE")) {
      def = byId.get(def.type_id ?? 0);
    }
    const pinning = def?.members?.find((m) => m.name === "pinning");
    const array = byId.get(byId.get(pinning?.type_id ?? 0)?.type_id ?? 0);
    if (variable && array?.nr_elems === LIBBPF_PIN_BY_NAME) names.push(variable.name);
  }
  return names;
}

function firstLine(text: string): string {
  return text.split("\n").find((l) => l.trim() !== "" && !l.startsWith("Warning:"))?.trim() ??
    "no output";
}

/** The most telling line of a failed libbpf load: the `libbpf:`/`Error:` line after the log. */
function loadFailureReason(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const libbpf = lines.filter((l) => l.startsWith("libbpf:") && !/-- (BEGIN|END)/.test(l));
  return (libbpf[0] ?? lines.find((l) => l.startsWith("Error:")) ?? "bpftool failed")
    .replace(/^libbpf: /, "");
}

let pinCounter = 0;

/**
 * Loads `file` with `bpftool prog loadall` and lists what the kernel holds. Every pin created is
 * removed before returning. `pinnedByName` names the object's `LIBBPF_PIN_BY_NAME` maps.
 */
export async function loadView(file: string, pinnedByName: string[]): Promise<LoadResult> {
  const dir = `${BPFFS}/bpfdrop-test-${Deno.pid}-${pinCounter++}`;
  const preexisting = new Set(pinnedByName.filter((name) => exists(`${BPFFS}/${name}`)));
  try {
    // libbpf refuses `pinmaps` when a map already pins itself by name; list maps via programs then.
    const withMaps = pinnedByName.length === 0;
    const args = ["prog", "loadall", file, dir, ...(withMaps ? ["pinmaps", `${dir}/maps`] : [])];
    const load = await run("bpftool", args);
    if (!load.ok) return { loaded: false, reason: loadFailureReason(load.err) };

    const progPins = entries(dir).filter((name) => name !== "maps");
    const mapPins = withMaps ? entries(`${dir}/maps`) : [];
    const commands = [
      ...progPins.map((p) => `prog show pinned ${dir}/${p}`),
      ...mapPins.map((m) => `map show pinned ${dir}/maps/${m}`),
    ];
    const shown = await batch(commands);
    const programs = progPins.map((name, i) => {
      const info = shown[i] as { name: string; type: string };
      return { name, kernelName: info.name, type: info.type };
    });
    let mapInfos = shown.slice(progPins.length) as MapJson[];
    let note: string | undefined;
    if (!withMaps) {
      const ids = new Set<number>();
      for (const info of shown.slice(0, progPins.length) as { map_ids?: number[] }[]) {
        for (const id of info.map_ids ?? []) ids.add(id);
      }
      mapInfos = (await batch([...ids].map((id) => `map show id ${id}`))) as MapJson[];
      note = `maps pinned by name (${pinnedByName.join(", ")}): only maps used by programs listed`;
    }
    const maps = mapInfos.map((m) => ({
      kernelName: m.name,
      type: m.type,
      keySize: m.bytes_key,
      valueSize: m.bytes_value,
      maxEntries: m.max_entries,
      flags: m.flags,
    }));
    return { loaded: true, programs, maps, allMaps: withMaps, note };
  } finally {
    await Deno.remove(dir, { recursive: true }).catch(() => {});
    for (const name of pinnedByName) {
      if (!preexisting.has(name)) await Deno.remove(`${BPFFS}/${name}`).catch(() => {});
    }
  }
}

interface MapJson {
  name: string;
  type: string;
  flags: number;
  bytes_key: number;
  bytes_value: number;
  max_entries: number;
}

/** Runs bpftool commands in one process (`bpftool -j batch`) and returns each one's output. */
async function batch(commands: string[]): Promise<unknown[]> {
  if (commands.length === 0) return [];
  const script = await Deno.makeTempFile({ prefix: "bpfdrop-batch-" });
  try {
    await Deno.writeTextFile(script, commands.join("\n") + "\n");
    const out = await runOk("bpftool", ["-j", "batch", "file", script]);
    return (JSON.parse(out) as { output: unknown }[]).map((r) => r.output);
  } finally {
    await Deno.remove(script);
  }
}

/** Names in a directory; none when bpftool had nothing to pin there and did not create it. */
function entries(dir: string): string[] {
  return exists(dir) ? [...Deno.readDirSync(dir)].map((e) => e.name).sort() : [];
}

function exists(path: string): boolean {
  try {
    Deno.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The kernel name libbpf gives a map: internal maps (`.data`, `.rodata.str1.1`, `.kconfig`) get
 * as much of the object name as prefix as fits beside a suffix of at least 7 characters, unless
 * their name has a second dot; everything is cut to 15 characters, and characters the kernel refuses become `_` (libbpf 1.1 `internal_map_name`).
 */
export function kernelMapName(file: string, name: string, internal: boolean): string {
  if (!internal) return name.slice(0, 15);
  const objName = file.split("/").pop()!.split(".")[0]!;
  const prefixLength = name.indexOf(".", 1) !== -1
    ? 0
    : Math.min(16 - Math.max(7, name.length) - 1, objName.length);
  return (objName.slice(0, Math.max(prefixLength, 0)) + name).slice(0, 15)
    .replace(/[^A-Za-z0-9_.]/g, "_");
}

/** bpftool's name for a kernel enum name: `BPF_MAP_TYPE_LRU_HASH` → `lru_hash`. */
export function bpftoolTypeName(kernelName: string): string {
  return kernelName.replace(/^BPF_(MAP|PROG)_TYPE_/, "").toLowerCase();
}

/** A program as `bpf_object__open` sees it (libbpf's short type names). */
export interface LibbpfProgram {
  name: string;
  section: string;
  type: string;
  expectedAttachType: string;
  autoload: boolean;
}

/** A map as `bpf_object__open` sees it, before any kernel adjustment. */
export interface LibbpfMap {
  /** libbpf 1.1 names internal maps as the kernel will (`exec_tra.rodata`). */
  name: string;
  type: string;
  keySize: number;
  valueSize: number;
  maxEntries: number;
  flags: number;
  pinned: boolean;
}

/** libbpf's view of one object after open, or the warning it refused it with. */
export type LibbpfView =
  | { file: string; programs: LibbpfProgram[]; maps: LibbpfMap[]; error?: undefined }
  | { file: string; error: string };

const LIBBPF_VIEW_SOURCE = new URL("./libbpf_view.c", import.meta.url).pathname;
const LIBBPF_VIEW = new URL("../../build/test/libbpf_view", import.meta.url).pathname;

/**
 * Builds `test/corpus/libbpf_view.c` against libbpf-dev when needed; returns why it cannot be
 * built, or undefined when the helper is ready.
 */
export async function buildLibbpfView(): Promise<string | undefined> {
  const built = Deno.statSync(LIBBPF_VIEW_SOURCE).mtime!;
  if (exists(LIBBPF_VIEW) && Deno.statSync(LIBBPF_VIEW).mtime! >= built) return undefined;
  await Deno.mkdir(LIBBPF_VIEW.slice(0, LIBBPF_VIEW.lastIndexOf("/")), { recursive: true });
  const cc = await run("cc", ["-O2", "-Wall", "-o", LIBBPF_VIEW, LIBBPF_VIEW_SOURCE, "-lbpf"])
    .catch((e: unknown) => ({ ok: false, out: "", err: String(e) }));
  return cc.ok ? undefined : `cannot build ${LIBBPF_VIEW_SOURCE}: ${firstLine(cc.err)}`;
}

/** What libbpf sees in each file after `bpf_object__open` (one helper process for all). */
export async function libbpfViews(files: string[]): Promise<Map<string, LibbpfView>> {
  const views = new Map<string, LibbpfView>();
  if (files.length === 0) return views;
  const out = await runOk(LIBBPF_VIEW, files);
  for (const line of out.split("\n")) {
    if (line.trim() === "") continue;
    const view = JSON.parse(line) as LibbpfView;
    views.set(view.file, view);
  }
  return views;
}
