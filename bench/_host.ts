/**
 * Shared by the benches and tools/corpus_table.ts: the C reference harness
 * (bench/ref/lskel_ref.c), medians, and the kernel config the CLI uses (from the CLI's own
 * `_loader_source.ts`, so the benches measure exactly what `bpfdrop gen|load` does).
 *
 * @module
 */
/** Path of the built C harness (bench/ref/build.sh). */
export const REF_HARNESS = new URL("../build/bench/lskel_ref", import.meta.url).pathname;

/** Builds the C harness if needed; throws with the compiler's output on failure. */
export async function buildRefHarness(): Promise<void> {
  const script = new URL("./ref/build.sh", import.meta.url).pathname;
  const out = await new Deno.Command("bash", { args: [script], stderr: "piped" }).output();
  if (!out.success) {
    throw new Error(`bench/ref/build.sh failed:\n${new TextDecoder().decode(out.stderr)}`);
  }
}

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** What `lskel_ref bench` prints: per-repetition times, or why libbpf (or the kernel) refused. */
export type RefBench =
  | {
    ok: true;
    maps: number;
    programs: number;
    insns: number;
    blob: number;
    gen_ns: number[];
    load_ns: number[];
  }
  | { ok: false; step: "generate" | "load"; errno: number; error: string };

/** Runs `lskel_ref bench OBJ GEN_REPS LOAD_REPS`. */
export async function refBench(obj: string, genReps: number, loadReps: number): Promise<RefBench> {
  const out = await new Deno.Command(REF_HARNESS, {
    args: ["bench", obj, String(genReps), String(loadReps)],
    stderr: "inherit",
  }).output();
  const text = new TextDecoder().decode(out.stdout);
  if (!out.success) throw new Error(`${REF_HARNESS} bench ${obj} failed: ${text}`);
  return JSON.parse(text) as RefBench;
}

/** Runs `lskel_ref run INSNS BLOB CTX REPS` (a loader given as raw files). */
export async function refRun(
  files: readonly [string, string, string],
  reps: number,
): Promise<{ ok: true; load_ns: number[] } | { ok: false; error: string }> {
  const out = await new Deno.Command(REF_HARNESS, {
    args: ["run", ...files, String(reps)],
    stderr: "inherit",
  }).output();
  const text = new TextDecoder().decode(out.stdout);
  if (!out.success) throw new Error(`${REF_HARNESS} run failed: ${text}`);
  return JSON.parse(text);
}
