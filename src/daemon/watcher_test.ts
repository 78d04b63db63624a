import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirWatcher } from "./watcher.ts";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

Deno.test("DirWatcher reports a renamed-in object once, ignores temporaries", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bpfdrop-watch-"));
  const seen: string[] = [];
  let rescans = 0;
  const w = new DirWatcher(dir, { debounceMs: 5, settleMs: 100, rescanMs: 0 }, {
    onNames: (n) => seen.push(...n),
    onRescan: () => rescans++,
    onError: (e) => {
      throw e;
    },
  });
  try {
    writeFileSync(join(dir, "counter.bpf.o.tmp"), "x".repeat(1000));
    writeFileSync(join(dir, ".hidden.o"), "x");
    renameSync(join(dir, "counter.bpf.o.tmp"), join(dir, "counter.bpf.o"));
    await wait(60);
    assertEquals(seen, ["counter"]);
    writeFileSync(join(dir, "counter.json"), "{}");
    writeFileSync(join(dir, "counter.json"), "{} ");
    await wait(40);
    assertEquals(seen, ["counter"], "an in-place write waits for settleMs");
    await wait(120);
    assertEquals(seen, ["counter", "counter"]);
    writeFileSync(join(dir, "bad.name.o"), "x");
    await wait(30);
    assertEquals(rescans, 1, "a refused name triggers a rescan so status lists it");
  } finally {
    w.close();
    rmSync(dir, { recursive: true });
  }
});
