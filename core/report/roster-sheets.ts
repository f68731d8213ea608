/**
 * The roster itself (单位 / 工作群 / 成员) with the plan written into 拟处置/并入/转出类别/处置理由
 * and 拟移出, so that the report re-imports as the same roster and plan: the backup, and the way
 * to move a plan to another PC or up to the district.
 *
 * 并入 names the target by 群编号; a target without one by its name, which must be unique in the
 * roster (else a REPORT_GROUP_NOT_UNIQUE warning: the importer will stop on the ambiguous name,
 * which is better than guessing); a created group as `新建:名称`. The 成员 sheet names a group the
 * same way. With masking on, the 成员 sheet leaves 手机号 and 身份证号 empty: a masked number
 * would be read back as a key shared by strangers, whereas name + unit is the documented fallback.
 */
import { SHEET_KIND_LABELS, type SheetKind } from '../import/fields';
import { problem } from '../problems';
import { isWorkGroup, UNIT_TYPE_LABELS, type Group, type Membership } from '../roster/model';
import { GROUP_STATE_LABELS, removalKey } from '../plan/model';
import { effectiveGroup } from '../plan/effective';
import { decisionOf, unitName, type ReportContext } from './context';
import {
  continuedSheetName,
  fitWidth,
  lazyRows,
  sheetParts,
  type CellValue,
  type ReportRows,
  type ReportSheet,
} from './model';
import { rosterColumns, rosterFields } from './roster-columns';

/** Rows a clerk may add below the data before the drop-down lists stop. */
const SPARE_INPUT_ROWS = 200;

const UNIT_KEYS = ['name', 'type', 'parent', 'staff'];
const GROUP_KEYS = [
  'code',
  'name',
  'unit',
  'platform',
  'category',
  'businessLine',
  'owner',
  'memberCount',
  'temporary',
  'endDate',
  'lastActive',
  'photoRequired',
  'action',
  'target',
  'reclassifyTo',
  'reason',
];
const MEMBER_KEYS = ['groupCode', 'groupName', 'name', 'phone', 'idNumber', 'unit', 'title', 'removal'];

/**
 * Rows built in a fixed key order and put into the canonical field order of fields.ts (the same
 * order in practice, so usually as built): each record is looked up once per row. The 成员 sheet
 * of a district has a million rows.
 */
function rowsInFieldOrder<T>(
  kind: SheetKind,
  items: readonly T[],
  keys: readonly string[],
  build: (item: T) => CellValue[],
  [start, end]: [number, number] = [0, items.length],
): ReportRows {
  const order = rosterFields(kind).map((f) => keys.indexOf(f.key));
  const asBuilt = order.length === keys.length && order.every((k, i) => k === i);
  return lazyRows(end - start, function* () {
    for (let i = start; i < end; i++) {
      const row = build(items[i] as T);
      yield asBuilt ? row : order.map((k) => (k < 0 ? null : (row[k] ?? null)));
    }
  });
}

function rosterSheet(
  kind: SheetKind,
  rows: ReportRows,
  widths: ReadonlyMap<string, number>,
  part = 0,
): ReportSheet {
  return {
    name: continuedSheetName(SHEET_KIND_LABELS[kind], part),
    titleLines: [],
    orientation: kind === 'groups' ? 'landscape' : 'portrait',
    tables: [
      {
        heading: null,
        columns: rosterColumns(kind, widths),
        rows,
        totals: null,
        inputRows: rows.count + SPARE_INPUT_ROWS,
      },
    ],
    noteLines: [],
  };
}

function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** How 并入 and the 成员 sheet name groups, with a warning for those that cannot be named uniquely. */
class GroupNamer {
  private readonly nameCounts: Map<string, number>;
  private readonly warned = new Set<string>();
  private readonly rowOf: Map<string, number>;

  constructor(private readonly ctx: ReportContext) {
    this.nameCounts = countBy(ctx.roster.groups, (g) => g.name.trim());
    this.rowOf = new Map(ctx.roster.groups.map((g, i) => [g.id, i + 2]));
    const createdNames = countBy(ctx.plan.created.values(), (c) => c.name.trim());
    for (const [name, n] of createdNames) {
      if (n < 2) continue;
      ctx.problems.push(
        problem(
          'warning',
          'REPORT_NEW_GROUP_NOT_UNIQUE',
          `方案中有 ${n} 个同名的新建群“${name}”：导出的“并入”列都写作“新建:${name}”，重新导入时会被当作同一个新群。请先在合并看板中为它们改用不同的名称。`,
          { sheet: SHEET_KIND_LABELS.groups, header: '并入' },
        ),
      );
    }
  }

  /** The 并入 text for a merge target. */
  target(targetId: string | null): string | null {
    if (targetId === null) return null;
    const created = this.ctx.plan.created.get(targetId);
    if (created) return `新建:${created.name}`;
    const g = this.ctx.index.groupById.get(targetId);
    if (!g) return null;
    if (g.code) return g.code;
    this.checkUnique(g, '“并入”列');
    return g.name;
  }

  /** Called for a group with members but without 群编号. */
  checkUnique(g: Group, use: string): void {
    if (g.code || (this.nameCounts.get(g.name.trim()) ?? 0) < 2 || this.warned.has(g.id)) return;
    this.warned.add(g.id);
    this.ctx.problems.push(
      problem(
        'warning',
        'REPORT_GROUP_NOT_UNIQUE',
        `群“${g.name}”（${unitName(this.ctx, g.unitId)}，${g.platform}）没有群编号，名单中另有同名的群：导出的${use}无法唯一指明它，重新导入时会报错。请先在名单中为同名的群填写群编号。`,
        { sheet: SHEET_KIND_LABELS.groups, row: this.rowOf.get(g.id) ?? null, column: 'A', header: '群编号' },
      ),
    );
  }
}

export function rosterSheets(ctx: ReportContext): ReportSheet[] {
  const { roster, index, plan } = ctx;
  const namer = new GroupNamer(ctx);

  const unitRows = rowsInFieldOrder('units', roster.units, UNIT_KEYS, (u) => [
    u.name,
    UNIT_TYPE_LABELS[u.type],
    u.parentId === null ? null : unitName(ctx, u.parentId),
    u.staff,
  ]);
  const unitWidth = fitWidth(
    '名称',
    roster.units.map((u) => u.name),
    14,
    30,
  );
  const units = rosterSheet('units', unitRows, new Map([['name', unitWidth]]));

  const groupRow = (g: Group): CellValue[] => {
    const e = effectiveGroup(g, plan);
    const d = isWorkGroup(g) ? decisionOf(ctx, g.id) : null;
    return [
      g.code,
      g.name,
      unitName(ctx, g.unitId),
      g.platform,
      g.category,
      e.businessLine,
      e.owner,
      g.memberCount,
      e.temporary,
      e.endDate,
      g.lastActive,
      e.photoRequired,
      d ? GROUP_STATE_LABELS[d.state] : null,
      d?.state === 'merged' ? namer.target(d.targetId) : null,
      d?.state === 'reclassified' ? d.category : null,
      d ? d.reason || null : null,
    ];
  };
  // Build the rows once now, so that the 并入 warnings are known before any writer runs.
  for (const g of roster.groups) groupRow(g);
  const sample = roster.groups.slice(0, 300);
  const groups = rosterSheet(
    'groups',
    rowsInFieldOrder('groups', roster.groups, GROUP_KEYS, groupRow),
    new Map([
      [
        'name',
        fitWidth(
          '群名称',
          sample.map((g) => g.name),
          16,
          32,
        ),
      ],
      [
        'unit',
        fitWidth(
          '所属单位',
          sample.map((g) => unitName(ctx, g.unitId)),
          12,
          22,
        ),
      ],
    ]),
  );

  const sheets = [units, groups];
  if (roster.memberships.length === 0) return sheets;
  for (const gid of index.membersByGroup.keys()) {
    const g = index.groupById.get(gid);
    if (g) namer.checkUnique(g, '“成员”表');
  }
  const mask = ctx.options.maskPersonalNumbers;
  const removals = plan.removals.size > 0 ? plan.removals : null;
  const memberRow = (m: Membership): CellValue[] => {
    const g = index.groupById.get(m.groupId);
    const p = index.personByKey.get(m.personKey);
    return [
      g?.code ?? null,
      g?.name ?? null,
      p?.name ?? null,
      mask ? null : (p?.phone ?? null),
      mask ? null : (p?.idNumber ?? null),
      p?.unitName ?? null,
      p?.title ?? null,
      removals?.has(removalKey(m.groupId, m.personKey)) ? true : null,
    ];
  };
  sheetParts(roster.memberships.length).forEach((range, part) => {
    const rows = rowsInFieldOrder('members', roster.memberships, MEMBER_KEYS, memberRow, range);
    sheets.push(rosterSheet('members', rows, new Map(), part));
  });
  return sheets;
}
