/**
 * Where bpfdrop's generation time goes, per example object: parseObject, the BTF fix-up and
 * encoding for BTF_LOAD (part of generating), and the whole of generating the loader
 * (`generateHostLoader`, as `bpfdrop gen|load` do; no root). The generator's own share is the
 * last minus the second. bench/lskel_compare.ts compares the sum against libbpf.
 *
 * @module
 */
import { encodeBtfForLoad, fixupElfOf } from "../src/btf/mod.ts";
import { generateHostLoader } from "../src/kernel/mod.ts";
import { parseObject } from "../src/object/mod.ts";

const dir = new URL("../build/examples/", import.meta.url).pathname;
const objects = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => n.endsWith(".bpf.o"))
  .sort();

for (const name of objects) {
  const bytes = Deno.readFileSync(dir + name);
  const obj = parseObject(bytes, name);
  const btf = obj.btf;
  Deno.bench(`parseObject ${name}`, { group: name, baseline: true }, () => {
    parseObject(bytes, name);
  });
  if (btf !== undefined) {
    const littleEndian = obj.endianness === "little";
    Deno.bench(`BTF fix-up + encode ${name}`, { group: name }, () => {
      encodeBtfForLoad(btf, fixupElfOf(obj.elf), { littleEndian });
    });
  }
  Deno.bench(`generateHostLoader ${name}`, { group: name }, () => {
    generateHostLoader(obj, undefined);
  });
}
