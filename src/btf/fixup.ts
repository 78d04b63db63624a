/**
 * The changes libbpf makes to a clang-emitted `.BTF` before `BPF_BTF_LOAD`, for 6.x kernels.
 *
 * Read from libbpf's `bpf_object__collect_externs`, `btf_fixup_datasec`/`bpf_object_fixup_btf` and
 * `bpf_object__sanitize_and_load_btf`, and checked against the kernel's BTF verifier:
 *
 * 1. DATASEC sizes and VAR offsets. Clang emits every DATASEC with size 0 and every global
 *    variable at offset 0: it writes BTF before the section is laid out (offsets are only known
 *    through relocations). The kernel rejects size 0 and overlapping variables, so the size comes
 *    from the ELF section and each non-static variable's offset from its ELF symbol. Static
 *    variables already carry their offset (clang knows local symbols). Sections whose size is
 *    already set (output of `bpftool gen object`) keep their offsets.
 * 2. Hidden globals. A global variable or `.text` function whose symbol has STV_HIDDEN or
 *    STV_INTERNAL visibility becomes static (VAR linkage static, FUNC linkage static), as libbpf
 *    does: it decides whether global data is mmapable and lets the verifier check a hidden
 *    subprogram with its caller's context.
 * 3. `.ksyms`. Kernel symbols declared `__ksym` are extern VARs and extern FUNCs (kfuncs) in a
 *    `.ksyms` DATASEC. The kernel refuses extern linkage on both ("Linkage not supported",
 *    "Invalid func linkage"), non-VAR members of a DATASEC ("Not a VAR kind member") and unnamed
 *    parameters of a FUNC's prototype ("Invalid arg#N"). So each VAR becomes a 4-byte int
 *    global-allocated variable (its real type matters only to the loader, which resolves it
 *    against kernel BTF), each FUNC becomes global and its DATASEC entry points to one added
 *    `dummy_ksym` int VAR, unnamed kfunc parameters get the name `dummy_ksym`, and entries are
 *    laid out at 4-byte steps.
 * 4. `.kconfig`. Its extern VARs become global-allocated and are laid out as libbpf lays out the
 *    `.kconfig` map (see `kconfigLayout`); the DATASEC size is the end of the last one.
 * 5. Order. The kernel requires a DATASEC's variables in increasing offset order, so they are
 *    sorted by offset after 1-4.
 *
 * Other externs (any DATASEC but `.kconfig`/`.ksyms` holding an extern VAR, e.g. the pre-1.0
 * `.extern`) are rejected, as libbpf rejects them. libbpf's remaining rewrites (FUNC, DATASEC, FLOAT,
 * DECL_TAG, TYPE_TAG, ENUM64, global FUNC and `?`-named DATASEC downgrades) only matter for
 * kernels older than 6.0, which lack those kinds, so they are not done.
 */
import type { Btf } from "./btf.ts";
import { type ElfFile, type ElfSymbol, sectionNamed, STB, STT, STV } from "../elf/mod.ts";
import {
  type BtfDatasec,
  type BtfFunc,
  BtfFuncLinkage,
  type BtfFuncProto,
  type BtfInt,
  BtfIntEncoding,
  BtfKind,
  type BtfKindValue,
  type BtfParam,
  type BtfType,
  type BtfVar,
  BtfVarLinkage,
  type BtfVarSecinfo,
} from "./types.ts";

/** What the fix-ups need to know about the ELF file the BTF came from. */
export interface FixupElf {
  /** Size of the section called `name`, or undefined if the file has none. */
  sectionSize(name: string): number | undefined;
  /**
   * The global or weak data symbol (STT_OBJECT) called `name`: its value (offset in its section)
   * and whether its visibility is STV_HIDDEN or STV_INTERNAL; undefined if there is none.
   */
  variable(name: string): { value: number; hidden: boolean } | undefined;
  /** Names of the global functions in `.text` with hidden or internal visibility (seldom any). */
  hiddenSubprograms(): string[];
}

/** Where one `.kconfig` extern lives in the `.kconfig` map. */
export interface KconfigSlot {
  name: string;
  /** The VAR's type id. */
  varId: number;
  offset: number;
  size: number;
  align: number;
}

/** Name of the DATASEC holding `__kconfig` externs. */
export const KCONFIG_SECTION = ".kconfig";
/** Name of the DATASEC holding `__ksym` externs. */
export const KSYMS_SECTION = ".ksyms";
/** Name of the VAR libbpf points kfunc DATASEC entries at, also used for unnamed kfunc params. */
const DUMMY_KSYM = "dummy_ksym";
const KSYM_SLOT_SIZE = 4;

/**
 * Layout of the `.kconfig` map as libbpf computes it: externs sorted by alignment (largest
 * first), then size (smallest first), then name, each placed at the next offset its alignment
 * allows. Empty when the BTF has no `.kconfig` DATASEC.
 */
export function kconfigLayout(btf: Btf): { slots: KconfigSlot[]; size: number } {
  const sectionId = btf.firstByName(KCONFIG_SECTION, BtfKind.DATASEC);
  if (sectionId === undefined) return { slots: [], size: 0 };
  const section = btf.typeById(sectionId) as BtfDatasec;
  const unedited = new BtfEdits(btf);
  const slots = section.vars.map(({ type: varId }) => {
    expectVar(unedited, varId, KCONFIG_SECTION);
    const v = btf.typeById(varId) as BtfVar;
    return { name: v.name, varId, offset: 0, size: btf.sizeOf(v.type), align: btf.alignOf(v.type) };
  });
  return { slots, size: placeKconfig(slots) };
}

/** What `placeKconfig` needs of a `.kconfig` value; it sets `offset`. */
export interface KconfigPlacement {
  name: string;
  size: number;
  align: number;
  offset: number;
}

/**
 * Orders `slots` as libbpf lays out the `.kconfig` map (alignment descending, then size
 * ascending, then name), gives each the next offset its alignment allows, and returns the end of
 * the last one. Shared by the BTF fix-up and the object model, so both agree on every offset.
 */
export function placeKconfig(slots: KconfigPlacement[]): number {
  slots.sort((a, b) =>
    b.align - a.align || a.size - b.size || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
  let end = 0;
  for (const slot of slots) {
    slot.offset = Math.ceil(end / slot.align) * slot.align;
    end = slot.offset + slot.size;
  }
  return end;
}

/**
 * Returns a copy of `btf` with the fix-ups above applied, ready for `encodeBtf` and BTF_LOAD.
 * Throws BtfError when the ELF facts needed are missing (a DATASEC without section, a global
 * variable without symbol) or an extern sits in an unsupported section.
 */
export function fixupBtfForLoad(original: Btf, elf: FixupElf): Btf {
  return fixupEdits(original, elf).apply();
}

/**
 * The fix-ups as edits over an untouched `btf`: copies of the types they change and the types
 * they add. `encodeBtfForLoad` writes just these over the parsed bytes.
 */
export function fixupEdits(btf: Btf, elf: FixupElf): BtfEdits {
  const edits = new BtfEdits(btf);
  // Only DATASECs and FUNCs change, and the two passes commute: `.ksyms` makes extern FUNCs
  // global, which are not `.text` subprograms, so the hidden-function pass leaves them alone.
  for (const id of btf.idsOfKind(BtfKind.DATASEC)) {
    const section = edits.edit(id) as BtfDatasec;
    if (section.name === KSYMS_SECTION) fixKsyms(edits, section);
    else if (section.name === KCONFIG_SECTION) fixKconfig(edits, section);
    else fixDataSection(edits, id, section, elf);
    sortByOffset(section.vars);
  }
  // Asked from the symbols, which seldom have one, rather than for every FUNC.
  for (const name of elf.hiddenSubprograms()) {
    for (const id of btf.findByName(name, BtfKind.FUNC)) {
      if (edits.linkageOf(id) === BtfFuncLinkage.GLOBAL) {
        (edits.edit(id) as BtfFunc).linkage = BtfFuncLinkage.STATIC;
      }
    }
  }
  return edits;
}

/** Changed and added types over a Btf that itself stays untouched (copy on write). */
export class BtfEdits {
  readonly btf: Btf;
  /** Changed copies by type id. */
  readonly changed = new Map<number, BtfType>();
  /** Types appended after the last original one, in id order. */
  readonly added: BtfType[] = [];

  constructor(btf: Btf) {
    this.btf = btf;
  }

  /** Type `id` with the edits so far (read only: change it through `edit`). */
  get(id: number): BtfType {
    return this.#edited(id) ?? this.btf.typeById(id);
  }

  /** The kind of type `id` with the edits so far, without decoding it. */
  kindOf(id: number): BtfKindValue {
    return this.#edited(id)?.kind ?? this.btf.kindOf(id);
  }

  /** The name of type `id` with the edits so far, without decoding it. */
  nameOf(id: number): string {
    return this.#edited(id)?.name ?? this.btf.nameOf(id);
  }

  /** The linkage of FUNC or VAR `id` with the edits so far, without decoding it. */
  linkageOf(id: number): number | undefined {
    const t = this.#edited(id);
    if (t === undefined) return this.btf.linkageOf(id);
    return t.kind === BtfKind.FUNC || t.kind === BtfKind.VAR ? t.linkage : undefined;
  }

  /** The changed or added type `id`, if it is one. */
  #edited(id: number): BtfType | undefined {
    const original = this.btf.typeCount + 1;
    return id >= original ? this.added[id - original] : this.changed.get(id);
  }

  /** Type `id` as a copy that may be changed in place. */
  edit(id: number): BtfType {
    const original = this.btf.typeCount + 1;
    if (id >= original) return this.added[id - original] ?? this.btf.typeById(id);
    let t = this.changed.get(id);
    if (t === undefined) this.changed.set(id, t = this.btf.copyOf(id));
    return t;
  }

  /** Appends a type and returns its id. */
  add(t: BtfType): number {
    this.added.push(t);
    return this.btf.typeCount + this.added.length;
  }

  /** A copy of the Btf with the edits applied. */
  apply(): Btf {
    const out = this.btf.clone();
    for (const [id, t] of this.changed) out.replace(id, t);
    for (const t of this.added) out.add(t);
    return out;
  }
}

/**
 * The `FixupElf` facts of a parsed ELF file. Names are looked up among the global symbols in a
 * list: a generation asks for a few, cheaper than indexing them (symbol tables are mostly local).
 */
export function fixupElfOf(elf: ElfFile): FixupElf {
  const isHidden = (visibility: number) => visibility === STV.HIDDEN || visibility === STV.INTERNAL;
  const globals: ElfSymbol[] = [];
  for (const sym of elf.symbols) {
    if (
      (sym.bind === STB.GLOBAL || sym.bind === STB.WEAK) &&
      (sym.type === STT.OBJECT || sym.type === STT.FUNC)
    ) globals.push(sym);
  }
  /** The first global symbol called `name` (what libbpf finds). */
  const global = (name: string) => globals.find((sym) => sym.name === name);
  return {
    sectionSize(name) {
      return sectionNamed(elf, name)?.size;
    },
    variable(name) {
      const sym = global(name);
      return sym?.type === STT.OBJECT
        ? { value: sym.value, hidden: isHidden(sym.visibility) }
        : undefined;
    },
    hiddenSubprograms() {
      return globals.filter((sym) =>
        sym.type === STT.FUNC && isHidden(sym.visibility) &&
        elf.sections[sym.sectionIndex]?.name === ".text" && global(sym.name) === sym
      ).map((sym) => sym.name);
    },
  };
}

/** Sorts a DATASEC's entries by offset; they mostly are already, which a sort takes longer to find. */
function sortByOffset(vars: BtfVarSecinfo[]): void {
  for (let i = 1; i < vars.length; i++) {
    if (vars[i - 1]!.offset > vars[i]!.offset) {
      vars.sort((a, b) => a.offset - b.offset);
      return;
    }
  }
}

/** Throws unless type `id`, listed by DATASEC `section`, is a VAR. */
function expectVar(edits: BtfEdits, id: number, section: string): void {
  if (edits.kindOf(id) !== BtfKind.VAR) {
    throw edits.btf.errorAt(id, `DATASEC '${section}' holds ${edits.btf.describe(id)}, want a VAR`);
  }
}

/** The VAR `id` of DATASEC `section`, as a copy to change. */
function editVar(edits: BtfEdits, id: number, section: string): BtfVar {
  expectVar(edits, id, section);
  return edits.edit(id) as BtfVar;
}

function fixDataSection(edits: BtfEdits, id: number, section: BtfDatasec, elf: FixupElf): void {
  const btf = edits.btf;
  const fixOffsets = section.size === 0;
  if (fixOffsets) {
    const size = elf.sectionSize(section.name);
    if (!size) {
      throw btf.errorAt(
        id,
        `DATASEC '${section.name}' has size 0 and the ELF file has no such section to size it`,
      );
    }
    section.size = size;
  }
  for (const entry of section.vars) {
    // Linkage and name straight from the record: most VARs are never decoded otherwise.
    expectVar(edits, entry.type, section.name);
    const linkage = edits.linkageOf(entry.type);
    if (linkage === BtfVarLinkage.STATIC) continue;
    const name = edits.nameOf(entry.type);
    if (linkage === BtfVarLinkage.GLOBAL_EXTERN) {
      throw btf.errorAt(
        entry.type,
        `extern variable '${name}' is in section '${section.name}'; only ${KCONFIG_SECTION} and ${KSYMS_SECTION} externs are supported`,
      );
    }
    const sym = elf.variable(name);
    if (sym === undefined) {
      throw btf.errorAt(
        entry.type,
        `variable '${name}' of DATASEC '${section.name}' has no ELF symbol`,
      );
    }
    if (fixOffsets) entry.offset = sym.value;
    if (sym.hidden) editVar(edits, entry.type, section.name).linkage = BtfVarLinkage.STATIC;
  }
}

function fixKconfig(edits: BtfEdits, section: BtfDatasec): void {
  const { slots, size } = kconfigLayout(edits.btf);
  const offsets = new Map(slots.map((s) => [s.varId, s.offset]));
  for (const entry of section.vars) {
    editVar(edits, entry.type, KCONFIG_SECTION).linkage = BtfVarLinkage.GLOBAL_ALLOCATED;
    entry.offset = offsets.get(entry.type) ?? 0;
  }
  section.size = size;
}

function fixKsyms(edits: BtfEdits, section: BtfDatasec): void {
  const int = findOrAddInt(edits);
  let dummy: number | undefined;
  section.vars.forEach((entry, i) => {
    const t = edits.get(entry.type);
    if (t.kind === BtfKind.FUNC) {
      dummy ??= edits.add({
        kind: BtfKind.VAR,
        name: DUMMY_KSYM,
        type: int,
        linkage: BtfVarLinkage.GLOBAL_ALLOCATED,
      });
      (edits.edit(entry.type) as BtfFunc).linkage = BtfFuncLinkage.GLOBAL;
      const proto = edits.get(t.type);
      const unnamed = (p: BtfParam) => p.type !== 0 && p.name === "";
      if (proto.kind === BtfKind.FUNC_PROTO && proto.params.some(unnamed)) {
        for (const p of (edits.edit(t.type) as BtfFuncProto).params) {
          if (unnamed(p)) p.name = DUMMY_KSYM;
        }
      }
      entry.type = dummy;
    } else {
      const v = editVar(edits, entry.type, KSYMS_SECTION);
      v.linkage = BtfVarLinkage.GLOBAL_ALLOCATED;
      v.type = int;
    }
    entry.offset = i * KSYM_SLOT_SIZE;
    entry.size = KSYM_SLOT_SIZE;
  });
  section.size = section.vars.length * KSYM_SLOT_SIZE;
}

/** The first 32-bit INT (what libbpf picks), adding a plain `int` if the BTF has none. */
function findOrAddInt(edits: BtfEdits): number {
  const btf = edits.btf;
  const id = btf.idsOfKind(BtfKind.INT).find((id) => (btf.typeById(id) as BtfInt).bits === 32);
  if (id !== undefined) return id;
  return edits.add({
    kind: BtfKind.INT,
    name: "int",
    size: 4,
    encoding: BtfIntEncoding.SIGNED,
    bitOffset: 0,
    bits: 32,
  });
}
