import { deepStrictEqual as assertEquals, throws } from "node:assert/strict";
import { DEFAULT_CONFIG, parseConfig, resolveConfig } from "./config.ts";

Deno.test("resolveConfig() layers defaults, file, then flags", () => {
  const file = parseConfig(
    { objects: "/o", pinRoot: "/sys/fs/bpf/x", logFormat: "json" },
    "c.json",
  );
  const cfg = resolveConfig(file, { objects: "/flag" });
  assertEquals(cfg, {
    ...DEFAULT_CONFIG,
    objects: "/flag",
    pinRoot: "/sys/fs/bpf/x",
    logFormat: "json",
  });
});

Deno.test("parseConfig() names the file and the key", () => {
  throws(
    () => parseConfig({ objectz: "/o" }, "c.json"),
    msg('c.json: unknown key "objectz"'),
  );
  throws(
    () => parseConfig({ socket: 1 }, "c.json"),
    msg("c.json: socket: expected a non-empty string"),
  );
  throws(
    () => parseConfig({ logFormat: "xml" }, "c.json"),
    msg('c.json: logFormat: expected "text" or "json"'),
  );
  throws(() => parseConfig([], "c.json"), msg("c.json: expected a JSON object"));
});

function msg(message: string): { message: string } {
  return { message };
}
