/**
 * Differential test of `bpfdrop inspect` against the reference tools, for every example object
 * (`build/examples`) and every corpus object (`build/corpus`):
 * - programs: names and sections vs the `llvm-readelf -s` listing; names and types vs
 *   `bpftool prog loadall` + `bpftool prog show` when libbpf can load the object here;
 * - maps: names, types, key/value sizes, max_entries and flags vs `bpftool map show` after
 *   loadall (names normalised as libbpf and the kernel shorten them), and BTF `.maps` names;
 * - BTF: type count, kinds and names vs `bpftool btf dump file -j`;
 * - relocations: entry count per relocation section vs `llvm-readelf -r`.
 * Objects libbpf cannot load are compared on the static parts, with a printed note.
 *
 * The examples are inspected through `main.ts inspect --json` (checked equal to `inspectObject`),
 * corpus objects in process. Build the objects first:
 * `tools/build_examples.sh && tools/build_corpus.sh`.
 * `BPFDROP_CORPUS_LIMIT=N` compares only the first N objects of each corpus origin.
 * @module
 */
import { type InspectDocument, inspectObject, parseObject } from "../src/object/mod.ts";
import { kindName } from "../src/btf/mod.ts";
import { BpfAttachType, BpfMapFlags } from "../src/abi/mod.ts";
import { objectsIn } from "./corpus/fixtures.ts";
import {
  bpftoolTypeName,
  buildLibbpfView,
  haveTool,
  type KernelMap,
  kernelMapName,
  type LibbpfMap,
  type LibbpfProgram,
  type LibbpfView,
  libbpfViews,
  type LoadResult,
  loadView,
  type StaticView,
  staticView,
} from "./corpus/reference.ts";

const EXAMPLES = "build/examples";
const CORPUS = "build/corpus";
const CONCURRENCY = Math.max(1, navigator.hardwareConcurrency);

/**
 * libbpf 1.1 (the reference here) makes every data map mmapable; newer libbpf, which bpfdrop
 * follows, only those with a global variable. The flag is accepted on internal maps.
 */
const { BPF_F_MMAPABLE } = BpfMapFlags;

/** The kernel marks every devmap read-only for programs (`dev_map_init_map`). */
const { BPF_F_RDONLY_PROG } = BpfMapFlags;
const KERNEL_RDONLY_PROG = new Set(["devmap", "devmap_hash"]);

/**
 * libbpf rounds a ring buffer's size up to a power-of-two number of pages
 * (`adjust_ringbuf_sz`); the object keeps the declared size.
 */
function ringbufSize(declared: number): number {
  const page = 4096;
  for (let pages = 1; pages * page <= 2 ** 32; pages *= 2) {
    if (pages * page >= declared) return pages * page;
  }
  return declared;
}

/** Map types whose kernel-reported sizes are not the object's (libbpf or the kernel rewrites them). */
const KERNEL_SIZED_VALUE = new Set(["struct_ops"]);

interface Tally {
  objects: number;
  loaded: number;
  staticOnly: number;
  refused: number;
  programsKernel: number;
  programsLibbpf: number;
  mapsLibbpf: number;
  programsListed: number;
  maps: number;
  btfTypes: number;
  relocationSections: number;
  notes: string[];
  mismatches: string[];
}

function newTally(): Tally {
  return {
    objects: 0,
    loaded: 0,
    staticOnly: 0,
    refused: 0,
    programsKernel: 0,
    programsLibbpf: 0,
    mapsLibbpf: 0,
    programsListed: 0,
    maps: 0,
    btfTypes: 0,
    relocationSections: 0,
    notes: [],
    mismatches: [],
  };
}

function corpusOrigins(): string[] {
  try {
    return [...Deno.readDirSync(CORPUS)].filter((e) => e.isDirectory).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

function possibleCpus(): number {
  const text = Deno.readTextFileSync("/sys/devices/system/cpu/possible").trim();
  return text.split(",").reduce((n, range) => {
    const [lo, hi] = range.split("-").map(Number);
    return n + (hi === undefined ? 1 : hi - lo! + 1);
  }, 0);
}

/** `bpfdrop inspect FILE --json` through the real command line. */
async function inspectViaCli(file: string): Promise<InspectDocument> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "main.ts", "inspect", file, "--json"],
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!out.success) throw new Error(new TextDecoder().decode(out.stderr).trim());
  return JSON.parse(new TextDecoder().decode(out.stdout)) as InspectDocument;
}

/**
 * Compares one object and records counts and mismatches in `tally`. With `viaCli` the document
 * comes from `main.ts inspect --json` and must equal the in-process `inspectObject` one.
 */
async function compareObject(
  file: string,
  tally: Tally,
  viaCli: boolean,
  libbpf: LibbpfView | undefined,
): Promise<void> {
  const fail = (what: string) => tally.mismatches.push(`${file}: ${what}`);
  let doc: InspectDocument;
  let btfNames: { kind: string; name: string }[] | undefined;
  try {
    const obj = parseObject(await Deno.readFile(file), file);
    doc = inspectObject(obj);
    if (viaCli) {
      const printed = await inspectViaCli(file);
      if (JSON.stringify(printed) !== JSON.stringify(doc)) {
        fail("`inspect --json` output differs from inspectObject()");
      }
      doc = printed;
    }
    btfNames = obj.btf?.types.slice(1).map((t) => ({
      kind: kindName(t.kind),
      name: t.name === "" ? "(anon)" : t.name,
    }));
  } catch (e) {
    await judgeRefusal(file, e instanceof Error ? e.message : String(e), tally);
    return;
  }
  const ref = await staticView(file);
  tally.objects++;

  compareListing(doc, ref, fail);
  tally.programsListed += doc.programs.length;
  compareBtf(doc, btfNames, ref, fail);
  tally.btfTypes += ref.btfTypes?.length ?? 0;
  compareRelocations(doc, ref, fail);
  tally.relocationSections += ref.relocations.size;
  compareMapNamesWithBtf(doc, ref, fail);
  if (libbpf?.error !== undefined) {
    tally.notes.push(`${file}: libbpf cannot open it (${libbpf.error})`);
  } else if (libbpf) {
    compareOpenedPrograms(doc, libbpf.programs, fail);
    tally.programsLibbpf += libbpf.programs.length;
    compareOpenedMaps(file, doc, libbpf.maps, fail);
    tally.mapsLibbpf += libbpf.maps.length;
  }

  if (doc.endianness !== "little") {
    tally.staticOnly++;
    tally.notes.push(`${file}: big-endian, static comparison only`);
    return;
  }
  const loaded = await loadView(file, ref.pinnedByName);
  if (!loaded.loaded) {
    tally.staticOnly++;
    tally.notes.push(`${file}: libbpf cannot load it here (${loaded.reason}), static only`);
    return;
  }
  tally.loaded++;
  if (loaded.note) tally.notes.push(`${file}: ${loaded.note}`);
  tally.programsKernel += compareKernelPrograms(doc, loaded, fail);
  tally.maps += compareKernelMaps(file, doc, loaded, fail);
}

/**
 * bpfdrop may refuse an object only where libbpf refuses it too. A big-endian object cannot be
 * loaded here, so it must fail exactly like its little-endian twin (`-eb/` → `-el/`) when one exists.
 */
async function judgeRefusal(file: string, message: string, tally: Tally): Promise<void> {
  tally.objects++;
  tally.refused++;
  const twin = file.replace("-eb/", "-el/");
  if (twin !== file) {
    const twinMessage = await refusalOf(twin);
    if (twinMessage?.replaceAll(twin, file) !== message) {
      const twinSays = twinMessage ?? "accepted";
      tally.mismatches.push(`${file}: refused (${message}) but its twin ${twin}: ${twinSays}`);
    } else {
      tally.notes.push(`${file}: refused like its little-endian twin: ${message}`);
    }
    return;
  }
  const loaded = await loadView(file, []);
  if (loaded.loaded) {
    tally.mismatches.push(`${file}: inspect refused what libbpf loads: ${message}`);
  } else {
    tally.notes.push(`${file}: refused (${message}); libbpf refuses it too (${loaded.reason})`);
  }
}

/** The error bpfdrop's reader gives for `file`, or undefined when it reads it. */
async function refusalOf(file: string): Promise<string | undefined> {
  try {
    parseObject(await Deno.readFile(file), file);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Programs are the FUNC symbols of executable sections other than `.text`. */
function compareListing(doc: InspectDocument, ref: StaticView, fail: (w: string) => void) {
  const listed = ref.functions.filter((f) => f.section !== ".text")
    .map((f) => `${f.section}:${f.name}`).sort();
  const ours = doc.programs.map((p) => `${p.section}:${p.name}`).sort();
  if (JSON.stringify(ours) !== JSON.stringify(listed)) {
    fail(
      `programs (section:name) ${JSON.stringify(ours)} != llvm-readelf ${JSON.stringify(listed)}`,
    );
  }
  const subprograms = ref.functions.filter((f) => f.section === ".text").map((f) => f.name).sort();
  const ourSubprograms = doc.subprograms.map((s) => s.name).sort();
  if (JSON.stringify(ourSubprograms) !== JSON.stringify(subprograms)) {
    fail(
      `subprograms ${JSON.stringify(ourSubprograms)} != llvm-readelf ${
        JSON.stringify(subprograms)
      }`,
    );
  }
}

function compareBtf(
  doc: InspectDocument,
  ours: { kind: string; name: string }[] | undefined,
  ref: StaticView,
  fail: (w: string) => void,
) {
  if (ref.btfTypes === undefined) {
    if (doc.btf !== null && ref.btfError === undefined) {
      fail("BTF found but the object has no .BTF");
    }
    return;
  }
  if (doc.btf === null || ours === undefined) return fail("no BTF in inspect output");
  if (doc.btf.types !== ref.btfTypes.length) {
    fail(`BTF type count ${doc.btf.types} != bpftool ${ref.btfTypes.length}`);
  }
  const kinds: Record<string, number> = {};
  for (const t of ref.btfTypes) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
  const ourKinds = Object.fromEntries(Object.entries(doc.btf.kinds).filter(([, n]) => n > 0));
  if (JSON.stringify(sortKeys(ourKinds)) !== JSON.stringify(sortKeys(kinds))) {
    fail(
      `BTF kinds ${JSON.stringify(sortKeys(ourKinds))} != bpftool ${
        JSON.stringify(sortKeys(kinds))
      }`,
    );
  }
  const first = ref.btfTypes.findIndex((t, i) =>
    t.kind !== ours[i]?.kind || t.name !== ours[i]?.name
  );
  if (first !== -1 || ours.length !== ref.btfTypes.length) {
    const at = first === -1 ? Math.min(ours.length, ref.btfTypes.length) : first;
    fail(
      `BTF type ${at + 1}: ${JSON.stringify(ours[at])} != bpftool ${
        JSON.stringify(ref.btfTypes[at])
      }`,
    );
  }
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

function compareRelocations(doc: InspectDocument, ref: StaticView, fail: (w: string) => void) {
  const ours = new Map(doc.relocations.sections.map((s) => [s.name, s.count]));
  for (const [name, count] of ref.relocations) {
    if (ours.get(name) !== count) {
      fail(`relocations in ${name}: ${ours.get(name) ?? "none"} != llvm-readelf ${count}`);
    }
  }
  for (const name of ours.keys()) {
    if (!ref.relocations.has(name)) fail(`relocation section ${name} unknown to llvm-readelf`);
  }
  const total = [...ref.relocations.values()].reduce((a, b) => a + b, 0);
  if (doc.relocations.total !== total) {
    fail(`relocation total ${doc.relocations.total} != llvm-readelf ${total}`);
  }
}

/** Every variable of the BTF `.maps` section is a BTF-defined map. */
function compareMapNamesWithBtf(doc: InspectDocument, ref: StaticView, fail: (w: string) => void) {
  if (ref.btfTypes === undefined) return;
  const ours = doc.maps.filter((m) => m.origin === "btf").map((m) => m.name).sort();
  const pinned = doc.maps.filter((m) => m.pinning === "byName").map((m) => m.name).sort();
  if (JSON.stringify(pinned) !== JSON.stringify([...ref.pinnedByName].sort())) {
    fail(
      `maps pinned by name ${JSON.stringify(pinned)} != BTF ${JSON.stringify(ref.pinnedByName)}`,
    );
  }
  if (ours.length === 0 && !ref.sections.includes(".maps")) return;
  if (!ref.sections.includes(".maps")) fail(`BTF-defined maps ${ours} without a .maps section`);
}

/** `BPF_TRACE_FENTRY` → `trace_fentry`; no expected attach type is 0, `cgroup_inet_ingress`. */
function attachTypeName(kernelName: string | null): string {
  return (kernelName ?? "BPF_CGROUP_INET_INGRESS").replace(/^BPF_/, "").toLowerCase();
}

function attachTypeByValue(value: number): string | null {
  return Object.entries(BpfAttachType).find(([, v]) => v === value)?.[0] ?? null;
}

/** Programs in libbpf's order with libbpf's type, expected attach type and autoload. */
function compareOpenedPrograms(
  doc: InspectDocument,
  libbpfPrograms: LibbpfProgram[],
  fail: (w: string) => void,
) {
  // libbpf drops a leading `?` from section names (it only clears autoload), and counts a lone
  // `.text` function as a program of type unspec; bpfdrop lists that one as a subprogram.
  const opened = libbpfPrograms.filter((p) => p.section !== ".text" || doc.programs.length > 0);
  const ours = doc.programs.map((p) => ({
    name: p.name,
    section: p.section.replace(/^\?/, ""),
    type: bpftoolTypeName(p.type),
    // For struct_ops programs libbpf stores the struct member index in expected_attach_type.
    expectedAttachType: p.structOps
      ? attachTypeName(attachTypeByValue(p.structOps.memberIndex))
      : attachTypeName(p.expectedAttachType),
    autoload: p.autoload,
  }));
  const count = Math.max(ours.length, opened.length);
  for (let i = 0; i < count; i++) {
    if (JSON.stringify(ours[i]) !== JSON.stringify(opened[i])) {
      fail(`program #${i}: ${JSON.stringify(ours[i])} != libbpf ${JSON.stringify(opened[i])}`);
    }
  }
}

/** Maps in libbpf's order with their attributes as libbpf parsed them (before the kernel). */
function compareOpenedMaps(
  file: string,
  doc: InspectDocument,
  opened: LibbpfMap[],
  fail: (w: string) => void,
) {
  const count = Math.max(doc.maps.length, opened.length);
  for (let i = 0; i < count; i++) {
    const m = doc.maps[i];
    const l = opened[i];
    const internal = m?.origin === "data" || m?.origin === "kconfig";
    const ours = m && {
      // libbpf 1.1 names `.data`/`.rodata`/`.bss`/`.kconfig` as the kernel will, custom
      // `.data.*`/`.rodata.*` sections by their full section name.
      name: internal && m.name.indexOf(".", 1) === -1 ? kernelMapName(file, m.name, true) : m.name,
      type: bpftoolTypeName(m.type),
      keySize: m.keySize,
      valueSize: m.valueSize,
      maxEntries: l?.type === "ringbuf" && m.type === "BPF_MAP_TYPE_RINGBUF"
        ? l.maxEntries === ringbufSize(m.maxEntries) ? l.maxEntries : m.maxEntries
        : m.maxEntries,
      flags: internal && l?.flags === (m.flags | BPF_F_MMAPABLE) ? l.flags : m.flags,
      pinned: m.pinning === "byName",
    };
    if (JSON.stringify(ours) !== JSON.stringify(l)) {
      fail(`map #${i}: ${JSON.stringify(ours)} != libbpf ${JSON.stringify(l)}`);
    }
  }
}

function compareKernelPrograms(
  doc: InspectDocument,
  loaded: Extract<LoadResult, { loaded: true }>,
  fail: (w: string) => void,
): number {
  const expected = doc.programs.filter((p) => p.autoload);
  const kernel = new Map(loaded.programs.map((p) => [p.name, p]));
  const names = expected.map((p) => p.name).sort();
  const kernelNames = [...kernel.keys()].sort();
  if (JSON.stringify(names) !== JSON.stringify(kernelNames)) {
    fail(`autoloaded programs ${JSON.stringify(names)} != libbpf ${JSON.stringify(kernelNames)}`);
  }
  for (const p of expected) {
    const k = kernel.get(p.name);
    if (!k) continue;
    if (bpftoolTypeName(p.type) !== k.type) {
      fail(`program ${p.name}: type ${p.type} != kernel ${k.type}`);
    }
    // bpftool prints the BTF function name when the program has one, else the kernel's 15 chars.
    if (p.name.slice(0, 15) !== k.kernelName && p.name !== k.kernelName) {
      fail(`program ${p.name}: kernel name ${k.kernelName}`);
    }
  }
  return expected.length;
}

function compareKernelMaps(
  file: string,
  doc: InspectDocument,
  loaded: Extract<LoadResult, { loaded: true }>,
  fail: (w: string) => void,
): number {
  const cpus = possibleCpus();
  const isInternal = (m: InspectDocument["maps"][number]) =>
    m.origin === "data" || m.origin === "kconfig";
  // Several maps may share a kernel name (the first 15 characters): match by attributes then.
  const ours = new Map<string, InspectDocument["maps"]>();
  for (const m of doc.maps) {
    const name = kernelMapName(file, m.name, isInternal(m));
    ours.set(name, [...(ours.get(name) ?? []), m]);
  }
  const expectation = (m: InspectDocument["maps"][number], k: KernelMap) => ({
    type: bpftoolTypeName(m.type),
    keySize: m.keySize,
    valueSize: KERNEL_SIZED_VALUE.has(k.type) ? k.valueSize : m.valueSize,
    // libbpf sizes a perf event array with max_entries 0 to the number of possible CPUs.
    maxEntries: m.maxEntries === 0 && k.type === "perf_event_array"
      ? cpus
      : k.type === "ringbuf"
      ? ringbufSize(m.maxEntries)
      : m.maxEntries,
    flags: (isInternal(m) && k.flags === (m.flags | BPF_F_MMAPABLE)) ||
        (KERNEL_RDONLY_PROG.has(k.type) && k.flags === (m.flags | BPF_F_RDONLY_PROG))
      ? k.flags
      : m.flags,
  });
  for (const k of loaded.maps) {
    const candidates = ours.get(k.kernelName) ?? [];
    if (candidates.length === 0) {
      fail(`kernel map ${k.kernelName} (${k.type}) not in inspect maps`);
      continue;
    }
    const got = {
      type: k.type,
      keySize: k.keySize,
      valueSize: k.valueSize,
      maxEntries: k.maxEntries,
      flags: k.flags,
    };
    const wants = candidates.map((m) => expectation(m, k));
    if (!wants.some((want) => JSON.stringify(want) === JSON.stringify(got))) {
      const names = candidates.map((m) => m.name).join(" or ");
      fail(
        `map ${names}: ${wants.map((w) => JSON.stringify(w)).join(" or ")} != kernel ${
          JSON.stringify(got)
        }`,
      );
    }
  }
  if (loaded.allMaps) {
    const kernelNames = new Set(loaded.maps.map((k) => k.kernelName));
    for (const [name, maps] of ours) {
      if (!kernelNames.has(name)) {
        fail(`map ${maps[0]!.name} (kernel name ${name}) not created by libbpf`);
      }
    }
  }
  return loaded.maps.length;
}

async function compareAll(files: string[], tally: Tally, viaCli: boolean): Promise<void> {
  const helperMissing = await buildLibbpfView();
  if (helperMissing) console.log(`note: no bpf_object__open comparison: ${helperMissing}`);
  const opened = helperMissing ? new Map<string, LibbpfView>() : await libbpfViews(files);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      await compareObject(file, tally, viaCli, opened.get(file));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

function report(label: string, tally: Tally): void {
  for (const note of tally.notes) console.log(`note: ${note}`);
  console.log(
    `differential ${label}: ${tally.objects} objects (${tally.loaded} loaded by libbpf, ` +
      `${tally.staticOnly} static only, ${tally.refused} refused like libbpf); programs: ` +
      `${tally.programsListed} vs llvm-readelf, ${tally.programsLibbpf} vs bpf_object__open, ` +
      `${tally.programsKernel} vs kernel; maps: ${tally.mapsLibbpf} vs bpf_object__open, ` +
      `${tally.maps} vs kernel; BTF types ${tally.btfTypes} vs bpftool; relocation sections ` +
      `${tally.relocationSections} vs llvm-readelf; ${tally.mismatches.length} mismatches`,
  );
}

const toolsMissing: string[] = [];
for (const tool of ["bpftool", "llvm-readelf"]) {
  if (!(await haveTool(tool))) toolsMissing.push(tool);
}
const isRoot = Deno.uid() === 0;

function defineDifferential(label: string, files: string[], viaCli: boolean): void {
  const name = `inspect matches libbpf, the kernel, bpftool and llvm-readelf on ${label}`;
  const reason = toolsMissing.length > 0
    ? `missing ${toolsMissing.join(", ")}`
    : !isRoot
    ? "needs root for bpftool prog loadall"
    : files.length === 0
    ? `no objects (run tools/build_examples.sh and tools/build_corpus.sh)`
    : undefined;
  if (reason) console.log(`skip: ${name}: ${reason}`);
  Deno.test({
    name,
    ignore: reason !== undefined,
    sanitizeResources: false,
    async fn() {
      const tally = newTally();
      await compareAll(files, tally, viaCli);
      report(label, tally);
      for (const mismatch of tally.mismatches) console.log(`mismatch: ${mismatch}`);
      if (tally.mismatches.length > 0) {
        const shown = tally.mismatches.slice(0, 40).join("\n  ");
        const more = tally.mismatches.length > 40
          ? `\n  … ${tally.mismatches.length - 40} more`
          : "";
        throw new Error(`${tally.mismatches.length} mismatches:\n  ${shown}${more}`);
      }
    },
  });
}

const limit = Number(Deno.env.get("BPFDROP_CORPUS_LIMIT") ?? "0");
// The examples go through the command line; the corpus in process, to keep the run short.
defineDifferential("the examples", objectsIn(EXAMPLES), true);
for (const origin of corpusOrigins()) {
  const files = objectsIn(`${CORPUS}/${origin}`);
  defineDifferential(`corpus ${origin}`, limit > 0 ? files.slice(0, limit) : files, false);
}
