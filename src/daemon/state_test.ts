import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listStates, type ObjectState, readState, removeState, writeState } from "./state.ts";

const STATE: ObjectState = {
  version: 1,
  name: "counter",
  file: "/etc/bpfdrop/objects.d/counter.bpf.o",
  sha256: "ab".repeat(32),
  manifestSha256: null,
  generation: 3,
  loadedAt: "2026-01-01T00:00:00.000Z",
  pinDir: "/sys/fs/bpf/bpfdrop/counter",
  programs: [{
    name: "count",
    type: "BPF_PROG_TYPE_TRACEPOINT",
    id: 7,
    pin: "/sys/fs/bpf/bpfdrop/counter/progs/count",
    attachPoint: "tracepoint syscalls/sys_enter_getpid",
    attachKey: "tracepoint syscalls/sys_enter_getpid",
    linkKind: "tracepoint",
    link: { id: 9, pin: "/sys/fs/bpf/bpfdrop/counter/links/count" },
  }],
  maps: [],
};

Deno.test("writeState() round-trips through readState() and leaves no temp file", () => {
  const dir = mkdtempSync(join(tmpdir(), "bpfdrop-state-"));
  try {
    writeState(dir, STATE);
    assertEquals(readState(dir, "counter"), STATE);
    assertEquals(readdirSync(dir), ["counter.json"]);
    assertEquals(statSync(join(dir, "counter.json")).mode & 0o777, 0o600);
    assertEquals(listStates(dir), ["counter"]);
    writeState(dir, { ...STATE, generation: 4 });
    assertEquals(readState(dir, "counter")?.generation, 4);
    removeState(dir, "counter");
    assertEquals(readState(dir, "counter"), null);
    removeState(dir, "counter");
  } finally {
    rmSync(dir, { recursive: true });
  }
});

Deno.test("readState() ignores torn and foreign files", () => {
  const dir = mkdtempSync(join(tmpdir(), "bpfdrop-state-"));
  try {
    writeFileSync(join(dir, "a.json"), '{"version": 1, "na');
    writeFileSync(join(dir, "b.json"), JSON.stringify({ ...STATE, name: "other" }));
    assertEquals(readState(dir, "a"), null);
    assertEquals(readState(dir, "b"), null);
    assertEquals(readState(dir, "missing"), null);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
