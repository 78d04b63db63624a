/** What a file name in the objects directory means to the daemon (SPEC §3 "Objects"). */

/** The classification of one directory entry. */
export type Entry =
  | { kind: "object"; name: string }
  | { kind: "manifest"; name: string }
  | { kind: "ignored" }
  | { kind: "refused"; reason: string };

/** Classifies a directory entry by its file name alone. */
export function classifyEntry(file: string): Entry {
  if (
    file.startsWith(".") || file.endsWith("~") || file.endsWith(".tmp") || file.endsWith(".swp")
  ) {
    return { kind: "ignored" };
  }
  if (file.endsWith(".bpf.o")) return checkName(file.slice(0, -6), "object");
  if (file.endsWith(".o")) return checkName(file.slice(0, -2), "object");
  if (file.endsWith(".json")) return checkName(file.slice(0, -5), "manifest");
  return {
    kind: "refused",
    reason: "not an object: expected NAME.bpf.o, NAME.o or a NAME.json manifest",
  };
}

function checkName(name: string, kind: "object" | "manifest"): Entry {
  if (isObjectName(name)) return { kind, name };
  // bpffs refuses "." in pin names, and the name becomes PINROOT/NAME.
  return {
    kind: "refused",
    reason: `invalid name "${name}": NAME must match [A-Za-z0-9_-]+`,
  };
}

/**
 * Whether `name` matches `[A-Za-z0-9_-]+`. A loop, not a regular expression: the daemon runs none
 * on its usual path (loads and rescans), which keeps the engine's regexp compiler out of its memory
 * (~0.8 MiB RSS with 50 objects loaded).
 */
export function isObjectName(name: string): boolean {
  if (name === "") return false;
  for (const c of name) {
    const ok = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") ||
      c === "_" || c === "-";
    if (!ok) return false;
  }
  return true;
}

/** The pin name of a map or program: bpffs refuses ".", so ".rodata" becomes "_rodata". */
export function pinName(name: string): string {
  return name.replaceAll(".", "_");
}
