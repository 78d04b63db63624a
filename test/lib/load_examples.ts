/**
 * Helpers for the load_* tests: load an example object through a generated loader (the path
 * `bpfdrop load` takes), reach its maps, programs and global variables, and build packets.
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { loaderForObject, readObject } from "../../src/cli/_loader_source.ts";
import type { Loader } from "../../src/gen/mod.ts";
import {
  type Fd,
  type LoadedObject,
  mapLookupElem,
  runLoader,
  type RunLoaderOptions,
} from "../../src/kernel/mod.ts";
import type { BpfObject } from "../../src/object/mod.ts";

/** Path of a compiled example (built by tools/build_examples.sh before the tests). */
export function examplePath(name: string): string {
  const path = `build/examples/${name}.bpf.o`;
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run tools/build_examples.sh first`);
  }
  return path;
}

/** An example loaded into the kernel; closing it releases everything it created. */
export interface LoadedExample extends Disposable {
  readonly obj: BpfObject;
  readonly loader: Loader;
  readonly loaded: LoadedObject;
  map(name: string): Fd;
  prog(name: string): Fd;
  /** The bytes of global variable `name` as the kernel holds them now. */
  variable(name: string): DataView;
}

/** Generates and runs the loader for example `name`. */
export function loadExample(
  name: string,
  opts: { programs?: string[]; run?: RunLoaderOptions } = {},
): LoadedExample {
  const path = examplePath(name);
  const bytes = readFileSync(path);
  const obj = readObject(bytes, path);
  const loader = loaderForObject(bytes, path, opts.programs);
  const loaded = runLoader(loader, opts.run);
  const map = (m: string) => {
    const found = loaded.maps.find((x) => x.name === m);
    if (found === undefined) throw new Error(`${name} has no map ${m}`);
    return found.fd;
  };
  return {
    obj,
    loader,
    loaded,
    map,
    prog(p) {
      const found = loaded.programs.find((x) => x.name === p);
      if (found === undefined) throw new Error(`${name} has no loaded program ${p}`);
      return found.fd;
    },
    variable(v) {
      for (const spec of obj.maps) {
        const variable = spec.variables.find((x) => x.name === v);
        if (variable === undefined) continue;
        const value = mapLookupElem(map(spec.name), new Uint8Array(4), spec.valueSize)!;
        return new DataView(value.buffer, variable.offset, variable.size);
      }
      throw new Error(`${name} has no global variable ${v}`);
    },
    [Symbol.dispose]: () => loaded.close(),
  };
}

/** A little-endian u32 key. */
export function u32Key(n: number): Uint8Array {
  return new Uint8Array(new Uint32Array([n]).buffer);
}

/** Sum of a per-CPU array/hash value of u64 counters at `offset` in each CPU's slot. */
export function sumPerCpu(bytes: Uint8Array, slotSize: number, offset = 0): bigint {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stride = (slotSize + 7) & ~7;
  let sum = 0n;
  for (let at = 0; at + stride <= bytes.length; at += stride) {
    sum += view.getBigUint64(at + offset, true);
  }
  return sum;
}

export const IPPROTO = { ICMP: 1, TCP: 6, UDP: 17 } as const;

/** An Ethernet + IPv4 frame of `length` bytes carrying `proto` to `daddr` (UDP to `dport`). */
export function ipv4Frame(
  proto: number,
  opts: { daddr?: [number, number, number, number]; dport?: number; length?: number } = {},
): Uint8Array {
  const length = opts.length ?? 98;
  const frame = new Uint8Array(length);
  const view = new DataView(frame.buffer);
  frame.set([2, 0, 0, 0, 0, 2, 2, 0, 0, 0, 0, 1], 0); // dst, src MAC
  view.setUint16(12, 0x0800); // ETH_P_IP
  const ip = 14;
  frame[ip] = 0x45;
  view.setUint16(ip + 2, length - ip);
  frame[ip + 8] = 64;
  frame[ip + 9] = proto;
  frame.set([10, 0, 0, 1], ip + 12);
  frame.set(opts.daddr ?? [10, 0, 0, 2], ip + 16);
  const l4 = ip + 20;
  if (proto === IPPROTO.UDP) {
    view.setUint16(l4, 40000);
    view.setUint16(l4 + 2, opts.dport ?? 53);
    view.setUint16(l4 + 4, length - l4);
  } else if (proto === IPPROTO.TCP) {
    view.setUint16(l4, 40000);
    view.setUint16(l4 + 2, opts.dport ?? 80);
    frame[l4 + 12] = 0x50;
  } else if (proto === IPPROTO.ICMP) {
    frame[l4] = 8; // echo request
  }
  return frame;
}
