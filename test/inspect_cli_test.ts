// `bpfdrop inspect` end to end: the real main.ts in a subprocess, its exit status, stdout JSON
// and the one-line error on stderr for each kind of bad input.
import assert from "node:assert/strict";
import { BtfTypeHeader, Elf64Ehdr, Elf64Shdr, type FieldOf, offsetOf } from "../src/abi/mod.ts";
import { parseBtf } from "../src/btf/mod.ts";
import { parseElf } from "../src/elf/mod.ts";
import { compileFeatures } from "./corpus/fixtures.ts";

const main = new URL("../main.ts", import.meta.url).pathname;
const dir = await Deno.makeTempDir({ prefix: "bpfdrop-inspect-" });

async function inspect(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", main, "inspect", ...args],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

async function clang(args: string[]): Promise<void> {
  const out = await new Deno.Command("clang", { args, stderr: "piped" }).output();
  assert.ok(out.success, new TextDecoder().decode(out.stderr));
}

const good = `${dir}/features.o`;
const goodBytes = await compileFeatures("bpf");
await Deno.writeFile(good, goodBytes);

/** Writes `bytes` as `name` in the temp dir and returns the path. */
async function write(name: string, bytes: Uint8Array): Promise<string> {
  const path = `${dir}/${name}`;
  await Deno.writeFile(path, bytes);
  return path;
}

/** A copy of the fixture with `btf_type` field `field` of the first type of `kind` set. */
function patchBtfType(
  kind: number,
  field: FieldOf<typeof BtfTypeHeader>,
  value: (id: number) => number,
): Uint8Array {
  const bytes = goodBytes.slice();
  const section = parseElf(bytes, "f.o").sections.find((s) => s.name === ".BTF")!;
  const btf = parseBtf(section.data, { file: "f.o" });
  const id = btf.types.findIndex((t) => t.kind === kind);
  const at = section.offset + btf.recordOffset(id) + offsetOf(BtfTypeHeader, field);
  new DataView(bytes.buffer).setUint32(at, value(id), true);
  return bytes;
}

function assertOneLineError(
  r: { code: number; stdout: string; stderr: string },
  file: string,
  what: RegExp,
) {
  assert.equal(r.code, 1, r.stderr);
  assert.equal(r.stdout, "");
  const lines = r.stderr.trimEnd().split("\n");
  assert.equal(lines.length, 1, `one line, no stack trace: ${r.stderr}`);
  assert.match(
    lines[0]!,
    new RegExp(
      `^bpfdrop: ${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: .* \\(at offset \\d+\\)$`,
    ),
  );
  assert.match(lines[0]!, what);
}

Deno.test("inspect --json prints the documented document", async () => {
  const r = await inspect(good, "--json");
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.schemaVersion, 1);
  assert.equal(doc.license, "Dual BSD/GPL");
  const xdp = doc.programs.find((p: { name: string }) => p.name === "xdp_one");
  assert.deepEqual(
    [xdp.type, xdp.typeShort, xdp.expectedAttachType, xdp.subprograms],
    ["BPF_PROG_TYPE_XDP", "xdp", "BPF_XDP", ["add_hidden", "loop_cb", "global_helper"]],
  );
  assert.equal(xdp.linkedInstructions, xdp.instructions + 5 + 7 + 3);
  const outer = doc.maps.find((m: { name: string }) => m.name === "outer");
  assert.deepEqual(outer.initSlots, [{ index: 1, map: "inner_a" }, { index: 3, map: "inner_b" }]);
  assert.equal(outer.inner.type, "BPF_MAP_TYPE_ARRAY");
  const rodata = doc.globals.find((g: { map: string }) => g.map === ".rodata");
  assert.deepEqual(rodata.variables, [{
    name: "cfg",
    offset: 0,
    size: 4,
    type: "const volatile int",
    global: true,
  }]);
  assert.deepEqual(
    doc.externs.map((e: { name: string; kind: string }) => [e.name, e.kind]).slice(4),
    [
      ["bpf_prog_active", "ksym"],
      ["bpf_task_acquire", "kfunc"],
      ["bpf_task_release", "kfunc"],
      ["init_task", "ksym"],
    ],
  );
  assert.ok(doc.btf.types > 0 && doc.btf.kinds.DATASEC > 0);
  // Relocation counts as llvm-readelf -r counts them.
  const readelf = await new Deno.Command("llvm-readelf", { args: ["-r", good], stdout: "piped" })
    .output();
  const counts = [
    ...new TextDecoder().decode(readelf.stdout).matchAll(
      /Relocation section '([^']+)' .* contains (\d+) entries/g,
    ),
  ]
    .map(([, name, n]) => ({ name, count: Number(n) }));
  assert.deepEqual(
    doc.relocations.sections.map((s: { name: string; count: number }) => ({
      name: s.name,
      count: s.count,
    })),
    counts,
  );
});

Deno.test("inspect prints a human summary", async () => {
  const r = await inspect(good);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /xdp_one: section xdp, BPF_PROG_TYPE_XDP \(xdp\), attach BPF_XDP/);
  assert.match(r.stdout, /outer: BPF_MAP_TYPE_ARRAY_OF_MAPS/);
});

Deno.test("inspect usage errors exit 2, --help exits 0", async () => {
  assert.equal((await inspect()).code, 2);
  assert.equal((await inspect(good, good)).code, 2);
  assert.equal((await inspect("--bogus", good)).code, 2);
  const help = await inspect("--help");
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: bpfdrop inspect OBJ \[--json\]/);
});

Deno.test("inspect rejects bad input with one clear line and exit 1", async () => {
  const notElf = await write(
    "notes.o",
    new TextEncoder().encode("just some text, not an object\n"),
  );
  assertOneLineError(
    await inspect(notElf),
    notElf,
    /: file is too short|not an ELF file \(bad magic\)/,
  );

  const truncated = await write("truncated.o", goodBytes.slice(0, 2000));
  assertOneLineError(await inspect(truncated, "--json"), truncated, /past the end of the file/);

  const x86 = `${dir}/x86.o`;
  await Deno.writeTextFile(`${dir}/x86.c`, "int f(void) { return 1; }\n");
  await clang(["-c", "-O2", `${dir}/x86.c`, "-o", x86]);
  assertOneLineError(
    await inspect(x86),
    x86,
    /not a BPF object \(e_machine 62, want 247\) \(at offset 18\)/,
  );

  const farOffset = goodBytes.slice();
  const elf = parseElf(goodBytes, "f.o");
  const view = new DataView(farOffset.buffer);
  const shoff = Number(view.getBigUint64(offsetOf(Elf64Ehdr, "e_shoff"), true));
  const section2 = shoff + 2 * Elf64Shdr.size;
  view.setBigUint64(section2 + offsetOf(Elf64Shdr, "sh_offset"), 1n << 40n, true);
  const outOfRange = await write("offset.o", farOffset);
  assertOneLineError(
    await inspect(outOfRange),
    outOfRange,
    new RegExp(`section 2 contents \\(offset ${2 ** 40}`),
  );
  assert.ok(elf.sections.length > 2);

  // A pointer to itself: a BTF type loop.
  const loop = await write("loop.o", patchBtfType(2, "type", (id) => id));
  assertOneLineError(await inspect(loop), loop, /section \.BTF: .*loop/i);

  // Kind 31 does not exist.
  const unknownKind = await write("kind.o", patchBtfType(1, "info", () => 31 << 24));
  assertOneLineError(await inspect(unknownKind), unknownKind, /section \.BTF: .*kind/i);

  const missing = `${dir}/missing.o`;
  const r = await inspect(missing);
  assert.equal(r.code, 1);
  assert.equal(r.stderr.trim(), `bpfdrop: ${missing}: cannot read: ENOENT`);
});

globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));
