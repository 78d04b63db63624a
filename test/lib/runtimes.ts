/** Whether `bun` is on PATH: the tests that run code under Bun skip (saying so) without it. */
export function haveBun(): boolean {
  try {
    return new Deno.Command("bun", { args: ["--version"], stdout: "null", stderr: "null" })
      .outputSync().success;
  } catch {
    return false;
  }
}
