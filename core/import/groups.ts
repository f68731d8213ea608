/**
 * Groups: one per row of a 工作群 sheet, with its 所属单位 (listed on a 单位 sheet, or derived
 * with the unit facts the row states) and the clerk's plan as written (resolved later, in
 * clerk-plan.ts, against the whole roster). Identity and roll-up are in rollup.ts.
 */
import { WORK_CATEGORY, type Group, type GroupCategory, type NonWorkCategory } from '../roster/model';
import type { ImportContext } from './context';
import { derivedGroupId, type GroupRegistry, type RawPlan } from './rollup';
import type { RowReader } from './sheet-reader';
import { squeeze } from './text';
import { readUnitType, unitIdOf, type UnitFacts, type UnitRegistry } from './units';
import {
  isNonWorkCategory,
  normalizeCategory,
  normalizePlatform,
  parseAction,
  type ActionKind,
  type PlatformValue,
} from './values';

export interface GroupSheetEnv {
  ctx: ImportContext;
  units: UnitRegistry;
  groups: GroupRegistry;
  /** The file has a 单位 sheet: a 所属单位 it does not list is an error, not a derived unit. */
  fileHasUnitsSheet: boolean;
  platforms: Map<string, PlatformValue>;
  categories: Map<string, GroupCategory | undefined>;
}

function readCategory(
  reader: RowReader,
  env: GroupSheetEnv,
  col: number,
  what: string,
): GroupCategory | null | undefined {
  const t = reader.text(col);
  if (t === null) return undefined;
  const c = normalizeCategory(t, env.categories);
  if (c !== undefined) return c;
  reader.error(
    'CELL_BAD_CATEGORY',
    col,
    `${what}“${t}”不可识别（应为工作群、日常交流群、党员交流群或便民服务群）。`,
  );
  return null;
}

export function readGroupsSheet(reader: RowReader, env: GroupSheetEnv): void {
  const { ctx, units } = env;
  const c = (k: string): number => reader.col(k);
  const [cCode, cName, cUnit, cPlatform, cCategory, cLine, cOwner, cCount] = [
    c('code'),
    c('name'),
    c('unit'),
    c('platform'),
    c('category'),
    c('businessLine'),
    c('owner'),
    c('memberCount'),
  ];
  const [cTemp, cEnd, cActive, cPhoto, cAction, cTarget, cRecl, cReason] = [
    c('temporary'),
    c('endDate'),
    c('lastActive'),
    c('photoRequired'),
    c('action'),
    c('target'),
    c('reclassifyTo'),
    c('reason'),
  ];
  const [cUnitType, cUnitParent, cUnitStaff] = [c('unitType'), c('unitParent'), c('unitStaff')];
  const hasUnitFacts = cUnitType >= 0 || cUnitParent >= 0 || cUnitStaff >= 0;
  const lines = ctx.businessLines;

  while (reader.next()) {
    const code0 = reader.code(cCode);
    const name = reader.text(cName);
    const unitName = reader.text(cUnit);
    const platformText = reader.text(cPlatform);
    let ok = reader.required(cName, name, '群名称');
    ok = reader.required(cUnit, unitName, '所属单位') && ok;
    ok = reader.required(cPlatform, platformText, '平台') && ok;
    const category = readCategory(reader, env, cCategory, '群类别');
    const businessLine = reader.text(cLine);
    if (businessLine !== null && lines !== null && !lines.has(businessLine)) {
      const known = [...lines].join('、');
      ctx.once(
        'warning',
        'CELL_UNKNOWN_BUSINESS_LINE',
        businessLine,
        reader.place(cLine),
        (n) =>
          `业务分类“${businessLine}”不在政策列出的业务分类（${known}）中，已按所填导入${n > 1 ? `（本表共 ${n} 行）` : ''}。`,
      );
    }
    const owner = reader.text(cOwner);
    const memberCount = reader.integer(cCount);
    const temporary = reader.bool(cTemp) ?? false;
    const endDate = reader.date(cEnd);
    const lastActive = reader.date(cActive);
    const photoRequired = reader.bool(cPhoto) ?? false;
    const plan = readPlan(reader, env, cAction, cTarget, cRecl);
    const reason = reader.text(cReason);
    let facts: UnitFacts | null = null;
    if (hasUnitFacts) {
      const type = readUnitType(reader, cUnitType);
      const parent = reader.text(cUnitParent);
      const staff = reader.integer(cUnitStaff);
      if (type !== null || parent !== null || staff !== null) {
        facts = {
          type,
          parent: parent === null ? null : { value: parent, place: reader.place(cUnitParent) },
          staff: staff === null ? null : { value: staff, place: reader.place(cUnitStaff) },
        };
      }
    }
    if (!ok || name === null || unitName === null || platformText === null) continue;

    const pv = normalizePlatform(platformText, env.platforms);
    if (!pv.known) {
      ctx.once(
        'warning',
        'CELL_BAD_PLATFORM',
        pv.platform,
        reader.place(cPlatform),
        (n) =>
          `平台“${pv.platform}”不是微信、QQ、钉钉或政务微信，已按所填导入${n > 1 ? `（本表共 ${n} 行）` : ''}。`,
      );
    }
    const unitId = unitIdOf(unitName);
    if (units.isListed(unitId)) {
      if (facts) units.observe(unitName, reader.place(cUnit), facts, reader.place(cUnitStaff));
    } else if (env.fileHasUnitsSheet) {
      // The group is still registered, so its members and merge targets do not cascade into more errors.
      reader.error(
        'UNIT_UNKNOWN',
        cUnit,
        `所属单位“${unitName}”不在“单位”表中。请在单位表中补充该单位，或改正单位名称。`,
      );
    } else {
      if (facts !== null || !units.has(unitId)) {
        units.observe(
          unitName,
          reader.place(cUnit),
          facts,
          reader.place(cUnitStaff >= 0 ? cUnitStaff : cUnit),
        );
      }
    }

    const derived = derivedGroupId(unitId, pv.platform, name);
    let code = code0 === null ? null : squeeze(code0);
    // An exported roster may write the derived id as 群编号 for groups that had none.
    if (code === '' || code === derived) code = null;
    const group: Group = {
      id: code ?? derived,
      code,
      name,
      unitId,
      platform: pv.platform,
      category: category ?? WORK_CATEGORY,
      businessLine,
      owner,
      memberCount,
      temporary,
      endDate,
      lastActive,
      photoRequired,
      planned: null,
      plannedReason: reason,
      source: { file: reader.ref.file, sheet: reader.ref.sheet, row: reader.excelRow },
    };
    env.groups.add({ group, ref: reader.ref, row: reader.excelRow, plan }, code !== null ? cCode : cName);
  }
}

function readPlan(
  reader: RowReader,
  env: GroupSheetEnv,
  cAction: number,
  cTarget: number,
  cRecl: number,
): RawPlan | null {
  const actionText = reader.text(cAction);
  const target = reader.text(cTarget);
  const reclText = reader.text(cRecl);
  if (actionText === null && target === null && reclText === null) return null;
  let action: ActionKind | null = null;
  if (actionText !== null) {
    action = parseAction(actionText) ?? null;
    if (action === null) {
      reader.error(
        'CELL_BAD_ACTION',
        cAction,
        `拟处置“${actionText}”不可识别（应为保留、合并、解散、转出或待定）。`,
      );
    }
  }
  let reclassify: NonWorkCategory | null | undefined;
  if (reclText !== null) {
    const cat = normalizeCategory(reclText, env.categories);
    if (cat !== undefined && isNonWorkCategory(cat)) reclassify = cat;
    else {
      reclassify = null;
      reader.error(
        'CELL_BAD_CATEGORY',
        cRecl,
        `转出类别“${reclText}”不可识别（应为日常交流群、党员交流群或便民服务群）。`,
      );
    }
  }
  return { action, target, reclassify };
}
