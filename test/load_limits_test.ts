/**
 * No fixed limits: an object with more maps (80) and programs (900) than libbpf's generated
 * loader allows (64 maps, 32 program fds on its stack) loads, every program works, and its
 * loader is long enough that error jumps need `gotol` (beyond s16).
 */
import { assert, assertEquals } from "./lib/assert.ts";
import { requireRoot } from "./lib/kernel.ts";
import { loaderForObject } from "../src/cli/_loader_source.ts";
import { Class, decode, JmpOp, slotCount } from "../src/asm/mod.ts";
import { mapLookupElem, progTestRun, runLoader } from "../src/kernel/mod.ts";

const MAPS = 80;
const PROGRAMS = 900;

/** C source: MAPS one-slot arrays; program i bumps map i % MAPS and returns i. */
function source(): string {
  const lines = ["#include <linux/bpf.h>", "#include <bpf/bpf_helpers.h>", ""];
  for (let m = 0; m < MAPS; m++) {
    lines.push(
      "struct {",
      "\t__uint(type, BPF_MAP_TYPE_ARRAY);",
      "\t__uint(max_entries, 1);",
      "\t__type(key, __u32);",
      "\t__type(value, __u64);",
      `} m${m} SEC(".maps");`,
    );
  }
  for (let p = 0; p < PROGRAMS; p++) {
    lines.push(
      'SEC("socket")',
      `int p${p}(struct __sk_buff *skb)`,
      "{",
      "\t__u32 key = 0;",
      `\t__u64 *v = bpf_map_lookup_elem(&m${p % MAPS}, &key);`,
      "\tif (v)",
      "\t\t__sync_fetch_and_add(v, 1);",
      `\treturn ${p};`,
      "}",
    );
  }
  lines.push('char LICENSE[] SEC("license") = "GPL";');
  return lines.join("\n") + "\n";
}

Deno.test({
  name: "an object with 80 maps and 900 programs loads through one loader and every program runs",
  ...requireRoot("load limits"),
  fn() {
    const dir = Deno.makeTempDirSync();
    try {
      Deno.writeTextFileSync(`${dir}/many.bpf.c`, source());
      const cc = new Deno.Command("clang", {
        args: [
          "-target",
          "bpf",
          "-g",
          "-O2",
          "-I",
          "/usr/include/x86_64-linux-gnu",
          "-c",
          `${dir}/many.bpf.c`,
          "-o",
          `${dir}/many.bpf.o`,
        ],
      }).outputSync();
      assert(cc.success, new TextDecoder().decode(cc.stderr));
      const loader = loaderForObject(
        Deno.readFileSync(`${dir}/many.bpf.o`),
        "many.bpf.o",
        undefined,
      );
      const insns = decode(loader.insns, { littleEndian: loader.littleEndian });
      const slots = slotCount(insns);
      const gotols = insns.filter((i) => i.code === (Class.JMP32 | JmpOp.JA)).length;
      console.log(
        `many.bpf.o: loader ${slots} instructions, ${gotols} gotol, ${loader.blob.length}-byte blob`,
      );
      assert(slots > 32768 && gotols > 0, "expected a loader beyond s16 jump range");
      const started = performance.now();
      using loaded = runLoader(loader);
      console.log(
        `many.bpf.o: loaded ${MAPS} maps and ${PROGRAMS} programs in ${
          (performance.now() - started).toFixed(0)
        } ms`,
      );
      assertEquals(loaded.maps.length, MAPS);
      assertEquals(loaded.programs.length, PROGRAMS);
      const frame = new Uint8Array(64);
      loaded.programs.forEach((p, i) => {
        assertEquals(progTestRun(p.fd, { data: frame }).retval, i, p.name);
      });
      for (const [m, map] of loaded.maps.entries()) {
        const count = new DataView(mapLookupElem(map.fd, new Uint8Array(4), 8)!.buffer);
        const expected = Math.floor(PROGRAMS / MAPS) + (m < PROGRAMS % MAPS ? 1 : 0);
        assertEquals(count.getBigUint64(0, true), BigInt(expected), map.name);
      }
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});
