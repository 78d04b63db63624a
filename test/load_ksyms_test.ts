/**
 * Kernel symbols resolved by the loader at run time: typeless ksyms through
 * bpf_kallsyms_lookup_name, weak ones that are missing, kfunc calls, and a weak kfunc that is
 * missing (its call left as dead code the verifier removes).
 */
import { assert, assertEquals } from "./lib/assert.ts";
import { requireRoot } from "./lib/kernel.ts";
import { loaderForObject, readObject } from "../src/cli/_loader_source.ts";
import { mapLookupElem, progTestRun, runLoader } from "../src/kernel/mod.ts";

function compile(dir: string): string {
  const obj = `${dir}/load_ksyms.bpf.o`;
  const cc = new Deno.Command("clang", {
    args: [
      ...["-target", "bpf", "-g", "-O2", "-D__TARGET_ARCH_x86", "-I", "build"],
      ...["-I", "/usr/include/x86_64-linux-gnu", "-c", "test/testdata/load_ksyms.bpf.c", "-o", obj],
    ],
  }).outputSync();
  assert(cc.success, `clang failed: ${new TextDecoder().decode(cc.stderr)}`);
  return obj;
}

function kallsyms(name: string): bigint {
  const line = Deno.readTextFileSync("/proc/kallsyms").split("\n")
    .find((l) => l.endsWith(` ${name}`) && / [tT] /.test(l));
  if (line === undefined) throw new Error(`${name} is not in /proc/kallsyms`);
  return BigInt(`0x${line.split(" ")[0]}`);
}

Deno.test({
  name: "ksyms and kfuncs are resolved by the loader; missing weak ones read as absent",
  ...requireRoot("load ksyms"),
  fn() {
    const dir = Deno.makeTempDirSync();
    try {
      const path = compile(dir);
      const bytes = Deno.readFileSync(path);
      const obj = readObject(bytes, path);
      const loader = loaderForObject(bytes, path, undefined);
      assertEquals(
        loader.steps.filter((s) => /^(KSYM|KFUNC)/.test(s)).sort(),
        [
          "KSYM bpf_prog_put (resolve_ksyms)",
          "KSYM bpfdrop_no_such_symbol (resolve_ksyms)",
          "KFUNC bpfdrop_no_such_kfunc (resolve_ksyms)",
          "KFUNC bpf_task_from_pid (resolve_ksyms)",
          "KFUNC bpf_task_release (resolve_ksyms)",
        ].sort(),
      );
      using loaded = runLoader(loader);
      const prog = loaded.programs[0]!.fd;
      assertEquals(progTestRun(prog, { ctx: new Uint8Array(8) }).retval, 0);
      const bss = obj.maps.find((m) => m.name === ".bss")!;
      const data = obj.maps.find((m) => m.name === ".data")!;
      const read = (name: string) => {
        for (const spec of [bss, data]) {
          const v = spec.variables.find((x) => x.name === name);
          if (v === undefined) continue;
          const fd = loaded.maps.find((m) => m.name === spec.name)!.fd;
          const value = mapLookupElem(fd, new Uint8Array(4), spec.valueSize)!;
          return new DataView(value.buffer).getBigUint64(v.offset, true);
        }
        throw new Error(`no variable ${name}`);
      };
      assertEquals(read("prog_put_addr"), kallsyms("bpf_prog_put"), "typeless ksym address");
      assertEquals(read("missing_addr"), 0n, "weak missing ksym");
      assertEquals(read("missing_kfunc_present"), 0n, "weak missing kfunc");
      assert(read("current_tgid") > 0n, "the program did not run");
      assertEquals(read("found_tgid"), read("current_tgid"), "bpf_task_from_pid(tgid)->tgid");
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});
