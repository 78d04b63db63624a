import { deepStrictEqual, ok, throws } from "node:assert/strict";
import { parseElf } from "../elf/mod.ts";
import { fixtureObject, testObjects } from "./_fixtures_test.ts";
import {
  encodeBtf,
  encodeBtfForLoad,
  fixupBtfForLoad,
  fixupElfOf,
  parseBtf,
  prepareBtfForLoad,
} from "./mod.ts";

const repo = new URL("../../", import.meta.url).pathname;

/** Every `.o` under build/corpus (recursively); empty when the corpus is not built. */
async function corpusObjects(dir = `${repo}build/corpus`): Promise<string[]> {
  const found: string[] = [];
  try {
    for await (const e of Deno.readDir(dir)) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory) found.push(...await corpusObjects(path));
      else if (e.name.endsWith(".o")) found.push(path);
    }
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  return found.sort();
}

Deno.test("encodeBtfForLoad() gives the types of encodeBtf(fixupBtfForLoad()) for every example and corpus object", async () => {
  const objects = [...await testObjects(), ...await corpusObjects()];
  const big = await fixtureObject("bpfeb");
  if (big) objects.push(big);
  if (objects.length === 0) {
    console.log("skip: encodeBtfForLoad() on objects: no objects built and no clang");
    return;
  }
  let compared = 0;
  let sameBytes = 0;
  let refused = 0;
  for (const path of objects) {
    const elf = parseElf(await Deno.readFile(path), path);
    const section = elf.sections.find((s) => s.name === ".BTF");
    if (section === undefined) continue;
    let btf;
    try {
      btf = parseBtf(section.data, { file: path });
    } catch {
      continue; // the corpus holds some broken objects on purpose
    }
    const facts = fixupElfOf(elf);
    ok(btf.blob !== undefined, path);
    let reference;
    try {
      reference = encodeBtf(fixupBtfForLoad(btf, facts));
    } catch (e) {
      throws(() => encodeBtfForLoad(btf, facts), { message: (e as Error).message }, path);
      refused++;
      continue;
    }
    const patched = encodeBtfForLoad(btf, facts);
    deepStrictEqual(
      parseBtf(patched, { file: path }).types,
      parseBtf(reference, { file: path }).types,
      path,
    );
    // The other byte order goes through the encoder: the same types again.
    const swapped = encodeBtfForLoad(btf, facts, { littleEndian: !btf.littleEndian });
    deepStrictEqual(
      parseBtf(swapped, { file: path }).types,
      parseBtf(reference, { file: path }).types,
    );
    compared++;
    if (patched.length === reference.length && patched.every((b, i) => b === reference[i])) {
      sameBytes++;
    }
  }
  ok(compared > 0);
  console.log(
    `encodeBtfForLoad(): ${compared} objects, ${sameBytes} byte for byte identical; ${refused} refused by both`,
  );
});

Deno.test("prepareBtfForLoad() writes encodeBtfForLoad()'s bytes into a caller's buffer", async () => {
  const objects = await testObjects();
  if (objects.length === 0) return void console.log("skip: prepareBtfForLoad(): no objects");
  for (const path of objects) {
    const elf = parseElf(await Deno.readFile(path), path);
    const section = elf.sections.find((s) => s.name === ".BTF");
    if (section === undefined) continue;
    const btf = parseBtf(section.data, { file: path });
    const facts = fixupElfOf(elf);
    for (const littleEndian of [btf.littleEndian, !btf.littleEndian]) {
      const load = prepareBtfForLoad(btf, facts, { littleEndian });
      const buffer = new Uint8Array(load.size + 16);
      load.writeTo(buffer.subarray(8));
      deepStrictEqual(
        buffer.subarray(8, 8 + load.size),
        encodeBtfForLoad(btf, facts, { littleEndian }),
      );
      ok(
        buffer.subarray(0, 8).every((b) => b === 0) &&
          buffer.subarray(8 + load.size).every((b) => b === 0),
      );
    }
  }
});
