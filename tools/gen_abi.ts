/**
 * Generates `src/abi/kernel_types.gen.ts` from the checked-in kernel BTF
 * (`tools/testdata/vmlinux.btf.gz`): every `union bpf_attr` arm and the other kernel structs
 * bpfdrop encodes, as {@linkcode StructLayout} data, plus the enums it needs.
 *
 * Usage: `deno task gen:abi` (then `git diff src/abi/kernel_types.gen.ts`).
 *
 * @module
 */

/** One type as `bpftool btf dump -j` prints it (only the members this tool reads). */
interface JsonType {
  id: number;
  kind: string;
  name: string;
  size?: number;
  type_id?: number;
  nr_elems?: number;
  encoding?: string;
  nr_bits?: number;
  members?: { name: string; type_id: number; bits_offset: number; bitfield_size?: number }[];
  values?: { name: string; val: number }[];
}

/** The arms of `union bpf_attr` to emit, found by their name or by their first field. */
const ATTR_ARMS: { name: string; arm?: string; firstField?: string }[] = [
  { name: "MapCreateAttr", firstField: "map_type" },
  { name: "MapElemAttr", firstField: "map_fd" },
  { name: "MapBatchAttr", arm: "batch" },
  { name: "ProgLoadAttr", firstField: "prog_type" },
  { name: "ObjPinAttr", firstField: "pathname" },
  { name: "ProgAttachAttr", firstField: "target_fd" },
  { name: "ProgTestRunAttr", arm: "test" },
  { name: "GetIdAttr", firstField: "start_id" },
  { name: "InfoAttr", arm: "info" },
  { name: "QueryAttr", arm: "query" },
  { name: "RawTracepointOpenAttr", arm: "raw_tracepoint" },
  { name: "BtfLoadAttr", firstField: "btf" },
  { name: "TaskFdQueryAttr", arm: "task_fd_query" },
  { name: "LinkCreateAttr", arm: "link_create" },
  { name: "LinkUpdateAttr", arm: "link_update" },
  { name: "LinkDetachAttr", arm: "link_detach" },
  { name: "EnableStatsAttr", arm: "enable_stats" },
  { name: "IterCreateAttr", arm: "iter_create" },
  { name: "ProgBindMapAttr", arm: "prog_bind_map" },
];

/** Named structs to emit, under a TypeScript name. */
const STRUCTS: { name: string; struct: string }[] = [
  { name: "BpfInsn", struct: "bpf_insn" },
  { name: "BpfCoreRelo", struct: "bpf_core_relo" },
  { name: "BpfFuncInfo", struct: "bpf_func_info" },
  { name: "BpfLineInfo", struct: "bpf_line_info" },
  { name: "BpfProgInfo", struct: "bpf_prog_info" },
  { name: "BpfMapInfo", struct: "bpf_map_info" },
  { name: "BpfLinkInfo", struct: "bpf_link_info" },
  { name: "BpfBtfInfo", struct: "bpf_btf_info" },
  { name: "BtfHeader", struct: "btf_header" },
  { name: "BtfTypeHeader", struct: "btf_type" },
  { name: "BtfArray", struct: "btf_array" },
  { name: "BtfMember", struct: "btf_member" },
  { name: "BtfEnum", struct: "btf_enum" },
  { name: "BtfEnum64", struct: "btf_enum64" },
  { name: "BtfParam", struct: "btf_param" },
  { name: "BtfVar", struct: "btf_var" },
  { name: "BtfVarSecinfo", struct: "btf_var_secinfo" },
  { name: "BtfDeclTag", struct: "btf_decl_tag" },
  { name: "PerfEventAttr", struct: "perf_event_attr" },
  { name: "SockaddrUn", struct: "sockaddr_un" },
];

/** Enums to emit, by their kernel name or, for anonymous ones, by one of their values. */
const ENUMS: { name: string; enumName?: string; member?: string }[] = [
  { name: "BpfCmd", enumName: "bpf_cmd" },
  { name: "BpfMapType", enumName: "bpf_map_type" },
  { name: "BpfProgType", enumName: "bpf_prog_type" },
  { name: "BpfAttachType", enumName: "bpf_attach_type" },
  { name: "BpfLinkType", enumName: "bpf_link_type" },
  { name: "BpfFuncId", enumName: "bpf_func_id" },
  { name: "BpfCoreReloKind", enumName: "bpf_core_relo_kind" },
  { name: "BpfStatsType", enumName: "bpf_stats_type" },
  { name: "BtfFuncLinkage", enumName: "btf_func_linkage" },
  { name: "PerfTypeId", enumName: "perf_type_id" },
  { name: "PerfSwIds", enumName: "perf_sw_ids" },
  { name: "BtfKindId", member: "BTF_KIND_INT" },
  { name: "BtfVarLinkage", member: "BTF_VAR_STATIC" },
  { name: "BpfMapFlags", member: "BPF_F_NO_PREALLOC" },
  { name: "BpfUpdateFlags", member: "BPF_ANY" },
];

interface Field {
  name: string;
  offset: number;
  size: number;
  signed?: boolean;
  count?: number;
  bitOffset?: number;
  bitSize?: number;
}

class Types {
  #byId = new Map<number, JsonType>();
  constructor(types: JsonType[]) {
    for (const t of types) this.#byId.set(t.id, t);
  }
  all(): Iterable<JsonType> {
    return this.#byId.values();
  }
  get(id: number): JsonType {
    const t = this.#byId.get(id);
    if (!t) throw new Error(`type ${id} missing`);
    return t;
  }
  /** Skips typedefs and qualifiers. */
  resolve(id: number): JsonType {
    let t = this.get(id);
    while (["TYPEDEF", "CONST", "VOLATILE", "RESTRICT", "TYPE_TAG"].includes(t.kind)) {
      t = this.get(t.type_id ?? 0);
    }
    return t;
  }
  sizeOf(id: number): number {
    const t = this.resolve(id);
    if (t.kind === "ARRAY") return (t.nr_elems ?? 0) * this.sizeOf(t.type_id ?? 0);
    if (t.kind === "PTR") return 8;
    return t.size ?? 0;
  }
  /** Flattens a struct/union into leaf fields; anonymous members merge, named ones get a prefix. */
  flatten(id: number, prefix: string, baseBits: number, out: Field[]): void {
    const t = this.resolve(id);
    for (const m of t.members ?? []) {
      const bits = baseBits + m.bits_offset;
      const mt = this.resolve(m.type_id);
      const named = m.name !== "(anon)";
      const name = named ? prefix + m.name : prefix;
      if ((mt.kind === "STRUCT" || mt.kind === "UNION") && !m.bitfield_size) {
        this.flatten(m.type_id, named ? name + "." : prefix, bits, out);
        continue;
      }
      if (!named) continue;
      const field: Field = { name, offset: Math.floor(bits / 8), size: this.sizeOf(m.type_id) };
      if (m.bitfield_size) {
        field.bitOffset = bits % 8;
        field.bitSize = m.bitfield_size;
        field.size = Math.ceil((field.bitOffset + field.bitSize) / 8);
      } else if (mt.kind === "ARRAY") {
        field.count = mt.nr_elems ?? 0;
      } else if (mt.kind === "INT" && mt.encoding === "SIGNED") {
        field.signed = true;
      } else if (mt.kind === "ENUM" && (mt as { encoding?: string }).encoding === "SIGNED") {
        field.signed = true;
      }
      out.push(field);
    }
  }
}

function renderLayout(tsName: string, cName: string, size: number, fields: Field[]): string {
  const lines = fields.map((f) => {
    const parts = [`offset: ${f.offset}`, `size: ${f.size}`];
    if (f.signed) parts.push("signed: true");
    if (f.count !== undefined) parts.push(`count: ${f.count}`);
    if (f.bitSize !== undefined) parts.push(`bitOffset: ${f.bitOffset}`, `bitSize: ${f.bitSize}`);
    return `    ${JSON.stringify(f.name)}: { ${parts.join(", ")} },`;
  });
  return [
    `/** \`${cName}\` (${size} bytes). */`,
    `export const ${tsName} = {`,
    `  name: ${JSON.stringify(cName)},`,
    `  size: ${size},`,
    `  fields: {`,
    ...lines,
    `  },`,
    `} as const satisfies StructLayout;`,
    "",
  ].join("\n");
}

function renderEnum(
  tsName: string,
  cName: string,
  values: { name: string; val: number }[],
): string {
  return [
    `/** \`${cName}\`. */`,
    `export const ${tsName} = {`,
    ...values.map((v) => `  ${v.name}: ${v.val},`),
    `} as const;`,
    "",
  ].join("\n");
}

async function readBtfJson(gzPath: string): Promise<JsonType[]> {
  const compressed = await Deno.open(gzPath);
  const raw = new Uint8Array(
    await new Response(compressed.readable.pipeThrough(new DecompressionStream("gzip")))
      .arrayBuffer(),
  );
  const tmp = await Deno.makeTempFile({ suffix: ".btf" });
  try {
    await Deno.writeFile(tmp, raw);
    const out = await new Deno.Command("bpftool", { args: ["btf", "dump", "file", tmp, "-j"] })
      .output();
    if (!out.success) throw new Error(`bpftool failed: ${new TextDecoder().decode(out.stderr)}`);
    return JSON.parse(new TextDecoder().decode(out.stdout)).types;
  } finally {
    await Deno.remove(tmp);
  }
}

function generate(types: Types): string {
  const chunks: string[] = [
    "// DO NOT EDIT. Generated by tools/gen_abi.ts from tools/testdata/vmlinux.btf.gz.",
    "// Regenerate with `deno task gen:abi`.",
    "",
    'import type { StructLayout } from "./layout.ts";',
    "",
  ];
  const all = [...types.all()];
  const attr = all.find((t) => t.kind === "UNION" && t.name === "bpf_attr");
  if (!attr) throw new Error("union bpf_attr not found");
  chunks.push(`/** \`sizeof(union bpf_attr)\` on the kernel the BTF came from. */`);
  chunks.push(`export const BPF_ATTR_SIZE = ${attr.size};`, "");
  for (const arm of ATTR_ARMS) {
    const member = attr.members?.find((m) => {
      if (arm.arm) return m.name === arm.arm;
      const fields: Field[] = [];
      types.flatten(m.type_id, "", 0, fields);
      return m.name === "(anon)" && fields[0]?.name === arm.firstField;
    });
    if (!member) throw new Error(`bpf_attr arm ${arm.name} not found`);
    const fields: Field[] = [];
    types.flatten(member.type_id, "", 0, fields);
    const label = `union bpf_attr.${arm.arm ?? `{${arm.firstField}…}`}`;
    chunks.push(renderLayout(arm.name, label, types.sizeOf(member.type_id), fields));
  }
  for (const s of STRUCTS) {
    const t = all.find((x) => x.kind === "STRUCT" && x.name === s.struct);
    if (!t) throw new Error(`struct ${s.struct} not found`);
    const fields: Field[] = [];
    types.flatten(t.id, "", 0, fields);
    chunks.push(renderLayout(s.name, `struct ${s.struct}`, t.size ?? 0, fields));
  }
  for (const e of ENUMS) {
    const t = all.find((x) =>
      (x.kind === "ENUM" || x.kind === "ENUM64") &&
      (e.enumName ? x.name === e.enumName : x.values?.some((v) => v.name === e.member))
    );
    if (!t) throw new Error(`enum ${e.enumName ?? e.member} not found`);
    const label = e.enumName ? `enum ${e.enumName}` : `anonymous enum with ${e.member}`;
    chunks.push(renderEnum(e.name, label, t.values ?? []));
  }
  return chunks.join("\n");
}

if (import.meta.main) {
  const root = new URL("../", import.meta.url);
  const types = new Types(
    await readBtfJson(new URL("tools/testdata/vmlinux.btf.gz", root).pathname),
  );
  const out = new URL("src/abi/kernel_types.gen.ts", root);
  await Deno.writeTextFile(out, generate(types));
  console.log(`wrote ${out.pathname}`);
}
