import { BtfError } from "./errors.ts";
import type { BtfStrings } from "./strings.ts";
import { refersByTypeWord, type TypeTable } from "./_table.ts";
import {
  BtfKind,
  type BtfKindName,
  type BtfKindValue,
  type BtfType,
  isModifierKind,
  kindName,
} from "./types.ts";

/** Size of a pointer on the BPF target. */
const POINTER_SIZE = 8;

/** Where a Btf came from, for error messages, and how its numbers are stored. */
export interface BtfOrigin {
  file: string;
  littleEndian: boolean;
}

/** The bytes a Btf was parsed from, and where its type section lies in them. */
export interface BtfBlob {
  bytes: Uint8Array;
  typeStart: number;
  typeEnd: number;
}

/**
 * Parsed BTF: types indexed by id (id 0 is void) plus the string section. Types are decoded from
 * the parsed bytes when first asked for, then kept. They are plain objects; change them through
 * `add`/`replace`, or, on a `clone()`, edit fields other than `name` and `kind` in place (the name
 * index is rebuilt only by `add`/`replace`).
 */
export class Btf {
  readonly file: string;
  readonly littleEndian: boolean;
  readonly strings: BtfStrings;
  /** The parsed records, decoded on demand for ids below `#table.count`. */
  readonly #table: TypeTable;
  /** Decoded, replaced and added types by id; a hole is a parsed type not decoded yet. */
  readonly #types: (BtfType | undefined)[];
  /** Kind by type id: the table's until a type is added or replaced, then a copy. */
  #kinds: readonly number[];
  #ownKinds = false;
  readonly #idsByKind = new Map<number, readonly number[]>();
  #byName: Map<string, number[]> | undefined;
  readonly #byKindName = new Map<number, Map<string, number[]>>();
  #blob: BtfBlob | undefined;

  /** `blob` says where `table`'s records lie (`parseBtf` passes it; `clone()` does not). */
  constructor(origin: BtfOrigin, table: TypeTable, blob?: BtfBlob) {
    this.file = origin.file;
    this.littleEndian = origin.littleEndian;
    this.strings = table.strings;
    this.#table = table;
    this.#types = new Array(table.count);
    this.#types[0] = { kind: BtfKind.VOID, name: "" };
    this.#kinds = table.kinds;
    this.#blob = blob;
  }

  /**
   * The blob these types were parsed from, so that unchanged types can be copied as bytes;
   * undefined once a type was added or replaced, and for a `clone()` (whose types may be edited).
   */
  get blob(): BtfBlob | undefined {
    return this.#blob;
  }

  /**
   * All types; index = type id, `types[0]` is void. Decodes every type: lookups by id, kind or
   * name (`typeById`, `kindOf`, `idsOfKind`, `findByName`) decode only what they return.
   */
  get types(): readonly BtfType[] {
    for (let id = 1; id < this.#types.length; id++) this.typeById(id);
    return this.#types as BtfType[];
  }

  /** Number of types, not counting void (what `bpftool btf dump` lists). */
  get typeCount(): number {
    return this.#types.length - 1;
  }

  /** The type with id `id`; throws BtfError for ids out of range. */
  typeById(id: number): BtfType {
    const t = this.#types[id];
    if (t !== undefined) return t;
    this.#checkId(id);
    return this.#types[id] = this.#table.decode(id);
  }

  /**
   * A copy of type `id` that can be changed without touching this Btf: decoded afresh from its
   * record when it was not decoded yet (which also spares keeping the original). Throws BtfError
   * for ids out of range.
   */
  copyOf(id: number): BtfType {
    const t = this.#types[id];
    if (t !== undefined) return copyType(t);
    this.#checkId(id);
    return this.#table.decode(id);
  }

  /** The kind of type `id`, without decoding it; throws BtfError for ids out of range. */
  kindOf(id: number): BtfKindValue {
    // Undefined for ids that are not an index of `kinds`: negative, fractional, too large.
    const kind = this.#kinds[id];
    if (kind === undefined) this.#checkId(id);
    return kind as BtfKindValue;
  }

  /** The name of type `id`, without decoding it; throws BtfError for ids out of range. */
  nameOf(id: number): string {
    const t = this.#types[id];
    if (t !== undefined) return t.name;
    this.#checkId(id);
    return this.#table.name(id);
  }

  /**
   * The linkage of type `id` (`BtfFuncLinkage` or `BtfVarLinkage`) without decoding it; undefined
   * unless it is a FUNC or a VAR. Throws BtfError for ids out of range.
   */
  linkageOf(id: number): number | undefined {
    const t = this.#types[id];
    if (t !== undefined) {
      return t.kind === BtfKind.FUNC || t.kind === BtfKind.VAR ? t.linkage : undefined;
    }
    this.#checkId(id);
    return this.#table.linkage(id);
  }

  /**
   * The type id that type `id` refers to, without decoding it: the target of a pointer or
   * modifier, the type of a FUNC or VAR, an ARRAY's element type; undefined for other kinds.
   * Throws BtfError for ids out of range.
   */
  referenceOf(id: number): number | undefined {
    const t = this.#types[id];
    if (t !== undefined) {
      if (t.kind === BtfKind.ARRAY) return t.type;
      return refersByTypeWord(t.kind) ? (t as { type: number }).type : undefined;
    }
    this.#checkId(id);
    return this.#table.reference(id);
  }

  /** The element count of type `id` if it is an ARRAY, without decoding it. */
  arrayLengthOf(id: number): number | undefined {
    const t = this.#types[id];
    if (t !== undefined) return t.kind === BtfKind.ARRAY ? t.nelems : undefined;
    this.#checkId(id);
    return this.#table.arrayLength(id);
  }

  /** Ids of all types of `kind`, in id order, without decoding any. */
  idsOfKind(kind: BtfKindValue): readonly number[] {
    let ids = this.#idsByKind.get(kind);
    if (ids === undefined) {
      const found: number[] = [];
      const kinds = this.#kinds;
      for (let id = 1; id < kinds.length; id++) if (kinds[id] === kind) found.push(id);
      this.#idsByKind.set(kind, ids = found);
    }
    return ids;
  }

  /** Byte offset of type `id` in the parsed blob (0 for types added after parsing). */
  recordOffset(id: number): number {
    return id < this.#table.count ? this.#table.offsets[id] ?? 0 : 0;
  }

  /** A BtfError located at type `id`'s record. */
  errorAt(id: number, what: string): BtfError {
    return new BtfError(this.file, what, this.recordOffset(id));
  }

  /** Ids of all types called `name`, optionally only those of `kind`, in id order. */
  findByName(name: string, kind?: BtfKindValue): number[] {
    if (kind !== undefined && this.#byName === undefined) {
      // One kind (a DATASEC, a FUNC) is what parsing and generation look up: index that kind
      // alone rather than every named type.
      let byKind = this.#byKindName.get(kind);
      if (byKind === undefined) this.#byKindName.set(kind, byKind = this.#indexNames(kind));
      return [...byKind.get(name) ?? []];
    }
    this.#byName ??= this.#indexNames();
    const ids = this.#byName.get(name) ?? [];
    return kind === undefined ? [...ids] : ids.filter((id) => this.kindOf(id) === kind);
  }

  /** The first (lowest) id of a type called `name` of `kind`: `findByName(name, kind)[0]` without
   * copying the list (parsing looks up a few DATASECs per object). */
  firstByName(name: string, kind: BtfKindValue): number | undefined {
    if (this.#byName !== undefined) {
      return this.#byName.get(name)?.find((id) => this.kindOf(id) === kind);
    }
    let byKind = this.#byKindName.get(kind);
    if (byKind === undefined) this.#byKindName.set(kind, byKind = this.#indexNames(kind));
    return byKind.get(name)?.[0];
  }

  /** Appends a type and returns its id. */
  add(t: BtfType): number {
    this.#types.push(t);
    this.#writableKinds().push(t.kind);
    this.#changed();
    return this.#types.length - 1;
  }

  /** Replaces type `id` (keeping the id). */
  replace(id: number, t: BtfType): void {
    this.#checkId(id);
    if (id === 0) throw new BtfError(this.file, "type id 0 (void) cannot be replaced", 0);
    this.#types[id] = t;
    this.#writableKinds()[id] = t.kind;
    this.#changed();
  }

  /**
   * A deep copy whose types can be changed without touching this one: decoded types are copied,
   * the others are decoded afresh from the shared, never-changed bytes (strings are immutable).
   */
  clone(): Btf {
    const copy = new Btf(this, this.#table);
    this.#types.forEach((t, id) => {
      if (t !== undefined) copy.#types[id] = copyType(t);
    });
    // Shared from now on: whichever changes a type first copies it.
    copy.#kinds = this.#kinds;
    this.#ownKinds = false;
    return copy;
  }

  /** Number of types of each kind present (void not counted). */
  countByKind(): Partial<Record<BtfKindName, number>> {
    const counts: Partial<Record<BtfKindName, number>> = {};
    for (let id = 1; id < this.#types.length; id++) {
      const name = kindName(this.kindOf(id)) as BtfKindName;
      counts[name] = (counts[name] ?? 0) + 1;
    }
    return counts;
  }

  /** The id reached by skipping typedef, const, volatile, restrict and type_tag from `id`. */
  resolve(id: number): number {
    let current = id;
    for (let steps = 0;; steps++) {
      if (!isModifierKind(this.kindOf(current))) return current;
      if (steps >= this.#types.length) throw this.#loop(id, "a chain of modifiers");
      current = this.referenceOf(current)!;
    }
  }

  /** Size in bytes of a value of type `id` (as `sizeof` in C on the BPF target). */
  sizeOf(id: number): number {
    const size = this.#sizeOf(id, new Set());
    if (!Number.isSafeInteger(size)) {
      throw new BtfError(this.file, `${this.describe(id)} is too large`, this.recordOffset(id));
    }
    return size;
  }

  /** Alignment in bytes of type `id`, computed as libbpf's `btf__align_of`. */
  alignOf(id: number): number {
    return this.#alignOf(id, new Set());
  }

  /** A C-like spelling of type `id`: `const char *`, `struct sk_buff`, `int (*)(void *)`. */
  typeName(id: number): string {
    return this.#declare(id, "", new Set());
  }

  /** `[id] KIND 'name'`, as used in error messages. */
  describe(id: number): string {
    if (!this.#inRange(id)) return `[${id}]`;
    return `[${id}] ${kindName(this.kindOf(id))} '${this.nameOf(id)}'`;
  }

  #inRange(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.#types.length;
  }

  /** The kind of type `id`, or undefined when there is no such type. */
  #kindIfAny(id: number): BtfKindValue | undefined {
    return this.#inRange(id) ? this.kindOf(id) : undefined;
  }

  #checkId(id: number): void {
    if (!this.#inRange(id)) {
      throw new BtfError(this.file, `type id ${id} out of range (0..${this.typeCount})`, 0);
    }
  }

  /** `#kinds`, copied first if it is still shared (with the table or a clone's original). */
  #writableKinds(): number[] {
    if (!this.#ownKinds) {
      this.#kinds = [...this.#kinds];
      this.#ownKinds = true;
    }
    return this.#kinds as number[];
  }

  /** Forgets what a type change makes stale. */
  #changed(): void {
    this.#byName = undefined;
    this.#byKindName.clear();
    this.#idsByKind.clear();
    this.#blob = undefined;
  }

  /** Ids by name of the named types (of `kind` only, when given). */
  #indexNames(kind?: BtfKindValue): Map<string, number[]> {
    const index = new Map<string, number[]>();
    const add = (id: number) => {
      const name = this.nameOf(id);
      if (name === "") return;
      const named = index.get(name);
      if (named) named.push(id);
      else index.set(name, [id]);
    };
    if (kind !== undefined) this.idsOfKind(kind).forEach(add);
    else for (let id = 1; id < this.#types.length; id++) add(id);
    return index;
  }

  #loop(id: number, through: string): BtfError {
    return new BtfError(
      this.file,
      `reference loop through ${through} at ${this.describe(id)}`,
      this.recordOffset(id),
    );
  }

  /** Guards one step of a recursive walk: throws if `id` is already being walked. */
  #enter(id: number, walking: Set<number>, through: string): void {
    if (walking.has(id)) throw this.#loop(id, through);
    walking.add(id);
  }

  /** Runs `step` with `id` entered (see `#enter`), and leaves `id` again afterwards. */
  #inside<T>(id: number, walking: Set<number>, through: string, step: () => T): T {
    this.#enter(id, walking, through);
    const result = step();
    walking.delete(id);
    return result;
  }

  #sizeOf(id: number, walking: Set<number>): number {
    const resolved = this.resolve(id);
    const t = this.typeById(resolved);
    switch (t.kind) {
      case BtfKind.INT:
      case BtfKind.ENUM:
      case BtfKind.ENUM64:
      case BtfKind.STRUCT:
      case BtfKind.UNION:
      case BtfKind.FLOAT:
      case BtfKind.DATASEC:
        return t.size;
      case BtfKind.PTR:
        return POINTER_SIZE;
      case BtfKind.ARRAY:
      case BtfKind.VAR: {
        const inner = this.#inside(
          resolved,
          walking,
          "an array or variable type",
          () => this.#sizeOf(t.type, walking),
        );
        return t.kind === BtfKind.ARRAY ? inner * t.nelems : inner;
      }
      default:
        throw new BtfError(
          this.file,
          `${this.describe(resolved)} has no size`,
          this.recordOffset(resolved),
        );
    }
  }

  #alignOf(id: number, walking: Set<number>): number {
    const resolved = this.resolve(id);
    const t = this.typeById(resolved);
    switch (t.kind) {
      case BtfKind.INT:
      case BtfKind.ENUM:
      case BtfKind.ENUM64:
      case BtfKind.FLOAT:
        return Math.min(POINTER_SIZE, t.size);
      case BtfKind.PTR:
        return POINTER_SIZE;
      case BtfKind.ARRAY:
      case BtfKind.VAR: {
        return this.#inside(
          resolved,
          walking,
          "an array or variable type",
          () => this.#alignOf(t.type, walking),
        );
      }
      case BtfKind.STRUCT:
      case BtfKind.UNION: {
        return this.#inside(resolved, walking, "a struct or union member", () => {
          let align = 1;
          for (const m of t.members) {
            const memberAlign = this.#alignOf(m.type, walking);
            // A member placed off its natural alignment means the struct is packed.
            if (m.bitfieldSize === 0 && m.bitOffset % (8 * memberAlign) !== 0) return 1;
            align = Math.max(align, memberAlign);
          }
          // A size that is not a multiple of the members' alignment also means packed.
          return t.size % align === 0 ? align : 1;
        });
      }
      default:
        throw new BtfError(
          this.file,
          `${this.describe(resolved)} has no alignment`,
          this.recordOffset(resolved),
        );
    }
  }

  /** C declarator printing: `inner` is what the type wraps (a name, `*`, `[4]` …). */
  #declare(id: number, inner: string, walking: Set<number>): string {
    const t = this.typeById(id);
    const join = (base: string) =>
      inner === "" ? base : inner.startsWith("[") ? base + inner : `${base} ${inner}`;
    switch (t.kind) {
      case BtfKind.VOID:
        return join("void");
      case BtfKind.INT:
      case BtfKind.FLOAT:
      case BtfKind.TYPEDEF:
      case BtfKind.DATASEC:
      case BtfKind.DECL_TAG:
        return join(t.name);
      case BtfKind.STRUCT:
      case BtfKind.UNION:
      case BtfKind.ENUM:
      case BtfKind.ENUM64:
      case BtfKind.FWD: {
        const keyword = t.kind === BtfKind.STRUCT || (t.kind === BtfKind.FWD && !t.union)
          ? "struct"
          : t.kind === BtfKind.UNION || t.kind === BtfKind.FWD
          ? "union"
          : "enum";
        return join(`${keyword} ${t.name === "" ? "{...}" : t.name}`);
      }
      case BtfKind.FUNC:
      case BtfKind.VAR:
        return this.#step(id, t.type, t.name, walking);
      case BtfKind.PTR: {
        const target = this.#kindIfAny(t.type);
        const wrapsDeclarator = target === BtfKind.ARRAY || target === BtfKind.FUNC_PROTO;
        return this.#step(id, t.type, wrapsDeclarator ? `(*${inner})` : `*${inner}`, walking);
      }
      case BtfKind.CONST:
      case BtfKind.VOLATILE:
      case BtfKind.RESTRICT: {
        const qualifier = t.kind === BtfKind.CONST
          ? "const"
          : t.kind === BtfKind.VOLATILE
          ? "volatile"
          : "restrict";
        if (this.#kindIfAny(t.type) === BtfKind.PTR) {
          return this.#step(
            id,
            t.type,
            inner === "" ? qualifier : `${qualifier} ${inner}`,
            walking,
          );
        }
        return `${qualifier} ${this.#step(id, t.type, inner, walking)}`;
      }
      case BtfKind.TYPE_TAG:
        return this.#step(id, t.type, inner, walking);
      case BtfKind.ARRAY:
        return this.#step(id, t.type, `${inner}[${t.nelems}]`, walking);
      case BtfKind.FUNC_PROTO: {
        const params = t.params.length === 0
          ? "void"
          : t.params.map((p) =>
            p.type === 0 ? "..." : this.#declare(p.type, p.name, new Set(walking))
          ).join(", ");
        return this.#step(id, t.type, `${inner}(${params})`, walking);
      }
    }
  }

  #step(id: number, next: number, inner: string, walking: Set<number>): string {
    this.#enter(id, walking, "a type name");
    return this.#declare(next, inner, walking);
  }
}

/** A copy of `t` that can be changed without touching `t` (structuredClone costs far more). */
function copyType(t: BtfType): BtfType {
  switch (t.kind) {
    case BtfKind.STRUCT:
    case BtfKind.UNION:
      return { ...t, members: t.members.map((m) => ({ ...m })) };
    case BtfKind.ENUM:
      return { ...t, values: t.values.map((v) => ({ ...v })) };
    case BtfKind.ENUM64:
      return { ...t, values: t.values.map((v) => ({ ...v })) };
    case BtfKind.FUNC_PROTO:
      return { ...t, params: t.params.map((p) => ({ ...p })) };
    case BtfKind.DATASEC:
      return { ...t, vars: t.vars.map((v) => ({ ...v })) };
    default:
      return { ...t };
  }
}
