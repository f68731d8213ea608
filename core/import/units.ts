/**
 * Units: listed on a 单位 sheet, or derived from the groups' 所属单位 (with 单位类型/上级单位/
 * 在编人数 when the groups sheet has them). Every mention is merged into one draft per unit id;
 * facts stated in two places must agree (UNIT_CONFLICT names both), a unit listed twice with the
 * same facts is merged with a warning. Types not stated are inferred from the name at the end,
 * parents not listed are created, and every guess is reported for the clerk to confirm.
 */
import { quotaFor } from '../policy/quota';
import { UNIT_TYPE_LABELS, type SourceRef, type Unit, type UnitType } from '../roster/model';
import { inferUnitType, parseUnitType } from '../roster/unit-type';
import { rowPlaceText, type CellPlace, type ImportContext } from './context';
import type { RowReader } from './sheet-reader';
import { squeeze } from './text';

/** Unit id: the name with whitespace removed (DESIGN §3). */
export const unitIdOf = (name: string): string => squeeze(name);

export interface Fact<T> {
  value: T;
  place: CellPlace;
}

export interface UnitFacts {
  type: Fact<UnitType> | null;
  parent: Fact<string> | null;
  staff: Fact<number> | null;
}

interface UnitDraft extends UnitFacts {
  id: string;
  name: string;
  namePlace: CellPlace;
  /** Where 在编人数 is (or would be) for this unit, for UNIT_STAFF_MISSING. */
  staffPlace: CellPlace;
  /** Listed on a 单位 sheet (else derived from groups or created as a parent). */
  listed: boolean;
  listedAt: CellPlace | null;
}

const FACT_LABELS = { type: '类型', parent: '上级单位', staff: '在编人数' } as const;

function factText(field: keyof UnitFacts, f: Fact<UnitType> | Fact<string> | Fact<number>): string {
  return field === 'type' ? UNIT_TYPE_LABELS[f.value as UnitType] : String(f.value);
}

function sameFact(field: keyof UnitFacts, a: Fact<unknown>, b: Fact<unknown>): boolean {
  return field === 'parent' ? unitIdOf(String(a.value)) === unitIdOf(String(b.value)) : a.value === b.value;
}

export class UnitRegistry {
  private readonly drafts = new Map<string, UnitDraft>();
  private readonly reported = new Set<string>();

  constructor(private readonly ctx: ImportContext) {}

  has(id: string): boolean {
    return this.drafts.has(id);
  }

  isListed(id: string): boolean {
    return this.drafts.get(id)?.listed === true;
  }

  /** The unit's type as stated so far, for telling community heads before finalize. */
  statedType(id: string): UnitType | null {
    return this.drafts.get(id)?.type?.value ?? null;
  }

  private merge(d: UnitDraft, facts: UnitFacts): boolean {
    let conflict = false;
    for (const field of ['type', 'parent', 'staff'] as const) {
      const next = facts[field];
      if (next === null) continue;
      const have = d[field];
      if (have === null) {
        (d as UnitFacts)[field] = next as never;
        continue;
      }
      if (sameFact(field, have, next)) continue;
      conflict = true;
      const key = `${d.id}\u0000${field}\u0000${String(have.value)}\u0000${String(next.value)}`;
      if (this.reported.has(key)) continue;
      this.reported.add(key);
      this.ctx.error(
        'UNIT_CONFLICT',
        next.place,
        `单位“${d.name}”的${FACT_LABELS[field]}填为“${factText(field, next)}”，与${rowPlaceText(have.place)}填写的“${factText(field, have)}”不一致。请统一后重新导入。`,
        `unit=${d.id} field=${field}`,
      );
    }
    return conflict;
  }

  private create(
    name: string,
    namePlace: CellPlace,
    facts: UnitFacts,
    staffPlace: CellPlace,
    listed: boolean,
  ): UnitDraft {
    const d: UnitDraft = {
      id: unitIdOf(name),
      name,
      namePlace,
      staffPlace,
      listed,
      listedAt: listed ? namePlace : null,
      ...facts,
    };
    this.drafts.set(d.id, d);
    return d;
  }

  /** A row of a 单位 sheet. */
  list(name: string, namePlace: CellPlace, facts: UnitFacts, staffPlace: CellPlace): void {
    const d = this.drafts.get(unitIdOf(name));
    if (!d) {
      this.create(name, namePlace, facts, staffPlace, true);
      return;
    }
    const conflict = this.merge(d, facts);
    if (d.listed && d.listedAt && !conflict) {
      this.ctx.warn(
        'UNIT_DUPLICATE_SAME',
        namePlace,
        `单位“${name}”已在${rowPlaceText(d.listedAt)}列出，两处内容一致，已合并为一个单位。`,
      );
    }
    if (!d.listed) {
      d.listed = true;
      d.listedAt = namePlace;
    }
  }

  /** A group's 所属单位, with the unit facts its row states (single-sheet form). */
  observe(name: string, namePlace: CellPlace, facts: UnitFacts | null, staffPlace: CellPlace): string {
    const id = unitIdOf(name);
    const d = this.drafts.get(id);
    if (!d)
      this.create(name, namePlace, facts ?? { type: null, parent: null, staff: null }, staffPlace, false);
    else if (facts) this.merge(d, facts);
    return id;
  }

  /** The units, types inferred and parents resolved; every guess reported. */
  finalize(): Unit[] {
    const ctx = this.ctx;
    for (const d of [...this.drafts.values()]) {
      if (d.parent === null) continue;
      const pid = unitIdOf(d.parent.value);
      if (pid === d.id) {
        ctx.error('UNIT_PARENT_CYCLE', d.parent.place, `单位“${d.name}”的上级单位填的是它自己。`);
        d.parent = null;
      } else if (!this.drafts.has(pid)) {
        const created = this.create(
          d.parent.value,
          d.parent.place,
          { type: null, parent: null, staff: null },
          d.parent.place,
          false,
        );
        const guess = inferUnitType(created.name);
        ctx.warn(
          'UNIT_UNKNOWN_PARENT',
          d.parent.place,
          `上级单位“${created.name}”不在单位名单中，已按名称作为“${UNIT_TYPE_LABELS[guess.type]}”加入，请确认。`,
        );
      }
    }
    this.breakCycles();
    const units: Unit[] = [];
    for (const d of this.drafts.values()) {
      let type: UnitType;
      let inferred = false;
      if (d.type) type = d.type.value;
      else {
        const guess = inferUnitType(d.name);
        type = guess.type;
        inferred = true;
        ctx.warn(
          'UNIT_TYPE_INFERRED',
          d.namePlace,
          guess.recognised
            ? `单位“${d.name}”未填写类型，已按名称推断为“${UNIT_TYPE_LABELS[type]}”，请确认。`
            : `单位“${d.name}”未填写类型，也无法从名称判断，暂按“${UNIT_TYPE_LABELS[type]}”处理，请确认。`,
          `unit=${d.id} type=${type}`,
        );
      }
      const staff = d.staff?.value ?? null;
      if (type === 'department' && staff === null) this.warnStaffMissing(d, type);
      const source: SourceRef = { file: d.namePlace.file, sheet: d.namePlace.sheet, row: d.namePlace.row };
      units.push({
        id: d.id,
        name: d.name,
        type,
        typeInferred: inferred,
        parentId: d.parent ? unitIdOf(d.parent.value) : null,
        staff,
        source,
      });
    }
    return units;
  }

  private warnStaffMissing(d: UnitDraft, type: UnitType): void {
    let tier = '政策对未填人数单位规定的档次';
    const policy = this.ctx.policy;
    if (policy) {
      const q = quotaFor(policy, { type, staff: null });
      if (!q || !q.assumed) return;
      tier = `“${q.label}”`;
    }
    this.ctx.warn(
      'UNIT_STAFF_MISSING',
      d.staffPlace,
      `单位“${d.name}”未填写在编人数，将按${tier}计算工作群限额。`,
      `unit=${d.id}`,
    );
  }

  private breakCycles(): void {
    const done = new Set<string>();
    for (const start of this.drafts.values()) {
      const path: UnitDraft[] = [];
      const onPath = new Set<string>();
      let d: UnitDraft | undefined = start;
      while (d && !done.has(d.id) && !onPath.has(d.id)) {
        path.push(d);
        onPath.add(d.id);
        d = d.parent ? this.drafts.get(unitIdOf(d.parent.value)) : undefined;
      }
      if (d && onPath.has(d.id)) {
        const cycle = path.slice(path.indexOf(d));
        const first = cycle[0];
        if (first?.parent) {
          this.ctx.error(
            'UNIT_PARENT_CYCLE',
            first.parent.place,
            `上级单位形成循环：${cycle.map((u) => u.name).join(' → ')} → ${first.name}。`,
          );
          first.parent = null;
        }
      }
      for (const p of path) done.add(p.id);
    }
  }
}

/** A 类型 / 单位类型 cell: the type, or null (blank, or not a type word: CELL_BAD_UNIT_TYPE). */
export function readUnitType(reader: RowReader, col: number): Fact<UnitType> | null {
  const t = reader.text(col);
  if (t === null) return null;
  const type = parseUnitType(t);
  if (type) return { value: type, place: reader.place(col) };
  reader.error('CELL_BAD_UNIT_TYPE', col, `“${t}”不是可识别的单位类型（应为区直部门、街道、镇、社区或村）。`);
  return null;
}

export function readUnitsSheet(reader: RowReader, registry: UnitRegistry): void {
  const cName = reader.col('name');
  const cType = reader.col('type');
  const cParent = reader.col('parent');
  const cStaff = reader.col('staff');
  while (reader.next()) {
    const name = reader.text(cName);
    if (!reader.required(cName, name, '单位名称') || name === null) continue;
    const type = readUnitType(reader, cType);
    const parentName = reader.text(cParent);
    const staff = reader.integer(cStaff);
    registry.list(
      name,
      reader.place(cName),
      {
        type,
        parent: parentName === null ? null : { value: parentName, place: reader.place(cParent) },
        staff: staff === null ? null : { value: staff, place: reader.place(cStaff) },
      },
      reader.place(cStaff >= 0 ? cStaff : cName),
    );
  }
}
