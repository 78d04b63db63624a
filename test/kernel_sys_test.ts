import { assert, assertEquals, assertThrows } from "./lib/assert.ts";
import { openFds } from "./lib/fds.ts";
import {
  getpid,
  openPath,
  ownFd,
  sendDatagram,
  SyscallError,
  unixStreamListening,
  withSignalsBlocked,
} from "../src/kernel/mod.ts";

Deno.test("getpid() matches the runtime's pid", () => {
  assertEquals(getpid(), Deno.pid);
});

Deno.test("openPath() returns a real kernel fd that close() releases once", () => {
  const fd = openPath("/proc/self", { directory: true });
  const number = fd.value;
  assert(openFds().has(number));
  assertEquals(Deno.readLinkSync(`/proc/self/fd/${number}`), `/proc/${Deno.pid}`);
  fd.close();
  fd.close();
  assert(!openFds().has(number));
  assertThrows(() => fd.value, Error, "closed file descriptor");
});

Deno.test("openPath() names the path and errno when it fails", () => {
  const err = assertThrows(() => openPath("/nonexistent/bpfdrop"), SyscallError);
  assertEquals(err.errnoName, "ENOENT");
  assertEquals(err.message, "openat /nonexistent/bpfdrop: ENOENT (No such file or directory)");
});

Deno.test({
  name: "openPath() never hands out fd 0",
  // The test swaps the process's stdin for /dev/null, which Deno sees as a new resource.
  sanitizeResources: false,
  fn() {
    // Owning a descriptor 0 moves it: stdin now lives elsewhere and 0 is free.
    using stdin = ownFd(0);
    assert(stdin.value > 0);
    try {
      assert(!openFds().has(0));
      using fd = openPath("/dev/null");
      assert(fd.value > 0);
      assert(!openFds().has(0));
    } finally {
      Deno.openSync("/dev/null"); // takes descriptor 0 again: the lowest free one
    }
    assert(openFds().has(0));
  },
});

for (const abstract of [false, true]) {
  Deno.test(`sendDatagram() delivers to ${abstract ? "an abstract" : "a path"} Unix socket`, async () => {
    const dir = Deno.makeTempDirSync();
    const address = abstract ? `@bpfdrop-test-${Deno.pid}` : `${dir}/notify.sock`;
    const receiver = new Deno.Command("python3", {
      args: ["-c", RECEIVER, address],
      stdout: "piped",
    }).spawn();
    try {
      await waitFor(() => abstract ? abstractBound(address) : existsSync(address));
      sendDatagram(address, new TextEncoder().encode("READY=1\nSTATUS=ok"));
      const out = await receiver.output();
      assertEquals(new TextDecoder().decode(out.stdout), "READY=1\nSTATUS=ok");
    } finally {
      try {
        receiver.kill();
      } catch { /* already exited */ }
      Deno.removeSync(dir, { recursive: true });
    }
  });
}

Deno.test("unixStreamListening() tells a listening socket from a stale, missing or plain file", () => {
  const dir = Deno.makeTempDirSync();
  const path = `${dir}/control.sock`;
  try {
    const before = openFds();
    assertEquals(unixStreamListening(path), false);
    const listener = Deno.listen({ transport: "unix", path });
    try {
      assertEquals(unixStreamListening(path), true);
    } finally {
      listener.close();
    }
    // A socket file nobody listens on, as a daemon that died leaves behind.
    const bind = new Deno.Command("python3", {
      args: ["-c", "import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])", path],
    }).outputSync();
    assert(bind.success && existsSync(path));
    assertEquals(unixStreamListening(path), false);
    Deno.writeTextFileSync(`${dir}/plain`, "");
    assertEquals(unixStreamListening(`${dir}/plain`), false);
    assertEquals(openFds(), before);
  } finally {
    Deno.removeSync(dir, { recursive: true });
  }
});

const RECEIVER = `
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
address = sys.argv[1]
s.bind("\\0" + address[1:] if address.startswith("@") else address)
s.settimeout(10)
sys.stdout.write(s.recv(4096).decode())
`;

function existsSync(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}

function abstractBound(address: string): boolean {
  return Deno.readTextFileSync("/proc/net/unix").includes(address);
}

async function waitFor(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 10));
  assert(ready(), "receiver did not bind in time");
}

Deno.test("withSignalsBlocked() blocks every blockable signal on this thread, then restores", () => {
  const blocked = () =>
    /^SigBlk:\s*([0-9a-f]+)$/m.exec(Deno.readTextFileSync("/proc/thread-self/status"))![1];
  const before = blocked();
  // Everything except SIGKILL (9) and SIGSTOP (19), which cannot be blocked.
  assertEquals(withSignalsBlocked(blocked), "fffffffffffbfeff");
  assertEquals(blocked(), before);
  // Nested: the inner call leaves the outer block in place, and the outer one restores.
  const inner = withSignalsBlocked(() => [withSignalsBlocked(blocked), blocked()]);
  assertEquals(inner, ["fffffffffffbfeff", "fffffffffffbfeff"]);
  assertEquals(blocked(), before);
  // A body that throws still restores the mask.
  assertThrows(
    () =>
      withSignalsBlocked(() => {
        throw new Error("body failed");
      }),
    Error,
    "body failed",
  );
  assertEquals(blocked(), before);
});
