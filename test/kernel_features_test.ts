import { assert, assertEquals } from "./lib/assert.ts";
import { requireFeature, requireRoot } from "./lib/kernel.ts";
import { KNOWN_UNSUPPORTED } from "./lib/known_unsupported.ts";
import {
  featureTests,
  kernelAtLeast,
  kernelRelease,
  probeFeature,
  progLoad,
  programTypeFeature,
  progTestRun,
} from "../src/kernel/mod.ts";
import { BpfProgType } from "../src/abi/mod.ts";
import { Alu64, encode, Jmp, R0 } from "../src/asm/mod.ts";

Deno.test("kernelRelease() and kernelAtLeast() compare dotted versions numerically", () => {
  assertEquals(kernelRelease("6.18.44-fc-v669\n"), [6, 18, 44]);
  assertEquals(kernelRelease("5.4"), [5, 4, 0]);
  assert(kernelAtLeast("5.14", [6, 1, 0]));
  assert(kernelAtLeast("6.18", [6, 18, 44]));
  assert(!kernelAtLeast("6.10", [6, 9, 99]));
  assert(kernelAtLeast("4.20", [5, 0, 0]));
});

Deno.test({
  name: "probeFeature() answers every feature conclusively, and only expected gaps are missing",
  ...requireRoot("probeFeature() answers every feature conclusively"),
  fn() {
    const unexpected: string[] = [];
    for (const test of featureTests()) {
      const answer = probeFeature(test.name);
      assert(
        answer.state !== "undecided",
        `${test.name}: ${"reason" in answer ? answer.reason : ""}`,
      );
      const expectedGap = test.name in KNOWN_UNSUPPORTED || !kernelAtLeast(test.minKernel);
      if (answer.state === "unsupported" && !expectedGap) unexpected.push(answer.reason);
    }
    assertEquals(unexpected, []);
  },
});

Deno.test({
  name: "probeFeature() caches conclusive answers",
  ...requireRoot("probeFeature() caches conclusive answers"),
  fn() {
    const first = probeFeature("prog:xdp");
    assertEquals(first.state, "supported");
    assert(probeFeature("prog:xdp") === first);
  },
});

Deno.test({
  name: "programTypeFeature() names the probe that a program type's load depends on",
  ...requireFeature(programTypeFeature("BPF_PROG_TYPE_SCHED_CLS"), "programTypeFeature()"),
  fn() {
    assertEquals(programTypeFeature("BPF_PROG_TYPE_SCHED_CLS"), "prog:sched_cls");
    using prog = progLoad({
      type: BpfProgType.BPF_PROG_TYPE_SCHED_CLS,
      insns: encode([Alu64.mov.imm(R0, 2), Jmp.exit()]),
      license: "GPL",
      name: "tc_shot",
    });
    assertEquals(progTestRun(prog, { data: new Uint8Array(64) }).retval, 2);
  },
});

Deno.test({
  name: "fentry programs load and attach where trampolines are available",
  ...requireFeature("fentry", "fentry programs load and attach"),
  fn() {
    assertEquals(probeFeature("fentry").state, "supported");
  },
});
