import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { posix } from "node:path";
import { dirname, join, normalize } from "./paths.ts";

Deno.test("join() joins the daemon's paths as they are built", () => {
  assertEquals(join("/sys/fs/bpf/bpfdrop", "counter"), "/sys/fs/bpf/bpfdrop/counter");
  assertEquals(
    join("/sys/fs/bpf/bpfdrop/counter", "maps", "_rodata"),
    "/sys/fs/bpf/bpfdrop/counter/maps/_rodata",
  );
  assertEquals(join("/var/lib/bpfdrop", ".counter.json.tmp"), "/var/lib/bpfdrop/.counter.json.tmp");
  assertEquals(join("objects.d", "a.bpf.o"), "objects.d/a.bpf.o");
});

Deno.test("join() collapses repeated slashes and drops . segments", () => {
  assertEquals(join("/etc//bpfdrop/", "objects.d"), "/etc/bpfdrop/objects.d");
  assertEquals(join("/pins/", "/x"), "/pins/x");
  assertEquals(join("./state/.", "./a.json"), "state/a.json");
  assertEquals(join("//a", "b"), "/a/b");
});

Deno.test("join() keeps a trailing slash, like node:path", () => {
  assertEquals(join("/run/bpfdrop/"), "/run/bpfdrop/");
  assertEquals(join("/run", "bpfdrop//"), "/run/bpfdrop/");
  assertEquals(join("a", "."), "a");
  assertEquals(join("a", "./"), "a/");
});

Deno.test("join() resolves .. lexically, never above the root", () => {
  assertEquals(join("/sys/fs/bpf/x", "..", "y"), "/sys/fs/bpf/y");
  assertEquals(join("/a", "../../b"), "/b");
  assertEquals(join("a", "../../b"), "../b");
  assertEquals(join("..", "a"), "../a");
  assertEquals(join("a", ".."), ".");
  assertEquals(join("a", "../"), "./");
  assertEquals(join("/", ".."), "/");
});

Deno.test("join() of nothing or empty parts is .", () => {
  assertEquals(join(), ".");
  assertEquals(join("", ""), ".");
  assertEquals(join("", "a", ""), "a");
  assertEquals(normalize(""), ".");
});

Deno.test("dirname() gives the directory part, trailing slashes ignored", () => {
  assertEquals(dirname("/run/bpfdrop/control.sock"), "/run/bpfdrop");
  assertEquals(dirname("/run/bpfdrop/"), "/run");
  assertEquals(dirname("/control.sock"), "/");
  assertEquals(dirname("/"), "/");
  assertEquals(dirname("control.sock"), ".");
  assertEquals(dirname("build/demo/control.sock"), "build/demo");
  assertEquals(dirname(""), ".");
  assertEquals(dirname("//a"), "//");
  assertEquals(dirname("/a//b"), "/a/");
});

Deno.test("join(), normalize() and dirname() agree with node:path's posix functions", () => {
  // Every path of up to 4 segments drawn from these, with and without a leading slash.
  const pieces = ["", ".", "..", "a", "bc", "/", "//", "./", "../"];
  const paths: string[] = [];
  const grow = (prefix: string, depth: number) => {
    paths.push(prefix, `/${prefix}`);
    if (depth === 4) return;
    for (const p of pieces) grow(prefix + p, depth + 1);
  };
  grow("", 0);
  for (const p of paths) {
    assertEquals(normalize(p), posix.normalize(p), `normalize(${JSON.stringify(p)})`);
    assertEquals(dirname(p), posix.dirname(p), `dirname(${JSON.stringify(p)})`);
    assertEquals(join(p, "x"), posix.join(p, "x"), `join(${JSON.stringify(p)}, "x")`);
    assertEquals(join("x/", p), posix.join("x/", p), `join("x/", ${JSON.stringify(p)})`);
  }
});
