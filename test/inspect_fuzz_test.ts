// Fuzz test: mutated objects (byte flips, truncations, chunk copies, and ELF section/symbol/
// relocation/instruction and BTF header/type fields set to edge values) through parseObject and
// the inspect JSON. Every failure must be an ElfError, BtfError or ObjectError with a
// "FILE: what (at offset N)" message; nothing may throw anything else or run long.
import assert from "node:assert/strict";
import { guardedCampaign } from "../tools/fuzz.ts";
import { compileFeatures, objectsIn } from "./corpus/fixtures.ts";

const CASES = 10_000;
const examples = new URL("../build/examples", import.meta.url).pathname;

/** The example objects, plus the object-reader fixture in both byte orders. */
async function seeds(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const paths = objectsIn(examples);
  if (paths.length === 0) {
    console.log("note: build/examples is empty; fuzzing the compiled fixture only");
  }
  const out: { name: string; bytes: Uint8Array }[] = await Promise.all(
    paths.map(async (name) => ({ name, bytes: await Deno.readFile(name) })),
  );
  for (const target of ["bpfel", "bpfeb"] as const) {
    out.push({ name: `features-${target}.o`, bytes: await compileFeatures(target) });
  }
  return out;
}

Deno.test(`inspect survives ${CASES} mutated objects with clear errors only`, async () => {
  // In a worker, so that a case that never ends fails the test instead of hanging it.
  const result = await guardedCampaign(await seeds(), { cases: CASES, firstSeed: 1 }, 10_000);
  if ("hang" in result) {
    assert.fail(`case ${result.hang} ran ${result.stalledMs} ms without finishing`);
  }
  console.log(
    `fuzz: ${result.cases} cases in ${result.seconds.toFixed(1)} s ` +
      `(${(result.cases / result.seconds).toFixed(0)}/s), ${result.accepted} accepted, ` +
      `${result.rejected} rejected, slowest ${result.slowest.ms.toFixed(1)} ms`,
  );
  const report = result.failures.slice(0, 5).map((f) => `case ${f.case} (${f.seed}): ${f.detail}`);
  assert.deepEqual(report, [], "every failure is an ElfError/BtfError/ObjectError with a message");
  assert.equal(result.cases, CASES);
  assert.ok(result.rejected > CASES / 10, "mutations reach the error paths");
  assert.ok(result.slowest.ms < 2000, `case ${result.slowest.case} took ${result.slowest.ms} ms`);
  assert.ok(result.seconds < 90, `took ${result.seconds} s`);
});
