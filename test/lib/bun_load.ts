/**
 * Run under Bun by test/kernel_runner_test.ts: proves the Bun side of the FFI seam by loading a
 * program directly and an object through its generated loader (pinning both under PIN_DIR),
 * writing and reading a map value and running a feature probe, and printing what it saw as JSON.
 *
 * Usage: bun run test/lib/bun_load.ts OBJECT PIN_DIR
 *
 * @module
 */
import { readFileSync } from "node:fs";
import process from "node:process";
import {
  mapCreate,
  mapLookupElem,
  mapUpdateElem,
  objPin,
  probeFeature,
  progInfo,
  progLoad,
  progTestRun,
  runLoader,
  syscalls,
} from "../../src/kernel/mod.ts";
import { BpfMapType, BpfProgType } from "../../src/abi/mod.ts";
import { Alu64, encode, Jmp, R0 } from "../../src/asm/mod.ts";
import { generateLoader } from "../../src/gen/mod.ts";
import { parseObject } from "../../src/object/mod.ts";

const [object, pinDir] = process.argv.slice(2);
if (object === undefined || pinDir === undefined) {
  console.error("usage: bun run test/lib/bun_load.ts OBJECT PIN_DIR");
  process.exit(2);
}

using prog = progLoad({
  type: BpfProgType.BPF_PROG_TYPE_SOCKET_FILTER,
  insns: encode([Alu64.mov.imm(R0, 42), Jmp.exit()]),
  license: "GPL",
  name: "ret42",
});
const { retval } = progTestRun(prog, { data: new Uint8Array(64) });
objPin(prog, `${pinDir}/ret42`);

using map = mapCreate({
  type: BpfMapType.BPF_MAP_TYPE_HASH,
  keySize: 4,
  valueSize: 4,
  maxEntries: 4,
  name: "bun_map",
});
mapUpdateElem(map, Uint8Array.of(1, 0, 0, 0), Uint8Array.of(0xef, 0xbe, 0xad, 0xde));
const mapValue = [...mapLookupElem(map, Uint8Array.of(1, 0, 0, 0), 4) ?? []];

const name = object.slice(object.lastIndexOf("/") + 1);
using loaded = runLoader(generateLoader(parseObject(readFileSync(object), name)));
for (const p of loaded.programs) objPin(p.fd, `${pinDir}/${p.name}`);

console.log(JSON.stringify({
  runtime: syscalls().runtime,
  progId: progInfo(prog).id,
  retval,
  mapValue,
  tcx: probeFeature("tcx").state,
  loaded: loaded.programs.map((p) => ({ name: p.name, id: progInfo(p.fd).id })),
}));
