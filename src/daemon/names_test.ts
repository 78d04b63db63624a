import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { classifyEntry, pinName } from "./names.ts";

Deno.test("classifyEntry() accepts NAME.bpf.o, NAME.o and NAME.json", () => {
  assertEquals(classifyEntry("counter.bpf.o"), { kind: "object", name: "counter" });
  assertEquals(classifyEntry("a-b_C9.o"), { kind: "object", name: "a-b_C9" });
  assertEquals(classifyEntry("counter.json"), { kind: "manifest", name: "counter" });
});

Deno.test("classifyEntry() ignores dotfiles, backups and temporaries", () => {
  for (const f of [".counter.bpf.o", "counter.bpf.o~", "x.bpf.o.tmp", ".x.swp", "a.swp"]) {
    assertEquals(classifyEntry(f), { kind: "ignored" }, f);
  }
});

Deno.test("classifyEntry() refuses other names with the reason", () => {
  assertEquals(classifyEntry("my.prog.bpf.o"), {
    kind: "refused",
    reason: 'invalid name "my.prog": NAME must match [A-Za-z0-9_-]+',
  });
  assertEquals(classifyEntry("README"), {
    kind: "refused",
    reason: "not an object: expected NAME.bpf.o, NAME.o or a NAME.json manifest",
  });
});

Deno.test("pinName() replaces dots", () => {
  assertEquals(pinName(".rodata"), "_rodata");
  assertEquals(pinName("counts"), "counts");
});
