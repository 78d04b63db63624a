/**
 * Regenerates test/corpus/load_table.md: for every object in build/corpus and build/examples,
 * per program, whether libbpf loads it and whether bpfdrop does.
 *
 * - libbpf: `bpftool prog loadall OBJ DIR` (a fresh bpffs directory, removed after, with any map
 *   the load pinned by name). When the whole object fails, each program is loaded on its own
 *   with libbpf 1.1 (`build/bench/lskel_ref progs`, autoload off for the others).
 * - bpfdrop: `main.ts load OBJ --json` (the product, in a subprocess; by-name pins go to a fresh
 *   bpffs directory). When the whole object fails, each program on its own with `--program`.
 *
 * Programs libbpf would not autoload (`?` sections) are listed but not loaded by either side.
 * Needs root, bpftool and libbpf-dev. Usage: deno run -A tools/corpus_table.ts [OBJ...]
 * (with OBJ arguments, prints the rows instead of writing the table).
 *
 * @module
 */
import { parseObject } from "../src/object/mod.ts";
import { buildRefHarness, REF_HARNESS } from "../bench/_host.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const TABLE = `${ROOT}test/corpus/load_table.md`;
const MAIN = `${ROOT}main.ts`;
const BPFFS = "/sys/fs/bpf";
const PARALLEL = 2;
/** Per command; a whole object's per-program fallback gets this once per program. */
const TIMEOUT_MS = 60_000;

/** One side's result for one program. */
interface Outcome {
  loaded: boolean;
  /** True when loaded (or tried) on its own after the whole object failed. */
  alone: boolean;
  /** Why it failed, or why it was not tried. */
  detail: string;
}

interface ProgramRow {
  name: string;
  autoload: boolean;
  libbpf: Outcome;
  bpfdrop: Outcome;
}

interface ObjectRow {
  file: string;
  programs: ProgramRow[];
  /** Why a side failed on the whole object, when it did. */
  libbpfWhole: string | undefined;
  bpfdropWhole: string | undefined;
}

interface Run {
  ok: boolean;
  out: string;
  err: string;
  timedOut: boolean;
}

async function run(cmd: string, args: string[], timeoutMs = TIMEOUT_MS): Promise<Run> {
  const signal = AbortSignal.timeout(timeoutMs);
  const child = new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped", signal }).spawn();
  const out = await child.output();
  const decoder = new TextDecoder();
  return {
    ok: out.success,
    out: decoder.decode(out.stdout),
    err: decoder.decode(out.stderr),
    timedOut: signal.aborted,
  };
}

let dirCounter = 0;
/** A fresh, not yet created path in bpffs. */
function freshBpffsPath(what: string): string {
  return `${BPFFS}/bpfdrop-corpus-${Deno.pid}-${what}-${dirCounter++}`;
}

function exists(path: string): boolean {
  try {
    Deno.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** One line, without libbpf's prefix or characters that break a table cell. */
function cell(text: string, max = 140): string {
  const line = text.replace(/^libbpf: /, "").replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The first specific libbpf line of a failed bpftool run. */
function bpftoolReason(r: Run): string {
  if (r.timedOut) return `timed out after ${TIMEOUT_MS / 1000} s`;
  const lines = r.err.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const libbpf = lines.filter((l) => l.startsWith("libbpf:") && !/-- (BEGIN|END)/.test(l));
  return libbpf[0] ?? lines.find((l) => l.startsWith("Error:")) ?? "bpftool failed";
}

/** Programs of an object and whether libbpf would autoload them: libbpf's view, else bpfdrop's. */
async function listPrograms(file: string): Promise<{ name: string; autoload: boolean }[]> {
  const listed = await run(REF_HARNESS, ["list", file]);
  const lines = listed.out.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
  if (lines.every((l) => "name" in l)) return lines as { name: string; autoload: boolean }[];
  try {
    return parseObject(Deno.readFileSync(file), file).programs
      .map((p) => ({ name: p.name, autoload: p.autoload }));
  } catch {
    return [];
  }
}

/** Names of maps declared `LIBBPF_PIN_BY_NAME` (libbpf pins them in /sys/fs/bpf). */
function pinnedByName(file: string): string[] {
  try {
    return parseObject(Deno.readFileSync(file), file).maps
      .filter((m) => m.pinning === "byName").map((m) => m.name);
  } catch {
    return [];
  }
}

function parses(file: string): boolean {
  try {
    parseObject(Deno.readFileSync(file), file);
    return true;
  } catch {
    return false;
  }
}

/** Serializes loads that pin maps by name in /sys/fs/bpf, so two never share a pin. */
let pinQueue: Promise<unknown> = Promise.resolve();
function withPinLock<T>(body: () => Promise<T>): Promise<T> {
  const next = pinQueue.then(body, body);
  pinQueue = next.catch(() => {});
  return next;
}

/** libbpf: the whole object with bpftool, else each program alone. */
async function libbpfResults(
  file: string,
  programs: { name: string; autoload: boolean }[],
): Promise<{ whole: string | undefined; results: Map<string, Outcome> }> {
  const results = new Map<string, Outcome>();
  const byName = pinnedByName(file);
  // libbpf pins LIBBPF_PIN_BY_NAME maps in /sys/fs/bpf: one such load at a time, pins removed after.
  const cleanly = <T>(body: () => Promise<T>): Promise<T> => {
    if (byName.length === 0) return body();
    return withPinLock(async () => {
      const preexisting = new Set(byName.filter((n) => exists(`${BPFFS}/${n}`)));
      try {
        return await body();
      } finally {
        for (const n of byName) {
          if (!preexisting.has(n)) await Deno.remove(`${BPFFS}/${n}`).catch(() => {});
        }
      }
    });
  };
  const dir = freshBpffsPath("libbpf");
  const { r, pins } = await cleanly(async () => {
    try {
      const r = await run("bpftool", ["prog", "loadall", file, dir]);
      const pins = exists(dir) ? [...Deno.readDirSync(dir)].map((e) => e.name) : [];
      return { r, pins: new Set(pins) };
    } finally {
      await Deno.remove(dir, { recursive: true }).catch(() => {});
    }
  });
  if (r.ok) {
    for (const p of programs) {
      if (!p.autoload) continue;
      results.set(p.name, {
        loaded: pins.has(p.name),
        alone: false,
        detail: pins.has(p.name) ? "" : "skipped: bpftool loadall succeeded without loading it",
      });
    }
    return { whole: undefined, results };
  }
  const whole = bpftoolReason(r);
  const alone = await cleanly(() => run(REF_HARNESS, ["progs", file], TIMEOUT_MS * 4));
  for (const line of alone.out.split("\n").filter((l) => l !== "")) {
    const p = JSON.parse(line) as { name?: string; ok: boolean; errno: number; error: string };
    if (p.name === undefined) break; // the object did not even open: `whole` says why
    results.set(p.name, { loaded: p.ok, alone: true, detail: p.ok ? "" : p.error });
  }
  for (const p of programs) {
    if (p.autoload && !results.has(p.name)) {
      results.set(p.name, {
        loaded: false,
        alone: false,
        detail: alone.timedOut ? "timed out" : whole,
      });
    }
  }
  return { whole, results };
}

interface LoadDoc {
  programs?: { name: string }[];
  error?: { step: string | null; errnoName: string | null; message: string };
}

/** `bpfdrop load FILE [--program NAME] --json` in a subprocess. */
async function bpfdropLoad(
  file: string,
  program?: string,
): Promise<LoadDoc & { failure?: string }> {
  const pinMaps = freshBpffsPath("maps");
  const args = ["run", "-A", MAIN, "load", file, "--json", "--pin-maps", pinMaps];
  if (program !== undefined) args.push("--program", program);
  try {
    const r = await run("deno", args);
    if (r.timedOut) return { failure: `timed out after ${TIMEOUT_MS / 1000} s` };
    let doc: LoadDoc;
    try {
      doc = JSON.parse(r.out) as LoadDoc;
    } catch {
      const reason = r.err.split("\n").find((l) => l.trim() !== "") ?? `exit ${r.ok ? 0 : 1}`;
      return { failure: reason.replace(/^bpfdrop: /, "") };
    }
    if (doc.error) return { ...doc, failure: doc.error.message };
    return doc;
  } finally {
    await Deno.remove(pinMaps, { recursive: true }).catch(() => {});
  }
}

/** bpfdrop: the whole object, else each program alone. */
async function bpfdropResults(
  file: string,
  programs: { name: string; autoload: boolean }[],
): Promise<{ whole: string | undefined; results: Map<string, Outcome> }> {
  const results = new Map<string, Outcome>();
  const whole = await bpfdropLoad(file);
  if (whole.failure === undefined) {
    const loaded = new Set((whole.programs ?? []).map((p) => p.name));
    for (const p of programs) {
      if (!p.autoload) continue;
      results.set(p.name, {
        loaded: loaded.has(p.name),
        alone: false,
        detail: loaded.has(p.name) ? "" : "skipped: bpfdrop load succeeded without loading it",
      });
    }
    return { whole: undefined, results };
  }
  // One program fails the same way alone; an unreadable object fails every program the same way.
  const autoloaded = programs.filter((p) => p.autoload);
  const perProgram = autoloaded.length > 1 && parses(file);
  for (const p of autoloaded) {
    if (!perProgram) {
      results.set(p.name, { loaded: false, alone: false, detail: whole.failure });
      continue;
    }
    const one = await bpfdropLoad(file, p.name);
    results.set(p.name, {
      loaded: one.failure === undefined && (one.programs ?? []).some((x) => x.name === p.name),
      alone: true,
      detail: one.failure ?? "",
    });
  }
  return { whole: whole.failure, results };
}

const NOT_AUTOLOADED: Outcome = {
  loaded: false,
  alone: false,
  detail: "not autoloaded (`?` section)",
};

async function measureObject(file: string): Promise<ObjectRow> {
  const programs = await listPrograms(file);
  const libbpf = await libbpfResults(file, programs);
  const bpfdrop = await bpfdropResults(file, programs);
  return {
    file,
    libbpfWhole: libbpf.whole,
    bpfdropWhole: bpfdrop.whole,
    programs: programs.map((p) => ({
      name: p.name,
      autoload: p.autoload,
      libbpf: p.autoload ? libbpf.results.get(p.name)! : NOT_AUTOLOADED,
      bpfdrop: p.autoload ? bpfdrop.results.get(p.name)! : NOT_AUTOLOADED,
    })),
  };
}

/** Runs `jobs` with at most `limit` at a time, keeping their order in the result. */
async function pool<T, R>(items: T[], limit: number, job: (t: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await job(items[i]!);
      if ((i + 1) % 25 === 0) console.error(`corpus_table: ${i + 1}/${items.length}`);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

function listObjects(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!exists(dir)) return;
    for (const e of Deno.readDirSync(dir)) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory) walk(path);
      else if (e.name.endsWith(".o")) found.push(path);
    }
  };
  walk("build/examples");
  walk("build/corpus");
  return found.sort();
}

function describe(o: Outcome): string {
  if (o.loaded) return o.alone ? "loaded (alone)" : "loaded";
  return o.detail === "" ? "failed" : `${o.alone ? "failed alone: " : ""}${cell(o.detail)}`;
}

function originOf(file: string): string {
  return file.startsWith("build/examples/") ? "examples" : file.split("/")[2] ?? "?";
}

function render(rows: ObjectRow[]): string {
  const all = rows.flatMap((r) => r.programs.map((p) => ({ file: r.file, ...p })));
  const tried = all.filter((p) => p.autoload);
  const libbpfLoads = tried.filter((p) => p.libbpf.loaded);
  const bpfdropLoads = tried.filter((p) => p.bpfdrop.loaded);
  const onlyLibbpf = tried.filter((p) => p.libbpf.loaded && !p.bpfdrop.loaded);
  const onlyBpfdrop = tried.filter((p) => !p.libbpf.loaded && p.bpfdrop.loaded);
  const origins = [...new Set(rows.map((r) => originOf(r.file)))];

  const out: string[] = [];
  out.push("# Load results: libbpf against bpfdrop, per program");
  out.push("");
  out.push(
    "Generated by `deno run -A tools/corpus_table.ts` (do not edit) on Linux " +
      `${Deno.osRelease()} — objects from \`tools/build_examples.sh\` and ` +
      "`tools/build_corpus.sh`. libbpf: `bpftool prog loadall OBJ DIR` (bpftool 7.1, libbpf " +
      "1.1); where the whole object fails, each program alone with libbpf 1.1 " +
      "(`build/bench/lskel_ref progs`). bpfdrop: `bpfdrop load OBJ --json`; where the whole object " +
      'fails, each program alone with `--program NAME`. "(alone)" marks results of that fallback. ' +
      "Programs in `?` sections are not autoloaded by either and not counted.",
  );
  out.push("");
  out.push("## Summary");
  out.push("");
  out.push("| | all | " + origins.join(" | ") + " |");
  out.push("|---|---:|" + origins.map(() => "---:").join("|") + "|");
  const count = (label: string, list: { file: string }[], objects = false) => {
    const by = (o: string) => list.filter((p) => originOf(p.file) === o).length;
    const n = objects ? new Set(list.map((p) => p.file)).size : list.length;
    out.push(`| ${label} | ${n} | ${origins.map((o) => String(by(o))).join(" | ")} |`);
  };
  count("objects", rows);
  count("programs (autoloaded)", tried);
  count("programs libbpf loads", libbpfLoads);
  count("programs bpfdrop loads", bpfdropLoads);
  count("**loaded by libbpf but not bpfdrop**", onlyLibbpf);
  count("loaded by bpfdrop but not libbpf", onlyBpfdrop);
  out.push("");

  out.push("## Loaded by libbpf but not by bpfdrop");
  out.push("");
  if (onlyLibbpf.length === 0) out.push("None.");
  else {
    out.push("| object | program | bpfdrop's error |");
    out.push("|---|---|---|");
    for (const p of onlyLibbpf) {
      out.push(`| ${p.file} | ${p.name} | ${cell(p.bpfdrop.detail, 300)} |`);
    }
  }
  out.push("");
  out.push("## Loaded by bpfdrop but not by libbpf");
  out.push("");
  if (onlyBpfdrop.length === 0) out.push("None.");
  else {
    out.push("| object | program | libbpf's error |");
    out.push("|---|---|---|");
    for (const p of onlyBpfdrop) {
      out.push(`| ${p.file} | ${p.name} | ${cell(p.libbpf.detail, 300)} |`);
    }
  }
  out.push("");
  // A list, not a table: `deno fmt` pads table columns, which would triple the file.
  out.push("## Every program");
  out.push("");
  out.push("`object` program — libbpf's result · bpfdrop's result");
  out.push("");
  for (const r of rows) {
    if (r.programs.length === 0) out.push(`- \`${r.file}\` (no programs)`);
    for (const p of r.programs) {
      out.push(`- \`${r.file}\` ${p.name} — ${describe(p.libbpf)} · ${describe(p.bpfdrop)}`);
    }
  }
  out.push("");
  return out.join("\n");
}

if (import.meta.main) {
  if (Deno.uid() !== 0) {
    console.error("tools/corpus_table.ts: needs root (it loads programs into the kernel)");
    Deno.exit(1);
  }
  Deno.chdir(ROOT);
  await buildRefHarness();
  const objects = Deno.args.length > 0 ? Deno.args : listObjects();
  if (objects.length === 0) {
    console.error(
      "tools/corpus_table.ts: no objects; run tools/build_examples.sh and tools/build_corpus.sh",
    );
    Deno.exit(1);
  }
  const started = performance.now();
  const rows = await pool(objects, PARALLEL, measureObject);
  const table = render(rows);
  if (Deno.args.length > 0) console.log(table);
  else {
    await Deno.writeTextFile(TABLE, table);
    // Checked in, so it must pass `deno fmt --check` like every other file.
    await new Deno.Command("deno", { args: ["fmt", "--quiet", TABLE] }).output();
    console.error(
      `corpus_table: wrote ${TABLE} (${objects.length} objects, ${
        ((performance.now() - started) / 1000).toFixed(0)
      } s)`,
    );
  }
}
