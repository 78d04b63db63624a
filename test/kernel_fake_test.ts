/**
 * The kernel layer's policies (retries, log growth, error shapes) against a fake seam: no root,
 * no kernel. The fake hands out made-up addresses so it can read and write the buffers that
 * attrs point to, as the kernel would.
 */
import { assertEquals, assertThrows } from "./lib/assert.ts";
import {
  BpfSyscallError,
  mapLookupElem,
  overrideSyscalls,
  progLoad,
  type Syscalls,
  VerifierError,
} from "../src/kernel/mod.ts";
import { BpfCmd, decodeStruct, ProgLoadAttr, writeField } from "../src/abi/mod.ts";
import { Fd } from "../src/kernel/mod.ts";

const BPF = 321; // x86_64; the fake declares that architecture
const CLOSE = 3;

/** A fake kernel: `bpf` answers each bpf(2) call; closes are recorded. */
class FakeKernel implements Syscalls {
  readonly runtime = "fake";
  readonly arch = "x86_64";
  readonly buffers = new Map<bigint, Uint8Array>();
  readonly closed: number[] = [];
  #next = 0x1000n;

  constructor(readonly bpf: (cmd: number, attr: Uint8Array, kernel: FakeKernel) => number) {}

  addressOf(buf: Uint8Array): bigint {
    if (buf.byteLength === 0) return 0n;
    const address = this.#next;
    this.#next += 0x100000n;
    this.buffers.set(address, buf);
    return address;
  }

  /** The buffer a pointer field refers to. */
  at(address: bigint | number | Uint8Array): Uint8Array {
    const buf = this.buffers.get(BigInt(address as bigint));
    if (buf === undefined) throw new Error(`fake kernel: bad address ${address}`);
    return buf;
  }

  syscall(nr: number, ...args: (number | bigint)[]): number {
    if (nr === CLOSE) {
      this.closed.push(Number(args[0]));
      return 0;
    }
    if (nr !== BPF) return -38; // ENOSYS
    const attr = this.at(args[1]!).subarray(0, Number(args[2]));
    return this.bpf(Number(args[0]), attr, this);
  }
}

function withFake(kernel: FakeKernel, body: () => void) {
  const restore = overrideSyscalls(kernel);
  try {
    body();
  } finally {
    restore();
  }
}

const LOAD = {
  type: 1,
  insns: new Uint8Array(16),
  license: "GPL",
  name: "fake_prog",
} as const;

Deno.test("progLoad() retries a load the kernel interrupted with EAGAIN", () => {
  let calls = 0;
  const kernel = new FakeKernel(() => ++calls < 3 ? -11 : 42);
  withFake(kernel, () => {
    const fd = progLoad(LOAD);
    assertEquals([fd.value, calls], [42, 3]);
    fd.close();
    fd.close();
  });
  assertEquals(kernel.closed, [42]);
});

Deno.test("progLoad() fetches the log on failure and grows it to log_true_size on ENOSPC", () => {
  const fullLog = Array.from({ length: 30 }, (_, i) => `${i}: (b7) r1 = ${i}`).concat(
    "R0 !read_ok",
  );
  const text = new TextEncoder().encode(fullLog.join("\n") + "\n\0");
  const sizes: number[] = [];
  const kernel = new FakeKernel((cmd, attr, k) => {
    if (cmd !== BpfCmd.BPF_PROG_LOAD) return -22;
    const a = decodeStruct(ProgLoadAttr, attr);
    const size = Number(a.log_size);
    sizes.push(size);
    if (size === 0) return -13; // EACCES, no log asked for
    const buf = k.at(a.log_buf as bigint);
    buf.set(text.subarray(0, Math.min(size - 1, text.length)));
    writeField(attr, 0, ProgLoadAttr, "log_true_size", text.length);
    return size < text.length ? -28 : -13; // ENOSPC while it does not fit
  });
  withFake(kernel, () => {
    const err = assertThrows(() => progLoad({ ...LOAD, log: { size: 64 } }), VerifierError);
    assertEquals(sizes, [0, 64, text.length]);
    assertEquals(err.log, fullLog);
    assertEquals(err.truncated, false);
    assertEquals(
      err.message,
      "PROG_LOAD fake_prog: EACCES (Permission denied)\n  29: (b7) r1 = 29\n  R0 !read_ok\n" +
        "  (29 more lines in the verifier log)",
    );
  });
});

Deno.test("progLoad() reports a failure without a log as a plain BpfSyscallError", () => {
  const kernel = new FakeKernel(() => -1); // EPERM, and no log written
  withFake(kernel, () => {
    const err = assertThrows(() => progLoad(LOAD), BpfSyscallError);
    assertEquals(err instanceof VerifierError, false);
    assertEquals(err.message, "PROG_LOAD fake_prog: EPERM (Operation not permitted)");
  });
});

Deno.test("mapLookupElem() maps ENOENT to undefined and other errors to BpfSyscallError", () => {
  let answer = -2;
  const kernel = new FakeKernel(() => answer);
  withFake(kernel, () => {
    const map = new Fd(7);
    assertEquals(mapLookupElem(map, new Uint8Array(4), 8), undefined);
    answer = -14;
    const err = assertThrows(() => mapLookupElem(map, new Uint8Array(4), 8), BpfSyscallError);
    assertEquals(err.message, "MAP_LOOKUP_ELEM: EFAULT (Bad address)");
    map.close();
  });
});
