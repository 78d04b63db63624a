/**
 * runLoader per example object (root, real kernel): a run of the loader then closing everything
 * it created, as `bpfdrop load` and the daemon do. Most of it is the kernel's (verifying and
 * running the loader); bench/lskel_compare.ts puts it beside the C light skeleton.
 *
 * @module
 */
import { generateHostLoader, runLoader } from "../src/kernel/mod.ts";
import { parseObject } from "../src/object/mod.ts";

const dir = new URL("../build/examples/", import.meta.url).pathname;
const objects = [...Deno.readDirSync(dir)].map((e) => e.name).filter((n) => n.endsWith(".bpf.o"))
  .sort();

if (Deno.uid() !== 0) console.log("skip: bench/load_bench.ts: needs root");
for (const name of Deno.uid() === 0 ? objects : []) {
  const obj = parseObject(Deno.readFileSync(dir + name), name);
  const loader = generateHostLoader(obj, undefined);
  try {
    runLoader(loader).close();
  } catch (e) {
    console.log(`skip: runLoader ${name}: ${(e as Error).message.split("\n")[0]}`);
    continue;
  }
  Deno.bench(`runLoader ${name}`, () => runLoader(loader).close());
}
