/**
 * bpfdrop against libbpf 1.1's light skeleton, per example object, in one run:
 *
 * - generation: reading the object as the CLI does (`readObjectFile`: everything but its DWARF),
 *   parseObject + generateHostLoader (generateLoader with the kernel config for `.kconfig`
 *   externs, read once per process, as `bpfdrop gen|load` do) against bpf_object__open_file +
 *   bpf_object__gen_loader + bpf_object__load in gen mode; both warm (repeated in one process),
 *   one after the other, medians. "Warm" for bpfdrop means after V8 has finished tiering the code
 *   up: generating task_iter once takes ~1 ms unoptimised and V8 needs ~1 s of repetitions
 *   (thousands) to reach its steady ~0.35 ms, so the warm-up runs for {@link GEN_WARMUP_MS}
 *   rather than a fixed count (100 repetitions left 150-250 µs of tier-up in the median).
 *   bpfdrop's generation is measured for every object before the process starts any other (see
 *   the main block). A one-shot `bpfdrop gen` pays the cold time, not this;
 * - load: runLoader on the generated loader then closing every map and program, against
 *   bpf_load_and_run on libbpf's loader then closing every returned fd; rounds of the two are
 *   interleaved so that background load affects both alike; medians. A last column runs
 *   bpfdrop's own loader through the C runner, to tell the kernel's share of the load time
 *   (the loader program) from the runner's (FFI, JavaScript).
 *
 * Needs root, clang-built examples (tools/build_examples.sh) and libbpf-dev.
 * Usage: deno run -A bench/lskel_compare.ts [OBJ...]
 *
 * @module
 */
import { applyLoaderInputs, encodeLoaderCtx, type Loader } from "../src/gen/mod.ts";
import { generateHostLoader, possibleCpus, runLoader } from "../src/kernel/mod.ts";
import { parseObject } from "../src/object/mod.ts";
import { readObjectFile } from "../src/cli/_loader_source.ts";
import { buildRefHarness, median, type RefBench, refBench, refRun } from "./_host.ts";

/** Warm-up: at least this many repetitions and this long (V8 tier-up, see above). */
const GEN_WARMUP = 100;
const GEN_WARMUP_MS = 1000;
const GEN_REPS = 400;
/** Generation is measured in this many processes on each side; the row shows the median of their
 * medians. One V8 process's steady state differs from the next by up to ±10% (its optimised
 * code differs), while libbpf's repeats within 2%. */
const GEN_RUNS = 3;
const GEN_ONLY = "--generation-only";
const LOAD_ROUNDS = 20;
const LOAD_PER_ROUND = 10;
const LOAD_TARGET = 1.05;
const GEN_TARGET = 2;

interface Row {
  name: string;
  genBpfdrop: number;
  genLibbpf: number | string;
  loadBpfdrop: number | string;
  loadLskel: number | string;
  /** bpfdrop's loader run by the C runner: the kernel's share of bpfdrop's load. */
  loadBpfdropByC: number | string;
}

/** Nanoseconds taken by each of `reps` calls of `body`. */
function timeNs(reps: number, body: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    body();
    times.push((performance.now() - start) * 1e6);
  }
  return times;
}

function refusal(ref: RefBench & { ok: false }): string {
  const who = ref.step === "generate" ? "libbpf 1.1 refuses" : "lskel load fails";
  return `${who}: ${ref.error.replace(/^libbpf: /, "")} (errno ${ref.errno})`;
}

/** bpfdrop's warm generation time for the object at `path`: median nanoseconds. */
function bpfdropGeneration(path: string): number {
  const generate = () => generateHostLoader(parseObject(readObjectFile(path), path), undefined);
  const warmStart = performance.now();
  for (let i = 0; i < GEN_WARMUP || performance.now() - warmStart < GEN_WARMUP_MS; i++) generate();
  return median(timeNs(GEN_REPS, generate));
}

/**
 * bpfdrop's generation time per object (median ns) measured in {@link GEN_RUNS} processes of this
 * script run with {@link GEN_ONLY}, one after the other: the median of their medians.
 */
async function bpfdropGenerationRuns(objects: readonly string[]): Promise<number[]> {
  const runs: number[][] = [];
  for (let run = 0; run < GEN_RUNS; run++) {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", new URL(import.meta.url).pathname, GEN_ONLY, ...objects],
      stderr: "inherit",
    }).output();
    if (!out.success) throw new Error(`${GEN_ONLY} run failed`);
    runs.push(JSON.parse(new TextDecoder().decode(out.stdout)));
  }
  return objects.map((_, i) => median(runs.map((r) => r[i]!)));
}

/** The rest of a row: libbpf's generation (median of {@link GEN_RUNS} runs), and both loads. */
async function measure(path: string, genBpfdrop: number): Promise<Row> {
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.bpf\.o$/, "");
  const generate = () => generateHostLoader(parseObject(readObjectFile(path), path), undefined);
  const firstRef = await refBench(path, GEN_REPS, 0);
  let genLibbpf: number | string;
  if (!firstRef.ok) genLibbpf = refusal(firstRef);
  else {
    const runs = [median(firstRef.gen_ns)];
    for (let run = 1; run < GEN_RUNS; run++) {
      const ref = await refBench(path, GEN_REPS, 0);
      if (!ref.ok) throw new Error(`${path}: libbpf refused on run ${run + 1}: ${ref.error}`);
      runs.push(median(ref.gen_ns));
    }
    genLibbpf = median(runs);
  }

  const loader = generate();
  const loadOnce = () => runLoader(loader).close();
  let loadBpfdrop: number | string = 0;
  try {
    loadOnce();
  } catch (e) {
    loadBpfdrop = `bpfdrop load fails: ${(e as Error).message.split("\n")[0]}`;
  }
  let loadLskel: number | string = firstRef.ok ? 0 : genLibbpf;
  const bpfdropNs: number[] = [];
  const lskelNs: number[] = [];
  const byCNs: number[] = [];
  using raw = loaderFiles(loader);
  for (let round = 0; round < LOAD_ROUNDS; round++) {
    if (typeof loadBpfdrop === "number") {
      const ref = await refRun(raw.paths, LOAD_PER_ROUND);
      if (!ref.ok) {
        throw new Error(`${path}: the C runner failed on bpfdrop's loader: ${ref.error}`);
      }
      byCNs.push(...ref.load_ns);
    }
    if (typeof loadLskel === "number") {
      const ref = await refBench(path, 0, LOAD_PER_ROUND);
      if (ref.ok) lskelNs.push(...ref.load_ns);
      else loadLskel = refusal(ref);
    }
    if (typeof loadBpfdrop === "number") bpfdropNs.push(...timeNs(LOAD_PER_ROUND, loadOnce));
  }
  if (typeof loadLskel === "number") loadLskel = median(lskelNs);
  if (typeof loadBpfdrop === "number") loadBpfdrop = median(bpfdropNs);
  const loadBpfdropByC = typeof loadBpfdrop === "number" ? median(byCNs) : "—";
  return { name, genBpfdrop, genLibbpf, loadBpfdrop, loadLskel, loadBpfdropByC };
}

/** bpfdrop's loader as raw files for `lskel_ref run`, with the ctx runLoader would pass. */
function loaderFiles(loader: Loader): { paths: [string, string, string] } & Disposable {
  const dir = Deno.makeTempDirSync({ prefix: "bpfdrop-bench-" });
  const paths: [string, string, string] = [`${dir}/insns`, `${dir}/blob`, `${dir}/ctx`];
  Deno.writeFileSync(paths[0], loader.insns);
  const inputs = { possibleCpus: possibleCpus() };
  const blob = loader.blob.slice();
  applyLoaderInputs(loader, blob, inputs);
  Deno.writeFileSync(paths[1], blob);
  Deno.writeFileSync(paths[2], encodeLoaderCtx(loader, inputs));
  return { paths, [Symbol.dispose]: () => Deno.removeSync(dir, { recursive: true }) };
}

const us = (ns: number) => `${(ns / 1e3).toFixed(1)} µs`;
const ms = (ns: number) => `${(ns / 1e6).toFixed(3)} ms`;
const ratio = (a: number | string, b: number | string) =>
  typeof a === "number" && typeof b === "number" ? `${(a / b).toFixed(2)}×` : "—";

function printTable(rows: Row[]): void {
  const header = [
    "object",
    "gen bpfdrop",
    "gen libbpf",
    "ratio",
    "load bpfdrop",
    "load C lskel",
    "ratio",
    "bpfdrop loader, C runner",
  ];
  const cells = rows.map((r) => [
    r.name,
    us(r.genBpfdrop),
    typeof r.genLibbpf === "number" ? us(r.genLibbpf) : "refused",
    ratio(r.genBpfdrop, r.genLibbpf),
    typeof r.loadBpfdrop === "number" ? ms(r.loadBpfdrop) : "failed",
    typeof r.loadLskel === "number" ? ms(r.loadLskel) : "failed",
    ratio(r.loadBpfdrop, r.loadLskel),
    typeof r.loadBpfdropByC === "number" ? ms(r.loadBpfdropByC) : "—",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  for (const c of cells) console.log(line(c));
  for (const r of rows) {
    const notes = new Set(
      [r.genLibbpf, r.loadBpfdrop, r.loadLskel].filter((v) => typeof v === "string"),
    );
    for (const note of notes) console.log(`  ${r.name}: ${note}`);
  }
}

function verdict(rows: Row[], what: string, target: number, pick: (r: Row) => [unknown, unknown]) {
  const compared = rows.flatMap((r) => {
    const [a, b] = pick(r);
    return typeof a === "number" && typeof b === "number" ? [{ name: r.name, q: a / b }] : [];
  });
  const missed = compared.filter((c) => c.q > target);
  const worst = compared.reduce((w, c) => (c.q > w ? c.q : w), 0);
  console.log(
    `target ${what} ≤ ${target}×: ${missed.length === 0 ? "MET" : "NOT MET"} ` +
      `(${compared.length - missed.length}/${compared.length} objects within, worst ${
        worst.toFixed(3)
      }×${
        missed.length
          ? `; over: ${missed.map((m) => `${m.name} ${m.q.toFixed(3)}×`).join(", ")}`
          : ""
      })`,
  );
}

if (import.meta.main && Deno.args[0] === GEN_ONLY) {
  // A generation-only run: bpfdrop's times for the objects given, as JSON, in a process that
  // starts no other (see below).
  console.log(JSON.stringify(Deno.args.slice(1).map(bpfdropGeneration)));
} else if (import.meta.main) {
  if (Deno.uid() !== 0) {
    console.log("skip: bench/lskel_compare.ts: needs root");
    Deno.exit(0);
  }
  const objects = Deno.args.length > 0 ? Deno.args : [...Deno.readDirSync("build/examples")]
    .map((e) => `build/examples/${e.name}`).filter((p) => p.endsWith(".bpf.o")).sort();
  console.log(
    `bpfdrop vs libbpf ${"1.1"} light skeleton, medians: generation ${GEN_REPS} warm repetitions ` +
      `in each of ${GEN_RUNS} processes per side (after ≥ ${GEN_WARMUP} and ≥ ${GEN_WARMUP_MS} ms of warm-up), load ${LOAD_ROUNDS} interleaved rounds × ${LOAD_PER_ROUND}`,
  );
  // bpfdrop's generation is measured in processes that start no other: after its first wait for
  // a child process (the C harness, its build), the same generation came out 10-30% slower for
  // the rest of the process (V8's young generation had grown; with it held at 2 MiB there was no
  // slowdown). bpfdrop generating loaders starts no processes.
  const genTimes = await bpfdropGenerationRuns(objects);
  await buildRefHarness();
  const rows: Row[] = [];
  for (const [i, path] of objects.entries()) rows.push(await measure(path, genTimes[i]!));
  printTable(rows);
  verdict(rows, "load (bpfdrop / C lskel)", LOAD_TARGET, (r) => [r.loadBpfdrop, r.loadLskel]);
  verdict(rows, "generation (bpfdrop / libbpf)", GEN_TARGET, (r) => [r.genBpfdrop, r.genLibbpf]);
}
