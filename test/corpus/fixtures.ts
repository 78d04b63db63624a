/**
 * Helpers shared by the inspect tests (no tests here): the object-reader fixture compiled with
 * clang, and the objects built into a directory by `tools/build_examples.sh` or
 * `tools/build_corpus.sh`.
 *
 * @module
 */

const features = new URL("../../src/object/testdata/features.bpf.c", import.meta.url).pathname;

/** `src/object/testdata/features.bpf.c` compiled with `clang -target TARGET -g -O2`. */
export async function compileFeatures(target: "bpf" | "bpfel" | "bpfeb"): Promise<Uint8Array> {
  const dir = await Deno.makeTempDir({ prefix: "bpfdrop-features-" });
  try {
    const obj = `${dir}/${target}.o`;
    const args = ["-target", target, "-g", "-O2", "-I/usr/include/x86_64-linux-gnu"];
    const out = await new Deno.Command("clang", {
      args: [...args, "-c", features, "-o", obj],
      stderr: "piped",
    }).output();
    if (!out.success) {
      throw new Error(`clang ${target} failed: ${new TextDecoder().decode(out.stderr)}`);
    }
    return await Deno.readFile(obj);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** The `.o` files directly in `dir`, sorted; none when it has not been built. */
export function objectsIn(dir: string): string[] {
  try {
    return [...Deno.readDirSync(dir)]
      .filter((e) => e.isFile && e.name.endsWith(".o"))
      .map((e) => `${dir}/${e.name}`)
      .sort();
  } catch {
    return [];
  }
}
