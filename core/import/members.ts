/**
 * Members: one row per person per group on a 成员 sheet. A row names its group by 群编号 (or by
 * a 群名称 unique in its file, else in the roster) and its person by phone (`tel:digits`), else
 * ID number (`id:UPPER`), else name and unit (`name:姓名|单位`: same-name people in different
 * units are different people). The same person twice in one group is kept once; members of a
 * group listed in two files are united.
 */
import type { Membership, Person, UnitType } from '../roster/model';
import { inferUnitType } from '../roster/unit-type';
import { cellPlace, rowPlaceText, type ImportContext, type SheetRef } from './context';
import type { GroupDraft, GroupRegistry } from './rollup';
import { phoneDigits } from './cells';
import { GroupMemberSets } from './group-members';
import { MemberGroupFinder } from './member-group';
import { DoubleList } from './number-list';
import type { RowReader } from './sheet-reader';
import { squeeze } from './text';
import { unitIdOf } from './units';

/** Row numbers fit in 21 bits (Excel has 1,048,576 rows): a source is slot · 2²¹ + row. */
const ROW_SPAN = 2_097_152;

export class MemberBook {
  readonly people: Person[] = [];
  readonly memberships: Membership[] = [];
  /** People by key, as indexes into `people`. */
  private readonly byPhone = new Map<string, number>();
  private readonly byIdNumber = new Map<string, number>();
  private readonly byNameKey = new Map<string, number>();
  /** Source (slot, row) of each person's first row, parallel to people. */
  private readonly personSource = new DoubleList();
  /** Source (slot, row) of each membership, parallel to memberships. */
  private readonly sources = new DoubleList();
  private readonly members = new GroupMemberSets<GroupDraft>();
  private readonly slots: SheetRef[] = [];
  private readonly reported = new Set<string>();
  private readonly unitTypeCache = new Map<string, UnitType | null>();
  private readonly finder: MemberGroupFinder;

  constructor(
    private readonly ctx: ImportContext,
    private readonly groups: GroupRegistry,
    private readonly unitTypes: ReadonlyMap<string, UnitType>,
  ) {
    this.finder = new MemberGroupFinder(ctx, groups);
  }

  private placeOf(src: number): { file: string; sheet: string; row: number } {
    const ref = this.slots[Math.floor(src / ROW_SPAN)];
    return { file: ref?.file ?? '', sheet: ref?.sheet ?? '', row: src % ROW_SPAN };
  }

  /** 社区/村 by the roster's unit type, else by the name's ending (only when it is recognised). */
  private isCommunityUnit(unitName: string): boolean {
    let t = this.unitTypeCache.get(unitName);
    if (t === undefined) {
      const id = unitIdOf(unitName);
      const inferred = inferUnitType(unitName);
      t = this.unitTypes.get(id) ?? (inferred.recognised ? inferred.type : null);
      this.unitTypeCache.set(unitName, t);
    }
    return t === 'community' || t === 'village';
  }

  read(reader: RowReader): void {
    const slot = this.slots.length;
    this.slots.push(reader.ref);
    const fileIndex = reader.ref.fileIndex;
    const [cCode, cGName, cName, cPhone, cId, cUnit, cTitle, cRemoval] = [
      'groupCode',
      'groupName',
      'name',
      'phone',
      'idNumber',
      'unit',
      'title',
      'removal',
    ].map((k) => reader.col(k)) as [number, number, number, number, number, number, number, number];
    const { people, memberships, members } = this;
    let lastCode: string | null = null;
    let lastName: string | null = null;
    let lastGroup: GroupDraft | null = null;
    let first = true;

    while (reader.next()) {
      const code0 = reader.code(cCode);
      const code = code0 === null ? null : squeeze(code0) || null;
      const gname = reader.text(cGName);
      const name = reader.text(cName);
      const phone0 = this.unmasked(reader, reader.code(cPhone), cPhone, '手机号');
      const phone = phone0 === null ? null : phoneDigits(phone0);
      const id0 = this.unmasked(reader, reader.code(cId), cId, '身份证号');
      const idNumber = id0 === null ? null : squeeze(id0).toUpperCase() || null;
      const unit = reader.text(cUnit);
      const title = reader.text(cTitle);
      const removal = reader.bool(cRemoval) ?? false;

      if (first || code !== lastCode || gname !== lastName) {
        first = false;
        lastCode = code;
        lastName = gname;
        lastGroup = this.finder.find(reader, code, gname, cCode, cGName);
        if (lastGroup) members.enter(lastGroup);
      } else if (lastGroup === null) {
        this.finder.find(reader, code, gname, cCode, cGName);
      }

      // Looked up by the raw phone / ID / name so that a known person costs no new string.
      let pi: number | undefined;
      let nameKey = '';
      if (phone !== null) pi = this.byPhone.get(phone);
      else if (idNumber !== null) pi = this.byIdNumber.get(idNumber);
      else if (name !== null)
        pi = this.byNameKey.get((nameKey = `${squeeze(name)}|${unit === null ? '' : squeeze(unit)}`));
      else {
        reader.error('MEMBER_NO_KEY', cName, '成员的姓名、手机号和身份证号都未填写，无法识别此人。');
        continue;
      }
      if (lastGroup === null) continue;
      const src = slot * ROW_SPAN + reader.excelRow;

      let person: Person | undefined;
      if (pi === undefined) {
        pi = people.length;
        person = {
          key: phone !== null ? `tel:${phone}` : idNumber !== null ? `id:${idNumber}` : `name:${nameKey}`,
          name: name ?? '',
          phone,
          idNumber,
          unitName: unit,
          title,
          isCommunityHead:
            title !== null && unit !== null && isHeadTitle(title) && this.isCommunityUnit(unit),
        };
        if (phone !== null) this.byPhone.set(phone, pi);
        else if (idNumber !== null) this.byIdNumber.set(idNumber, pi);
        else this.byNameKey.set(nameKey, pi);
        this.personSource.push(src);
        people.push(person);
        members.addPerson();
      } else {
        person = people[pi];
        if (person === undefined) continue;
        if (phone !== null || idNumber !== null) {
          if (name !== person.name || (unit !== null && unit !== person.unitName))
            this.checkSame(reader, pi, name, unit, cName);
          if (person.idNumber === null && idNumber !== null) person.idNumber = idNumber;
        }
      }

      const idx = members.find(pi);
      if (idx < 0) {
        members.add(pi, memberships.length);
        memberships.push({ groupId: lastGroup.group.id, personKey: person.key, removalPlanned: removal });
        this.sources.push(src);
        continue;
      }
      const m = memberships[idx];
      if (m && removal) m.removalPlanned = true;
      const firstSrc = this.sources.at(idx, 0);
      const firstRef = this.slots[Math.floor(firstSrc / ROW_SPAN)];
      if (firstRef && firstRef.fileIndex === fileIndex) {
        reader.warn(
          'MEMBER_DUPLICATE',
          cName >= 0 ? cName : cPhone,
          `“${name ?? person.key}”在群“${lastGroup.group.name}”中重复出现（已在${rowPlaceText(this.placeOf(firstSrc))}列出），只计一次。`,
        );
      }
    }
  }

  /**
   * A masked number (138****0001, as an exported report may write it) identifies nobody: it is
   * dropped, so the person falls back to name and unit, and the clerk is told once per sheet.
   */
  private unmasked(reader: RowReader, value: string | null, col: number, what: string): string | null {
    if (value === null || !value.includes('*')) return value;
    this.ctx.once(
      'warning',
      'MEMBER_KEY_MASKED',
      what,
      reader.place(col),
      (n) =>
        `${what}“${value}”已打码，不能用于识别人员，按姓名和单位识别${n > 1 ? `（本表共 ${n} 行）` : ''}。导入未打码的名单可准确统计每人所在的群。`,
    );
    return null;
  }

  private checkSame(
    reader: RowReader,
    pi: number,
    name: string | null,
    unit: string | null,
    cName: number,
  ): void {
    const person = this.people[pi];
    if (person === undefined) return;
    const sameName = name === null || squeeze(name) === squeeze(person.name);
    const sameUnit = unit === null || person.unitName === null || squeeze(unit) === squeeze(person.unitName);
    if (sameName && sameUnit) return;
    const variant = `${person.key}\u0000${name ?? ''}\u0000${unit ?? ''}`;
    if (this.reported.has(variant)) return;
    this.reported.add(variant);
    const by = person.key.startsWith('tel:')
      ? `手机号 ${person.phone ?? ''}`
      : `身份证号 ${person.idNumber ?? ''}`;
    const was = `${person.name}${person.unitName ? `（${person.unitName}）` : ''}`;
    const now = `${name ?? person.name}${unit ? `（${unit}）` : ''}`;
    const firstAt = rowPlaceText(this.placeOf(this.personSource.at(pi, 0)));
    reader.warn(
      'MEMBER_IDENTITY_CONFLICT',
      cName,
      `${by}在${firstAt}登记为“${was}”，此处为“${now}”。按同一人计算，保留先出现的姓名和单位；如不是同一人，请核对号码。`,
    );
  }

  /** 成员数 stated on the groups sheet against the member list (both kept; the list is used for unions). */
  checkCounts(): void {
    for (const d of this.groups.drafts) {
      const stated = d.group.memberCount;
      const listed = this.members.size(d);
      if (stated === null || listed === undefined || listed === stated) continue;
      const col = d.ref.mapping['memberCount'] ?? -1;
      this.ctx.warn(
        'MEMBER_COUNT_MISMATCH',
        cellPlace(d.ref, d.row, col),
        `群“${d.group.name}”的成员数填为 ${stated}，成员表列出 ${listed} 人。两者都保留；合并时按成员名单计算人数。`,
      );
    }
  }
}

/**
 * 书记 or 主任 of the unit, the 主要负责人 the rule protects; a deputy (副书记, 副主任) is not,
 * unless the same person also holds a head's post ("副书记、居委会主任").
 */
export function isHeadTitle(title: string): boolean {
  if (!title.includes('书记') && !title.includes('主任')) return false;
  return title
    .split(/[、，,／/；;\s]+/)
    .some((post) => !post.includes('副') && (post.includes('书记') || post.includes('主任')));
}
