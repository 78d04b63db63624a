import { throws } from "node:assert/strict";
import process from "node:process";
import { chmodSync, chownSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkTrusted } from "./strict_modes.ts";

Deno.test("checkTrusted() refuses group/other-writable and foreign-owned paths", () => {
  const dir = mkdtempSync(join(tmpdir(), "bpfdrop-strict-"));
  try {
    chmodSync(dir, 0o755);
    checkTrusted(dir, "directory");
    chmodSync(dir, 0o777);
    throws(
      () => checkTrusted(dir, "directory"),
      msg(`${dir}: refused: mode 0777 is writable by group or others (chmod go-w ${dir})`),
    );
    chmodSync(dir, 0o755);
    const file = join(dir, "a.bpf.o");
    writeFileSync(file, "x", { mode: 0o644 });
    checkTrusted(file, "file");
    throws(() => checkTrusted(file, "directory"), msg(`${file}: refused: not a directory`));
    chmodSync(file, 0o664);
    throws(() => checkTrusted(file, "file"), /writable by group or others/);
    chmodSync(file, 0o644);
    if (process.getuid?.() === 0) {
      chownSync(file, 1234, 0);
      throws(
        () => checkTrusted(file, "file"),
        msg(`${file}: refused: owned by uid 1234 (must be root or uid 0)`),
      );
    }
  } finally {
    rmSync(dir, { recursive: true });
  }
});

function msg(message: string): { message: string } {
  return { message };
}
