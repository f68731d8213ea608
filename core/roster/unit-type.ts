/**
 * Unit types: reading the 类型 a roster states, and inferring one from a unit's name when it
 * states none (DESIGN §3). Names are read from their end, because the last unit word is the most
 * specific: 望月湖街道荣华社区 is a community inside a street, 区农业农村局 a bureau whose name
 * merely mentions villages, 街道党工委 a street's party committee rather than a 委 department.
 */
import type { UnitType } from './model';

/** Words clerks write in a 类型 column, after spaces are removed. */
const TYPE_WORDS: ReadonlyMap<string, UnitType> = new Map<string, UnitType>([
  ...[
    '区直部门',
    '区直单位',
    '区直机关',
    '区直',
    '部门',
    '机关',
    '单位',
    '机关单位',
    '事业单位',
    '委办局',
    '直属单位',
    'department',
  ].map((w): [string, UnitType] => [w, 'department']),
  ...['街道', '街道办', '街道办事处', '街办', 'street'].map((w): [string, UnitType] => [w, 'street']),
  ...['镇', '乡', '乡镇', '镇街', 'town'].map((w): [string, UnitType] => [w, 'town']),
  ...['社区', '居委会', '社区居委会', '居民委员会', 'community'].map((w): [string, UnitType] => [
    w,
    'community',
  ]),
  ...['村', '行政村', '村委会', '村民委员会', 'village'].map((w): [string, UnitType] => [w, 'village']),
]);

/** The unit type a 类型 cell states, or null when the word is not one of ours. */
export function parseUnitType(text: string): UnitType | null {
  const key = text.replace(/\s+/g, '').toLowerCase();
  return TYPE_WORDS.get(key) ?? null;
}

/**
 * Name endings, most specific first: each list is tried against the end of the name, and the
 * first hit decides. Community and village endings come before the department endings, so that
 * 荣华社区党委 (ends in 委) stays a community; street and town endings include their party
 * committees and offices for the same reason.
 */
const ENDINGS: ReadonlyArray<readonly [UnitType, readonly string[]]> = [
  [
    'community',
    [
      '社区',
      '社区居委会',
      '社区居民委员会',
      '居委会',
      '居民委员会',
      '社区党委',
      '社区党总支',
      '社区党支部',
      '社区支部',
      '社区委员会',
      '社区工作站',
    ],
  ],
  [
    'village',
    [
      '村',
      '村委会',
      '村委',
      '村民委员会',
      '村党委',
      '村党总支',
      '村党支部',
      '村支部',
      '村两委',
      '村民小组',
      '村组',
    ],
  ],
  [
    'street',
    [
      '街道',
      '街道办',
      '街道办事处',
      '街道党工委',
      '街道工委',
      '街道党委',
      '街道办事处党工委',
      '街道人民政府',
    ],
  ],
  ['town', ['镇', '乡', '镇人民政府', '镇政府', '镇党委', '乡人民政府', '乡政府', '乡党委', '镇党委政府']],
];

/** Endings of district bodies: bureaus, committees, offices, centres, stations and the like. */
const DEPARTMENT_ENDINGS = [
  '局',
  '委',
  '办',
  '部',
  '院',
  '中心',
  '所',
  '队',
  '站',
  '会',
  '室',
  '处',
  '厅',
  '馆',
  '司',
  '团',
  '庭',
  '校',
  '学',
  '园',
  '社',
  '行',
  '公司',
  '集团',
  '政府',
  '小组',
  '办公室',
  '委员会',
  '大队',
  '中队',
  '支队',
  '分局',
  '人大',
  '政协',
];

export interface InferredUnitType {
  type: UnitType;
  /** False when no ending matched and the type is the department fallback. */
  recognised: boolean;
}

/** Bracketed qualifiers at the end (区财政局（国资办）) say nothing about the type. */
const TRAILING_QUALIFIER = /[（(【[][^（）()【】[\]]*[）)】\]]$/;

export function inferUnitType(name: string): InferredUnitType {
  let n = name.replace(/\s+/g, '');
  while (TRAILING_QUALIFIER.test(n)) n = n.replace(TRAILING_QUALIFIER, '');
  for (const [type, endings] of ENDINGS) {
    for (const e of endings) if (n.endsWith(e)) return { type, recognised: true };
  }
  for (const e of DEPARTMENT_ENDINGS) if (n.endsWith(e)) return { type: 'department', recognised: true };
  return { type: 'department', recognised: false };
}
