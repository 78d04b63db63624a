// Shared helpers for the src/btf tests (no tests here): reference output from bpftool, the
// compiled fixture and example objects, and a builder for hand-made (often broken) BTF blobs.
import { parseElf } from "../elf/mod.ts";
import { type Btf, BtfKind, kindName } from "./mod.ts";

const here = new URL(".", import.meta.url).pathname;
const repo = new URL("../../", import.meta.url).pathname;

/** A `bpftool btf dump -j` type, as printed. */
export type BpftoolType = Record<string, unknown> & { id: number; kind: string; name: string };

/** Runs a command and returns its stdout, or undefined when it is missing or fails. */
export async function run(cmd: string, args: string[]): Promise<Uint8Array | undefined> {
  try {
    const out = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
    if (!out.success) {
      throw new Error(`${cmd} ${args.join(" ")}: ${new TextDecoder().decode(out.stderr)}`);
    }
    return out.stdout;
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return undefined;
    throw e;
  }
}

/** bpftool's view of the BTF in `path` (raw BTF or an ELF object); undefined without bpftool. */
export async function bpftoolTypes(path: string): Promise<BpftoolType[] | undefined> {
  const out = await run("bpftool", ["btf", "dump", "file", path, "-j"]);
  if (out === undefined) return undefined;
  return (JSON.parse(new TextDecoder().decode(out)) as { types: BpftoolType[] }).types;
}

const linkageNames = ["static", "global", "extern"];
const intEncodings: Record<number, string> = { 0: "(none)", 1: "SIGNED", 2: "CHAR", 4: "BOOL" };

/** bpftool prints 32-bit unsigned enum values sign-extended to 64 bits (0xffffffff as 2^64-1). */
function bpftoolEnumValue(kind: number, signed: boolean, value: number | bigint): number {
  if (kind === BtfKind.ENUM && !signed) {
    return Number(BigInt.asUintN(64, BigInt(Number(value) | 0)));
  }
  return Number(value);
}

/** Type `id` of `btf` shaped like bpftool's JSON, so the two can be compared field by field. */
export function asBpftool(btf: Btf, id: number): BpftoolType {
  const t = btf.typeById(id);
  const anon = (name: string) => name === "" ? "(anon)" : name;
  const base = { id, kind: kindName(t.kind), name: anon(t.name) };
  switch (t.kind) {
    case BtfKind.VOID:
      return base;
    case BtfKind.INT:
      return {
        ...base,
        size: t.size,
        bits_offset: t.bitOffset,
        nr_bits: t.bits,
        encoding: intEncodings[t.encoding] ?? "UNKN",
      };
    case BtfKind.PTR:
    case BtfKind.TYPEDEF:
    case BtfKind.VOLATILE:
    case BtfKind.CONST:
    case BtfKind.RESTRICT:
    case BtfKind.TYPE_TAG:
      return { ...base, type_id: t.type };
    case BtfKind.ARRAY:
      return { ...base, type_id: t.type, index_type_id: t.indexType, nr_elems: t.nelems };
    case BtfKind.STRUCT:
    case BtfKind.UNION:
      return {
        ...base,
        size: t.size,
        vlen: t.members.length,
        members: t.members.map((m) => ({
          name: anon(m.name),
          type_id: m.type,
          bits_offset: m.bitOffset,
          ...(m.bitfieldSize ? { bitfield_size: m.bitfieldSize } : {}),
        })),
      };
    case BtfKind.ENUM:
    case BtfKind.ENUM64:
      return {
        ...base,
        encoding: t.signed ? "SIGNED" : "UNSIGNED",
        size: t.size,
        vlen: t.values.length,
        values: t.values.map((v) => ({
          name: anon(v.name),
          val: bpftoolEnumValue(t.kind, t.signed, v.value),
        })),
      };
    case BtfKind.FWD:
      return { ...base, fwd_kind: t.union ? "union" : "struct" };
    case BtfKind.FUNC:
    case BtfKind.VAR:
      return { ...base, type_id: t.type, linkage: linkageNames[t.linkage] ?? "(unknown)" };
    case BtfKind.FUNC_PROTO:
      return {
        ...base,
        ret_type_id: t.type,
        vlen: t.params.length,
        params: t.params.map((p) => ({ name: anon(p.name), type_id: p.type })),
      };
    case BtfKind.DATASEC:
      return {
        ...base,
        size: t.size,
        vlen: t.vars.length,
        vars: t.vars.map((v) => ({ type_id: v.type, offset: v.offset, size: v.size })),
      };
    case BtfKind.FLOAT:
      return { ...base, size: t.size };
    case BtfKind.DECL_TAG:
      return { ...base, type_id: t.type, component_idx: t.componentIdx };
  }
}

const fixtures = new Map<string, Promise<string | undefined>>();

/**
 * Compiles `testdata/fixture.bpf.c` once per run for `target` (`bpf`, or `bpfeb` for big-endian);
 * undefined without clang. The object lives in a temporary directory removed at exit.
 */
export function fixtureObject(target: "bpf" | "bpfeb" = "bpf"): Promise<string | undefined> {
  let built = fixtures.get(target);
  if (built === undefined) {
    built = compileFixture(target);
    fixtures.set(target, built);
  }
  return built;
}

async function compileFixture(target: string): Promise<string | undefined> {
  const dir = await Deno.makeTempDir({ prefix: "bpfdrop-btf-" });
  globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));
  const obj = `${dir}/fixture.${target}.o`;
  const arch = Deno.build.arch === "aarch64" ? "aarch64" : "x86_64";
  const source = `${here}testdata/fixture.bpf.c`;
  const args = [
    "-target",
    target,
    "-g",
    "-O2",
    `-I/usr/include/${arch}-linux-gnu`,
    "-c",
    source,
    "-o",
    obj,
  ];
  return await run("clang", args) === undefined ? undefined : obj;
}

/** The example objects built by tools/build_examples.sh, plus the compiled fixture. */
export async function testObjects(): Promise<string[]> {
  const objects: string[] = [];
  try {
    for await (const e of Deno.readDir(`${repo}build/examples`)) {
      if (e.name.endsWith(".bpf.o")) objects.push(`${repo}build/examples/${e.name}`);
    }
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  const own = await fixtureObject();
  if (own) objects.push(own);
  return objects.sort();
}

/** The bytes of section `name` of the ELF object at `path`, or undefined if it has none. */
export async function sectionOf(path: string, name: string): Promise<Uint8Array | undefined> {
  const elf = parseElf(await Deno.readFile(path), path);
  return elf.sections.find((s) => s.name === name)?.data;
}

/** Options of `rawBtf`. */
export interface RawBtfOptions {
  littleEndian?: boolean;
  /** Overrides of header fields by byte offset: value and width. */
  header?: { at: number; value: number; size: 1 | 2 | 4 }[];
}

/**
 * A BTF blob from raw 32-bit type words and a string table ("\0" separated, leading "" implied),
 * for tests that need bytes no compiler would produce.
 */
export function rawBtf(
  typeWords: number[],
  strings: string[],
  opts: RawBtfOptions = {},
): Uint8Array {
  const le = opts.littleEndian ?? true;
  const str = new TextEncoder().encode(["", ...strings].join("\0") + "\0");
  const typeLen = typeWords.length * 4;
  const bytes = new Uint8Array(24 + typeLen + str.length);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xeb9f, le);
  view.setUint8(2, 1);
  view.setUint32(4, 24, le);
  view.setUint32(8, 0, le);
  view.setUint32(12, typeLen, le);
  view.setUint32(16, typeLen, le);
  view.setUint32(20, str.length, le);
  typeWords.forEach((w, i) => view.setUint32(24 + 4 * i, w >>> 0, le));
  bytes.set(str, 24 + typeLen);
  for (const { at, value, size } of opts.header ?? []) {
    if (size === 1) view.setUint8(at, value);
    else if (size === 2) view.setUint16(at, value, le);
    else view.setUint32(at, value, le);
  }
  return bytes;
}

/** `btf_type.info` for kind, vlen and kind_flag. */
export function info(kind: number, vlen = 0, kindFlag = false): number {
  return ((kindFlag ? 1 : 0) << 31 | kind << 24 | vlen) >>> 0;
}

/** Offset of `name` in the string table `rawBtf` builds from `strings`. */
export function strOff(strings: string[], name: string): number {
  let off = 1;
  for (const s of strings) {
    if (s === name) return off;
    off += new TextEncoder().encode(s).length + 1;
  }
  throw new Error(`no string ${name}`);
}
