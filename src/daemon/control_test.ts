import { deepStrictEqual as assertEquals, rejects } from "node:assert/strict";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ControlServer, request } from "./control.ts";

Deno.test("ControlServer answers newline-delimited JSON on a 0600 socket", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bpfdrop-ctl-"));
  const path = join(dir, "run", "control.sock");
  const server = await ControlServer.listen(path, null, (req) => {
    if (req.cmd === "fail") throw new Error("it failed");
    return Promise.resolve({ echo: req.cmd, name: req.name ?? null });
  });
  try {
    assertEquals(statSync(path).mode & 0o777, 0o600);
    assertEquals(await request(path, { cmd: "status", name: "x", id: 1 }), {
      id: 1,
      ok: true,
      result: { echo: "status", name: "x" },
    });
    assertEquals(await request(path, { cmd: "fail" }), { ok: false, error: "it failed" });
    await rejects(
      ControlServer.listen(path, null, () => Promise.resolve(null)),
      new Error(`${path}: another bpfdrop daemon is listening on this socket`),
    );
  } finally {
    await server.close();
    rmSync(dir, { recursive: true });
  }
  await rejects(request(path, { cmd: "status" }), /is the daemon running\?/);
});
