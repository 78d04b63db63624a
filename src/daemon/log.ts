/**
 * One line per event on stderr: `text` (`LEVEL event key=value…`, with a `<N>` syslog priority
 * prefix when stderr is the journal) or `json` (one object per line).
 */
import process from "node:process";
import { fileStat, writeAll } from "../kernel/mod.ts";

/** Severity, named as in syslog. */
export type Level = "error" | "warning" | "notice" | "info" | "debug";

const PRIORITY: Record<Level, number> = { error: 3, warning: 4, notice: 5, info: 6, debug: 7 };

/** Structured fields attached to an event; `undefined` values are left out. */
export type Fields = Record<string, string | number | boolean | null | undefined | string[]>;

/** Where log lines go; a function so tests can capture them. */
export type Sink = (line: string) => void;

/** Writes event lines in the configured format. */
export class Logger {
  #format: "text" | "json";
  #journal: boolean;
  #sink: Sink;

  constructor(opts: { format: "text" | "json"; journal?: boolean; sink?: Sink }) {
    this.#format = opts.format;
    this.#journal = opts.journal ?? stderrIsJournal();
    this.#sink = opts.sink ?? writeStderr;
  }

  /** Logs `event` at `level`. */
  log(level: Level, event: string, fields: Fields = {}): void {
    const prefix = this.#journal ? `<${PRIORITY[level]}>` : "";
    if (this.#format === "json") {
      const record: Record<string, unknown> = { time: new Date().toISOString(), level, event };
      for (const [k, v] of Object.entries(fields)) if (v !== undefined) record[k] = v;
      this.#sink(prefix + JSON.stringify(record));
      return;
    }
    // The journal stamps its own time; a terminal or file gets one here.
    const time = this.#journal ? "" : new Date().toISOString() + " ";
    const parts = [`${time}${level} ${event}`];
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined) continue;
      parts.push(`${k}=${formatValue(v)}`);
    }
    this.#sink(prefix + parts.join(" "));
  }

  error(event: string, fields?: Fields): void {
    this.log("error", event, fields);
  }
  warning(event: string, fields?: Fields): void {
    this.log("warning", event, fields);
  }
  notice(event: string, fields?: Fields): void {
    this.log("notice", event, fields);
  }
  info(event: string, fields?: Fields): void {
    this.log("info", event, fields);
  }
}

/** Logging never takes the daemon down: a full or closed stderr loses the line, nothing else. */
function writeStderr(line: string): void {
  try {
    writeAll(2, new TextEncoder().encode(line + "\n"));
  } catch { /* EAGAIN/EPIPE: dropped */ }
}

function formatValue(v: string | number | boolean | null | string[]): string {
  const s = Array.isArray(v) ? v.join(",") : String(v);
  // Quote only when needed so lines stay greppable; newlines never split an event.
  return needsQuotes(s) ? JSON.stringify(s) : s;
}

/**
 * Whether `s` is empty or has a space (ASCII or Unicode), an ASCII control character, `"` or `=`.
 * A loop, not a regular expression: the daemon runs none on its usual path (see isObjectName in
 * names.ts).
 */
function needsQuotes(s: string): boolean {
  if (s === "") return true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x22 || c === 0x3d || (c > 0x7f && s[i]!.trim() === "")) return true;
  }
  return false;
}

/**
 * systemd sets JOURNAL_STREAM to "DEV:INODE" of the stream it connected to stderr; checking the
 * pair (as sd_journal_stream_fd users do) avoids priority prefixes after stderr was redirected.
 */
export function stderrIsJournal(): boolean {
  const value = process.env.JOURNAL_STREAM;
  if (!value) return false;
  const [dev, ino] = value.split(":");
  try {
    const st = fileStat(2);
    return String(st.dev) === dev && String(st.ino) === ino;
  } catch {
    return false;
  }
}
