import { assert, assertEquals, assertMatch, assertThrows } from "./lib/assert.ts";
import { assertNoFdLeak } from "./lib/fds.ts";
import { bpftoolJson, requireRoot, tempCgroup, tempPinDir } from "./lib/kernel.ts";
import {
  BpfSyscallError,
  btfGetFdById,
  btfInfo,
  btfLoad,
  enableStats,
  type Fd,
  getNextId,
  linkCreate,
  linkDetach,
  linkGetFdById,
  linkInfo,
  linkUpdate,
  listIds,
  mapCreate,
  mapDeleteElem,
  mapFreeze,
  mapGetFdById,
  mapGetNextKey,
  mapInfo,
  mapLookupElem,
  mapUpdateElem,
  objGet,
  objPin,
  openPath,
  progGetFdById,
  progInfo,
  progLoad,
  progTestRun,
  rawTracepointOpen,
  VerifierError,
} from "../src/kernel/mod.ts";
import {
  BpfAttachType,
  BpfLinkType,
  BpfMapType,
  BpfProgType,
  BtfHeader,
  BtfKindId,
  BtfTypeHeader,
  encodeStruct,
} from "../src/abi/mod.ts";
import { Alu64, encode, type Insn, Jmp, Ld, Mem, R0, R1, Size } from "../src/asm/mod.ts";
import { BtfKind, parseBtf } from "../src/btf/mod.ts";

const root = requireRoot("kernel bpf tests");

function u32(value: number): Uint8Array {
  return new Uint8Array(Uint32Array.of(value).buffer);
}

function readU32(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
}

function loadSocketFilter(insns: Insn[], name: string, fdArray: Fd[] = []): Fd {
  return progLoad({
    type: BpfProgType.BPF_PROG_TYPE_SOCKET_FILTER,
    insns: encode(insns),
    license: "GPL",
    name,
    fdArray,
  });
}

/** A minimal Ethernet + IPv4 frame; socket filters and XDP need at least a MAC header. */
const PACKET = new Uint8Array(64).fill(0xab);

function returning(value: number): Insn[] {
  return [Alu64.mov.imm(R0, value), Jmp.exit()];
}

Deno.test({
  name: "mapCreate() makes a hash map whose values read back after update and delete",
  ...root,
  fn() {
    using map = mapCreate({
      type: BpfMapType.BPF_MAP_TYPE_HASH,
      keySize: 4,
      valueSize: 8,
      maxEntries: 16,
      name: "test_hash",
    });
    mapUpdateElem(map, u32(7), new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    mapUpdateElem(map, u32(9), new Uint8Array(8).fill(9));
    assertEquals(mapLookupElem(map, u32(7), 8), new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    assertEquals(mapLookupElem(map, u32(8), 8), undefined);

    const keys: number[] = [];
    for (let k = mapGetNextKey(map, undefined, 4); k; k = mapGetNextKey(map, k, 4)) {
      keys.push(readU32(k));
    }
    assertEquals(keys.sort(), [7, 9]);

    assertEquals(mapDeleteElem(map, u32(7)), true);
    assertEquals(mapDeleteElem(map, u32(7)), false);
    assertEquals(mapLookupElem(map, u32(7), 8), undefined);

    const info = mapInfo(map);
    assertEquals(
      [info.type, info.name, info.keySize, info.valueSize, info.maxEntries],
      [BpfMapType.BPF_MAP_TYPE_HASH, "test_hash", 4, 8, 16],
    );
  },
});

Deno.test({
  name: "mapFreeze() makes later updates fail with EPERM",
  ...root,
  fn() {
    using map = mapCreate({
      type: BpfMapType.BPF_MAP_TYPE_ARRAY,
      keySize: 4,
      valueSize: 4,
      maxEntries: 1,
      name: "frozen",
    });
    mapUpdateElem(map, u32(0), u32(1234));
    assertEquals(mapInfo(map).frozen, false);
    mapFreeze(map);
    assertEquals(mapInfo(map).frozen, true);
    const err = assertThrows(() => mapUpdateElem(map, u32(0), u32(1)), BpfSyscallError);
    assertEquals([err.cmd, err.errnoName], ["MAP_UPDATE_ELEM", "EPERM"]);
    assertEquals(readU32(mapLookupElem(map, u32(0), 4)!), 1234);
  },
});

Deno.test({
  name: "mapCreate() reports EINVAL with the command, the map name and the errno text",
  ...root,
  fn() {
    const err = assertThrows(
      () =>
        mapCreate({
          type: BpfMapType.BPF_MAP_TYPE_HASH,
          keySize: 0,
          valueSize: 4,
          maxEntries: 1,
          name: "bad_key",
        }),
      BpfSyscallError,
    );
    assertEquals(err.errno, 22);
    assertEquals(err.errnoName, "EINVAL");
    assertEquals(err.message, "MAP_CREATE bad_key: EINVAL (Invalid argument)");
  },
});

Deno.test({
  name: "progLoad() loads a socket filter that progTestRun() runs on a packet",
  ...root,
  async fn() {
    using prog = loadSocketFilter(returning(42), "ret42");
    const run = progTestRun(prog, { data: PACKET, repeat: 3 });
    assertEquals(run.retval, 42);
    assert(run.duration >= 0);

    const info = progInfo(prog);
    assertEquals([info.name, info.type], ["ret42", BpfProgType.BPF_PROG_TYPE_SOCKET_FILTER]);
    const shown = await bpftoolJson("prog", "show", "id", String(info.id)) as {
      id: number;
      name: string;
      tag: string;
    };
    assertEquals([shown.id, shown.name, shown.tag], [info.id, "ret42", info.tag]);
  },
});

Deno.test({
  name: "progLoad() resolves maps through fdArray and progInfo() lists their ids",
  ...root,
  fn() {
    using map = mapCreate({
      type: BpfMapType.BPF_MAP_TYPE_ARRAY,
      keySize: 4,
      valueSize: 4,
      maxEntries: 1,
      name: "answer",
    });
    mapUpdateElem(map, u32(0), u32(0x5eed));
    // r1 = &answer[0]; r0 = *(u32 *)r1; return r0
    using prog = loadSocketFilter(
      [Ld.mapIdxValue(R1, 0, 0), Mem.load(Size.W, R0, R1, 0), Jmp.exit()],
      "read_map",
      [map],
    );
    assertEquals(progTestRun(prog, { data: PACKET }).retval, 0x5eed);
    assertEquals(progInfo(prog).mapIds, [mapInfo(map).id]);
  },
});

Deno.test({
  name: "progTestRun() returns the packet an XDP program passes on",
  ...root,
  fn() {
    using prog = progLoad({
      type: BpfProgType.BPF_PROG_TYPE_XDP,
      expectedAttachType: BpfAttachType.BPF_XDP,
      insns: encode(returning(2 /* XDP_PASS */)),
      license: "GPL",
      name: "xdp_pass",
    });
    const run = progTestRun(prog, { data: PACKET });
    assertEquals(run.retval, 2);
    assertEquals(run.data, PACKET);
  },
});

/** Byte offset and struct size of `struct __sk_buff` member `name`, from the kernel's BTF. */
function skBuffMember(name: string): { offset: number; size: number } {
  const btf = parseBtf(Deno.readFileSync("/sys/kernel/btf/vmlinux"), { file: "vmlinux" });
  const type = btf.typeById(btf.findByName("__sk_buff", BtfKind.STRUCT)[0]!);
  assert(type.kind === BtfKind.STRUCT);
  const member = type.members.find((m) => m.name === name)!;
  return { offset: member.bitOffset / 8, size: type.size };
}

Deno.test({
  name: "progTestRun() passes a context in and returns the one the program changed",
  ...root,
  fn() {
    const mark = skBuffMember("mark");
    // skb->mark = 7; return TC_ACT_OK
    using prog = progLoad({
      type: BpfProgType.BPF_PROG_TYPE_SCHED_CLS,
      insns: encode([Mem.storeImm(Size.W, R1, mark.offset, 7), ...returning(0)]),
      license: "GPL",
      name: "set_mark",
    });
    const run = progTestRun(prog, {
      data: PACKET,
      ctx: new Uint8Array(mark.size),
      ctxOutSize: mark.size,
    });
    assertEquals(run.retval, 0);
    const out = new DataView(run.ctxOut!.buffer);
    assertEquals(out.getUint32(mark.offset, true), 7);
  },
});

Deno.test({
  name: "enableStats() makes run_cnt and run_time_ns rise",
  ...root,
  fn() {
    using prog = loadSocketFilter(returning(1), "counted");
    {
      using _stats = enableStats();
      progTestRun(prog, { data: PACKET, repeat: 50 });
    }
    const info = progInfo(prog);
    assertEquals(info.runCnt, 50n);
    assert(info.runTimeNs > 0n, `run_time_ns ${info.runTimeNs}`);
  },
});

Deno.test({
  name: "progLoad() rejection throws VerifierError with the verifier's reason",
  ...root,
  fn() {
    const err = assertThrows(() => loadSocketFilter([Jmp.exit()], "no_r0"), VerifierError);
    assertEquals([err.cmd, err.errnoName, err.source], ["PROG_LOAD", "EACCES", "no_r0"]);
    assert(err.log.includes("R0 !read_ok"), err.log.join("\n"));
    assertMatch(err.message, /^PROG_LOAD no_r0: EACCES \(Permission denied\)\n.*R0 !read_ok/s);
  },
});

Deno.test({
  name: "progLoad() grows a too-small log buffer until the whole log fits",
  ...root,
  fn() {
    // Enough straight-line instructions that the level-2 log is far bigger than 64 bytes.
    const insns = [...Array(40).fill(Alu64.add.imm(R1, 1)), Jmp.exit()];
    const err = assertThrows(
      () =>
        progLoad({
          type: BpfProgType.BPF_PROG_TYPE_SOCKET_FILTER,
          insns: encode(insns),
          license: "GPL",
          name: "big_log",
          log: { level: 2, size: 64 },
        }),
      VerifierError,
    );
    assertEquals(err.truncated, false);
    assert(err.log.length > 40, `only ${err.log.length} log lines`);
    assert(err.log.some((line) => line.includes("R0 !read_ok")));
  },
});

/** BTF with one type, `int` (4 bytes, signed). */
function intBtf(magic = 0xeb9f): Uint8Array {
  const strings = new TextEncoder().encode("\0int\0");
  const type = encodeStruct(BtfTypeHeader, {
    name_off: 1,
    info: BtfKindId.BTF_KIND_INT << 24,
    size: 4,
  });
  const intData = u32((1 << 24) /* BTF_INT_SIGNED */ | 32);
  const header = encodeStruct(BtfHeader, {
    magic,
    version: 1,
    hdr_len: BtfHeader.size,
    type_off: 0,
    type_len: type.length + intData.length,
    str_off: type.length + intData.length,
    str_len: strings.length,
  });
  const out = new Uint8Array(header.length + type.length + intData.length + strings.length);
  out.set(header, 0);
  out.set(type, header.length);
  out.set(intData, header.length + type.length);
  out.set(strings, header.length + type.length + intData.length);
  return out;
}

Deno.test({
  name: "btfLoad() loads BTF that btfInfo() and btfGetFdById() find again",
  ...root,
  fn() {
    const btf = intBtf();
    using fd = btfLoad(btf);
    const info = btfInfo(fd);
    assertEquals([info.size, info.kernelBtf], [btf.length, false]);
    using again = btfGetFdById(info.id);
    assertEquals(btfInfo(again).id, info.id);
  },
});

Deno.test({
  name: "btfLoad() rejection carries the BTF log",
  ...root,
  fn() {
    const err = assertThrows(() => btfLoad(intBtf(0x1234), { source: "bad.o" }), BpfSyscallError);
    assertEquals([err.cmd, err.errnoName], ["BTF_LOAD", "EINVAL"]);
    assert(err instanceof VerifierError, err.message);
    assertMatch(err.message, /^BTF_LOAD bad\.o: EINVAL \(Invalid argument\)\n.*magic/s);
  },
});

Deno.test({
  name: "objPin() pins a map that objGet() reopens, and removing the pin releases it",
  ...root,
  fn() {
    using dir = tempPinDir();
    using map = mapCreate({
      type: BpfMapType.BPF_MAP_TYPE_ARRAY,
      keySize: 4,
      valueSize: 4,
      maxEntries: 1,
      name: "pinned",
    });
    const path = `${dir.path}/pinned`;
    objPin(map, path);
    assert(Deno.statSync(path).isFile);
    {
      using reopened = objGet(path);
      assertEquals(mapInfo(reopened).id, mapInfo(map).id);
    }
    const err = assertThrows(() => objPin(map, path), BpfSyscallError);
    assertEquals(err.message, `OBJ_PIN ${path}: EEXIST (File exists)`);
    Deno.removeSync(path);
    assertThrows(() => objGet(path), BpfSyscallError, "ENOENT");
  },
});

Deno.test({
  name: "getNextId() and *GetFdById() find the objects by their ids",
  ...root,
  fn() {
    using map = mapCreate({
      type: BpfMapType.BPF_MAP_TYPE_ARRAY,
      keySize: 4,
      valueSize: 4,
      maxEntries: 1,
      name: "by_id",
    });
    using prog = loadSocketFilter(returning(0), "by_id");
    const mapId = mapInfo(map).id;
    const progId = progInfo(prog).id;
    assert(listIds("map").includes(mapId));
    assert(listIds("prog").includes(progId));
    assert((getNextId("prog", progId - 1) ?? 0) <= progId);
    using mapAgain = mapGetFdById(mapId);
    using progAgain = progGetFdById(progId);
    assertEquals(mapInfo(mapAgain).name, "by_id");
    assertEquals(progInfo(progAgain).id, progId);
    assertThrows(() => progGetFdById(0x7fffffff), BpfSyscallError, "PROG_GET_FD_BY_ID prog id");
  },
});

Deno.test({
  name: "rawTracepointOpen() attaches a raw tracepoint program as a link",
  ...root,
  fn() {
    using prog = progLoad({
      type: BpfProgType.BPF_PROG_TYPE_RAW_TRACEPOINT,
      insns: encode(returning(0)),
      license: "GPL",
      name: "raw_tp",
    });
    using link = rawTracepointOpen(prog, "sys_enter");
    const info = linkInfo(link);
    assertEquals([info.type, info.progId], [
      BpfLinkType.BPF_LINK_TYPE_RAW_TRACEPOINT,
      progInfo(prog).id,
    ]);
    using again = linkGetFdById(info.id);
    assertEquals(linkInfo(again).id, info.id);
  },
});

Deno.test({
  name: "linkCreate() attaches to a cgroup, linkUpdate() swaps the program, linkDetach() ends it",
  ...root,
  fn() {
    using cgroup = tempCgroup();
    using dir = openPath(cgroup.path, { directory: true });
    const load = (name: string) =>
      progLoad({
        type: BpfProgType.BPF_PROG_TYPE_CGROUP_SKB,
        expectedAttachType: BpfAttachType.BPF_CGROUP_INET_INGRESS,
        insns: encode(returning(1)),
        license: "GPL",
        name,
      });
    using first = load("skb_first");
    using second = load("skb_second");
    using link = linkCreate({
      prog: first,
      target: dir,
      attachType: BpfAttachType.BPF_CGROUP_INET_INGRESS,
    });
    assertEquals(linkInfo(link).progId, progInfo(first).id);
    assertEquals(linkInfo(link).type, BpfLinkType.BPF_LINK_TYPE_CGROUP);

    linkUpdate(link, second, first);
    assertEquals(linkInfo(link).progId, progInfo(second).id);
    const stale = assertThrows(() => linkUpdate(link, first, first), BpfSyscallError);
    assertEquals([stale.cmd, stale.errnoName], ["LINK_UPDATE", "EPERM"]);

    assert(linkInfo(link).raw["cgroup.cgroup_id"] !== 0n);
    linkDetach(link);
    assertEquals(linkInfo(link).raw["cgroup.cgroup_id"], 0n);
    assertThrows(() => linkUpdate(link, first), BpfSyscallError, "ENOLINK");
  },
});

Deno.test({
  name: "200 map/program create-close cycles leave no descriptor open",
  ...root,
  async fn() {
    await assertNoFdLeak(() => {
      for (let i = 0; i < 200; i++) {
        using map = mapCreate({
          type: BpfMapType.BPF_MAP_TYPE_ARRAY,
          keySize: 4,
          valueSize: 4,
          maxEntries: 1,
        });
        using prog = loadSocketFilter(
          [Ld.mapIdxValue(R1, 0, 0), Mem.load(Size.W, R0, R1, 0), Jmp.exit()],
          "cycle",
          [map],
        );
        assertEquals(progTestRun(prog, { data: PACKET }).retval, 0);
      }
    });
  },
});
