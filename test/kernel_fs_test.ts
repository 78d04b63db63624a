import { assert, assertEquals, assertThrows } from "./lib/assert.ts";
import { requireRoot, tempPinDir } from "./lib/kernel.ts";
import {
  BpfSyscallError,
  ensureBpffs,
  ensureTracefs,
  findMount,
  isInBpffs,
  kernelVersionCode,
  listPins,
  makePinDir,
  mapCreate,
  objPin,
  readMounts,
  removePinTree,
  SyscallError,
  unmount,
  unpin,
} from "../src/kernel/mod.ts";
import { BpfMapType } from "../src/abi/mod.ts";

const root = requireRoot("kernel fs tests");

Deno.test("readMounts() parses mountinfo lines and their octal escapes", () => {
  const mounts = readMounts(
    "42 23 0:39 / /sys/fs/bpf rw,relatime shared:7 - bpf bpf rw,mode=700\n" +
      "50 23 0:40 / /mnt/with\\040space rw - tmpfs my\\011src rw\n",
  );
  assertEquals(mounts, [
    { mountPoint: "/sys/fs/bpf", options: "rw,relatime", fsType: "bpf", source: "bpf" },
    { mountPoint: "/mnt/with space", options: "rw", fsType: "tmpfs", source: "my\tsrc" },
  ]);
  assertEquals(findMount("/mnt/with space/", mounts)?.fsType, "tmpfs");
  assertEquals(findMount("/mnt", mounts), undefined);
});

function withTempDir(body: (dir: string) => void) {
  const dir = Deno.makeTempDirSync({ prefix: "bpfdrop-mnt-" });
  try {
    body(dir);
  } finally {
    for (const m of readMounts().filter((m) => m.mountPoint.startsWith(dir)).reverse()) {
      unmount(m.mountPoint);
    }
    Deno.removeSync(dir, { recursive: true });
  }
}

Deno.test({
  name: "ensureBpffs() leaves a mounted bpffs alone and mounts one where missing",
  ...root,
  fn() {
    assertEquals(ensureBpffs(), false);
    {
      // A directory inside a mounted bpffs is only created, never mounted over.
      using pins = tempPinDir();
      assertEquals(ensureBpffs(`${pins.path}/a/b`), false);
      assert(Deno.statSync(`${pins.path}/a/b`).isDirectory);
      assertEquals(findMount(`${pins.path}/a/b`), undefined);
    }
    withTempDir((dir) => {
      const target = `${dir}/bpf`;
      assertEquals(ensureBpffs(target), true);
      assertEquals(findMount(target)?.fsType, "bpf");
      assert(isInBpffs(target));
      assertEquals(ensureBpffs(target), false);
      using map = mapCreate({
        type: BpfMapType.BPF_MAP_TYPE_ARRAY,
        keySize: 4,
        valueSize: 4,
        maxEntries: 1,
      });
      objPin(map, `${target}/m`);
      // A fresh bpffs may already hold the kernel's preloaded iterators (maps.debug, …).
      assert(listPins(target).includes("m"));
      assertEquals(unpin(`${target}/m`), true);
      assert(!listPins(target).includes("m"));
      unmount(target);
    });
  },
});

Deno.test({
  name: "ensureTracefs() mounts tracefs where missing",
  ...root,
  fn() {
    assertEquals(ensureTracefs(), false);
    withTempDir((dir) => {
      assertEquals(ensureTracefs(dir), true);
      assertEquals(findMount(dir)?.fsType, "tracefs");
      assert(Deno.statSync(`${dir}/events`).isDirectory);
    });
  },
});

Deno.test({
  name: "makePinDir(), listPins(), unpin() and removePinTree() manage a pin tree",
  ...root,
  fn() {
    using dir = tempPinDir();
    makePinDir(`${dir.path}/obj/maps`);
    makePinDir(`${dir.path}/obj/progs`);
    using map = mapCreate({
      type: BpfMapType.BPF_MAP_TYPE_ARRAY,
      keySize: 4,
      valueSize: 4,
      maxEntries: 1,
    });
    objPin(map, `${dir.path}/obj/maps/a`);
    objPin(map, `${dir.path}/obj/maps/b`);
    objPin(map, `${dir.path}/obj/progs/c`);
    assertEquals(listPins(dir.path), ["obj/maps/a", "obj/maps/b", "obj/progs/c"]);
    assertEquals(unpin(`${dir.path}/obj/maps/a`), true);
    assertEquals(unpin(`${dir.path}/obj/maps/a`), false);
    assertEquals(listPins(`${dir.path}/obj`), ["maps/b", "progs/c"]);
    removePinTree(`${dir.path}/obj`);
    assertEquals(listPins(dir.path), []);
    assertEquals(listPins(`${dir.path}/obj`), []);
    assertThrows(() => objPin(map, `${dir.path}/obj/x`), BpfSyscallError, "ENOENT");
  },
});

Deno.test({
  name: "makePinDir() refuses directories outside bpffs",
  ...root,
  fn() {
    const dir = Deno.makeTempDirSync();
    try {
      const err = assertThrows(() => makePinDir(`${dir}/a/b`), SyscallError);
      assertEquals(err.errnoName, "EXDEV");
      assertEquals(
        err.message,
        `mkdir ${dir}/a/b: EXDEV (Invalid cross-device link)\n${dir} is not on a bpf file system`,
      );
    } finally {
      Deno.removeSync(dir, { recursive: true });
    }
  },
});

Deno.test("kernelVersionCode() reads KERNEL_VERSION(a, b, c) from a release string", () => {
  assertEquals(kernelVersionCode("6.18.44-fc-v669"), (6 << 16) + (18 << 8) + 44);
  assertEquals(kernelVersionCode("5.10"), (5 << 16) + (10 << 8));
  assertEquals(kernelVersionCode("4.19.300"), (4 << 16) + (19 << 8) + 255);
  assertEquals(kernelVersionCode("6.1.0.7-x"), (6 << 16) + (1 << 8));
  assertEquals(kernelVersionCode("6"), undefined);
  assertEquals(kernelVersionCode("v6.1"), undefined);
  assertEquals(kernelVersionCode(""), undefined);
});
