import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { parseManifest } from "./manifest.ts";

function errorOf(text: string): string {
  try {
    parseManifest(text, "/etc/bpfdrop/objects.d/x.json");
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected a ManifestError");
}

Deno.test("parseManifest() reads every documented field", () => {
  const m = parseManifest(
    JSON.stringify({
      programs: {
        a: { load: false },
        b: { attach: { xdp: { interface: "veth0", mode: "skb" } } },
        c: { attach: { tc: { interface: "veth0", direction: "egress" } } },
        d: { attach: { cgroup: { path: "/sys/fs/cgroup/unified/t", type: "inet_ingress" } } },
        e: { attach: { uprobe: { binary: "/bin/bash", symbol: "readline", pid: 1 } } },
      },
      maps: { counts: { max_entries: 1024, preserve: true } },
      globals: { target_pid: 42, verbose: true, big: "0xffffffffffffffff", arr: [1, 2] },
    }),
    "x.json",
  );
  assertEquals(m.programs.a, { load: false, attach: null });
  assertEquals(m.programs.b!.attach, { kind: "xdp", interface: "veth0", mode: "skb" });
  assertEquals(m.programs.c!.attach, { kind: "tc", interface: "veth0", direction: "egress" });
  assertEquals(m.programs.d!.attach, {
    kind: "cgroup",
    path: "/sys/fs/cgroup/unified/t",
    type: "inet_ingress",
  });
  assertEquals(m.programs.e!.attach, {
    kind: "uprobe",
    binary: "/bin/bash",
    symbol: "readline",
    offset: null,
    pid: 1,
    retprobe: null,
  });
  assertEquals(m.maps.counts, { maxEntries: 1024, preserve: true });
  assertEquals(m.globals, {
    target_pid: 42,
    verbose: true,
    big: "0xffffffffffffffff",
    arr: [1, 2],
  });
});

Deno.test("parseManifest() names the file and the field in errors", () => {
  const f = "/etc/bpfdrop/objects.d/x.json";
  assertEquals(errorOf("{"), `${f}: invalid JSON: ${jsonError("{")}`);
  assertEquals(
    errorOf('{"program": {}}'),
    `${f}: program: unknown field (expected programs, maps, globals)`,
  );
  assertEquals(
    errorOf('{"programs": {"p": {"attach": {"xdp": {"mode": "skb"}}}}}'),
    `${f}: programs.p.attach.xdp.interface: required`,
  );
  assertEquals(
    errorOf('{"programs": {"p": {"attach": {"tc": {"interface": "lo", "direction": "up"}}}}}'),
    `${f}: programs.p.attach.tc.direction: invalid value: expected one of "ingress", "egress"`,
  );
  assertEquals(
    errorOf('{"programs": {"p": {"attach": {"uprobe": {"binary": "/bin/sh"}}}}}'),
    `${f}: programs.p.attach.uprobe: expected exactly one of "symbol" or "offset"`,
  );
  assertEquals(
    errorOf('{"programs": {"p": {"attach": {"kprobe": {}}}}}'),
    `${f}: programs.p.attach: unknown attach kind "kprobe": expected "xdp", "tc", "cgroup" or "uprobe"`,
  );
  assertEquals(
    errorOf('{"maps": {"m": {"max_entries": -1}}}'),
    `${f}: maps.m.max_entries: expected a non-negative integer`,
  );
  assertEquals(
    errorOf('{"maps": {"m": {"preserve": "yes"}}}'),
    `${f}: maps.m.preserve: expected true or false`,
  );
  assertEquals(
    errorOf('{"globals": {"g": 1.5}}'),
    `${f}: globals.g: numbers must be integers (use a string for 64-bit values)`,
  );
  assertEquals(
    errorOf('{"programs": {"p": {"load": 0}}}'),
    `${f}: programs.p.load: expected true or false`,
  );
  throws(() => parseManifest("[]", "y.json"), /^ManifestError: y.json: expected an object$/);
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  return "";
}
