/**
 * struct_ops through a loader (libbpf's generator refuses them): the map is created with the
 * kernel's value type and the programs load against the kernel's `tcp_congestion_ops`, exactly as
 * libbpf loads them (`bpftool prog loadall`): same xlated programs, same map attributes.
 */
import { assert, assertEquals } from "./lib/assert.ts";
import { requireRoot, tempPinDir } from "./lib/kernel.ts";
import { loaderForObject } from "../src/cli/_loader_source.ts";
import { hostBtf } from "../src/kernel/mod.ts";
import { BtfKind } from "../src/btf/mod.ts";
import { mapInfo, objGet, progInfo, runLoader } from "../src/kernel/mod.ts";

function bpftool(...args: string[]): string {
  const out = new Deno.Command("bpftool", { args }).outputSync();
  assert(out.success, `bpftool ${args.join(" ")}: ${new TextDecoder().decode(out.stderr)}`);
  return new TextDecoder().decode(out.stdout).replace(/map\[id:\d+\]/g, "map[id]");
}

Deno.test({
  name: "a struct_ops object loads like libbpf loads it",
  ...requireRoot("load struct_ops"),
  fn() {
    const dir = Deno.makeTempDirSync();
    using pins = tempPinDir("bpfdrop-struct-ops");
    try {
      const obj = `${dir}/load_struct_ops.bpf.o`;
      const cc = new Deno.Command("clang", {
        args: [
          ...["-target", "bpf", "-g", "-O2", "-D__TARGET_ARCH_x86", "-I", "build"],
          ...["-I", "/usr/include/x86_64-linux-gnu", "-c", "test/testdata/load_struct_ops.bpf.c"],
          ...["-o", obj],
        ],
      }).outputSync();
      assert(cc.success, new TextDecoder().decode(cc.stderr));
      const loader = loaderForObject(Deno.readFileSync(obj), obj, undefined);
      assert(
        loader.steps.includes("STRUCT_OPS_TYPE bpf_struct_ops_tcp_congestion_ops (bpfdrop_fx)"),
      );
      using loaded = runLoader(loader);
      bpftool("prog", "loadall", obj, `${pins.path}/libbpf`, "pinmaps", `${pins.path}/maps`);

      const kernel = hostBtf();
      const [valueType] = kernel.findByName("bpf_struct_ops_tcp_congestion_ops", BtfKind.STRUCT);
      const [opsType] = kernel.findByName("tcp_congestion_ops", BtfKind.STRUCT);
      const ours = mapInfo(loaded.maps[0]!.fd);
      using theirsFd = objGet(`${pins.path}/maps/bpfdrop_fx`);
      const theirs = mapInfo(theirsFd);
      assertEquals(ours.valueSize, kernel.sizeOf(valueType!), "value size = kernel value type");
      assertEquals(
        [ours.type, ours.keySize, ours.valueSize, ours.maxEntries, ours.flags, ours.name],
        [
          theirs.type,
          theirs.keySize,
          theirs.valueSize,
          theirs.maxEntries,
          theirs.flags,
          theirs.name,
        ],
      );
      for (const p of loaded.programs) {
        assertEquals(progInfo(p.fd).attachBtfId, opsType, `${p.name} attach_btf_id`);
        assertEquals(
          bpftool("prog", "dump", "xlated", "id", String(progInfo(p.fd).id)),
          bpftool("prog", "dump", "xlated", "pinned", `${pins.path}/libbpf/${p.name}`),
          `${p.name}: xlated differs from libbpf's`,
        );
      }
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});
