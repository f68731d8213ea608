/**
 * The sample district's units: district departments in all three staff tiers, streets and towns,
 * and their communities and villages. Department and street names follow a typical district's
 * organisation chart; community and village names are invented.
 */
import type { UnitType } from '../../core/roster/model';
import type { Rng } from './random';

export interface DistrictUnit {
  name: string;
  type: UnitType;
  /** The street or town of a community or village. */
  parent: string | null;
  /** 在编人数: given for departments and streets, blank for communities and villages. */
  staff: number | null;
}

/** The street of the published outcome (127 → 16) and the community of its party secretary. */
export const SHOWCASE_STREET = '望月湖街道';
export const SHOWCASE_COMMUNITY = '荣华社区';
export const SHOWCASE_COMMUNITY_COUNT = 6;
/** The street the messy single-sheet roster is drawn from. */
export const MESSY_STREET = '银盆岭街道';
export const MESSY_COMMUNITY_COUNT = 7;
/** A department whose groups are all dead (exercises "never leave a unit with no group"). */
export const ALL_DEAD_UNIT = '区档案馆';

/** [name, 在编人数]: ≥100 → quota 10, 21–99 → 5, ≤20 → 3 under the 岳麓区 preset. */
const DEPARTMENTS: ReadonlyArray<readonly [string, number]> = [
  ['区委办', 46],
  ['区政府办', 52],
  ['区纪委监委', 68],
  ['区委组织部', 40],
  ['区委宣传部', 32],
  ['区委统战部', 25],
  ['区委政法委', 30],
  ['区委网信办', 22],
  ['区委巡察办', 19],
  ['区委编办', 13],
  ['区委老干部局', 15],
  ['区委党校', 30],
  ['区人大办', 35],
  ['区政协办', 33],
  ['区发改局', 48],
  ['区教育局', 326],
  ['区科技局', 26],
  ['区工信局', 35],
  ['区公安分局', 418],
  ['区民政局', 105],
  ['区司法局', 60],
  ['区财政局', 102],
  ['区人社局', 110],
  ['区自然资源分局', 108],
  ['区生态环境分局', 40],
  ['区住建局', 121],
  ['区城管局', 264],
  ['区交通运输局', 112],
  ['区农业农村局', 115],
  ['区水利局', 38],
  ['区商务局', 30],
  ['区文旅体局', 101],
  ['区卫健局', 183],
  ['区退役军人局', 28],
  ['区应急管理局', 100],
  ['区审计局', 36],
  ['区国资局', 24],
  ['区市场监管局', 162],
  ['区统计局', 27],
  ['区医保局', 100],
  ['区林业局', 33],
  ['区政务服务中心', 130],
  ['区信访局', 29],
  ['区机关事务中心', 45],
  ['区融媒体中心', 100],
  ['区投资促进局', 34],
  ['区城市更新中心', 40],
  ['区总工会', 23],
  ['团区委', 12],
  ['区妇联', 14],
  ['区科协', 9],
  ['区残联', 18],
  ['区工商联', 11],
  ['区红十字会', 8],
  ['区档案馆', 16],
  ['区侨联', 7],
  ['区文联', 10],
  ['区地方志办', 8],
  ['区保密机要局', 12],
  ['区数据资源局', 20],
  ['区征收事务中心', 96],
  ['区疾控中心', 88],
  ['区房屋安全中心', 21],
  ['区园林绿化中心', 140],
];

const STREETS = [
  '望月湖街道',
  '橘子洲街道',
  '岳麓街道',
  '银盆岭街道',
  '观沙岭街道',
  '望岳街道',
  '西湖街道',
  '咸嘉湖街道',
  '望城坡街道',
  '梅溪湖街道',
  '麓谷街道',
  '坪塘街道',
  '含浦街道',
  '天顶街道',
  '洋湖街道',
  '学士街道',
  '东方红街道',
] as const;
const TOWNS = ['莲花镇', '雨敞坪镇'] as const;

const FIRST = [
  ...'银枫桃金白清明桂杏松竹兰荷锦和安长新阳翠景博书晴紫茶泉碧云临青梧玉凤丰福康润嘉春秋龙星学滨丽湖幸团先红光',
];
const SECOND = [...'山林园湖塘坡岭桥苑庭江源泉冲湾洲景华安和'];

/** Invented two-character place names, unique across the district. */
function placeNames(rng: Rng, count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const name = rng.pick(FIRST) + rng.pick(SECOND);
    if (taken.has(name)) continue;
    taken.add(name);
    out.push(name);
  }
  return out;
}

export function buildUnits(rng: Rng): DistrictUnit[] {
  const units: DistrictUnit[] = DEPARTMENTS.map(([name, staff]) => ({
    name,
    type: 'department',
    parent: null,
    staff,
  }));
  const taken = new Set<string>(['荣华']);
  for (const street of STREETS) {
    units.push({ name: street, type: 'street', parent: null, staff: rng.int(55, 88) });
    const count =
      street === SHOWCASE_STREET
        ? SHOWCASE_COMMUNITY_COUNT
        : street === MESSY_STREET
          ? MESSY_COMMUNITY_COUNT
          : rng.int(8, 14);
    const names = placeNames(rng, count, taken);
    if (street === SHOWCASE_STREET) names[0] = '荣华';
    for (const n of names) units.push({ name: `${n}社区`, type: 'community', parent: street, staff: null });
  }
  for (const town of TOWNS) {
    units.push({ name: town, type: 'town', parent: null, staff: rng.int(60, 80) });
    const communities = placeNames(rng, rng.int(1, 2), taken);
    const villages = placeNames(rng, rng.int(8, 11), taken);
    for (const n of communities)
      units.push({ name: `${n}社区`, type: 'community', parent: town, staff: null });
    for (const n of villages) units.push({ name: `${n}村`, type: 'village', parent: town, staff: null });
  }
  return units;
}
