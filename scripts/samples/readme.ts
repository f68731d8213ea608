/** samples/README.md and the 说明 sheets: what each file is, that it is sample data, and what it reproduces. */
import { areaFigures, areaUnits, districtFigures, personBurden } from './figures';
import type { SampleDistrict } from './model';
import { DISTRICT, PLAN_DATE_TEXT, PUBLISHED } from './published';
import { MESSY_STREET, SHOWCASE_COMMUNITY, SHOWCASE_STREET } from './units';

export const FILES = {
  district: `示例-${DISTRICT}.xlsx`,
  street: `示例-${SHOWCASE_STREET}.xlsx`,
  messy: '示例-杂乱名单.xlsx',
  messyCsv: '示例-杂乱名单-GBK.csv',
} as const;

const DISCLAIMER =
  '示例数据：由程序按固定随机种子生成，单位名称仅作示意，人员姓名、手机号均为虚构（手机号统一为 139000 开头），非真实名单。';

export function showcaseLines(d: SampleDistrict): string[] {
  const area = areaFigures(d, areaUnits(d, SHOWCASE_STREET));
  const s = personBurden(d, d.secretary);
  const secretary = d.people[d.secretary]?.name ?? '';
  return [
    `${SHOWCASE_STREET}片区（街道及所属社区）微信、QQ 工作群 ${area.before} → ${area.after} 个。`,
    `${SHOWCASE_COMMUNITY}党总支书记（虚构人物“${secretary}”）所在工作群 ${s.before} → ${s.after} 个。`,
  ];
}

export function figureLines(d: SampleDistrict): string[] {
  const f = districtFigures(d);
  return [
    `精简前工作群 ${f.before} 个（另有日常交流群、党员交流群、便民服务群 ${f.nonWork} 个，不计入）。`,
    `填报方案：合并 ${f.merged} 个、解散 ${f.dissolved} 个，合计 ${f.merged + f.dissolved} 个；原群保留 ${f.kept} 个；新建合并群 ${f.created} 个；精简后合计 ${f.after} 个；压缩 ${Math.round(f.compression * 100)}%（(${f.before}−${f.after})÷${f.before} = ${f.compression.toFixed(3)}）；转出 ${f.reclassified} 个。`,
    ...showcaseLines(d),
    `成员表 ${f.memberRows} 行；工作群成员 ${f.people} 人。`,
  ];
}

/** The 说明 sheet: `figures` are the published numbers this file reproduces. */
export function notesFor(d: SampleDistrict, what: string, figures: readonly string[]): string[] {
  return [
    `${what}（示例数据，非真实名单）`,
    DISCLAIMER,
    `填报日期：${PLAN_DATE_TEXT}（即方案日期）。随机种子：${d.seed}。`,
    '工作表：单位（名称、类型、上级单位、在编人数）；工作群（含填报的拟处置、并入、处置理由）；成员（群编号、姓名、手机号、单位、职务）。',
    '“并入”填保留群的群编号，或“新建:名称”表示并入新建的合并群。',
    '本文件复现的数字（按填报方案计算）：',
    ...figures,
    `再生成：npm run samples`,
  ];
}

export function readme(d: SampleDistrict, messyGroups: number): string {
  const fig = figureLines(d).map((l) => `- ${l}`);
  return [
    '# 示例数据（非真实名单）',
    '',
    `本目录的文件由 \`npm run samples\`（scripts/generate-samples.ts）按随机种子 ${d.seed} 生成，请勿手工修改。`,
    DISCLAIMER,
    '',
    '| 文件 | 内容 |',
    '| --- | --- |',
    `| ${FILES.district} | ${DISTRICT}示例：单位、工作群、成员三张表及说明页；全部工作群都已填报拟处置/并入/处置理由。 |`,
    `| ${FILES.street} | 只含${SHOWCASE_STREET}及其社区（与全区文件中的单位、群、成员和方案相同）。 |`,
    `| ${FILES.messy} | ${MESSY_STREET}的单表名单（${messyGroups} 个群），格式杂乱：标题行、同义表头、序号代替群编号（QQ 群填了群号）、“35人”式文本数字、多种日期写法（含 Excel 序列号）、是/否/√、小计合计行、空行、填表人行；党建群记在“${MESSY_STREET}党工委”名下；一半社区填了处置意见，其余留给自动方案。无成员表。 |`,
    `| ${FILES.messyCsv} | 同一份杂乱名单的 CSV，GBK 编码；部分日期为文本形式的 Excel 序列号（从 Excel 复制粘贴所致）。 |`,
    '',
    `方案日期（填报日期）：${PLAN_DATE_TEXT}。`,
    '',
    '## 全区示例复现的公开数字',
    '',
    ...fig,
    '',
    `对照：岳麓区公布“共合并、解散工作群 ${PUBLISHED.mergedOrDissolved} 个，保留工作群 ${PUBLISHED.kept} 个，全区工作群数量压缩了 ${PUBLISHED.compressionPercent}%”；` +
      `“${SHOWCASE_STREET}微信、QQ 工作群从 ${PUBLISHED.showcaseAreaBefore} 个减少到 ${PUBLISHED.showcaseAreaAfter} 个”；荣华社区书记“现在只加了 ${PUBLISHED.secretaryAfter} 个工作群”。`,
    '',
    '核对：`npm run -s plan -- --json samples/示例-岳麓区.xlsx` 按填报方案计算上述数字；加 `--auto` 则忽略填报方案、全部按自动规则重新规划。',
    '',
    '## 自动方案可达标',
    '',
    '按岳麓区预设，每个单位的工作群都能在平台人数上限内（微信 500、QQ 2000、钉钉 3000、政务微信 2000；只可并入微信）装入限额个群：',
    '每个单位的成员来自有限的人员范围（不超过 450 人），有多个平台的单位其最大的群在微信上。',
    '数据中也有自动方案各条规则的对象：名称含“闲聊/交流/聊天/党员/便民”的工作群、已到期和无结束日期的临时群、超过 90 天未活跃的群（区档案馆的群全部如此）、',
    '“1群/2群”“（一）/（二）”式的重复群、远超限额的单位（如团区委、区妇联）、拉入社区书记或主任的区直部门群，以及要求晒照片的群。',
    '',
  ].join('\n');
}
