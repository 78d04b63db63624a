/**
 * No leaks: loading and releasing an object 200 times (and failing to load one 50 times) leaves
 * the kernel's program and map lists and this process's open descriptors as they were. (The
 * loader's own map and program are covered by the descriptor check; their names are shared with
 * every other loader run on the machine, so the lists compare the object's names only.)
 */
import { assertEquals } from "./lib/assert.ts";
import { assertNoFdLeak } from "./lib/fds.ts";
import { bpftoolJson, requireRoot } from "./lib/kernel.ts";
import { examplePath } from "./lib/load_examples.ts";
import { loaderForObject } from "../src/cli/_loader_source.ts";
import { BpfSyscallError, runLoader } from "../src/kernel/mod.ts";

const root = requireRoot("load leak");

/** Kernel objects whose names belong to `names`, as `bpftool prog|map list` shows them. */
async function listed(names: Set<string>): Promise<string[]> {
  const progs = await bpftoolJson("prog", "list") as { id: number; name?: string }[];
  const maps = await bpftoolJson("map", "list") as { id: number; name?: string }[];
  return [
    ...progs.filter((p) => names.has(p.name ?? "")).map((p) => `prog ${p.id} ${p.name}`),
    ...maps.filter((m) => names.has(m.name ?? "")).map((m) => `map ${m.id} ${m.name}`),
  ].sort();
}

/**
 * The listing once the kernel has released everything: maps held by a program are freed only
 * after an RCU grace period following the program's release, so poll for up to 10 s.
 */
async function settled(names: Set<string>, expected: string[]): Promise<string[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const now = await listed(names);
    if (JSON.stringify(now) === JSON.stringify(expected) || Date.now() > deadline) return now;
    await new Promise((r) => setTimeout(r, 100));
  }
}

Deno.test({
  name: "200 loads and releases of xdp_proto_count and sched_switch leak nothing",
  ...root,
  async fn() {
    const loaders = ["xdp_proto_count", "sched_switch"].map((name) => {
      const path = examplePath(name);
      return loaderForObject(Deno.readFileSync(path), path, undefined);
    });
    const names = new Set(loaders.flatMap((l) => [
      ...l.programs.map((p) => p.name.slice(0, 15)),
      ...l.maps.map((m) => m.kernelName),
    ]));
    const before = await listed(names);
    await assertNoFdLeak(() => {
      for (let i = 0; i < 100; i++) {
        for (const loader of loaders) {
          using loaded = runLoader(loader);
          if (loaded.programs.length !== loader.programs.length) throw new Error("short load");
        }
      }
    });
    assertEquals(await settled(names, before), before, "bpftool prog/map list after 200 loads");
  },
});

Deno.test({
  name: "50 loads failing at PROG_LOAD (with the log rerun) leak nothing",
  ...root,
  async fn() {
    const path = examplePath("sched_switch");
    // Fail late (maps and count_switch already created) by sabotaging runqueue_len's BTF target.
    const loader = loaderForObject(Deno.readFileSync(path), path, undefined);
    const broken = { ...loader, blob: loader.blob.slice() };
    const target = new TextEncoder().encode("btf_trace_sched_switch\0");
    const at = broken.blob.findIndex((_, i) => target.every((b, k) => broken.blob[i + k] === b));
    if (at < 0) throw new Error("attach target name not found in the blob");
    broken.blob[at] = "X".charCodeAt(0); // Xtf_trace_sched_switch: no such BTF type
    const names = new Set([
      ...loader.programs.map((p) => p.name.slice(0, 15)),
      ...loader.maps.map((m) => m.kernelName),
    ]);
    const before = await listed(names);
    await assertNoFdLeak(() => {
      for (let i = 0; i < 50; i++) {
        try {
          using _loaded = runLoader(broken);
          throw new Error("the sabotaged loader succeeded");
        } catch (e) {
          if (!(e instanceof BpfSyscallError)) throw e;
          assertEquals(
            `${e.cmd} ${e.subject}`,
            "ATTACH_BTF_ID btf_trace_sched_switch (runqueue_len)",
          );
          assertEquals(e.errnoName, "ENOENT");
        }
      }
    });
    assertEquals(await settled(names, before), before, "bpftool prog/map list after 50 failures");
  },
});
