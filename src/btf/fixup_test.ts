import { deepStrictEqual, equal, ok, throws } from "node:assert/strict";
import { parseElf } from "../elf/mod.ts";
import { fixtureObject, info, rawBtf, run, strOff, testObjects } from "./_fixtures_test.ts";
import {
  type Btf,
  BtfError,
  BtfFuncLinkage,
  BtfKind,
  BtfVarLinkage,
  encodeBtf,
  fixupBtfForLoad,
  type FixupElf,
  fixupElfOf,
  kconfigLayout,
  parseBtf,
} from "./mod.ts";

const here = new URL(".", import.meta.url).pathname;

/** Builds testdata/libbpf_btf.c against libbpf, or undefined (reason printed) if it cannot. */
async function buildHarness(dir: string): Promise<string | undefined> {
  const exe = `${dir}/libbpf_btf`;
  try {
    const built = await run("clang", ["-O2", `${here}testdata/libbpf_btf.c`, "-lbpf", "-o", exe]);
    if (built === undefined) return undefined;
  } catch (e) {
    console.log(`skip: libbpf harness: ${String(e).split("\n")[0]}`);
    return undefined;
  }
  return exe;
}

async function objectBtf(path: string): Promise<{ btf: Btf; elf: FixupElf }> {
  const elf = parseElf(await Deno.readFile(path), path);
  const btf = parseBtf(elf.sections.find((s) => s.name === ".BTF")!.data, { file: path });
  return { btf, elf: fixupElfOf(elf) };
}

Deno.test("fixupBtfForLoad() produces the same types as libbpf's fix-ups, and the kernel loads them", async () => {
  const objects = await testObjects();
  const dir = await Deno.makeTempDir({ prefix: "bpfdrop-btf-" });
  try {
    const harness = await buildHarness(dir);
    if (harness === undefined || objects.length === 0) {
      console.log("skip: fixupBtfForLoad() against libbpf: no libbpf harness or no objects");
      return;
    }
    const root = Deno.uid() === 0;
    if (!root) console.log("skip: fixupBtfForLoad() BTF_LOAD: not root");
    for (const obj of objects) {
      const { btf, elf } = await objectBtf(obj);
      const fixed = fixupBtfForLoad(btf, elf);
      const dumped: Uint8Array | undefined = await run(harness, ["dump", obj]).catch(() =>
        undefined
      );
      if (dumped === undefined) {
        // libbpf 1.x refuses some objects outright (legacy `maps` section); the kernel still judges ours.
        console.log(`note: libbpf cannot open ${obj}; checking it against the kernel only`);
      } else {
        deepStrictEqual(fixed.types, parseBtf(dumped, { file: `libbpf(${obj})` }).types, obj);
      }
      if (!root) continue;
      const raw = `${dir}/fixed.btf`;
      await Deno.writeFile(raw, encodeBtf(fixed));
      const out = new TextDecoder().decode(await run(harness, ["load", raw]));
      const [id, size] = out.trim().split(" ").map(Number);
      ok(id! > 0, `${obj}: no BTF id in ${out}`);
      equal(size, (await Deno.stat(raw)).size, obj);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("fixupBtfForLoad() on the fixture: sizes, offsets, hidden globals, .ksyms, .kconfig", async () => {
  const obj = await fixtureObject();
  if (obj === undefined) {
    console.log("skip: fixupBtfForLoad() on the fixture: clang is not available");
    return;
  }
  const { btf, elf } = await objectBtf(obj);
  const before = structuredClone(btf.types);
  const fixed = fixupBtfForLoad(btf, elf);
  deepStrictEqual(btf.types, before, "the input is left alone");

  const section = (name: string) => {
    const t = fixed.typeById(fixed.findByName(name, BtfKind.DATASEC)[0]!);
    if (t.kind !== BtfKind.DATASEC) throw new Error(name);
    return {
      size: t.size,
      vars: t.vars.map((v) => `${fixed.typeById(v.type).name}@${v.offset}+${v.size}`),
    };
  };
  deepStrictEqual(section(".bss"), {
    size: 40,
    vars: ["bss_a@0+8", "bss_b@8+4", "bss_hidden@16+8", "bss_static@24+8", "tagged_ptr@32+8"],
  });
  deepStrictEqual(section(".rodata"), { size: 16, vars: ["ro_a@0+4", "ro_b@8+8"] });
  deepStrictEqual(section(".kconfig"), {
    size: 14,
    vars: [
      "CONFIG_HZ@0+8",
      "LINUX_KERNEL_VERSION@8+4",
      "CONFIG_BPF_SYSCALL@12+1",
      "CONFIG_HZ_STR@13+1",
    ],
  });
  deepStrictEqual(section(".ksyms"), {
    size: 12,
    vars: ["dummy_ksym@0+4", "dummy_ksym@4+4", "bpf_prog_active@8+4"],
  });
  const variable = (name: string) => fixed.typeById(fixed.findByName(name, BtfKind.VAR)[0]!);
  deepStrictEqual(variable("bss_hidden"), {
    kind: BtfKind.VAR,
    name: "bss_hidden",
    type: 11,
    linkage: BtfVarLinkage.STATIC,
  });
  equal((variable("bss_a") as { linkage: number }).linkage, BtfVarLinkage.GLOBAL_ALLOCATED);
  equal((variable("CONFIG_HZ") as { linkage: number }).linkage, BtfVarLinkage.GLOBAL_ALLOCATED);
  equal(fixed.typeName(fixed.findByName("bpf_prog_active")[0]!), "int bpf_prog_active");
  const kfunc = fixed.typeById(fixed.findByName("bpf_task_acquire", BtfKind.FUNC)[0]!);
  equal(kfunc.kind === BtfKind.FUNC && kfunc.linkage, BtfFuncLinkage.GLOBAL);
  equal(
    fixed.typeName(fixed.findByName("bpf_task_acquire")[0]!),
    "struct task_struct *bpf_task_acquire(struct task_struct *dummy_ksym)",
  );
  equal(fixed.typeCount, btf.typeCount + 1);
});

Deno.test("kconfigLayout() orders by alignment, size and name", async () => {
  const obj = await fixtureObject();
  if (obj === undefined) {
    console.log("skip: kconfigLayout(): clang is not available");
    return;
  }
  const { btf } = await objectBtf(obj);
  const layout = kconfigLayout(btf);
  equal(layout.size, 14);
  deepStrictEqual(layout.slots.map((s) => [s.name, s.offset, s.size, s.align]), [
    ["CONFIG_HZ", 0, 8, 8],
    ["LINUX_KERNEL_VERSION", 8, 4, 4],
    ["CONFIG_BPF_SYSCALL", 12, 1, 1],
    ["CONFIG_HZ_STR", 13, 1, 1],
  ]);
});

const s = ["int", "x", "y", ".data", ".extern", "f"];
const facts = (over: Partial<FixupElf> = {}): FixupElf => ({
  sectionSize: (name) => (name === ".data" ? 8 : undefined),
  variable: (name) => (name === "x" ? { value: 4, hidden: false } : undefined),
  hiddenSubprograms: () => ["f"],
  ...over,
});
const raw = (sectionName: string, linkage = 1) =>
  parseBtf(
    rawBtf([
      ...[strOff(s, "int"), info(BtfKind.INT), 4, 32], // [1]
      ...[strOff(s, "x"), info(BtfKind.VAR), 1, linkage], // [2]
      ...[strOff(s, sectionName), info(BtfKind.DATASEC, 1), 0, 2, 0, 4], // [3]
      ...[0, info(BtfKind.FUNC_PROTO), 1], // [4]
      ...[strOff(s, "f"), info(BtfKind.FUNC, 1), 4], // [5]
    ], s),
    { file: "t.o" },
  );

function throwsFixup(btf: Btf, elf: FixupElf, what: string, offset: number) {
  throws(() => fixupBtfForLoad(btf, elf), (e: unknown) => {
    ok(e instanceof BtfError);
    equal(e.message, `t.o: ${what} (at offset ${offset})`);
    return true;
  });
}

Deno.test("fixupBtfForLoad() uses the ELF facts and rejects what it cannot fix", () => {
  const fixed = fixupBtfForLoad(raw(".data"), facts());
  deepStrictEqual(fixed.typeById(3), {
    kind: BtfKind.DATASEC,
    name: ".data",
    size: 8,
    vars: [{ type: 2, offset: 4, size: 4 }],
  });
  deepStrictEqual(fixed.typeById(5), {
    kind: BtfKind.FUNC,
    name: "f",
    type: 4,
    linkage: BtfFuncLinkage.STATIC,
  });
  throwsFixup(
    raw(".data"),
    facts({ sectionSize: () => undefined }),
    "DATASEC '.data' has size 0 and the ELF file has no such section to size it",
    56,
  );
  throwsFixup(
    raw(".data"),
    facts({ variable: () => undefined }),
    "variable 'x' of DATASEC '.data' has no ELF symbol",
    40,
  );
  throwsFixup(
    raw(".extern", BtfVarLinkage.GLOBAL_EXTERN),
    facts({ sectionSize: () => 4 }),
    "extern variable 'x' is in section '.extern'; only .kconfig and .ksyms externs are supported",
    40,
  );
});
