/**
 * Group identity and roll-up: every group row becomes a draft keyed by its id (群编号, else
 * `unitId|platform|name`). The same id twice in one file is GROUP_DUPLICATE_IDENTITY; across
 * files identical rows merge with GROUP_DUPLICATE_SAME and differing ones are GROUP_CONFLICT,
 * naming both places and the columns that differ. Nothing is overwritten: the first row stays.
 */
import type { Group, NonWorkCategory } from '../roster/model';
import { cellPlace, rowPlaceText, type ImportContext, type SheetRef } from './context';
import { GROUP_FIELDS } from './fields';
import { squeeze } from './text';
import type { ActionKind } from './values';

/** The clerk's plan as written, resolved against the whole roster later (clerk-plan.ts). */
export interface RawPlan {
  /** null when 拟处置 is blank or unreadable (CELL_BAD_ACTION already reported). */
  action: ActionKind | null;
  target: string | null;
  /** 转出类别: undefined when blank, null when unreadable (reported). */
  reclassify: NonWorkCategory | null | undefined;
}

export interface GroupDraft {
  group: Group;
  ref: SheetRef;
  row: number;
  plan: RawPlan | null;
}

/** Derived group id: unit, platform and name (without spaces). */
export const derivedGroupId = (unitId: string, platform: string, name: string): string =>
  `${unitId}|${platform}|${squeeze(name)}`;

export class GroupRegistry {
  readonly byId = new Map<string, GroupDraft>();
  readonly drafts: GroupDraft[] = [];

  constructor(private readonly ctx: ImportContext) {}

  /** placeCol: the column a duplicate is reported at (群编号, else 群名称). */
  add(d: GroupDraft, placeCol: number): void {
    const first = this.byId.get(d.group.id);
    if (!first) {
      this.byId.set(d.group.id, d);
      this.drafts.push(d);
      return;
    }
    const place = cellPlace(d.ref, d.row, placeCol);
    const firstAt = rowPlaceText({ file: first.ref.file, sheet: first.ref.sheet, row: first.row });
    const by = d.group.code !== null ? `群编号“${d.group.code}”相同` : '所属单位、平台和群名称都相同';
    if (first.ref.fileIndex === d.ref.fileIndex) {
      this.ctx.error(
        'GROUP_DUPLICATE_IDENTITY',
        place,
        `群“${d.group.name}”与${firstAt}的群重复（${by}）。同一文件中每个群只能出现一次；如确为不同的群，请填写不同的群编号。`,
        `id=${d.group.id}`,
      );
      return;
    }
    const diff = differingColumns(first, d);
    if (diff.length === 0) {
      this.ctx.warn(
        'GROUP_DUPLICATE_SAME',
        place,
        `群“${d.group.name}”与${firstAt}的群相同（${by}），内容一致，已合并为一个群。`,
      );
    } else {
      this.ctx.error(
        'GROUP_CONFLICT',
        place,
        `群“${d.group.name}”与${firstAt}的群是同一个群（${by}），但${diff.map((h) => `“${h}”`).join('、')}不一致。请统一后重新导入。`,
        `id=${d.group.id}`,
      );
    }
  }
}

const HEADER = new Map(GROUP_FIELDS.map((f) => [f.key, f.header]));

const COMPARED: ReadonlyArray<readonly [keyof Group, string]> = [
  ['name', 'name'],
  ['unitId', 'unit'],
  ['platform', 'platform'],
  ['category', 'category'],
  ['businessLine', 'businessLine'],
  ['owner', 'owner'],
  ['memberCount', 'memberCount'],
  ['temporary', 'temporary'],
  ['endDate', 'endDate'],
  ['lastActive', 'lastActive'],
  ['photoRequired', 'photoRequired'],
  ['plannedReason', 'reason'],
];

function differingColumns(a: GroupDraft, b: GroupDraft): string[] {
  const out: string[] = [];
  for (const [k, field] of COMPARED) if (a.group[k] !== b.group[k]) out.push(HEADER.get(field) ?? field);
  const pa = a.plan;
  const pb = b.plan;
  if ((pa?.action ?? null) !== (pb?.action ?? null)) out.push(HEADER.get('action') ?? '拟处置');
  if ((pa?.target ?? null) !== (pb?.target ?? null)) out.push(HEADER.get('target') ?? '并入');
  if ((pa?.reclassify ?? null) !== (pb?.reclassify ?? null))
    out.push(HEADER.get('reclassifyTo') ?? '转出类别');
  return out;
}
