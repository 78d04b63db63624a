/**
 * Differential test against libbpf (through `bpftool prog loadall`): for every example, each
 * program loaded by bpfdrop's generated loader translates to the same instructions
 * (`bpftool prog dump xlated`, map ids normalised) as the one libbpf loads, and the same maps
 * exist with the same attributes. Objects libbpf refuses are listed with its reason.
 */
import { existsSync, readdirSync } from "node:fs";
import { assert, assertEquals } from "./lib/assert.ts";
import { requireRoot, tempPinDir } from "./lib/kernel.ts";
import { loadExample } from "./lib/load_examples.ts";
import { BpfMapFlags } from "../src/abi/mod.ts";
import {
  BpfSyscallError,
  mapGetFdById,
  type MapInfo,
  mapInfo,
  objGet,
  progInfo,
  unpin,
} from "../src/kernel/mod.ts";

const EXAMPLES = [...readdirSync("build/examples")]
  .filter((f) => f.endsWith(".bpf.o"))
  .map((f) => f.slice(0, -".bpf.o".length))
  .sort();

function bpftool(...args: string[]): { ok: boolean; out: string; err: string } {
  const r = new Deno.Command("bpftool", { args }).outputSync();
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  return { ok: r.success, out: text(r.stdout), err: text(r.stderr) };
}

/** xlated text with map ids replaced by their order of first appearance. */
function normalise(xlated: string): string {
  const ids = new Map<string, number>();
  return xlated.replace(/map\[id:(\d+)\]/g, (_, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size);
    return `map[#${ids.get(id)}]`;
  });
}

type MapAttrs = Pick<MapInfo, "name" | "type" | "keySize" | "valueSize" | "maxEntries" | "flags">;
// libbpf < 1.3 (bpftool 7.1 here) marks every internal data map BPF_F_MMAPABLE; newer libbpf,
// and bpfdrop, only those with a global variable (task_iter's .rodata holds only format strings).
const VERSION_DEPENDENT_FLAGS = BpfMapFlags.BPF_F_MMAPABLE;
const attrs = (i: MapInfo): MapAttrs => ({
  name: i.name,
  type: i.type,
  keySize: i.keySize,
  valueSize: i.valueSize,
  maxEntries: i.maxEntries,
  flags: i.name.includes(".") ? i.flags & ~VERSION_DEPENDENT_FLAGS : i.flags,
});
const byName = (a: MapAttrs, b: MapAttrs) => a.name.localeCompare(b.name);

/** Pins made by name under /sys/fs/bpf that this test must remove again. */
function byNamePins(name: string): string[] {
  if (name === "xdp_proto_count") return ["/sys/fs/bpf/bpfdrop_proto_stats"];
  return [];
}

for (const name of EXAMPLES) {
  Deno.test({
    name: `differential: ${name}: xlated programs and map attributes match libbpf's`,
    ...requireRoot(`differential ${name}`),
    fn() {
      const path = `build/examples/${name}.bpf.o`;
      const strayPins = byNamePins(name).filter((p) => !existsSync(p));
      using pins = tempPinDir("bpfdrop-diff");
      // Maps pinned by name cannot be pinned again under pinmaps: find those through the programs.
      const pinMaps = byNamePins(name).length === 0;
      const theirs = bpftool(
        "prog",
        "loadall",
        path,
        `${pins.path}/progs`,
        ...(pinMaps ? ["pinmaps", `${pins.path}/maps`] : []),
      );
      try {
        let ours:
          | { xlated: Map<string, string>; maps: MapAttrs[]; usedMapIds: Set<number> }
          | undefined;
        let ourError: BpfSyscallError | undefined;
        try {
          using ex = loadExample(name);
          ours = {
            xlated: new Map(ex.loaded.programs.map((p) => [
              p.name,
              normalise(bpftool("prog", "dump", "xlated", "id", String(progInfo(p.fd).id)).out),
            ])),
            maps: ex.loaded.maps.map((m) => attrs(mapInfo(m.fd))).sort(byName),
            usedMapIds: new Set(ex.loaded.programs.flatMap((p) => progInfo(p.fd).mapIds)),
          };
        } catch (e) {
          if (!(e instanceof BpfSyscallError)) throw e;
          ourError = e;
        }
        if (!theirs.ok) {
          const why = theirs.err.trim().split("\n").filter((l) =>
            /error|not supported|Error/.test(l)
          )[0];
          console.log(`libbpf: ${name}: refused: ${why ?? theirs.err.trim().split("\n").at(-1)}`);
          console.log(
            `bpfdrop: ${name}: ${
              ourError ? `refused: ${ourError.message.split("\n")[0]}` : "loaded"
            }`,
          );
          if (name === "legacy_xdp_counter") {
            assert(ours !== undefined, "bpfdrop should load legacy maps");
          }
          return;
        }
        assert(ours !== undefined, `libbpf loads ${name} but bpfdrop failed: ${ourError?.message}`);
        for (const [prog, text] of ours.xlated) {
          const libbpf = normalise(
            bpftool("prog", "dump", "xlated", "pinned", `${pins.path}/progs/${prog}`).out,
          );
          assert(text.length > 0 && libbpf.length > 0, `${prog}: empty dump`);
          assertEquals(text, libbpf, `${name}: ${prog}: xlated differs`);
        }
        let libbpfMaps: MapAttrs[];
        let ourMaps = ours.maps;
        if (pinMaps) {
          libbpfMaps = readdirSync(`${pins.path}/maps`).map((pin) => {
            using fd = objGet(`${pins.path}/maps/${pin}`);
            return attrs(mapInfo(fd));
          }).sort(byName);
        } else {
          const ids = new Set(
            readdirSync(`${pins.path}/progs`).flatMap((pin) => {
              using fd = objGet(`${pins.path}/progs/${pin}`);
              return progInfo(fd).mapIds;
            }),
          );
          libbpfMaps = [...ids].map((id) => {
            using fd = mapGetFdById(id);
            return attrs(mapInfo(fd));
          }).sort(byName);
          ourMaps = ours.maps.filter((m) => libbpfMaps.some((l) => l.name === m.name));
          assertEquals(ourMaps.length, ours.usedMapIds.size, `${name}: maps used by programs`);
        }
        assertEquals(ourMaps, libbpfMaps, `${name}: maps differ`);
        console.log(
          `differential: ${name}: ${ours.xlated.size} programs, ${ours.maps.length} maps identical`,
        );
      } finally {
        for (const p of strayPins) unpin(p);
      }
    },
  });
}
