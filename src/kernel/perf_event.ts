/**
 * perf events that BPF programs attach to: tracepoints (by tracefs id) and uprobes (through the
 * uprobe PMU, with ELF symbol → file offset resolution of the probed binary). The returned fds are
 * handed to `BPF_LINK_CREATE(BPF_PERF_EVENT)` by `attach.ts`.
 */
import { encodeStruct, PerfEventAttr, PerfTypeId } from "../abi/mod.ts";
import { SyscallError } from "./errors.ts";
import { Errno } from "./errno.ts";
import type { Fd } from "./fd.ts";
import { addressOf, cString, perfEventOpen } from "./sys.ts";
import { readFile, readTextFile } from "./files.ts";

const TRACEFS_ROOTS = ["/sys/kernel/tracing", "/sys/kernel/debug/tracing"];
const UPROBE_PMU = "/sys/bus/event_source/devices/uprobe";

/** The tracefs id of tracepoint `category/name`; throws naming the tracepoint when it is absent. */
export function tracepointId(category: string, name: string): number {
  for (const root of TRACEFS_ROOTS) {
    try {
      return Number(readTextFile(`${root}/events/${category}/${name}/id`).trim());
    } catch { /* try the next mount point */ }
  }
  throw new SyscallError(
    "open",
    Errno.ENOENT,
    `tracepoint ${category}/${name}`,
    `no ${category}/${name}/id under ${TRACEFS_ROOTS.join(" or ")} (is tracefs mounted?)`,
  );
}

/** A perf event for tracepoint `category/name` on every CPU and task (pid -1, cpu 0 as libbpf). */
export function openTracepoint(category: string, name: string): Fd {
  const attr = encodeStruct(PerfEventAttr, {
    type: PerfTypeId.PERF_TYPE_TRACEPOINT,
    size: PerfEventAttr.size,
    config: BigInt(tracepointId(category, name)),
    sample_period: 1n,
    wakeup_events: 1,
  });
  return perfEventOpen(attr, { pid: -1, cpu: 0 });
}

/** Where a uprobe goes: a binary and a file offset in it, optionally one process only. */
export interface UprobeTarget {
  binary: string;
  offset: number;
  /** Only this process; null or undefined = every process running the binary. */
  pid?: number | null;
  retprobe?: boolean;
}

/** A perf event for a uprobe (or uretprobe) through the uprobe PMU. */
export function openUprobe(target: UprobeTarget): Fd {
  const pmu = readPmu();
  const path = cString(target.binary);
  const attr = encodeStruct(PerfEventAttr, {
    type: pmu.type,
    size: PerfEventAttr.size,
    config: target.retprobe ? 1n << BigInt(pmu.retprobeBit) : 0n,
    uprobe_path: addressOf(path),
    probe_offset: BigInt(target.offset),
  });
  const pid = target.pid ?? -1;
  // The kernel reads the path during the call; keep `path` alive until it returns.
  const fd = perfEventOpen(attr, { pid, cpu: pid === -1 ? 0 : -1 });
  void path.length;
  return fd;
}

function readPmu(): { type: number; retprobeBit: number } {
  let type: number;
  try {
    type = Number(readTextFile(`${UPROBE_PMU}/type`).trim());
  } catch {
    throw new SyscallError("open", Errno.ENOENT, UPROBE_PMU, "the kernel has no uprobe PMU");
  }
  // "config:0" on every current kernel, but the format file is the contract.
  let retprobeBit = 0;
  try {
    const format = readTextFile(`${UPROBE_PMU}/format/retprobe`).trim();
    retprobeBit = Number(/^config:(\d+)$/.exec(format)?.[1] ?? 0);
  } catch { /* older kernels: bit 0 */ }
  return { type, retprobeBit };
}

/** A symbol that cannot be resolved in a binary; names both. */
export class SymbolNotFoundError extends Error {
  override name = "SymbolNotFoundError";
  constructor(readonly binary: string, readonly symbol: string, detail: string) {
    super(`${binary}: cannot resolve symbol "${symbol}": ${detail}`);
  }
}

const SHT_SYMTAB = 2;
const SHT_DYNSYM = 11;
const STT_FUNC = 2;
const STT_GNU_IFUNC = 10;
const SHN_UNDEF = 0;
const SHN_LORESERVE = 0xff00;

/**
 * The file offset of function `symbol` in ELF64 `binary` (what the uprobe PMU wants), from
 * `.symtab` or `.dynsym`: st_value - sh_addr + sh_offset of the section holding it.
 * `name@@VERSION` suffixes in the table are accepted for a bare `name`.
 */
export function resolveSymbolOffset(binary: string, symbol: string): number {
  let bytes: Uint8Array;
  try {
    bytes = readFile(binary);
  } catch (e) {
    throw new SymbolNotFoundError(binary, symbol, (e as Error).message);
  }
  const fail = (detail: string) => new SymbolNotFoundError(binary, symbol, detail);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 64 || view.getUint32(0) !== 0x7f454c46) throw fail("not an ELF file");
  if (bytes[4] !== 2) throw fail("not a 64-bit ELF file");
  const le = bytes[5] === 1;
  const u16 = (o: number) => view.getUint16(o, le);
  const u32 = (o: number) => view.getUint32(o, le);
  const u64 = (o: number) => Number(view.getBigUint64(o, le));
  const shoff = u64(0x28);
  const shentsize = u16(0x3a);
  const shnum = u16(0x3c);
  if (shoff + shnum * shentsize > bytes.length || shentsize < 64) {
    throw fail("section header table out of bounds");
  }
  const section = (i: number) => {
    const at = shoff + i * shentsize;
    return {
      type: u32(at + 4),
      addr: u64(at + 16),
      offset: u64(at + 24),
      size: u64(at + 32),
      link: u32(at + 40),
      entsize: u64(at + 56),
    };
  };
  const decoder = new TextDecoder();
  for (const tableType of [SHT_SYMTAB, SHT_DYNSYM]) {
    for (let i = 0; i < shnum; i++) {
      const table = section(i);
      if (table.type !== tableType || table.entsize < 24) continue;
      const strings = section(table.link);
      if (
        table.offset + table.size > bytes.length || strings.offset + strings.size > bytes.length
      ) {
        throw fail("symbol table out of bounds");
      }
      for (let at = table.offset; at + 24 <= table.offset + table.size; at += table.entsize) {
        const kind = bytes[at + 4]! & 0xf;
        const shndx = u16(at + 6);
        if ((kind !== STT_FUNC && kind !== STT_GNU_IFUNC) || shndx === SHN_UNDEF) continue;
        if (shndx >= SHN_LORESERVE || shndx >= shnum) continue;
        const nameStart = strings.offset + u32(at);
        const nameEnd = bytes.indexOf(0, nameStart);
        const name = decoder.decode(bytes.subarray(nameStart, nameEnd < 0 ? undefined : nameEnd));
        if (name !== symbol && name.split("@")[0] !== symbol) continue;
        const home = section(shndx);
        return u64(at + 8) - home.addr + home.offset;
      }
    }
  }
  throw fail("no function symbol of that name in .symtab or .dynsym");
}
