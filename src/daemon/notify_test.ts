import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { readFileSync } from "node:fs";
import { monotonicUsec, Notifier } from "./notify.ts";

Deno.test("Notifier sends sd_notify lines only when NOTIFY_SOCKET is set", () => {
  const sent: [string, string][] = [];
  const send = (path: string, bytes: Uint8Array) =>
    sent.push([path, new TextDecoder().decode(bytes)]);
  new Notifier(send, { env: {} }).ready("x");
  assertEquals(sent, []);
  const n = new Notifier(send, { env: { NOTIFY_SOCKET: "@sd" } });
  n.ready("2 objects loaded\nok");
  n.reloading();
  n.stopping();
  assertEquals(sent[0], ["@sd", "READY=1\nSTATUS=2 objects loaded ok\n"]);
  ok(/^RELOADING=1\nMONOTONIC_USEC=\d+\nSTATUS=Reloading\n$/.test(sent[1]![1]));
  assertEquals(sent[2], ["@sd", "STOPPING=1\nSTATUS=Stopping\n"]);
});

Deno.test("Notifier pings the watchdog at half WATCHDOG_USEC", async () => {
  const sent: string[] = [];
  const n = new Notifier((_p, b) => sent.push(new TextDecoder().decode(b)), {
    env: { NOTIFY_SOCKET: "/run/x", WATCHDOG_USEC: "40000" },
  });
  await new Promise((r) => setTimeout(r, 70));
  n.close();
  ok(sent.length >= 2 && sent.every((s) => s === "WATCHDOG=1\n"), String(sent));
});

Deno.test("monotonicUsec() is never behind CLOCK_BOOTTIME and keeps time", async () => {
  const up = () => Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]) * 1e6;
  const a = Number(monotonicUsec());
  ok(a >= up() - 20_000 && a <= up() + 30_000, `${a} vs ${up()}`);
  await new Promise((r) => setTimeout(r, 50));
  ok(Number(monotonicUsec()) - a >= 45_000);
});
