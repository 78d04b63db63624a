/**
 * How long `parseObject` takes over every built object: the examples and the real-world corpus
 * (`tools/build_examples.sh`, `tools/build_corpus.sh`). Files are read once, before timing, so the
 * figures are parsing alone. Objects bpfdrop refuses still count: refusing must be fast too.
 */
import { parseObject } from "../src/object/mod.ts";

async function readObjects(dir: string): Promise<{ name: string; bytes: Uint8Array }[]> {
  const found: { name: string; bytes: Uint8Array }[] = [];
  const walk = async (path: string) => {
    let entries;
    try {
      entries = [...Deno.readDirSync(path)];
    } catch {
      return; // not built on this machine: that group is simply empty
    }
    for (const e of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
      const full = `${path}/${e.name}`;
      if (e.isDirectory) await walk(full);
      else if (e.isFile && e.name.endsWith(".o")) {
        found.push({ name: full, bytes: await Deno.readFile(full) });
      }
    }
  };
  await walk(dir);
  return found;
}

const root = new URL("../build/", import.meta.url).pathname;
const examples = await readObjects(`${root}examples`);
const corpus = await readObjects(`${root}corpus`);

/** Parses every object, counting refusals instead of failing (the corpus holds some on purpose). */
function parseAll(objects: { name: string; bytes: Uint8Array }[]): number {
  let refused = 0;
  for (const o of objects) {
    try {
      parseObject(o.bytes, o.name);
    } catch {
      refused++;
    }
  }
  return refused;
}

Deno.bench(`parseObject: ${examples.length} examples`, { group: "parse", baseline: true }, () => {
  parseAll(examples);
});

Deno.bench(`parseObject: ${corpus.length} corpus objects`, { group: "parse" }, () => {
  parseAll(corpus);
});

// The largest objects show whether cost grows faster than size.
const largest = [...corpus].sort((a, b) => b.bytes.length - a.bytes.length).slice(0, 3);
for (const o of largest) {
  const label = o.name.slice(root.length);
  Deno.bench(`parseObject: ${label} (${(o.bytes.length / 1024).toFixed(0)} KiB)`, {
    group: "largest",
  }, () => {
    parseAll([o]);
  });
}
