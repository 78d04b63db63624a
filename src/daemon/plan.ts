/**
 * Decides where each program attaches: from its section when the section says everything
 * (tracepoint, raw_tp, tp_btf, fentry/fexit/fmod_ret, lsm, iter, uprobe with a path), from the
 * manifest otherwise. Pure: the kernel calls happen in `attachment.ts`.
 */
import { BpfAttachType } from "../abi/mod.ts";
import type { AttachSpec, XdpMode } from "./manifest.ts";
import { ManifestError } from "./manifest.ts";

/** What the planner needs to know about a program (a subset of the object model's Program). */
export interface PlannedProgram {
  name: string;
  section: string;
  typeName: string;
  expectedAttachType: number;
  expectedAttachTypeName?: string | undefined;
  attachTarget?: string | undefined;
  sectionDef: string;
}

/** A concrete attachment. `key` identifies the attach point: equal keys = same place. */
export type AttachPlan =
  & { key: string; point: string }
  & (
    | { kind: "tracepoint"; category: string; name: string }
    | { kind: "raw_tp"; name: string }
    | { kind: "tracing"; attachType: number; target: string }
    | { kind: "iter"; target: string }
    | {
      kind: "uprobe";
      binary: string;
      symbol: string | null;
      offset: number;
      pid: number | null;
      retprobe: boolean;
    }
    | { kind: "xdp"; interface: string; mode: XdpMode }
    | { kind: "tcx"; interface: string; direction: "ingress" | "egress" }
    | { kind: "cgroup"; path: string; attachType: number; attachTypeName: string }
  );

/** The planner's answer: an attachment, or the reason there is none. */
export type PlanResult = { plan: AttachPlan } | { plan: null; reason: string };

/**
 * Plans `prog`'s attachment. `manifestAttach` (from `manifestFile`) wins over the section.
 * `cgroupRoot` resolves relative cgroup paths. Throws ManifestError when the manifest asks for
 * something this program type cannot do.
 */
export function planAttach(
  prog: PlannedProgram,
  manifestAttach: AttachSpec | null,
  context: { manifestFile: string; cgroupRoot: string | null },
): PlanResult {
  if (manifestAttach !== null) {
    return { plan: fromManifest(prog, manifestAttach, context) };
  }
  return fromSection(prog);
}

function fromSection(prog: PlannedProgram): PlanResult {
  const def = prog.sectionDef;
  const target = prog.attachTarget ?? "";
  const base = def.endsWith("+") ? def.slice(0, -1) : def;
  switch (base) {
    case "tracepoint":
    case "tp": {
      const slash = target.indexOf("/");
      if (slash <= 0 || slash === target.length - 1) break;
      const category = target.slice(0, slash);
      const name = target.slice(slash + 1);
      return plan({ kind: "tracepoint", category, name }, `tracepoint ${category}/${name}`);
    }
    case "raw_tracepoint":
    case "raw_tp":
    case "raw_tracepoint.w":
    case "raw_tp.w":
      if (target === "") break;
      return plan({ kind: "raw_tp", name: target }, `raw_tp ${target}`);
    case "tp_btf":
    case "fentry":
    case "fexit":
    case "fmod_ret":
    case "fentry.s":
    case "fexit.s":
    case "fmod_ret.s":
    case "lsm":
    case "lsm.s":
      if (target === "") break;
      return plan(
        { kind: "tracing", attachType: prog.expectedAttachType, target },
        `${base.replace(/\.s$/, "")} ${target}`,
      );
    case "iter":
    case "iter.s":
      if (target === "") break;
      return plan({ kind: "iter", target }, `iter ${target}`);
    case "uprobe":
    case "uretprobe":
    case "uprobe.s":
    case "uretprobe.s": {
      const parsed = parseUprobeTarget(target);
      if (parsed === null) break;
      const retprobe = base.startsWith("uretprobe");
      return plan(
        { kind: "uprobe", ...parsed, pid: null, retprobe },
        `${retprobe ? "uretprobe" : "uprobe"} ${target}`,
      );
    }
  }
  return {
    plan: null,
    reason: `section "${prog.section}" names no attach point bpfdrop attaches by itself ` +
      `(attach it with programs.${prog.name}.attach in the manifest, or use it another way, ` +
      `e.g. as a tail call or socket filter)`,
  };
}

function plan(body: DistributiveOmit<AttachPlan, "key" | "point">, point: string): PlanResult {
  return { plan: { ...body, key: point, point } as AttachPlan };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** libbpf's `uprobe/BINARY:FUNC[+OFFSET]` or `uprobe/BINARY:OFFSET`. */
function parseUprobeTarget(
  target: string,
): { binary: string; symbol: string | null; offset: number } | null {
  const m = /^(\/[^:]+):([A-Za-z_.$@][\w.$@]*)?(?:\+?(0x[0-9a-fA-F]+|\d+))?$/.exec(target);
  if (m === null || (m[2] === undefined && m[3] === undefined)) return null;
  return { binary: m[1]!, symbol: m[2] ?? null, offset: m[3] === undefined ? 0 : Number(m[3]) };
}

function fromManifest(
  prog: PlannedProgram,
  spec: AttachSpec,
  context: { manifestFile: string; cgroupRoot: string | null },
): AttachPlan {
  const field = `programs.${prog.name}.attach.${spec.kind}`;
  const fail = (detail: string) => new ManifestError(context.manifestFile, field, detail);
  const need = (...types: string[]) => {
    if (!types.includes(prog.typeName)) {
      throw fail(`program ${prog.name} is ${prog.typeName}, which cannot attach to ${spec.kind}`);
    }
  };
  switch (spec.kind) {
    case "xdp": {
      need("BPF_PROG_TYPE_XDP");
      const point = `xdp ${spec.interface}${spec.mode === "auto" ? "" : ` (${spec.mode})`}`;
      return { kind: "xdp", interface: spec.interface, mode: spec.mode, key: point, point };
    }
    case "tc": {
      need("BPF_PROG_TYPE_SCHED_CLS");
      const implied = prog.expectedAttachTypeName === "BPF_TCX_INGRESS"
        ? "ingress"
        : prog.expectedAttachTypeName === "BPF_TCX_EGRESS"
        ? "egress"
        : null;
      const direction = spec.direction ?? implied;
      if (direction === null) {
        throw fail(`section "${prog.section}" does not imply a direction: set "direction"`);
      }
      const point = `tcx ${spec.interface} ${direction}`;
      return {
        kind: "tcx",
        interface: spec.interface,
        direction,
        key: point,
        point,
      };
    }
    case "cgroup": {
      if (
        !prog.typeName.startsWith("BPF_PROG_TYPE_CGROUP_") &&
        prog.typeName !== "BPF_PROG_TYPE_SOCK_OPS"
      ) {
        throw fail(`program ${prog.name} is ${prog.typeName}, which cannot attach to a cgroup`);
      }
      const attachTypeName = spec.type === null
        ? prog.expectedAttachTypeName
        : cgroupAttachTypeName(spec.type);
      if (attachTypeName === undefined) {
        throw fail(
          spec.type === null
            ? `section "${prog.section}" does not imply an attach type: set "type" (e.g. "inet_ingress")`
            : `unknown cgroup attach type "${spec.type}"`,
        );
      }
      let path = spec.path;
      if (!path.startsWith("/")) {
        if (context.cgroupRoot === null) throw fail("no cgroup v2 hierarchy is mounted");
        path = path === "."
          ? context.cgroupRoot
          : `${context.cgroupRoot}/${path.replace(/^\.\//, "")}`;
      }
      const point = `cgroup ${path} ${attachTypeName}`;
      return {
        kind: "cgroup",
        path,
        attachType: BpfAttachType[attachTypeName as keyof typeof BpfAttachType],
        attachTypeName,
        key: point,
        point,
      };
    }
    case "uprobe": {
      need("BPF_PROG_TYPE_KPROBE");
      const retprobe = spec.retprobe ?? prog.sectionDef.startsWith("uretprobe");
      const where = spec.symbol ?? `0x${(spec.offset ?? 0).toString(16)}`;
      const point = `${retprobe ? "uretprobe" : "uprobe"} ${spec.binary}:${where}${
        spec.pid === null ? "" : ` pid ${spec.pid}`
      }`;
      return {
        kind: "uprobe",
        binary: spec.binary,
        symbol: spec.symbol,
        offset: spec.symbol === null ? spec.offset ?? 0 : 0,
        pid: spec.pid,
        retprobe,
        key: point,
        point,
      };
    }
  }
}

/**
 * `BPF_CGROUP_INET_INGRESS`, `inet_ingress` and `cgroup_inet_ingress` all name the same
 * attach type; the kernel name is returned, or undefined.
 */
export function cgroupAttachTypeName(type: string): string | undefined {
  const upper = type.toUpperCase();
  for (const candidate of [upper, `BPF_${upper}`, `BPF_CGROUP_${upper}`]) {
    if (candidate in BpfAttachType && candidate.includes("CGROUP")) return candidate;
  }
  return undefined;
}
