/** The status document served by the control socket and printed by `ctl status` (docs/daemon.md). */

/** A program of a loaded object. */
export interface ProgramStatus {
  name: string;
  type: string;
  id: number;
  pin: string;
  /** Where it is attached, or null. */
  attachPoint: string | null;
  /** Why it is not attached, when it is not. */
  note: string | null;
  /** Kernel run statistics (non-zero only while BPF stats are enabled); null when unreadable. */
  runCnt: number | null;
  runTimeNs: number | null;
}

/** A map of a loaded object. */
export interface MapStatus {
  name: string;
  type: string;
  id: number;
  pin: string;
  preserved: boolean;
}

/** A bpf_link of a loaded object. */
export interface LinkStatus {
  program: string;
  id: number;
  pin: string;
  attachPoint: string;
}

/** The last failure of an object. */
export interface ErrorStatus {
  message: string;
  /** The loader step or daemon phase that failed (`PROG_LOAD handle_exec`, `attach count`). */
  step: string | null;
  errno: string | null;
  /** The verifier log, when the kernel produced one. */
  verifierLog: string[] | null;
  at: string;
}

/** One object, as `ctl status` shows it. */
export interface ObjectStatus {
  name: string;
  state: "loaded" | "failed" | "loading";
  file: string | null;
  sha256: string | null;
  loadedAt: string | null;
  generation: number;
  programs: ProgramStatus[];
  maps: MapStatus[];
  links: LinkStatus[];
  /** Set when the last load or reload failed; a failed reload leaves the previous version running. */
  error: ErrorStatus | null;
}

/** A directory entry that is not an object bpfdrop will load. */
export interface RefusedEntry {
  file: string;
  reason: string;
}

/** The whole status document (`ctl status --json`). */
export interface DaemonStatus {
  version: 1;
  objectsDir: string;
  pinRoot: string;
  /** Set while the objects directory itself is refused (ownership/permissions). */
  directoryError: string | null;
  objects: ObjectStatus[];
  refused: RefusedEntry[];
}

/** What one reconcile did to one object. */
export interface Change {
  name: string;
  action: "loaded" | "reloaded" | "adopted" | "removed" | "failed" | "unchanged";
  generation?: number;
  error?: string;
}

/** Renders a status document for humans. */
export function formatStatus(status: DaemonStatus): string {
  const lines: string[] = [];
  if (status.directoryError) lines.push(`objects directory refused: ${status.directoryError}`);
  for (const o of status.objects) {
    const head = `${o.name}: ${o.state}` +
      (o.generation > 0 ? `, generation ${o.generation}` : "") +
      (o.loadedAt ? `, loaded ${o.loadedAt}` : "");
    lines.push(head);
    if (o.file) lines.push(`  file     ${o.file}`);
    if (o.sha256) lines.push(`  sha256   ${o.sha256}`);
    for (const p of o.programs) {
      const where = p.attachPoint ?? `not attached (${p.note ?? "no attach point"})`;
      const stats = p.runCnt ? ` run_cnt=${p.runCnt} run_time_ns=${p.runTimeNs}` : "";
      lines.push(`  prog     ${p.name} id ${p.id} ${shortType(p.type)} → ${where}${stats}`);
    }
    for (const m of o.maps) {
      lines.push(
        `  map      ${m.name} id ${m.id} ${shortType(m.type)}${
          m.preserved ? " preserved" : ""
        } ${m.pin}`,
      );
    }
    for (const l of o.links) lines.push(`  link     ${l.program} id ${l.id} ${l.pin}`);
    if (o.error) {
      lines.push(`  error    ${o.error.message.split("\n")[0]}`);
      if (o.error.step) lines.push(`  step     ${o.error.step}`);
      if (o.error.verifierLog && o.error.verifierLog.length > 0) {
        lines.push("  verifier log:");
        for (const l of o.error.verifierLog) lines.push(`    ${l}`);
      } else {
        for (const l of o.error.message.split("\n").slice(1)) lines.push(`    ${l}`);
      }
    }
  }
  for (const r of status.refused) lines.push(`${r.file}: refused: ${r.reason}`);
  if (lines.length === 0) lines.push(`no objects in ${status.objectsDir}`);
  return lines.join("\n");
}

function shortType(t: string): string {
  return t.replace(/^BPF_(PROG|MAP)_TYPE_/, "").toLowerCase();
}

/** Renders what a reload changed. */
export function formatChanges(changes: Change[]): string {
  const shown = changes.filter((c) => c.action !== "unchanged");
  if (shown.length === 0) return "nothing changed";
  return shown.map((c) =>
    `${c.name}: ${c.action}${c.generation ? ` (generation ${c.generation})` : ""}${
      c.error ? `: ${c.error.split("\n")[0]}` : ""
    }`
  ).join("\n");
}
