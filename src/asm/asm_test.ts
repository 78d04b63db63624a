import {
  Alu32,
  Alu64,
  AsmError,
  Assembler,
  AtomicOp,
  decode,
  disassemble,
  encode,
  Endian,
  formatInsn,
  type Insn,
  InsnDecodeError,
  Jmp,
  Jmp32,
  Ld,
  LD_IMM64,
  Mem,
  PseudoCall,
  PseudoLd,
  R0,
  R1,
  R10,
  R2,
  R6,
  R7,
  setInsnImm,
  setInsnOff,
  setInsnSrc,
  Size,
} from "./mod.ts";

function assertEquals(actual: unknown, expected: unknown, what = "") {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}\nexpected ${e}\n  actual ${a}`);
}

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

/** [builder output, little-endian bytes (as llvm-objdump prints them), bpftool text]. */
const TABLE: [Insn, string, string][] = [
  [Alu64.mov.reg(R6, R1), "bf16000000000000", "(bf) r6 = r1"],
  [Alu64.mov.imm(R1, 22), "b701000016000000", "(b7) r1 = 22"],
  [Alu64.add.imm(R1, -136), "0701000078ffffff", "(07) r1 += -136"],
  [Alu64.add.reg(R1, R2), "0f21000000000000", "(0f) r1 += r2"],
  [Alu64.rsh.imm(R7, 32), "7707000020000000", "(77) r7 >>= 32"],
  [Alu64.arsh.imm(R7, 1), "c707000001000000", "(c7) r7 s>>= 1"],
  [Alu64.sdiv.reg(R1, R2), "3f21010000000000", "(3f) r1 s/= r2"],
  [Alu64.movsx(R1, R2, 8), "bf21080000000000", "(bf) r1 = (s8)r2"],
  [Alu64.neg(R0), "8700000000000000", "(87) r0 = -r0"],
  [Alu32.and.imm(R1, 0xff), "54010000ff000000", "(54) w1 &= 255"],
  [Alu32.mov.imm(R0, 1), "b400000001000000", "(b4) w0 = 1"],
  [Alu32.xor.reg(R0, R1), "ac10000000000000", "(ac) w0 ^= w1"],
  [Endian.toBe(R1, 16), "dc01000010000000", "(dc) r1 = be16 r1"],
  [Endian.toLe(R1, 32), "d401000020000000", "(d4) r1 = le32 r1"],
  [Endian.bswap(R1, 64), "d701000040000000", "(d7) r1 = bswap64 r1"],
  [Mem.load(Size.W, R1, R10, -136), "61a178ff00000000", "(61) r1 = *(u32 *)(r10 -136)"],
  [Mem.load(Size.DW, R1, R6, 0), "7961000000000000", "(79) r1 = *(u64 *)(r6 +0)"],
  [Mem.load(Size.B, R0, R1, 3), "7110030000000000", "(71) r0 = *(u8 *)(r1 +3)"],
  [Mem.load(Size.H, R0, R1, 2), "6910020000000000", "(69) r0 = *(u16 *)(r1 +2)"],
  [Mem.loadSx(Size.H, R0, R1, 2), "8910020000000000", "(89) r0 = *(s16 *)(r1 +2)"],
  [Mem.store(Size.W, R10, -4, R1), "631afcff00000000", "(63) *(u32 *)(r10 -4) = r1"],
  [Mem.store(Size.DW, R1, 0, R0), "7b01000000000000", "(7b) *(u64 *)(r1 +0) = r0"],
  [Mem.storeImm(Size.W, R6, 8, 7), "6206080007000000", "(62) *(u32 *)(r6 +8) = 7"],
  [Mem.storeImm(Size.H, R6, 2, 1), "6a06020001000000", "(6a) *(u16 *)(r6 +2) = 1"],
  [
    Mem.atomic(Size.DW, AtomicOp.ADD, R0, 0, R1),
    "db10000000000000",
    "(db) lock *(u64 *)(r0 +0) += r1",
  ],
  [
    Mem.atomic(Size.W, AtomicOp.ADD | AtomicOp.FETCH, R0, 4, R1),
    "c310040001000000",
    "(c3) r1 = atomic_fetch_add((u32 *)(r0 +4), r1)",
  ],
  [Jmp.ja(2), "0500020000000000", "(05) goto pc+2"],
  [Jmp32.gotol(-3), "06000000fdffffff", "(06) gotol pc-3"],
  [Jmp.slt.imm(R7, 0, 5), "c507050000000000", "(c5) if r7 s< 0x0 goto pc+5"],
  [Jmp.sle.imm(R1, 0, 1), "d501010000000000", "(d5) if r1 s<= 0x0 goto pc+1"],
  [Jmp.eq.imm(R0, -2, 1), "15000100feffffff", "(15) if r0 == 0xfffffffe goto pc+1"],
  [Jmp.ne.reg(R2, R1, -7), "5d12f9ff00000000", "(5d) if r2 != r1 goto pc-7"],
  [Jmp.set.imm(R1, 4, 1), "4501010004000000", "(45) if r1 & 0x4 goto pc+1"],
  [Jmp32.ge.imm(R1, 3, 1), "3601010003000000", "(36) if w1 >= 0x3 goto pc+1"],
  [Jmp.call(166), "85000000a6000000", "(85) call bpf_sys_bpf#166"],
  [Jmp.callPseudo(5), "8510000005000000", "(85) call pc+5"],
  [Jmp.callKfunc(1234, 0), "85200000d2040000", "(85) call kernel-function"],
  [Jmp.exit(), "9500000000000000", "(95) exit"],
  [
    Ld.imm64(R1, 0x1122334455667788n),
    "18010000887766550000000044332211",
    "(18) r1 = 0x1122334455667788",
  ],
  [Ld.mapIdxValue(R2, 0, 1280), "18620000000000000000000000050000", "(18) r2 = map[idx:0]+1280"],
  [Ld.mapIdx(R1, 3), "18510000030000000000000000000000", "(18) r1 = map[idx:3]"],
  [Ld.mapFd(R1, 5), "18110000050000000000000000000000", "(18) r1 = map[id:5]"],
  [Ld.func(R2, 9), "18420000090000000000000000000000", "(18) r2 = subprog[+9]"],
];

Deno.test("encode() matches the raw opcode table", () => {
  for (const [insn, bytes] of TABLE) assertEquals(hex(encode([insn])), bytes, formatInsn(insn));
});

Deno.test("decode() inverts encode() in both byte orders", () => {
  const insns = TABLE.map(([insn]) => insn);
  for (const littleEndian of [true, false]) {
    const bytes = encode(insns, { littleEndian });
    assertEquals(decode(bytes, { littleEndian }), insns, `littleEndian=${littleEndian}`);
  }
});

Deno.test("encode() puts dst in the high nibble on big-endian targets", () => {
  assertEquals(hex(encode([Alu64.mov.reg(R6, R1)], { littleEndian: false })), "bf61000000000000");
  assertEquals(hex(encode([Alu64.add.imm(R1, -136)], { littleEndian: false })), "07100000ffffff78");
});

Deno.test("formatInsn() prints what bpftool prints", () => {
  for (const [insn, , text] of TABLE) assertEquals(formatInsn(insn), text);
});

Deno.test("decode() rejects a truncated ld_imm64 and a partial slot", () => {
  for (const bytes of [encode([Ld.imm64(R1, 1n)]).subarray(0, 8), new Uint8Array(12)]) {
    try {
      decode(bytes);
      throw new Error("decode() accepted bad input");
    } catch (e) {
      if (!(e instanceof InsnDecodeError)) throw e;
    }
  }
});

Deno.test("Assembler resolves forward and backward jumps in slots", () => {
  const asm = new Assembler();
  const top = asm.newLabel("top");
  const out = asm.newLabel("out");
  asm.label(top);
  asm.emit(Ld.imm64(R1, 1n)); // slots 0-1
  asm.jump(Jmp.slt.imm(R7, 0), out); // slot 2
  asm.jump(Jmp.ja(), top); // slot 3
  asm.label(out);
  asm.emit(Jmp.exit()); // slot 4
  const lines = disassemble(decode(asm.assemble()));
  assertEquals(lines, [
    "   0: (18) r1 = 0x1",
    "   2: (c5) if r7 s< 0x0 goto pc+1",
    "   3: (05) goto pc-4",
    "   4: (95) exit",
  ]);
});

Deno.test("Assembler encodes like encode() in both byte orders and from any buffer offset", () => {
  const insns = TABLE.map(([insn]) => insn);
  for (const littleEndian of [true, false]) {
    for (const offset of [0, 4, 1]) {
      const asm = new Assembler({
        littleEndian,
        buffer: new Uint8Array(new ArrayBuffer(offset + 16), offset, 16),
      });
      for (const insn of insns) asm.emit(insn);
      assertEquals(hex(asm.assemble()), hex(encode(insns, { littleEndian })), `${littleEndian}`);
    }
  }
});

Deno.test("Assembler.insn() and jumpInsn() write what emit() and jump() write", () => {
  for (const littleEndian of [true, false]) {
    const [objects, fields] = [new Assembler({ littleEndian }), new Assembler({ littleEndian })];
    const [a, b] = [objects.newLabel("a"), fields.newLabel("a")];
    objects.jump(Jmp.sle.imm(R7, -3), a);
    fields.jumpInsn(Jmp.sle.imm(R7, 0).code, R7, 0, -3, b);
    objects.emit(Ld.mapIdxValue(R2, 0, 40)).emit(Mem.store(Size.H, R6, -2, R1));
    // 0x6b: `*(u16 *)(dst + off) = src`
    fields.insn(LD_IMM64, R2, PseudoLd.MAP_IDX_VALUE, 0, 0, 40).insn(0x6b, R6, R1, -2, 0);
    objects.label(a).jump(Jmp32.gotol(), a);
    fields.label(b).jumpInsn(Jmp32.gotol().code, 0, 0, 0, b);
    assertEquals(hex(fields.assemble()), hex(objects.assemble()), `${littleEndian}`);
  }
});

Deno.test("setInsnSrc(), setInsnImm() and setInsnOff() patch one field in either byte order", () => {
  for (const littleEndian of [true, false]) {
    const bytes = encode([Jmp.callKfunc(7, 3), Ld.mapIdx(R2, 1)], { littleEndian });
    setInsnSrc(bytes, 0, PseudoCall.HELPER, littleEndian);
    setInsnOff(bytes, 0, -2, littleEndian);
    setInsnSrc(bytes, 8, PseudoLd.MAP_IDX_VALUE, littleEndian);
    setInsnImm(bytes, 16, -40, littleEndian);
    assertEquals(
      decode(bytes, { littleEndian }),
      [{ ...Jmp.call(7), off: -2 }, Ld.mapIdxValue(R2, 1, -40)],
      `${littleEndian}`,
    );
  }
});

Deno.test("Assembler grows past its initial capacity and patches gotol's imm", () => {
  const asm = new Assembler({ buffer: new Uint8Array(8), littleEndian: false });
  const end = asm.newLabel("end");
  asm.jump(Jmp32.gotol(), end);
  for (let i = 0; i < 5; i++) asm.emit(Ld.imm64(R1, BigInt(i)));
  asm.label(end);
  const insns = decode(asm.assemble(), { littleEndian: false });
  assertEquals(insns.length, 6);
  assertEquals(insns[0], Jmp32.gotol(10));
  assertEquals(insns[5], Ld.imm64(R1, 4n));
});

Deno.test("Assembler rejects undefined labels, labels bound twice and out-of-range offsets", () => {
  const undefinedLabel = new Assembler();
  undefinedLabel.jump(Jmp.ja(), undefinedLabel.newLabel("nowhere"));
  const far = new Assembler();
  const farLabel = far.newLabel("far");
  far.jump(Jmp.ja(), farLabel);
  for (let i = 0; i < 40000; i++) far.emit(Alu64.mov.imm(R0, 0));
  far.label(farLabel);
  const twice = new Assembler();
  const again = twice.newLabel("again");
  twice.label(again);
  for (
    const fn of [() => undefinedLabel.assemble(), () => far.assemble(), () => twice.label(again)]
  ) {
    try {
      fn();
      throw new Error("the Assembler accepted a bad label");
    } catch (e) {
      if (!(e instanceof AsmError)) throw e;
    }
  }
});

Deno.test("disassemble() of clang output matches llvm-objdump's encoding", () => {
  // `r0 = 0; exit` as clang emits it for `return 0`.
  const bytes = new Uint8Array([0xb7, 0, 0, 0, 0, 0, 0, 0, 0x95, 0, 0, 0, 0, 0, 0, 0]);
  assertEquals(disassemble(decode(bytes)), ["   0: (b7) r0 = 0", "   1: (95) exit"]);
});
