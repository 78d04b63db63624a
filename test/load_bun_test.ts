/**
 * `bpfdrop load` works under Bun: `bun main.ts load OBJ --json` creates real kernel objects
 * (checked with bpftool by the ids it prints), reports the same maps and programs as under Deno,
 * and leaves nothing behind when it exits without pins.
 */
import { haveBun } from "./lib/runtimes.ts";
import { assert, assertEquals } from "./lib/assert.ts";
import { bpftoolJson, requireFeature, tempPinDir } from "./lib/kernel.ts";
import { examplePath } from "./lib/load_examples.ts";
import type { LoadDocument } from "../src/cli/load.ts";
import { bpftoolTypeName } from "./corpus/reference.ts";

function requireBun(test: string) {
  const kernel = requireFeature("bpf_sys_bpf", test);
  if (kernel.ignore || haveBun()) return kernel;
  console.log(`skip: ${test}: bun is not on PATH`);
  return { ignore: true, reason: "bun is not on PATH" };
}

/** Runs `RUNTIME main.ts load ARGS --json` and returns the document it printed. */
async function load(runtime: "bun" | "deno", ...args: string[]): Promise<LoadDocument> {
  const command = runtime === "bun" ? ["main.ts"] : ["run", "-A", "main.ts"];
  const out = await new Deno.Command(runtime, {
    args: [...command, "load", ...args, "--json"],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stdout = new TextDecoder().decode(out.stdout);
  const stderr = new TextDecoder().decode(out.stderr);
  if (!out.success) {
    throw new Error(
      `${runtime} main.ts load ${args.join(" ")} exited ${out.code}:\n${stdout}${stderr}`,
    );
  }
  return JSON.parse(stdout) as LoadDocument;
}

/** What bpftool says about program/map `id`, or undefined when there is no such object. */
async function show(
  kind: "prog" | "map",
  id: number,
): Promise<{ name: string; type: string } | undefined> {
  try {
    return await bpftoolJson(kind, "show", "id", String(id)) as { name: string; type: string };
  } catch {
    return undefined;
  }
}

Deno.test({
  name:
    "bun main.ts load --pin: every id it prints is a live kernel object with that name and type",
  ...requireBun("bun main.ts load --pin"),
  async fn() {
    using pins = tempPinDir();
    const doc = await load("bun", examplePath("sched_switch"), "--pin", pins.path);
    assertEquals(doc.programs.map((p) => p.name), ["count_switch", "runqueue_len"]);
    assertEquals(doc.maps.map((m) => m.name), [
      "on_cpu_since",
      "slice_hist",
      ".bss",
      ".data",
      ".kconfig",
    ]);
    for (const p of doc.programs) {
      const info = await show("prog", p.id);
      assert(info !== undefined, `bpftool prog show id ${p.id} (${p.name}): no such program`);
      assertEquals(info, { ...info, name: p.name.slice(0, 15), type: bpftoolTypeName(p.type) });
      const pinned = await bpftoolJson("prog", "show", "pinned", p.pinned!) as { id: number };
      assertEquals(pinned.id, p.id, `${p.pinned}`);
    }
    for (const m of doc.maps) {
      const info = await show("map", m.id);
      assert(info !== undefined, `bpftool map show id ${m.id} (${m.name}): no such map`);
      assertEquals(info, { ...info, name: m.kernelName, type: bpftoolTypeName(m.type) });
      const pinned = await bpftoolJson("map", "show", "pinned", m.pinned!) as { id: number };
      assertEquals(pinned.id, m.id, `${m.pinned}`);
    }
  },
});

Deno.test({
  name: "bun and deno load the same maps and programs from the same object",
  ...requireBun("bun and deno load the same"),
  async fn() {
    for (const name of ["socket_filter", "xdp_proto_count", "task_iter"]) {
      using byName = tempPinDir();
      const strip = (doc: LoadDocument) => ({
        maps: doc.maps.map(({ id: _id, pinned: _p, ...rest }) => rest),
        programs: doc.programs.map(({ id: _id, ...rest }) => rest),
      });
      const path = examplePath(name);
      const bun = await load("bun", path, "--pin-maps", byName.path);
      for (const pin of Deno.readDirSync(byName.path)) {
        Deno.removeSync(`${byName.path}/${pin.name}`);
      }
      const deno = await load("deno", path, "--pin-maps", byName.path);
      assertEquals(strip(bun), strip(deno), name);
    }
  },
});

Deno.test({
  name: "bun main.ts load without --pin leaves no program or map behind when it exits",
  ...requireBun("bun main.ts load without --pin"),
  async fn() {
    const doc = await load("bun", examplePath("socket_filter"));
    const ids = [
      ...doc.programs.map((p) => ["prog", p.id] as const),
      ...doc.maps.map((m) => ["map", m.id] as const),
    ];
    assert(ids.length > 0, "nothing was loaded");
    // Maps held by an array of maps are released by the kernel's deferred free of the outer
    // map, after the process has gone: allow a few seconds before calling it a leak.
    const deadline = Date.now() + 10_000;
    for (const [kind, id] of ids) {
      // Ids are never reused while the counter has not wrapped, so a live id is ours.
      let info = await show(kind, id);
      while (info !== undefined && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        info = await show(kind, id);
      }
      assertEquals(info, undefined, `${kind} ${id} still exists 10 s after exit`);
    }
  },
});
