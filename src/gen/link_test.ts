import { decode, disassemble } from "../asm/mod.ts";
import { parseObject } from "../object/mod.ts";
import { type LinkedProgram, linkProgram, writeLinkedCode } from "./link.ts";

function assertEquals(actual: unknown, expected: unknown, what = "") {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}\nexpected ${e}\n  actual ${a}`);
}

const EXAMPLES = "build/examples";
let missing: string | undefined;
try {
  Deno.statSync(`${EXAMPLES}/open_tracer.bpf.o`);
} catch {
  missing = `${EXAMPLES} not built (tools/build_examples.sh)`;
  console.log(`skip: linkProgram() tests: ${missing}`);
}

/** Program-relative slots of the linked program's func_info or line_info records. */
function recordSlots(l: LinkedProgram, kind: "funcInfo" | "lineInfo"): number[] {
  return l.funcs.flatMap(({ func, slot }) => func[kind].map((r) => slot + r.insnIndex));
}

/** The linked program and its code. */
function linked(file: string, program: string) {
  const path = `${EXAMPLES}/${file}`;
  const obj = parseObject(Deno.readFileSync(path), path);
  const l = linkProgram(obj, obj.programs.find((p) => p.name === program)!);
  const code = new Uint8Array(l.size);
  writeLinkedCode(obj, l, code);
  return { ...l, insns: code };
}

Deno.test({
  name: "linkProgram() appends called .text functions and points each call at its target",
  ignore: missing !== undefined,
  fn() {
    const l = linked("open_tracer.bpf.o", "trace_openat");
    // Two static subprograms appended after the program, in first-call order.
    const funcSlots = recordSlots(l, "funcInfo");
    assertEquals(funcSlots, [0, 53, 58]);
    const calls = disassemble(decode(l.insns)).filter((line) => line.includes("call pc"));
    assertEquals(calls, [
      "  21: (85) call pc+31",
      "  27: (85) call pc+30",
      "  31: (85) call pc+26",
    ]);
    for (const line of calls) {
      const [, at, delta] = /^ *(\d+): \(85\) call pc([+-]\d+)$/.exec(line)!;
      const target = Number(at) + Number(delta) + 1;
      if (!funcSlots.includes(target)) {
        throw new Error(`call at ${at} lands on ${target}, not a function start`);
      }
    }
    if (recordSlots(l, "lineInfo").at(-1)! < 58) {
      throw new Error("the subprograms' line_info was not merged");
    }
  },
});

Deno.test({
  name: "linkProgram() resolves a bpf_loop callback to BPF_PSEUDO_FUNC of the appended function",
  ignore: missing !== undefined,
  fn() {
    const l = linked("sched_switch.bpf.o", "count_switch");
    assertEquals(recordSlots(l, "funcInfo"), [0, 67]);
    assertEquals(
      disassemble(decode(l.insns)).filter((line) => line.includes("subprog[")),
      ["  43: (18) r2 = subprog[+23]"],
    );
  },
});

Deno.test({
  name: "linkProgram() turns map and global-data references into fd_array indices",
  ignore: missing !== undefined,
  fn() {
    const l = linked("xdp_proto_count.bpf.o", "xdp_count");
    const refs = disassemble(decode(l.insns)).filter((line) => line.includes("map[")).map((line) =>
      line.replace(/^ *\d+: /, "")
    );
    // maps: 0 l4_dispatch, 1 bpfdrop_proto_stats, 2 l4_seen, 3 .rodata (drop_proto at 0).
    assertEquals(refs, [
      "(18) r1 = map[idx:1]",
      "(18) r1 = map[idx:3]+0",
      "(18) r2 = map[idx:0]",
    ]);
  },
});
