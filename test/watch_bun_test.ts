/**
 * The directory watch under Bun (a signal-driven inotify descriptor, which Deno's tests
 * never run): a Bun script watches a fresh directory, changes it, and prints the events it saw.
 */
import { haveBun } from "./lib/runtimes.ts";
import { assertEquals } from "./lib/assert.ts";

const SCRIPT = `
import { watchDirectory } from ${
  JSON.stringify(new URL("../src/kernel/mod.ts", import.meta.url).href)
};
import { mkdirSync, renameSync, rmdirSync, unlinkSync, writeFileSync, chmodSync } from "node:fs";
const dir = process.argv[2] + "/watched";
mkdirSync(dir);
const seen = [];
const watch = watchDirectory(dir, {
  event: (kind, name) => seen.push([kind, name]),
  error: (e) => seen.push(["error", e.message]),
});
const step = () => new Promise((r) => setTimeout(r, 50));
writeFileSync(dir + "/a.tmp", "x"); await step();
renameSync(dir + "/a.tmp", dir + "/a.bpf.o"); await step();
writeFileSync(dir + "/a.bpf.o", "yy", { flag: "a" }); await step();
chmodSync(dir + "/a.bpf.o", 0o600); await step();
unlinkSync(dir + "/a.bpf.o"); await step();
rmdirSync(dir); await step();
watch.close();
console.log(JSON.stringify(seen));
`;

const NAME = "watchDirectory() under Bun reports creates, renames, writes, attributes and removals";
const bun = haveBun();
if (!bun) console.log(`skip: ${NAME}: bun is not on PATH`);

Deno.test({
  name: NAME,
  ignore: !bun,
  async fn() {
    const dir = Deno.makeTempDirSync({ prefix: "bpfdrop-watch-bun-" });
    try {
      Deno.writeTextFileSync(`${dir}/watch.ts`, SCRIPT);
      const out = await new Deno.Command("bun", {
        args: [`${dir}/watch.ts`, dir],
        stdout: "piped",
        stderr: "piped",
      }).output();
      const stderr = new TextDecoder().decode(out.stderr);
      assertEquals(out.code, 0, stderr);
      const seen = JSON.parse(new TextDecoder().decode(out.stdout)) as [string, string | null][];
      // Writing a file is a create then a change; the directory's own removal loses the names.
      assertEquals(seen, [
        ["rename", "a.tmp"],
        ["change", "a.tmp"],
        ["rename", "a.tmp"],
        ["rename", "a.bpf.o"],
        ["change", "a.bpf.o"],
        ["change", "a.bpf.o"],
        ["rename", "a.bpf.o"],
        ["rename", null],
        ["rename", null],
      ]);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

// Signals do not queue: one SIGIO may stand for many events, on either watch.
const BURST_SCRIPT = `
import { watchDirectory } from ${
  JSON.stringify(new URL("../src/kernel/mod.ts", import.meta.url).href)
};
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
const dirs = [process.argv[2] + "/a", process.argv[2] + "/b"];
const seen = dirs.map(() => new Set());
const watches = dirs.map((dir, i) => {
  mkdirSync(dir);
  return watchDirectory(dir, {
    event: (kind, name) => kind === "rename" && name?.endsWith(".bpf.o") && seen[i].add(name),
    error: (e) => console.error(e.message),
  });
});
for (let n = 0; n < 200; n++) {
  for (const dir of dirs) {
    writeFileSync(dir + "/.f" + n, "x");
    renameSync(dir + "/.f" + n, dir + "/f" + n + ".bpf.o");
  }
}
for (let wait = 0; wait < 100 && seen.some((s) => s.size < 200); wait++) {
  await new Promise((r) => setTimeout(r, 20));
}
for (const w of watches) w.close();
console.log(JSON.stringify(seen.map((s) => s.size)));
`;

const BURST = "watchDirectory() under Bun sees every rename of a burst, on two watches at once";
if (!bun) console.log(`skip: ${BURST}: bun is not on PATH`);

Deno.test({
  name: BURST,
  ignore: !bun,
  async fn() {
    const dir = Deno.makeTempDirSync({ prefix: "bpfdrop-watch-bun-" });
    try {
      Deno.writeTextFileSync(`${dir}/burst.ts`, BURST_SCRIPT);
      const out = await new Deno.Command("bun", {
        args: [`${dir}/burst.ts`, dir],
        stdout: "piped",
        stderr: "piped",
      }).output();
      const stderr = new TextDecoder().decode(out.stderr);
      assertEquals(out.code, 0, stderr);
      assertEquals(stderr, "");
      assertEquals(JSON.parse(new TextDecoder().decode(out.stdout)), [200, 200]);
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});
