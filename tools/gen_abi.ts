/**
 * Generates `src/abi/kernel_types.gen.ts` from the checked-in kernel BTF
 * (`tools/testdata/vmlinux.btf.gz`): every `union bpf_attr` arm and the other kernel structs
 * bpfdrop encodes, as {@linkcode StructLayout} data, plus the enums it needs.
 *
 * Usage: `deno task gen:abi` (then `git diff src/abi/kernel_types.gen.ts`).
 *
 * @module
 */

import { type Btf, BtfIntEncoding, BtfKind, type BtfKindValue, parseBtf } from "../src/btf/mod.ts";

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
  { name: "Statx", struct: "statx" },
  { name: "Statfs", struct: "statfs" },
  { name: "LinuxDirent64", struct: "linux_dirent64" },
  { name: "InotifyEvent", struct: "inotify_event" },
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

/**
 * Flattens struct/union `id` into leaf fields: members of anonymous nested structs/unions merge
 * into the parent, named nested ones get a `name.` prefix.
 */
function flatten(btf: Btf, id: number, prefix: string, baseBits: number, out: Field[]): void {
  const t = btf.typeById(btf.resolve(id));
  if (t.kind !== BtfKind.STRUCT && t.kind !== BtfKind.UNION) return;
  for (const m of t.members) {
    const bits = baseBits + m.bitOffset;
    const mt = btf.typeById(btf.resolve(m.type));
    const named = m.name !== "";
    const name = named ? prefix + m.name : prefix;
    if ((mt.kind === BtfKind.STRUCT || mt.kind === BtfKind.UNION) && !m.bitfieldSize) {
      flatten(btf, m.type, named ? name + "." : prefix, bits, out);
      continue;
    }
    if (!named) continue;
    const field: Field = { name, offset: Math.floor(bits / 8), size: btf.sizeOf(m.type) };
    if (m.bitfieldSize) {
      field.bitOffset = bits % 8;
      field.bitSize = m.bitfieldSize;
      field.size = Math.ceil((field.bitOffset + field.bitSize) / 8);
    } else if (mt.kind === BtfKind.ARRAY) {
      field.count = mt.nelems;
    } else if (mt.kind === BtfKind.INT && (mt.encoding & BtfIntEncoding.SIGNED) !== 0) {
      field.signed = true;
    } else if (mt.kind === BtfKind.ENUM && mt.signed) {
      field.signed = true;
    }
    out.push(field);
  }
}

/** The first type called `name` of `kind`. */
function find(btf: Btf, name: string, kind: BtfKindValue, what: string): number {
  const [id] = btf.findByName(name, kind);
  if (id === undefined) throw new Error(`${what} not found`);
  return id;
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
  values: { name: string; value: number | bigint }[],
): string {
  return [
    `/** \`${cName}\`. */`,
    `export const ${tsName} = {`,
    ...values.map((v) => `  ${v.name}: ${v.value},`),
    `} as const;`,
    "",
  ].join("\n");
}

/** Reads and parses the gzipped raw BTF at `gzPath`. */
async function readBtf(gzPath: string): Promise<Btf> {
  const compressed = await Deno.open(gzPath);
  const raw = new Uint8Array(
    await new Response(compressed.readable.pipeThrough(new DecompressionStream("gzip")))
      .arrayBuffer(),
  );
  return parseBtf(raw, { file: gzPath });
}

function generate(btf: Btf): string {
  const chunks: string[] = [
    "// DO NOT EDIT. Generated by tools/gen_abi.ts from tools/testdata/vmlinux.btf.gz.",
    "// Regenerate with `deno task gen:abi`.",
    "",
    'import type { StructLayout } from "./layout.ts";',
    "",
  ];
  const attrId = find(btf, "bpf_attr", BtfKind.UNION, "union bpf_attr");
  const attr = btf.typeById(attrId);
  if (attr.kind !== BtfKind.UNION) throw new Error("bpf_attr is not a union");
  chunks.push(`/** \`sizeof(union bpf_attr)\` on the kernel the BTF came from. */`);
  chunks.push(`export const BPF_ATTR_SIZE = ${attr.size};`, "");
  for (const arm of ATTR_ARMS) {
    const member = attr.members.find((m) => {
      if (arm.arm) return m.name === arm.arm;
      const fields: Field[] = [];
      flatten(btf, m.type, "", 0, fields);
      return m.name === "" && fields[0]?.name === arm.firstField;
    });
    if (!member) throw new Error(`bpf_attr arm ${arm.name} not found`);
    const fields: Field[] = [];
    flatten(btf, member.type, "", 0, fields);
    const label = `union bpf_attr.${arm.arm ?? `{${arm.firstField}…}`}`;
    chunks.push(renderLayout(arm.name, label, btf.sizeOf(member.type), fields));
  }
  for (const s of STRUCTS) {
    const id = find(btf, s.struct, BtfKind.STRUCT, `struct ${s.struct}`);
    const fields: Field[] = [];
    flatten(btf, id, "", 0, fields);
    chunks.push(renderLayout(s.name, `struct ${s.struct}`, btf.sizeOf(id), fields));
  }
  for (const e of ENUMS) {
    const t = btf.types.find((x) =>
      (x.kind === BtfKind.ENUM || x.kind === BtfKind.ENUM64) &&
      (e.enumName ? x.name === e.enumName : x.values.some((v) => v.name === e.member))
    );
    if (!t || (t.kind !== BtfKind.ENUM && t.kind !== BtfKind.ENUM64)) {
      throw new Error(`enum ${e.enumName ?? e.member} not found`);
    }
    const label = e.enumName ? `enum ${e.enumName}` : `anonymous enum with ${e.member}`;
    chunks.push(renderEnum(e.name, label, t.values));
  }
  return chunks.join("\n");
}

if (import.meta.main) {
  const root = new URL("../", import.meta.url);
  const btf = await readBtf(new URL("tools/testdata/vmlinux.btf.gz", root).pathname);
  const out = new URL("src/abi/kernel_types.gen.ts", root);
  await Deno.writeTextFile(out, generate(btf));
  console.log(`wrote ${out.pathname}`);
}
