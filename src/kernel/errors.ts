import { describeErrno, errnoName } from "./errno.ts";

/** A system call failed: which one, on what, and the errno. */
export class SyscallError extends Error {
  override name = "SyscallError";
  /** The call that failed (`openat`, or a bpf command such as `PROG_LOAD`). */
  readonly syscall: string;
  /** What it was called on (a path, a program name), if known. */
  readonly subject: string | undefined;
  readonly errno: number;
  /** Symbolic errno, such as `EPERM`. */
  readonly errnoName: string;

  constructor(syscall: string, errno: number, subject?: string, detail?: string) {
    const head = `${syscall}${subject === undefined ? "" : ` ${subject}`}: ${describeErrno(errno)}`;
    super(detail === undefined ? head : `${head}\n${detail}`);
    this.syscall = syscall;
    this.subject = subject;
    this.errno = errno;
    this.errnoName = errnoName(errno);
  }
}

/** A bpf(2) command failed; `cmd` is its name without the `BPF_` prefix (`MAP_CREATE`). */
export class BpfSyscallError extends SyscallError {
  override name = "BpfSyscallError";
  readonly cmd: string;

  constructor(cmd: string, errno: number, subject?: string, detail?: string) {
    super(cmd, errno, subject, detail);
    this.cmd = cmd;
  }
}

/** How many lines at the end of a verifier log a message shows. */
const SHOWN_LOG_LINES = 2;

/**
 * The verifier (or BTF checker) refused a load. Keeps the whole log; the message is the
 * command, the subject and errno, then the last lines of the log, which say why.
 */
export class VerifierError extends BpfSyscallError {
  override name = "VerifierError";
  /** What was being loaded, e.g. `handle_exec` or `a.bpf.o: program handle_exec`. */
  readonly source: string;
  /** The whole log, one entry per line, without trailing empty lines. */
  readonly log: readonly string[];
  /** The kernel had more log than fit in the buffer. */
  readonly truncated: boolean;

  constructor(cmd: string, errno: number, source: string, log: string[], truncated = false) {
    super(cmd, errno, source, summarizeLog(log, truncated));
    this.source = source;
    this.log = log;
    this.truncated = truncated;
  }
}

/** Splits a NUL-terminated log buffer into lines, dropping the trailing empty ones. */
export function splitLog(buffer: Uint8Array): string[] {
  const end = buffer.indexOf(0);
  const text = new TextDecoder().decode(end < 0 ? buffer : buffer.subarray(0, end));
  const lines = text.split("\n");
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === "") lines.pop();
  return lines;
}

// The verifier ends its log with statistics ("processed N insns ..."); the reason for a rejection
// is the line before them.
const STATISTICS = /^(processed \d+ insns|verification time|stack depth|mark_precise)/;

function summarizeLog(log: string[], truncated: boolean): string | undefined {
  let end = log.length;
  while (end > 0 && STATISTICS.test(log[end - 1]!)) end--;
  if (end === 0) return truncated ? "  (verifier log truncated)" : undefined;
  const start = Math.max(0, end - SHOWN_LOG_LINES);
  const shown = log.slice(start, end).map((line) => `  ${line}`);
  const omitted = log.length - shown.length;
  if (omitted > 0) {
    const note = truncated ? ", log truncated" : "";
    shown.push(`  (${omitted} more lines in the verifier log${note})`);
  }
  return shown.join("\n");
}
