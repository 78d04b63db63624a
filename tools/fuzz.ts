/**
 * Fuzzing of the object reader: mutated BPF objects go through `parseObject` and the
 * `inspect --json` document; every failure must be an ElfError, BtfError or ObjectError with a
 * `FILE: what (at offset N)` message, and no case may hang.
 *
 * `deno task fuzz [--seconds N] [--seed S] [--out DIR] [OBJ...]` runs a campaign (default 60 s) on
 * the given objects (default: build/examples/*.o), prints cases/s and the failures found, and
 * saves each failing input under DIR (default build/fuzz-failures). Exit status 1 if any failed.
 *
 * @module
 */
import { parseArgs } from "node:util";
import {
  BpfInsn,
  BtfExtHeader,
  BtfHeader,
  BtfTypeHeader,
  Elf64Ehdr,
  Elf64Rel,
  Elf64Shdr,
  Elf64Sym,
  type FieldLayout,
  offsetOf,
  type StructLayout,
} from "../src/abi/mod.ts";
import { parseBtf } from "../src/btf/mod.ts";
import { FileFormatError, parseElf, SHF, SHT } from "../src/elf/mod.ts";
import { inspectObject, parseObject } from "../src/object/mod.ts";

/** A deterministic PRNG (mulberry32), so every case is reproducible from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A field worth corrupting: its file offset and width in bytes. */
interface Field {
  at: number;
  width: 1 | 2 | 4 | 8;
}

/** A seed object plus the header fields of its ELF and BTF structures. */
export interface Seed {
  name: string;
  bytes: Uint8Array;
  little: boolean;
  fields: Field[];
}

/** Finds the interesting fields of a valid object: ELF, section, symbol, relocation, BTF headers. */
export function prepareSeed(name: string, bytes: Uint8Array): Seed {
  const elf = parseElf(bytes, name);
  const fields: Field[] = [];
  const add = (at: number, ...widths: (1 | 2 | 4 | 8)[]) => {
    let offset = at;
    for (const width of widths) {
      fields.push({ at: offset, width });
      offset += width;
    }
  };
  /** Every integer field of `layout` at `at`, in order; union arms and bitfields count once. */
  const addStruct = (at: number, layout: StructLayout) => {
    const seen = new Set<number>();
    for (const f of Object.values(layout.fields) as FieldLayout[]) {
      if (f.count !== undefined || seen.has(f.offset)) continue;
      seen.add(f.offset);
      fields.push({ at: at + f.offset, width: f.size as 1 | 2 | 4 | 8 });
    }
  };
  const little = elf.endianness === "little";
  addStruct(0, Elf64Ehdr);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shoff = Number(view.getBigUint64(offsetOf(Elf64Ehdr, "e_shoff"), little));
  for (const s of elf.sections) {
    addStruct(shoff + s.index * Elf64Shdr.size, Elf64Shdr);
    if (s.type === SHT.SYMTAB) {
      for (let at = s.offset; at + Elf64Sym.size <= s.offset + s.size; at += Elf64Sym.size) {
        addStruct(at, Elf64Sym);
      }
    }
    if (s.type === SHT.REL) {
      const end = s.offset + Math.min(s.size, Elf64Rel.size * 64);
      for (let at = s.offset; at + Elf64Rel.size <= end; at += Elf64Rel.size) {
        // r_info as its two halves, symbol index and type, which the reader checks apart.
        add(at + offsetOf(Elf64Rel, "r_offset"), 8);
        add(at + offsetOf(Elf64Rel, "r_info"), 4, 4);
      }
    }
    if ((s.flags & SHF.EXECINSTR) !== 0) {
      for (let at = s.offset; at + BpfInsn.size <= s.offset + s.size; at += BpfInsn.size) {
        addStruct(at, BpfInsn);
      }
    }
    if (s.name === ".BTF.ext") addStruct(s.offset, BtfExtHeader);
    if (s.name === ".BTF") {
      addStruct(s.offset, BtfHeader);
      // Also the first type's name and info, which clang puts right after the header.
      add(s.offset + BtfHeader.size, 4, 4);
      const btf = parseBtf(s.data, { file: name });
      for (let id = 1; id <= btf.typeCount; id++) {
        const at = s.offset + btf.recordOffset(id);
        addStruct(at, BtfTypeHeader);
        add(at + BtfTypeHeader.size, 4, 4); // the first words of the kind's tail, if any
      }
    }
  }
  return { name, bytes, little, fields };
}

const INTERESTING = [
  0,
  1,
  2,
  3,
  4,
  7,
  8,
  16,
  24,
  63,
  64,
  255,
  0x7f,
  0x80,
  0xff,
  0xffff,
  0x7fffffff,
  0xffffffff,
];

/** One mutated copy of `seed`, chosen and shaped by `random`. */
export function mutate(seed: Seed, random: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(random() * n);
  const kind = pick(10);
  if (kind === 0) return seed.bytes.slice(0, pick(seed.bytes.length));
  const out = seed.bytes.slice();
  const view = new DataView(out.buffer);
  const rounds = 1 + pick(4);
  for (let r = 0; r < rounds; r++) {
    if (kind <= 2) {
      // Byte flips anywhere.
      out[pick(out.length)] = pick(256);
    } else if (kind === 3) {
      // Copy a chunk over another place.
      const len = 1 + pick(64);
      const from = pick(Math.max(1, out.length - len));
      out.copyWithin(pick(Math.max(1, out.length - len)), from, from + len);
    } else {
      // A header field set to an interesting, nearby or random value.
      const f = seed.fields[pick(seed.fields.length)];
      if (!f || f.at + f.width > out.length) continue;
      const old = f.width === 8
        ? Number(view.getBigUint64(f.at, seed.little) & 0xffffffffn)
        : readField(view, f, seed.little);
      const choice = pick(4);
      const value = choice === 0
        ? INTERESTING[pick(INTERESTING.length)]!
        : choice === 1
        ? old + pick(17) - 8
        : choice === 2
        ? old ^ (1 << pick(f.width * 8))
        : pick(2 ** 32);
      writeField(view, f, value, seed.little);
    }
  }
  return out;
}

function readField(view: DataView, f: Field, little: boolean): number {
  if (f.width === 1) return view.getUint8(f.at);
  if (f.width === 2) return view.getUint16(f.at, little);
  return view.getUint32(f.at, little);
}

function writeField(view: DataView, f: Field, value: number, little: boolean): void {
  const v = value >>> 0;
  if (f.width === 1) view.setUint8(f.at, v & 0xff);
  else if (f.width === 2) view.setUint16(f.at, v & 0xffff, little);
  else if (f.width === 4) view.setUint32(f.at, v, little);
  else view.setBigUint64(f.at, BigInt(v) * (value > 0xffffffff ? 0x100000000n : 1n), little);
}

/** Outcome of one case. */
export type Outcome = "accepted" | "rejected" | { failure: string };

const MESSAGE = /^\S.*: .+ \(at offset \d+\)$/s;

/** Runs one input through parseObject and the inspect JSON; classifies how it ended. */
export function runCase(bytes: Uint8Array, file: string): Outcome {
  try {
    JSON.stringify(inspectObject(parseObject(bytes, file)));
    return "accepted";
  } catch (e) {
    const known = e instanceof FileFormatError; // ElfError, BtfError or ObjectError
    if (known && e.message.startsWith(`${file}: `) && MESSAGE.test(e.message)) return "rejected";
    const detail = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e);
    return { failure: known ? `badly formed message: ${e.message}` : detail };
  }
}

/** Statistics of a campaign. */
export interface CampaignResult {
  cases: number;
  accepted: number;
  rejected: number;
  failures: { seed: string; case: number; detail: string; input: Uint8Array }[];
  slowest: { ms: number; seed: string; case: number };
  seconds: number;
}

/** How long a campaign runs: `cases` cases or `seconds` seconds, case seeds from `firstSeed`. */
export interface CampaignLimits {
  cases?: number;
  seconds?: number;
  firstSeed?: number;
}

/** Runs `cases` (or until `seconds` pass) mutated cases over `seeds`, starting at `firstSeed`. */
export function campaign(
  seeds: Seed[],
  limits: CampaignLimits,
  onCase: (caseSeed: number) => void = () => {},
): CampaignResult {
  const start = performance.now();
  const result: CampaignResult = {
    cases: 0,
    accepted: 0,
    rejected: 0,
    failures: [],
    slowest: { ms: 0, seed: "", case: 0 },
    seconds: 0,
  };
  const deadline = limits.seconds === undefined ? Infinity : start + limits.seconds * 1000;
  const maxCases = limits.cases ?? Infinity;
  for (let n = 0; n < maxCases && performance.now() < deadline; n++) {
    const caseSeed = (limits.firstSeed ?? 1) + n;
    const random = rng(caseSeed);
    const seed = seeds[n % seeds.length]!;
    const input = mutate(seed, random);
    onCase(caseSeed);
    const t0 = performance.now();
    const outcome = runCase(input, `fuzz-${caseSeed}.o`);
    const ms = performance.now() - t0;
    if (ms > result.slowest.ms) result.slowest = { ms, seed: seed.name, case: caseSeed };
    result.cases++;
    if (outcome === "accepted") result.accepted++;
    else if (outcome === "rejected") result.rejected++;
    else result.failures.push({ seed: seed.name, case: caseSeed, detail: outcome.failure, input });
  }
  result.seconds = (performance.now() - start) / 1000;
  return result;
}

/** A campaign that stopped making progress: the case that never finished. */
export interface Hang {
  hang: number;
  stalledMs: number;
}

/**
 * Runs a campaign in a worker, watching a shared counter of the case in progress; if one case runs
 * longer than `stallMs`, the worker is terminated and the case reported as a hang.
 */
export function guardedCampaign(
  seeds: { name: string; bytes: Uint8Array }[],
  limits: CampaignLimits,
  stallMs = 10_000,
): Promise<CampaignResult | Hang> {
  const progress = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL("./fuzz.ts?worker", import.meta.url), { type: "module" });
  return new Promise((resolve, reject) => {
    let last = -1;
    let since = performance.now();
    const timer = setInterval(() => {
      const current = Atomics.load(progress, 0);
      if (current !== last) {
        last = current;
        since = performance.now();
      } else if (performance.now() - since > stallMs) {
        finish();
        resolve({ hang: current, stalledMs: performance.now() - since });
      }
    }, 250);
    const finish = () => {
      clearInterval(timer);
      worker.terminate();
    };
    worker.onmessage = (e: MessageEvent<CampaignResult>) => {
      finish();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      finish();
      e.preventDefault();
      reject(new Error(`fuzz worker failed: ${e.message}`));
    };
    worker.postMessage({ seeds, limits, progress: progress.buffer });
  });
}

/** Worker side of `guardedCampaign`. */
function serveWorker(): void {
  const scope = globalThis as unknown as {
    onmessage: (e: MessageEvent) => void;
    postMessage: (m: unknown) => void;
  };
  scope.onmessage = (e) => {
    const { seeds, limits, progress } = e.data as {
      seeds: { name: string; bytes: Uint8Array }[];
      limits: CampaignLimits;
      progress: SharedArrayBuffer;
    };
    const counter = new Int32Array(progress);
    const prepared = seeds.map((x) => prepareSeed(x.name, x.bytes));
    scope.postMessage(campaign(prepared, limits, (n) => Atomics.store(counter, 0, n)));
  };
}

/** Seeds from object files on disk. */
export async function loadSeeds(paths: string[]): Promise<Seed[]> {
  const seeds: Seed[] = [];
  for (const path of paths) seeds.push(prepareSeed(path, await Deno.readFile(path)));
  return seeds;
}

/** Saves a failing input when allowed to write; says where (or why not). */
async function save(path: string, input: Uint8Array): Promise<string> {
  try {
    await Deno.mkdir(path.slice(0, path.lastIndexOf("/")), { recursive: true });
    await Deno.writeFile(path, input);
    return `saved to ${path}`;
  } catch (e) {
    return `not saved (${(e as Error).name}); rerun with --allow-write to keep it`;
  }
}

async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      seconds: { type: "string", default: "60" },
      seed: { type: "string", default: String(Date.now() % 1_000_000_000) },
      out: { type: "string", default: "build/fuzz-failures" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log("Usage: deno task fuzz [--seconds N] [--seed S] [--out DIR] [OBJ...]");
    return 0;
  }
  let paths = positionals;
  if (paths.length === 0) {
    const dir = new URL("../build/examples/", import.meta.url).pathname;
    try {
      paths = [...Deno.readDirSync(dir)].filter((e) => e.name.endsWith(".o")).map((e) =>
        dir + e.name
      ).sort();
    } catch {
      paths = [];
    }
  }
  if (paths.length === 0) {
    console.error("fuzz: no seed objects (give OBJ paths or run tools/build_examples.sh)");
    return 2;
  }
  const seeds = await Promise.all(
    paths.map(async (name) => ({ name, bytes: await Deno.readFile(name) })),
  );
  const seconds = Number(values.seconds);
  const firstSeed = Number(values.seed);
  console.log(`fuzz: ${seeds.length} seed objects, ${seconds} s, first case seed ${firstSeed}`);
  const r = await guardedCampaign(seeds, { seconds, firstSeed });
  if ("hang" in r) {
    console.log(
      `FAIL case ${r.hang} made no progress for ${(r.stalledMs / 1000).toFixed(1)} s (hang)`,
    );
    return 1;
  }
  console.log(
    `fuzz: ${r.cases} cases in ${r.seconds.toFixed(1)} s (${
      (r.cases / r.seconds).toFixed(0)
    } cases/s): ` +
      `${r.accepted} accepted, ${r.rejected} rejected with a clear error, ${r.failures.length} failures; ` +
      `slowest case ${r.slowest.ms.toFixed(1)} ms (case ${r.slowest.case} of ${r.slowest.seed})`,
  );
  if (r.failures.length > 0) {
    for (const f of r.failures.slice(0, 50)) {
      const saved = await save(`${values.out}/case-${f.case}.o`, f.input);
      console.log(
        `FAIL case ${f.case} (seed ${f.seed}), ${saved}\n  ${
          f.detail.split("\n").slice(0, 4).join("\n  ")
        }`,
      );
    }
    return 1;
  }
  return 0;
}

if (new URL(import.meta.url).search === "?worker") serveWorker();
else if (import.meta.main) Deno.exit(await main(Deno.args));
