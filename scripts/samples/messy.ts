/**
 * The messy single-sheet roster of one street, as a street office might hand it in: title rows,
 * synonym headers in its own order, 序号 instead of 群编号 (QQ groups carry their 群号), numbers
 * as text ("35人"), dates in every form, 是/否/√, 小计 and 合计 rows, blank rows and a signature
 * line. Its party-building groups are filed under “…街道党工委”, a unit whose type must be inferred
 * as a street. Half of its communities have filled in 处置意见; the rest is left to the auto-plan.
 */
import { excelSerialFromIso } from '../../core/dates';
import { finalOf, isWork } from './figures';
import { NEW_PREFIX, type SampleDistrict, type SampleGroup } from './model';
import { PLAN_DATE_TEXT } from './published';
import { makeRng, type Rng } from './random';
import { MESSY_STREET } from './units';

/** A cell: text, a number, or a real date (written as a date cell in xlsx, as text in CSV). */
export type MessyCell = string | number | { date: string } | null;

export interface MessyRoster {
  title: string;
  /** Rows above the header (each one cell of text). */
  preamble: string[];
  header: string[];
  rows: MessyCell[][];
  /** The groups listed, in order, for tests. */
  groups: SampleGroup[];
}

export const MESSY_HEADER = [
  '序号',
  '单位名称',
  '所属街道',
  '编制人数',
  '群名',
  '所在平台',
  '群号',
  '群类型',
  '业务条线',
  '群主',
  '联系电话',
  '群人数',
  '临时群',
  '到期日期',
  '最后活跃',
  '晒照片',
  '处置意见',
  '合并至',
  '处置依据',
  '备注',
] as const;
const PARTY_UNIT = `${MESSY_STREET}党工委`;

type DateStyle = 'serial' | 'date' | 'iso' | 'slash' | 'chinese';
const DATE_STYLES: readonly DateStyle[] = ['serial', 'date', 'date', 'iso', 'slash', 'chinese'];

function dateCell(rng: Rng, iso: string | null): MessyCell {
  if (iso === null) return null;
  const style = rng.pick(DATE_STYLES);
  const [y, m, d] = iso.split('-').map(Number);
  if (style === 'serial') return excelSerialFromIso(iso);
  if (style === 'date') return { date: iso };
  if (style === 'iso') return iso;
  if (style === 'slash') return `${y}/${m}/${d}`;
  return `${y}年${m}月${d}日`;
}

const yes = (rng: Rng, b: boolean): string => (b ? rng.pick(['是', '√', '是']) : rng.pick(['否', '', '']));

export function buildMessyRoster(d: SampleDistrict): MessyRoster {
  const rng = makeRng(d.seed ^ 0x5eed);
  const units = d.units.filter((u) => u.name === MESSY_STREET || u.parent === MESSY_STREET);
  const communities = units.filter((u) => u.parent === MESSY_STREET).map((u) => u.name);
  const planned = new Set(rng.sample(communities, Math.ceil(communities.length / 2)));
  const byCode = new Map(d.groups.map((g) => [g.code, g]));
  const people = d.people;
  const rows: MessyCell[][] = [];
  const listed: SampleGroup[] = [];
  const qqNumber = qqNumbers(rng);
  let serial = 0;
  let totalMembers = 0;

  for (const u of units) {
    const groups = d.groups.filter((g) => g.unit === u.name);
    const blocks: Array<[string, SampleGroup[]]> =
      u.name === MESSY_STREET
        ? [
            [u.name, groups.filter((g) => g.businessLine !== '党建')],
            [PARTY_UNIT, groups.filter((g) => g.businessLine === '党建')],
          ]
        : [[u.name, groups]];
    for (const [unitName, list] of blocks) {
      let sum = 0;
      list.forEach((g, i) => {
        const plan = planned.has(u.name) && isWork(g);
        const target = plan && g.action === '合并' ? targetText(g, byCode) : null;
        const owner = people.find((p) => p.name === g.owner && g.members.some((m) => people[m] === p));
        rows.push([
          ++serial,
          unitName,
          u.parent ?? '',
          i === 0 && u.staff !== null && unitName === u.name ? u.staff : null,
          g.name,
          g.platform,
          g.platform === 'QQ' ? qqNumber() : null,
          isWork(g) ? rng.pick(['', '', '工作群']) : g.category,
          g.businessLine ?? '',
          g.owner,
          owner && rng.chance(0.6) ? Number(owner.phone) : null,
          rng.chance(0.3) ? `${g.members.length}人` : g.members.length,
          yes(rng, g.temporary),
          dateCell(rng, g.endDate),
          dateCell(rng, g.lastActive),
          yes(rng, g.photoRequired),
          plan ? (g.action ?? '') : '',
          target ?? '',
          plan ? (g.reason ?? '') : '',
          rng.chance(0.08) ? rng.pick(['群主已调岗', '待核实人数', '与区里口径一致']) : '',
        ]);
        listed.push(g);
        sum += g.members.length;
      });
      rows.push([
        '小计',
        unitName,
        null,
        null,
        `共 ${list.length} 个群`,
        null,
        null,
        null,
        null,
        null,
        null,
        sum,
      ]);
      if (rng.chance(0.5)) rows.push([]);
      totalMembers += sum;
    }
  }
  rows.push([
    '合计',
    null,
    null,
    null,
    `共 ${listed.length} 个群`,
    null,
    null,
    null,
    null,
    null,
    null,
    totalMembers,
  ]);
  rows.push([]);
  rows.push(['填表人：张某某    审核人：李某某']);
  return {
    title: `${MESSY_STREET}工作群统计表（示例数据，非真实名单）`,
    preamble: [`填报单位：${PARTY_UNIT}（盖章）`, `填报日期：${PLAN_DATE_TEXT}`, ''],
    header: [...MESSY_HEADER],
    rows,
    groups: listed,
  };
}

/** 合并至 by the target's (unique) name, or `新建：名称` with a full-width colon as clerks type it. */
function targetText(g: SampleGroup, byCode: ReadonlyMap<string, SampleGroup>): string {
  const f = finalOf(g) ?? '';
  if (f.startsWith(NEW_PREFIX)) return `新建：${f.slice(NEW_PREFIX.length)}`;
  return byCode.get(f)?.name ?? f;
}

/** A QQ 群号 (9–10 digits), unique in the file; half as number cells, half as text, as clerks type them. */
function qqNumbers(rng: Rng): () => string | number {
  const seen = new Set<number>();
  return () => {
    let n = rng.int(100_000_000, 2_999_999_999);
    while (seen.has(n)) n = rng.int(100_000_000, 2_999_999_999);
    seen.add(n);
    return rng.chance(0.5) ? n : String(n);
  };
}
