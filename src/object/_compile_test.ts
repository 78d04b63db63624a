// Shared helpers for the src/object tests (no tests here): fixtures compiled from testdata/*.bpf.c
// with clang into a temporary directory, and the example objects when they have been built.

const testdata = new URL("./testdata/", import.meta.url).pathname;
const examples = new URL("../../build/examples/", import.meta.url).pathname;
const cache = new Map<string, Promise<Uint8Array>>();

/** Options for compiling a fixture. */
export interface CompileOptions {
  /** Compile for `bpfeb` instead of `bpfel`. */
  bigEndian?: boolean;
  /** Leave out `-g` (and so BTF). */
  noDebug?: boolean;
}

/** Compiles `testdata/<name>.bpf.c` (`clang -target bpf -g -O2`) once per run and returns the object. */
export function compileFixture(name: string, opts: CompileOptions = {}): Promise<Uint8Array> {
  const key = `${name}:${opts.bigEndian ? "eb" : "el"}:${opts.noDebug ? "nodebug" : "debug"}`;
  let bytes = cache.get(key);
  if (!bytes) {
    bytes = compile(`${testdata}${name}.bpf.c`, opts);
    cache.set(key, bytes);
  }
  return bytes;
}

/** Compiles C source text the same way (for one-off fixtures written inside a test). */
export async function compileSource(
  source: string,
  opts: CompileOptions = {},
): Promise<Uint8Array> {
  const dir = await Deno.makeTempDir({ prefix: "bpfdrop-object-" });
  try {
    await Deno.writeTextFile(`${dir}/src.bpf.c`, source);
    return await compile(`${dir}/src.bpf.c`, opts);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

async function compile(path: string, opts: CompileOptions): Promise<Uint8Array> {
  const dir = await Deno.makeTempDir({ prefix: "bpfdrop-object-" });
  try {
    const out = `${dir}/out.o`;
    const args = [
      "-target",
      opts.bigEndian ? "bpfeb" : "bpfel",
      ...(opts.noDebug ? [] : ["-g"]),
      "-O2",
      "-Wall",
      "-I/usr/include/x86_64-linux-gnu",
      "-c",
      path,
      "-o",
      out,
    ];
    const result = await new Deno.Command("clang", { args, stderr: "piped" }).output();
    if (!result.success) {
      throw new Error(`clang ${path}: ${new TextDecoder().decode(result.stderr)}`);
    }
    return await Deno.readFile(out);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Paths of the built example objects (empty when `tools/build_examples.sh` has not run). */
export function exampleObjects(): string[] {
  try {
    return [...Deno.readDirSync(examples)]
      .filter((e) => e.isFile && e.name.endsWith(".o"))
      .map((e) => `${examples}${e.name}`)
      .sort();
  } catch {
    return [];
  }
}

/** Runs a tool and returns stdout, or undefined when the tool is not installed. */
export async function runTool(cmd: string, args: string[]): Promise<string | undefined> {
  try {
    const out = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
    if (!out.success) throw new Error(`${cmd}: ${new TextDecoder().decode(out.stderr)}`);
    return new TextDecoder().decode(out.stdout);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) return undefined;
    throw e;
  }
}
