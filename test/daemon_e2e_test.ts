/**
 * End-to-end tests of `bpfdrop daemon` on the real kernel, run against both `deno run main.ts`
 * and the compiled binary: drop, reload (changed, verifier-rejected, corrupt), restart adoption,
 * kill -9 mid-reload, delete, StrictModes, socket mode; and XDP/tc/cgroup attachment in a
 * test-made network namespace with a veth pair (never the host's interfaces).
 *
 * Fixtures are C sources written and compiled here, with a per-run unique program name so the
 * kernel-wide counts (bpftool) only see this test's objects.
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  linkGetFdById,
  mapGetFdById,
  mapLookupElem,
  objGet,
  progGetFdById,
} from "../src/kernel/mod.ts";
import { type DaemonStatus, type ObjectStatus, request } from "../src/daemon/mod.ts";
import { assert, assertEquals, assertMatch } from "./lib/assert.ts";
import { bpftoolJson, requireFeature, requireRoot } from "./lib/kernel.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const BINARY = join(ROOT, "dist", "bpfdrop");

// ---------------------------------------------------------------------------------------------
// Fixtures

const RUN = crypto.randomUUID().replaceAll("-", "").slice(0, 6);

/** Map names unique to this run, so bpftool's kernel-wide counts see only this test's maps. */
const COUNTS = `cn_${RUN}`;
const VERSION = `vr_${RUN}`;

/** A tracepoint counter: `COUNTS[0]` += 1 per getppid(); `VERSION[0]` = version. */
function counterSource(version: number, opts: { reject?: boolean; narrow?: boolean } = {}): string {
  const value = opts.narrow ? "__u32" : "__u64";
  const body = opts.reject
    // Writes 16 bytes past an 8-byte map value: the verifier refuses it.
    ? `__u64 *v = bpf_map_lookup_elem(&${COUNTS}, &k); if (v) v[2] += 1;`
    : `${value} *v = bpf_map_lookup_elem(&${COUNTS}, &k); if (v) __sync_fetch_and_add(v, 1);`;
  return `
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, __u32); __type(value, ${value}); } ${COUNTS} SEC(".maps");
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, __u32); __type(value, __u64); } ${VERSION} SEC(".maps");
SEC("tracepoint/syscalls/sys_enter_getppid")
int cnt_${RUN}(void *ctx) {
  __u32 k = 0;
  ${body}
  __u64 *ver = bpf_map_lookup_elem(&${VERSION}, &k);
  if (ver) *ver = ${version};
  return 0;
}
char LICENSE[] SEC("license") = "GPL";
`;
}

/** XDP, tc and cgroup_skb counters in slots 0, 1, 2 of `hits`; `gen` marks the version. */
function netSource(gen: number): string {
  return `
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 4);
         __type(key, __u32); __type(value, __u64); } hits SEC(".maps");
static void bump(__u32 k) { __u64 *v = bpf_map_lookup_elem(&hits, &k); if (v) __sync_fetch_and_add(v, 1); }
SEC("xdp") int xdp_${RUN}(struct xdp_md *ctx) { bump(0); bump(3 + 0 * ${gen}); return XDP_PASS; }
SEC("tc") int tc_${RUN}(struct __sk_buff *skb) { bump(1); return -1; }
SEC("cgroup_skb/egress") int cg_${RUN}(struct __sk_buff *skb) { bump(2); return 1; }
char LICENSE[] SEC("license") = "GPL";
`;
}

function compile(dir: string, name: string, source: string): string {
  const c = join(dir, `${name}.c`);
  const o = join(dir, `${name}.o`);
  writeFileSync(c, source);
  const out = new Deno.Command("clang", {
    args: [
      "-target",
      "bpf",
      "-g",
      "-O2",
      "-I",
      `/usr/include/${Deno.build.arch === "x86_64" ? "x86_64" : "aarch64"}-linux-gnu`,
      "-c",
      c,
      "-o",
      o,
    ],
  }).outputSync();
  if (!out.success) throw new Error(`clang ${c}: ${new TextDecoder().decode(out.stderr)}`);
  return o;
}

/** Deploys `src` as DIR/NAME.bpf.o the supported way: copy to a dotfile, then rename. */
function deploy(dir: string, name: string, bytes: Uint8Array | string): void {
  const temp = join(dir, `.${name}.tmp`);
  writeFileSync(temp, typeof bytes === "string" ? Deno.readFileSync(bytes) : bytes, {
    mode: 0o644,
  });
  renameSync(temp, join(dir, `${name}.bpf.o`));
}

// ---------------------------------------------------------------------------------------------
// Daemon process

interface Runtime {
  name: string;
  command: string[];
}

function runtimes(): Runtime[] {
  const list: Runtime[] = [{ name: "deno", command: ["deno", "run", "-A", join(ROOT, "main.ts")] }];
  const build = new Deno.Command("bash", { args: [join(ROOT, "tools", "build_binary.sh")] })
    .outputSync();
  if (build.success) list.push({ name: "binary", command: [BINARY] });
  else {console.log(
      `skip: daemon e2e (binary): bun build failed: ${new TextDecoder().decode(build.stderr)}`,
    );}
  return list;
}

interface Env {
  dir: string;
  objects: string;
  pinRoot: string;
  socket: string;
  stateDir: string;
}

function makeEnv(label: string): Env {
  const dir = mkdtempSync(join(tmpdir(), `bpfdrop-e2e-${label}-`));
  chmodSync(dir, 0o755);
  const objects = join(dir, "objects.d");
  mkdirSync(objects, { mode: 0o755 });
  chmodSync(objects, 0o755);
  return {
    dir,
    objects,
    pinRoot: `/sys/fs/bpf/bpfdrop-e2e-${label}-${RUN}`,
    socket: join(dir, "run", "control.sock"),
    stateDir: join(dir, "state"),
  };
}

function cleanEnv(env: Env): void {
  rmSync(env.pinRoot, { recursive: true, force: true });
  rmSync(env.dir, { recursive: true, force: true });
}

class Daemon {
  #child: Deno.ChildProcess;
  stderr = "";
  readonly exited: Promise<Deno.CommandStatus>;

  constructor(runtime: Runtime, env: Env) {
    const [cmd, ...args] = runtime.command;
    this.#child = new Deno.Command(cmd!, {
      args: [
        ...args,
        "daemon",
        "--objects",
        env.objects,
        "--pin-root",
        env.pinRoot,
        "--socket",
        env.socket,
        "--state-dir",
        env.stateDir,
      ],
      stdout: "null",
      stderr: "piped",
      env: { NOTIFY_SOCKET: "" },
    }).spawn();
    const collect = async () => {
      const decoder = new TextDecoder();
      for await (const chunk of this.#child.stderr) this.stderr += decoder.decode(chunk);
    };
    const done = collect();
    this.exited = this.#child.status.then(async (s) => {
      await done;
      return s;
    });
  }

  get pid(): number {
    return this.#child.pid;
  }

  kill(signal: Deno.Signal): void {
    try {
      this.#child.kill(signal);
    } catch { /* already gone */ }
  }

  async stop(): Promise<Deno.CommandStatus> {
    this.kill("SIGTERM");
    return await this.exited;
  }
}

async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 5000,
): Promise<T> {
  const start = performance.now();
  let last: unknown;
  while (performance.now() - start < timeoutMs) {
    try {
      const v = await fn();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last}` : ""}`);
}

async function status(env: Env): Promise<DaemonStatus> {
  const r = await request(env.socket, { cmd: "status" }, 10_000);
  if (!r.ok) throw new Error(r.error);
  return r.result as DaemonStatus;
}

async function objectStatus(env: Env, name: string): Promise<ObjectStatus | undefined> {
  return (await status(env)).objects.find((o) => o.name === name);
}

async function startDaemon(runtime: Runtime, env: Env): Promise<Daemon> {
  const d = new Daemon(runtime, env);
  await waitFor("the control socket", async () => {
    const r = await request(env.socket, { cmd: "ping" }, 1000);
    return r.ok ? true : undefined;
  }, 20_000).catch((e) => {
    throw new Error(`${e.message}\ndaemon stderr:\n${d.stderr}`);
  });
  return d;
}

// ---------------------------------------------------------------------------------------------
// Kernel observations

function readU64(pin: string, key = 0): bigint {
  using fd = objGet(pin);
  const k = new Uint8Array(4);
  new DataView(k.buffer).setUint32(0, key, true);
  const v = mapLookupElem(fd, k, 8);
  if (v === undefined) throw new Error(`${pin}: no element ${key}`);
  return new DataView(v.buffer, v.byteOffset).getBigUint64(0, true);
}

function triggerGetppid(times: number): void {
  const out = new Deno.Command("python3", {
    args: ["-c", `import os\nfor _ in range(${times}): os.getppid()`],
  }).outputSync();
  if (!out.success) throw new Error("python3 getppid loop failed");
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function kernelHas(kind: "prog" | "map" | "link", id: number): boolean {
  try {
    const fd = kind === "prog"
      ? progGetFdById(id)
      : kind === "map"
      ? mapGetFdById(id)
      : linkGetFdById(id);
    fd.close();
    return true;
  } catch {
    return false;
  }
}

/** This run's counter programs, links to them and maps, kernel-wide, from bpftool. */
async function kernelCounts(
  progName: string,
): Promise<{ progs: number[]; links: number; maps: number }> {
  const progs = (await bpftoolJson("prog", "show")) as { id: number; name?: string }[];
  const ids = progs.filter((p) => p.name === progName.slice(0, 15)).map((p) => p.id);
  const links = (await bpftoolJson("link", "show")) as { prog_id: number }[];
  const maps = (await bpftoolJson("map", "show")) as { name?: string }[];
  return {
    progs: ids,
    links: links.filter((l) => ids.includes(l.prog_id)).length,
    maps: maps.filter((m) => m.name === COUNTS || m.name === VERSION).length,
  };
}

// ---------------------------------------------------------------------------------------------
// Tests

const fixtures = mkdtempSync(join(tmpdir(), "bpfdrop-e2e-src-"));
const root = requireRoot("daemon e2e");
let V1 = "", V2 = "", V3 = "", REJECTED = "", NARROW = "";
if (!root.ignore) {
  V1 = compile(fixtures, "v1", counterSource(1));
  V2 = compile(fixtures, "v2", counterSource(2));
  V3 = compile(fixtures, "v3", counterSource(3));
  REJECTED = compile(fixtures, "bad", counterSource(4, { reject: true }));
  NARROW = compile(fixtures, "narrow", counterSource(5, { narrow: true }));
}
const RUNTIMES = root.ignore ? [] : runtimes();
const PROG = `cnt_${RUN}`;

for (const runtime of RUNTIMES) {
  Deno.test({
    name: `daemon (${runtime.name}): drop, reload, reject, corrupt, restart, kill -9, delete`,
    ...root,
    sanitizeResources: false,
    sanitizeOps: false,
  }, async (t) => {
    const env = makeEnv(runtime.name);
    let daemon: Daemon | null = null;
    try {
      daemon = await startDaemon(runtime, env);
      const pins = join(env.pinRoot, "counter");
      const countsPin = join(pins, "maps", COUNTS);
      const versionPin = join(pins, "maps", VERSION);

      await t.step("the control socket is mode 0600", () => {
        assertEquals(statSync(env.socket).mode & 0o777, 0o600);
      });

      let first: ObjectStatus;
      await t.step("a dropped object is loaded, pinned and counting within 1 s", async () => {
        writeFileSync(
          join(env.objects, "counter.json"),
          JSON.stringify({ maps: { [COUNTS]: { preserve: true } } }),
          { mode: 0o644 },
        );
        const start = performance.now();
        deploy(env.objects, "counter", V1);
        first = await waitFor("counter loaded", async () => {
          const o = await objectStatus(env, "counter");
          return o?.state === "loaded" ? o : undefined;
        });
        const elapsed = performance.now() - start;
        assert(elapsed < 1000, `loaded after ${elapsed.toFixed(0)} ms`);
        assertEquals(first.generation, 1);
        assertEquals(first.programs[0]!.attachPoint, "tracepoint syscalls/sys_enter_getppid");
        for (
          const p of [join(pins, "progs", PROG), join(pins, "links", PROG), countsPin, versionPin]
        ) {
          assert(exists(p), `${p} is pinned`);
        }
        const before = readU64(countsPin);
        triggerGetppid(50);
        assert(readU64(countsPin) >= before + 50n, "counter rose by at least 50");
        assertEquals(readU64(versionPin), 1n);
      });

      await t.step(
        "a changed version gets new program ids; the preserved map keeps id and contents",
        async () => {
          triggerGetppid(10);
          const counted = readU64(countsPin);
          const countsId = first.maps.find((m) => m.name === COUNTS)!.id;
          const versionId = first.maps.find((m) => m.name === VERSION)!.id;
          deploy(env.objects, "counter", V2);
          const second = await waitFor("generation 2", async () => {
            const o = await objectStatus(env, "counter");
            return o?.generation === 2 && o.state === "loaded" ? o : undefined;
          });
          assert(second.programs[0]!.id !== first.programs[0]!.id, "new program id");
          assertEquals(second.maps.find((m) => m.name === COUNTS)!.id, countsId);
          assert(
            second.maps.find((m) => m.name === VERSION)!.id !== versionId,
            "unpreserved map is new",
          );
          assert(readU64(countsPin) >= counted, "preserved contents kept");
          triggerGetppid(5);
          assertEquals(readU64(versionPin), 2n);
          await waitFor(
            "old program gone",
            () => kernelHas("prog", first.programs[0]!.id) ? undefined : true,
          );
          await waitFor(
            "old version map gone",
            () => kernelHas("map", versionId) ? undefined : true,
          );
          first = second;
        },
      );

      for (
        const [label, bytes, check] of [
          ["a verifier-rejected version", REJECTED, (o: ObjectStatus) => {
            assertEquals(o.error!.step, `PROG_LOAD ${PROG}`);
            assertEquals(o.error!.errno, "EACCES");
            assert((o.error!.verifierLog ?? []).length > 0, "verifier log present");
            assert(
              o.error!.verifierLog!.some((l) => /invalid access to map value/.test(l)),
              "log says why",
            );
          }],
          ["a version whose preserved map changed shape", NARROW, (o: ObjectStatus) => {
            assertEquals(o.error!.step, `preserve ${COUNTS}`);
            assertMatch(
              o.error!.message,
              new RegExp(
                `^cannot preserve map "${COUNTS}" \\(id \\d+\\): the new definition differs: value size 8 → 4;`,
              ),
            );
          }],
          [
            "a corrupt file",
            new TextEncoder().encode("\x7fELF garbage, not an object"),
            (o: ObjectStatus) => {
              assertEquals(o.error!.step, "parse");
              assertMatch(o.error!.message, /counter\.bpf\.o/);
            },
          ],
        ] as const
      ) {
        await t.step(`${label} leaves the old version attached and counting`, async () => {
          const gen = first.generation;
          const previousError = (await objectStatus(env, "counter"))?.error?.at;
          deploy(env.objects, "counter", bytes);
          const o = await waitFor("the failure in status", async () => {
            const s = await objectStatus(env, "counter");
            return s?.state === "failed" && s.error?.at !== previousError ? s : undefined;
          });
          check(o);
          assertEquals(o.generation, gen);
          assertEquals(o.programs[0]!.id, first.programs[0]!.id);
          const before = readU64(countsPin);
          triggerGetppid(20);
          assert(readU64(countsPin) >= before + 20n, "old version still counts");
          const ping = await request(env.socket, { cmd: "ping" });
          assert(ping.ok, "daemon up");
        });
      }

      await t.step("ctl status --json and ctl reload report the failure (exit 1)", () => {
        const ctl = (...args: string[]) => {
          const [cmd, ...rest] = runtime.command;
          const out = new Deno.Command(cmd!, {
            args: [...rest, "ctl", ...args, "--socket", env.socket],
          }).outputSync();
          return {
            code: out.code,
            stdout: new TextDecoder().decode(out.stdout),
            stderr: new TextDecoder().decode(out.stderr),
          };
        };
        const status = ctl("status", "counter", "--json");
        assertEquals(status.code, 0, status.stderr);
        const doc = JSON.parse(status.stdout) as DaemonStatus;
        assertEquals(doc.objects.map((o) => [o.name, o.state]), [["counter", "failed"]]);
        const text = ctl("status");
        assertMatch(text.stdout, /^counter: failed, generation \d+/m);
        assertMatch(text.stdout, /error {4}counter\.bpf\.o|error {4}.*counter\.bpf\.o/);
        const reload = ctl("reload", "counter");
        assertEquals(reload.code, 1, reload.stderr);
        assertMatch(reload.stdout, /^counter: failed: /m);
        assertEquals(ctl("status", "nosuch").code, 1);
        assertEquals(ctl("frobnicate").code, 2);
      });

      await t.step("restoring the running file clears the error", async () => {
        deploy(env.objects, "counter", V2);
        const o = await waitFor("state loaded", async () => {
          const s = await objectStatus(env, "counter");
          return s?.state === "loaded" ? s : undefined;
        });
        assertEquals(o.programs[0]!.id, first.programs[0]!.id);
        assertEquals(o.error, null);
      });

      await t.step("SIGHUP reloads (and verifies pins)", async () => {
        daemon!.kill("SIGHUP");
        await waitFor(
          "the reload log line",
          () => /info reload reason=SIGHUP/.test(daemon!.stderr) ? true : undefined,
        );
        const o = await objectStatus(env, "counter");
        assertEquals(o!.programs[0]!.id, first.programs[0]!.id);
      });

      await t.step("SIGTERM leaves everything pinned; a restart adopts the same ids", async () => {
        const exit = await daemon!.stop();
        assertEquals(exit.code, 0);
        assert(exists(join(pins, "links", PROG)), "link still pinned");
        const before = readU64(countsPin);
        triggerGetppid(20);
        assert(readU64(countsPin) >= before + 20n, "counting while the daemon is down");
        daemon = await startDaemon(runtime, env);
        const o = await waitFor("adopted", async () => {
          const s = await objectStatus(env, "counter");
          return s?.state === "loaded" ? s : undefined;
        });
        assertEquals(o.programs.map((p) => p.id), first.programs.map((p) => p.id));
        assertEquals(o.links.map((l) => l.id), first.links.map((l) => l.id));
        assertEquals(o.generation, first.generation);
        assertMatch(daemon.stderr, /adopted object=counter/);
      });

      await t.step(
        "kill -9 during a reload: the restart repairs with no duplicate or leak",
        async () => {
          const countsId = first.maps.find((m) => m.name === COUNTS)!.id;
          for (const delay of [0, 3, 8, 15]) {
            deploy(env.objects, "counter", delay % 2 === 0 ? V3 : V2);
            await new Promise((r) => setTimeout(r, delay));
            daemon!.kill("SIGKILL");
            await daemon!.exited;
            daemon = await startDaemon(runtime, env);
            const want = delay % 2 === 0 ? 3n : 2n;
            const o = await waitFor("loaded after restart", async () => {
              const s = await objectStatus(env, "counter");
              return s?.state === "loaded" ? s : undefined;
            });
            triggerGetppid(5);
            assertEquals(readU64(versionPin), want, `version after kill at ${delay} ms`);
            assertEquals(o.maps.find((m) => m.name === COUNTS)!.id, countsId);
            const counts = await waitFor("one program, one link, two maps", async () => {
              const c = await kernelCounts(PROG);
              return c.progs.length === 1 && c.links === 1 && c.maps === 2 ? c : undefined;
            }).catch(async (e) => {
              throw new Error(`${e.message}: ${JSON.stringify(await kernelCounts(PROG))}`);
            });
            assertEquals(counts.progs, [o.programs[0]!.id]);
            first = o;
          }
        },
      );

      await t.step("a deleted object is gone from the kernel and its pins are gone", async () => {
        const ids = {
          progs: first.programs.map((p) => p.id),
          maps: first.maps.map((m) => m.id),
          links: first.links.map((l) => l.id),
        };
        Deno.removeSync(join(env.objects, "counter.bpf.o"));
        await waitFor(
          "removed from status",
          async () => (await objectStatus(env, "counter")) === undefined ? true : undefined,
        );
        assert(!exists(pins), "pin directory removed");
        await waitFor("kernel objects freed", () => {
          const left = [
            ...ids.progs.filter((id) => kernelHas("prog", id)),
            ...ids.maps.filter((id) => kernelHas("map", id)),
            ...ids.links.filter((id) => kernelHas("link", id)),
          ];
          return left.length === 0 ? true : undefined;
        });
        assertEquals(await kernelCounts(PROG), { progs: [], links: 0, maps: 0 });
      });

      await t.step("refused names are reported in status", async () => {
        writeFileSync(join(env.objects, "bad.name.bpf.o"), "x", { mode: 0o644 });
        const s = await waitFor("refused entry", async () => {
          const st = await status(env);
          return st.refused.length > 0 ? st : undefined;
        });
        assertEquals(s.refused, [{
          file: "bad.name.bpf.o",
          reason: 'invalid name "bad.name": NAME must match [A-Za-z0-9_-]+',
        }]);
      });

      await t.step(
        "a directory that becomes group-writable freezes loading until fixed",
        async () => {
          chmodSync(env.objects, 0o775);
          deploy(env.objects, "other", V1);
          const s = await waitFor("directoryError", async () => {
            const st = await status(env);
            return st.directoryError !== null ? st : undefined;
          }, 7000);
          assertMatch(s.directoryError!, /writable by group or others/);
          assertEquals(s.objects.some((o) => o.name === "other"), false);
          chmodSync(env.objects, 0o755);
          await waitFor(
            "other loaded after the fix",
            async () => (await objectStatus(env, "other"))?.state === "loaded" ? true : undefined,
            7000,
          );
          Deno.removeSync(join(env.objects, "other.bpf.o"));
          await waitFor(
            "other removed",
            async () => (await objectStatus(env, "other")) === undefined ? true : undefined,
          );
        },
      );

      const exit = await daemon.stop();
      daemon = null;
      assertEquals(exit.code, 0);
    } finally {
      if (daemon) await daemon.stop();
      cleanEnv(env);
    }
  });
}

for (const runtime of RUNTIMES) {
  Deno.test({
    name: `daemon (${runtime.name}): refuses a world-writable objects directory`,
    ...root,
  }, async () => {
    const env = makeEnv(`${runtime.name}-ww`);
    try {
      chmodSync(env.objects, 0o777);
      const d = new Daemon(runtime, env);
      const exit = await d.exited;
      assertEquals(exit.code, 1);
      assertMatch(
        d.stderr,
        new RegExp(`${env.objects}: refused: mode 0777 is writable by group or others`),
      );
    } finally {
      cleanEnv(env);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// uprobe from the manifest: a symbol of libc resolved to a file offset

const LIBC = `/lib/${Deno.build.arch}-linux-gnu/libc.so.6`;

function uprobeSource(): string {
  return `
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
struct { __uint(type, BPF_MAP_TYPE_ARRAY); __uint(max_entries, 1);
         __type(key, __u32); __type(value, __u64); } calls SEC(".maps");
SEC("uprobe") int up_${RUN}(void *ctx) {
  __u32 k = 0; __u64 *v = bpf_map_lookup_elem(&calls, &k);
  if (v) __sync_fetch_and_add(v, 1);
  return 0;
}
char LICENSE[] SEC("license") = "GPL";
`;
}

const uprobeReq = requireFeature("uprobe", "daemon uprobe attach");
for (const runtime of RUNTIMES) {
  Deno.test({
    name: `daemon (${runtime.name}): uprobe on a libc symbol from the manifest counts calls`,
    ...uprobeReq,
    sanitizeResources: false,
    sanitizeOps: false,
  }, async () => {
    const env = makeEnv(`${runtime.name}-up`);
    let daemon: Daemon | null = null;
    try {
      writeFileSync(
        join(env.objects, "upr.json"),
        JSON.stringify({
          programs: { [`up_${RUN}`]: { attach: { uprobe: { binary: LIBC, symbol: "getppid" } } } },
        }),
        { mode: 0o644 },
      );
      daemon = await startDaemon(runtime, env);
      deploy(env.objects, "upr", compile(fixtures, `upr-${runtime.name}`, uprobeSource()));
      const o = await waitFor("upr loaded", async () => {
        const s = await objectStatus(env, "upr");
        return s?.state === "loaded" || s?.state === "failed" ? s : undefined;
      });
      assertEquals(o.error, null);
      assertEquals(o.programs[0]!.attachPoint, `uprobe ${LIBC}:getppid`);
      const calls = join(env.pinRoot, "upr", "maps", "calls");
      const before = readU64(calls);
      triggerGetppid(30);
      assert(readU64(calls) >= before + 30n, `uprobe counted ${readU64(calls) - before}`);
    } finally {
      if (daemon) await daemon.stop();
      cleanEnv(env);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// XDP / tc / cgroup in a test-made network namespace

function sh(...args: string[]): void {
  const out = new Deno.Command(args[0]!, { args: args.slice(1) }).outputSync();
  if (!out.success) {
    throw new Error(`${args.join(" ")}: ${new TextDecoder().decode(out.stderr)}`);
  }
}

/** Python that sends 10 UDP datagrams to `ip` port 9 (discard), pausing for ARP. */
function udpBurst(ip: string): string {
  return `import socket, time\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\nfor _ in range(10):\n    s.sendto(b'x', ('${ip}', 9)); time.sleep(0.01)`;
}

const netReq = requireFeature("tcx", "daemon netns attach");
for (const runtime of RUNTIMES) {
  Deno.test({
    name: `daemon (${runtime.name}): xdp, tcx and cgroup links on a veth pair in a test netns`,
    ...netReq,
    sanitizeResources: false,
    sanitizeOps: false,
  }, async () => {
    const env = makeEnv(`${runtime.name}-net`);
    const tag = `${RUN}${runtime.name[0]}`;
    const ns = `bpfdrop-${tag}`;
    const host = `bdh${tag}`;
    const peer = `bdp${tag}`;
    const octet = runtime.name === "deno" ? 1 : 2;
    const hostIp = `10.231.${octet}.1`;
    const peerIp = `10.231.${octet}.2`;
    const cgroup = `/sys/fs/cgroup/unified/bpfdrop-e2e-${tag}`;
    let daemon: Daemon | null = null;
    try {
      sh("ip", "netns", "add", ns);
      sh("ip", "link", "add", host, "type", "veth", "peer", "name", peer);
      sh("ip", "link", "set", peer, "netns", ns);
      sh("ip", "addr", "add", `${hostIp}/30`, "dev", host);
      sh("ip", "link", "set", host, "up");
      sh("ip", "-n", ns, "addr", "add", `${peerIp}/30`, "dev", peer);
      sh("ip", "-n", ns, "link", "set", peer, "up");
      sh("ip", "-n", ns, "link", "set", "lo", "up");
      mkdirSync(cgroup);

      writeFileSync(
        join(env.objects, "net.json"),
        JSON.stringify({
          programs: {
            [`xdp_${RUN}`]: { attach: { xdp: { interface: host, mode: "skb" } } },
            [`tc_${RUN}`]: { attach: { tc: { interface: host, direction: "egress" } } },
            [`cg_${RUN}`]: { attach: { cgroup: { path: cgroup } } },
          },
        }),
        { mode: 0o644 },
      );
      daemon = await startDaemon(runtime, env);
      deploy(env.objects, "net", compile(fixtures, `net1-${runtime.name}`, netSource(1)));
      const o = await waitFor("net loaded", async () => {
        const s = await objectStatus(env, "net");
        return s?.state === "loaded" || s?.state === "failed" ? s : undefined;
      });
      assertEquals(o.error, null);
      assertEquals(o.links.length, 3);
      const hits = join(env.pinRoot, "net", "maps", "hits");
      const before = [0, 1, 2].map((k) => readU64(hits, k));
      // UDP from inside the namespace to the host end (XDP ingress there), then UDP from a
      // process in the test cgroup to the namespace (cgroup_skb egress, tc egress on the host end).
      sh("ip", "netns", "exec", ns, "python3", "-c", udpBurst(hostIp));
      sh("sh", "-c", `echo $$ > ${cgroup}/cgroup.procs && exec python3 -c "${udpBurst(peerIp)}"`);
      const after = [0, 1, 2].map((k) => readU64(hits, k));
      assert(after[0]! >= before[0]! + 3n, `xdp counted ${after[0]! - before[0]!}`);
      assert(after[1]! >= before[1]! + 3n, `tc counted ${after[1]! - before[1]!}`);
      assert(after[2]! >= before[2]! + 3n, `cgroup counted ${after[2]! - before[2]!}`);

      // A reload moves xdp/tcx/cgroup links in place (BPF_LINK_UPDATE): same link ids.
      deploy(env.objects, "net", compile(fixtures, `net2-${runtime.name}`, netSource(2)));
      const o2 = await waitFor("net generation 2", async () => {
        const s = await objectStatus(env, "net");
        return s?.generation === 2 ? s : undefined;
      });
      assertEquals(o2.links.map((l) => l.id).sort(), o.links.map((l) => l.id).sort());
      assert(o2.programs[0]!.id !== o.programs[0]!.id, "new programs");
      Deno.removeSync(join(env.objects, "net.bpf.o"));
      await waitFor(
        "net removed",
        async () => (await objectStatus(env, "net")) === undefined ? true : undefined,
      );
      await waitFor(
        "links freed",
        () => o2.links.every((l) => !kernelHas("link", l.id)) ? true : undefined,
      );
    } finally {
      if (daemon) await daemon.stop();
      cleanEnv(env);
      for (const cmd of [["ip", "link", "del", host], ["ip", "netns", "del", ns]]) {
        try {
          sh(...cmd);
        } catch { /* already gone */ }
      }
      try {
        Deno.removeSync(cgroup);
      } catch { /* not created or still busy */ }
    }
  });
}

globalThis.addEventListener("unload", () => rmSync(fixtures, { recursive: true, force: true }));
