/**
 * bpfdrop: turns BPF ELF objects into loaded, attached, tracked kernel programs through
 * generated loader programs. This file only dispatches the verbs; each lives in `src/cli/`.
 *
 * @module
 */
import process from "node:process";
import { VERSION } from "./src/cli/version.ts";

/** A verb: its one-line summary and the module that runs it. */
interface Verb {
  summary: string;
  load: () => Promise<{ main(args: string[]): Promise<number> }>;
}

const VERBS: Record<string, Verb> = {
  inspect: {
    summary: "show what a BPF object contains (never touches the kernel)",
    load: () => import("./src/cli/inspect.ts"),
  },
  gen: {
    summary: "write a self-contained loader file for an object",
    load: () => import("./src/cli/gen.ts"),
  },
  load: {
    summary: "generate and run a loader; print the maps and programs created",
    load: () => import("./src/cli/load.ts"),
  },
  daemon: {
    summary: "watch a directory and keep its objects loaded, attached and pinned",
    load: () => import("./src/cli/daemon.ts"),
  },
  ctl: {
    summary: "talk to a running daemon: status, reload",
    load: () => import("./src/cli/ctl.ts"),
  },
  version: {
    summary: "print the version",
    load: () => import("./src/cli/version.ts"),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(VERBS).map((v) => v.length));
  const lines = Object.entries(VERBS).map(([name, v]) => `  ${name.padEnd(width)}  ${v.summary}`);
  return [
    `bpfdrop ${VERSION}: BPF objects in, loaded and attached programs out.`,
    "",
    "Usage: bpfdrop <verb> [options]   (bpfdrop <verb> --help for each verb)",
    "",
    ...lines,
  ].join("\n");
}

/** Runs the verb named by `args[0]` and returns the exit status. */
export async function run(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version") return await run(["version"]);
  const verb = VERBS[name];
  if (verb === undefined) {
    console.error(`bpfdrop: unknown verb "${name}"\n\n${usage()}`);
    return 2;
  }
  return await (await verb.load()).main(rest);
}

if (import.meta.main) {
  // Exit explicitly: a verb may leave handles (sockets, watchers) that would keep the process up.
  process.exit(await run(process.argv.slice(2)));
}
