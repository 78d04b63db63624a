/**
 * Where bpfdrop's generation time goes, per example object: parseObject and generateLoader
 * separately (pure, no root). bench/lskel_compare.ts compares the sum against libbpf.
 *
 * @module
 */
import { generateLoader } from "../src/gen/mod.ts";
import { parseObject } from "../src/object/mod.ts";
import { kconfigOf } from "./_host.ts";

const dir = new URL("../build/examples/", import.meta.url).pathname;
const objects = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => n.endsWith(".bpf.o"))
  .sort();

for (const name of objects) {
  const bytes = Deno.readFileSync(dir + name);
  const obj = parseObject(bytes, name);
  const kconfig = kconfigOf(obj);
  Deno.bench(`parseObject ${name}`, { group: name, baseline: true }, () => {
    parseObject(bytes, name);
  });
  Deno.bench(`generateLoader ${name}`, { group: name }, () => {
    generateLoader(obj, { kconfig });
  });
}
