// The file operations on raw system calls (src/kernel/files.ts), checked against Deno's own.
import { assert, assertEquals, assertThrows } from "./lib/assert.ts";
import {
  changeMode,
  createFile,
  fileStat,
  fileSystemType,
  makeDirectory,
  openPath,
  pathExists,
  readDirectory,
  readFile,
  readLink,
  readTextFile,
  removeTree,
  rename,
  stat,
  statIfExists,
  SyscallError,
  unlink,
  writeAll,
} from "../src/kernel/mod.ts";

function withTempDir(body: (dir: string) => void): void {
  const dir = Deno.makeTempDirSync({ prefix: "bpfdrop-files-" });
  try {
    body(dir);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
}

Deno.test("readFile() reads regular files whole and /proc files past their size 0", () => {
  withTempDir((dir) => {
    const bytes = new Uint8Array(70_000).map((_, i) => i * 7);
    Deno.writeFileSync(`${dir}/big`, bytes);
    assertEquals(readFile(`${dir}/big`), bytes);
    Deno.writeFileSync(`${dir}/empty`, new Uint8Array());
    assertEquals(readFile(`${dir}/empty`).length, 0);
  });
  assertEquals(readTextFile("/proc/self/mountinfo"), Deno.readTextFileSync("/proc/self/mountinfo"));
});

Deno.test("createFile(), writeAll(), rename() and unlink() write and move files", () => {
  withTempDir((dir) => {
    {
      using file = createFile(`${dir}/a.tmp`, 0o640);
      writeAll(file.value, new TextEncoder().encode("hello\n"));
    }
    rename(`${dir}/a.tmp`, `${dir}/a`);
    assertEquals(Deno.readTextFileSync(`${dir}/a`), "hello\n");
    assertEquals(Deno.statSync(`${dir}/a`).mode! & 0o777, 0o640 & ~Deno.umask());
    changeMode(`${dir}/a`, 0o600);
    assertEquals(Deno.statSync(`${dir}/a`).mode! & 0o777, 0o600);
    unlink(`${dir}/a`);
    assert(!pathExists(`${dir}/a`));
  });
});

Deno.test("stat() and fileStat() agree with Deno.statSync", () => {
  withTempDir((dir) => {
    Deno.writeTextFileSync(`${dir}/f`, "12345");
    Deno.symlinkSync(`${dir}/f`, `${dir}/link`);
    const ours = stat(`${dir}/f`);
    const deno = Deno.statSync(`${dir}/f`);
    assertEquals(
      [ours.dev, ours.ino, ours.mode, ours.uid, ours.gid, ours.size, ours.isFile()],
      [deno.dev, deno.ino, deno.mode, deno.uid, deno.gid, deno.size, true],
    );
    assertEquals(Math.floor(ours.mtimeMs), deno.mtime!.getTime());
    assert(stat(dir).isDirectory());
    assert(!stat(`${dir}/link`, { followSymlinks: false }).isFile());
    assertEquals(readLink(`${dir}/link`), `${dir}/f`);
    assertEquals(statIfExists(`${dir}/missing`), undefined);
    assertEquals(statIfExists(`${dir}/f/below-a-file`), undefined);
    using fd = openPath(`${dir}/f`);
    assertEquals(fileStat(fd.value).ino, deno.ino);
  });
});

Deno.test("makeDirectory(), readDirectory() and removeTree() handle nested trees", () => {
  withTempDir((dir) => {
    makeDirectory(`${dir}/a/b/c`, { recursive: true, mode: 0o700 });
    makeDirectory(`${dir}/a/b/c`, { recursive: true });
    assertEquals(Deno.statSync(`${dir}/a/b`).mode! & 0o777, 0o700 & ~Deno.umask());
    const names = Array.from({ length: 600 }, (_, i) => `file-${i}-${"x".repeat(40)}`);
    for (const name of names) Deno.writeTextFileSync(`${dir}/a/b/${name}`, "");
    assertEquals(readDirectory(`${dir}/a/b`).sort(), ["c", ...names].sort());
    removeTree(`${dir}/a`);
    removeTree(`${dir}/a`); // already gone: fine
    assertEquals(readDirectory(dir), []);
  });
});

Deno.test("failures carry the errno name and the path", () => {
  const missing = "/nonexistent/bpfdrop-files-test";
  const err = assertThrows(() => readFile(missing), SyscallError);
  assertEquals(err.errnoName, "ENOENT");
  assert(err.message.includes(missing), err.message);
  assertEquals(assertThrows(() => makeDirectory(missing), SyscallError).errnoName, "ENOENT");
  assertEquals(
    assertThrows(() => readDirectory("/proc/self/status"), SyscallError).errnoName,
    "ENOTDIR",
  );
});

Deno.test("fileSystemType() reads statfs magic numbers", () => {
  const PROC_SUPER_MAGIC = 0x9fa0;
  assertEquals(fileSystemType("/proc"), PROC_SUPER_MAGIC);
});
