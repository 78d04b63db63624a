/**
 * Where bpfdrop's generation time goes, per example object: parseObject and generating the
 * loader (`generateHostLoader`, as `bpfdrop gen|load` do) separately (no root). bench/lskel_compare.ts compares the sum against libbpf.
 *
 * @module
 */
import { generateHostLoader } from "../src/kernel/mod.ts";
import { parseObject } from "../src/object/mod.ts";

const dir = new URL("../build/examples/", import.meta.url).pathname;
const objects = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => n.endsWith(".bpf.o"))
  .sort();

for (const name of objects) {
  const bytes = Deno.readFileSync(dir + name);
  const obj = parseObject(bytes, name);
  Deno.bench(`parseObject ${name}`, { group: name, baseline: true }, () => {
    parseObject(bytes, name);
  });
  Deno.bench(`generateHostLoader ${name}`, { group: name }, () => {
    generateHostLoader(obj, undefined);
  });
}
