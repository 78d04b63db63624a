/**
 * Enforces the layer rules of docs/ARCHITECTURE.md on `src/`:
 * - a folder imports only from folders to its left in the flow, or from the leaves abi and asm;
 * - another folder is entered only through its `mod.ts`;
 * - pure folders (abi, asm, elf, btf, object, gen) use no `Deno.`, `Bun.` or `node:` outside tests.
 *
 * @module
 */

/** Flow order; a folder may import folders with a lower or equal rank. */
const RANK: Record<string, number> = {
  abi: 0,
  asm: 1,
  elf: 2,
  btf: 3,
  object: 4,
  gen: 5,
  kernel: 6,
  daemon: 7,
  cli: 8,
};
const PURE = new Set(["abi", "asm", "elf", "btf", "object", "gen"]);

async function* walk(dir: string): AsyncGenerator<string> {
  for await (const e of Deno.readDir(dir)) {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory) yield* walk(path);
    else if (e.name.endsWith(".ts")) yield path;
  }
}

function layerOf(path: string): string | undefined {
  return /(?:^|\/)src\/([^/]+)\//.exec(path)?.[1];
}

function resolve(from: string, spec: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const piece of spec.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

const problems: string[] = [];
for await (const file of walk("src")) {
  const layer = layerOf(file);
  if (layer === undefined) continue;
  const rank = RANK[layer];
  if (rank === undefined) {
    problems.push(`${file}: folder src/${layer} is not in the layer table`);
    continue;
  }
  const text = await Deno.readTextFile(file);
  const isTest = file.endsWith("_test.ts");
  for (
    const m of text.matchAll(
      /(?:import|export)[^"']*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    )
  ) {
    const spec = m[1] ?? m[2] ?? "";
    if (spec.startsWith("node:") || spec.startsWith("bun:")) {
      if (PURE.has(layer) && !isTest) problems.push(`${file}: pure layer imports ${spec}`);
      continue;
    }
    if (!spec.startsWith(".")) continue;
    const target = resolve(file, spec);
    const targetLayer = layerOf(target);
    if (targetLayer === undefined || targetLayer === layer) continue;
    const targetRank = RANK[targetLayer] ?? Infinity;
    if (targetRank > rank) problems.push(`${file}: imports ${spec}, to the right of src/${layer}`);
    if (!target.endsWith(`src/${targetLayer}/mod.ts`)) {
      problems.push(`${file}: imports ${spec}; enter src/${targetLayer} through its mod.ts`);
    }
  }
  if (
    PURE.has(layer) && !isTest &&
    /\b(?:Deno|Bun)\.[A-Za-z]/.test(text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ""))
  ) {
    problems.push(`${file}: pure layer uses the Deno or Bun runtime`);
  }
}

if (problems.length > 0) {
  console.error(problems.join("\n"));
  Deno.exit(1);
}
console.log("layers: ok");
