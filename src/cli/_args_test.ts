import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { parseVerbArgs, USAGE_ERROR } from "./_args.ts";

const SPEC = {
  verb: "test",
  help: "Usage: test",
  options: {
    output: { type: "string", short: "o" },
    program: { type: "string", multiple: true },
    verbose: { type: "boolean", short: "v" },
  },
} as const;

Deno.test("parseVerbArgs: long, short and repeated options, positionals, --", () => {
  assertEquals(
    parseVerbArgs(SPEC, ["a.o", "--output=x", "-v", "--program", "p", "--program=q", "--", "-b"]),
    { values: { output: "x", verbose: true, program: ["p", "q"] }, positionals: ["a.o", "-b"] },
  );
  assertEquals(parseVerbArgs(SPEC, ["-vofile"]), {
    values: { verbose: true, output: "file" },
    positionals: [],
  });
  assertEquals(parseVerbArgs(SPEC, ["-o", "file", "-"]), {
    values: { output: "file" },
    positionals: ["-"],
  });
});

Deno.test("parseVerbArgs: usage errors and --help", () => {
  const errors: string[] = [];
  const logs: string[] = [];
  const { error, log } = console;
  console.error = (s: string) => errors.push(s);
  console.log = (s: string) => logs.push(s);
  try {
    assertEquals(parseVerbArgs(SPEC, ["--bogus"]), USAGE_ERROR);
    assertEquals(parseVerbArgs(SPEC, ["-x"]), USAGE_ERROR);
    assertEquals(parseVerbArgs(SPEC, ["--output"]), USAGE_ERROR);
    assertEquals(parseVerbArgs(SPEC, ["--verbose=yes"]), USAGE_ERROR);
    assertEquals(parseVerbArgs(SPEC, ["-h"]), 0);
  } finally {
    Object.assign(console, { error, log });
  }
  assertEquals(errors.map((e) => e.split("\n")[0]), [
    'bpfdrop test: unknown option "--bogus"',
    'bpfdrop test: unknown option "-x"',
    'bpfdrop test: option "--output" needs a value',
    'bpfdrop test: option "--verbose" takes no value',
  ]);
  assertEquals(logs, ["Usage: test"]);
});
