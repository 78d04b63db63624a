import { deepStrictEqual as assertEquals, ok } from "node:assert/strict";
import { Logger } from "./log.ts";

Deno.test("Logger writes one text line per event, with <N> priorities for the journal", () => {
  const lines: string[] = [];
  const journal = new Logger({ format: "text", journal: true, sink: (l) => lines.push(l) });
  journal.info("loaded", { object: "counter", programs: 2, error: undefined });
  journal.error("load-failed", { object: "bad", error: "PROG_LOAD x: EACCES\nline 2" });
  assertEquals(lines, [
    "<6>info loaded object=counter programs=2",
    '<3>error load-failed object=bad error="PROG_LOAD x: EACCES\\nline 2"',
  ]);
  const plain: string[] = [];
  new Logger({ format: "text", journal: false, sink: (l) => plain.push(l) }).notice("started");
  ok(/^\d{4}-\d\d-\d\dT[\d:.]+Z notice started$/.test(plain[0]!), plain[0]);
});

Deno.test("Logger writes JSON lines", () => {
  const lines: string[] = [];
  new Logger({ format: "json", journal: false, sink: (l) => lines.push(l) })
    .warning("refused", { file: "a.b.o", reason: "bad name" });
  const record = JSON.parse(lines[0]!);
  assertEquals({ ...record, time: "" }, {
    time: "",
    level: "warning",
    event: "refused",
    file: "a.b.o",
    reason: "bad name",
  });
});
