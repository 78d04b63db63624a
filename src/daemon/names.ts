/** What a file name in the objects directory means to the daemon (SPEC §3 "Objects"). */

/** The classification of one directory entry. */
export type Entry =
  | { kind: "object"; name: string }
  | { kind: "manifest"; name: string }
  | { kind: "ignored" }
  | { kind: "refused"; reason: string };

const NAME = /^[A-Za-z0-9_-]+$/;

/** Classifies a directory entry by its file name alone. */
export function classifyEntry(file: string): Entry {
  if (
    file.startsWith(".") || file.endsWith("~") || file.endsWith(".tmp") || file.endsWith(".swp")
  ) {
    return { kind: "ignored" };
  }
  const object = /^(.*?)(\.bpf\.o|\.o)$/.exec(file);
  if (object) return checkName(object[1]!, "object");
  const manifest = /^(.*)\.json$/.exec(file);
  if (manifest) return checkName(manifest[1]!, "manifest");
  return {
    kind: "refused",
    reason: "not an object: expected NAME.bpf.o, NAME.o or a NAME.json manifest",
  };
}

function checkName(name: string, kind: "object" | "manifest"): Entry {
  if (NAME.test(name)) return { kind, name };
  // bpffs refuses "." in pin names, and the name becomes PINROOT/NAME.
  return {
    kind: "refused",
    reason: `invalid name "${name}": NAME must match [A-Za-z0-9_-]+`,
  };
}

/** The pin name of a map or program: bpffs refuses ".", so ".rodata" becomes "_rodata". */
export function pinName(name: string): string {
  return name.replaceAll(".", "_");
}
