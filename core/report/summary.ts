/** The 汇总 sheet (one A4 page with the totals and the signature line) and the 规则 sheet. */
import { describeTier } from '../policy/quota';
import { UNIT_TYPE_LABELS } from '../roster/model';
import { sheetTitleLines, type ReportContext } from './context';
import {
  REPORT_SHEET_NAMES,
  rowsOf,
  type ReportCell,
  type ReportRow,
  type ReportSheet,
  type ReportTable,
} from './model';

const BLANK = '＿＿＿＿＿＿＿＿';

export function summarySheet(ctx: ReportContext): ReportSheet {
  const t = ctx.metrics.totals;
  const outOfQuota = ctx.metrics.units.filter((u) => !u.compliant).length;
  const share = (n: number): ReportCell => (t.before === 0 ? null : { kind: 'percent', value: n / t.before });
  const rows: ReportRow[] = [
    ['原工作群', t.before, share(t.before), '名单中的工作群（不含非工作群）'],
    [
      '原群保留',
      t.kept,
      share(t.kept),
      t.pending > 0 ? `仍保留的原有工作群，其中待定 ${t.pending} 个暂按保留计` : '仍保留的原有工作群',
    ],
    ['新建合并群', t.created, null, '合并时新建的工作群'],
    ['精简后合计', t.after, share(t.after), '原群保留 + 新建合并群'],
    ['合并', t.merged, share(t.merged), '并入其他工作群后关闭'],
    ['解散', t.dissolved, share(t.dissolved), '关闭，不再保留'],
    ['转出', t.reclassified, share(t.reclassified), '实为日常交流、党员交流或便民服务群，转出后不计入工作群'],
    ['待定', t.pending, share(t.pending), '尚未确定处置，计入原群保留'],
    ['压缩比例', null, { kind: 'percent', value: t.compression }, '（原工作群 − 精简后合计）÷ 原工作群'],
    ['非工作群', t.nonWork, null, '名单标明的日常交流群、党员交流群、便民服务群，不计入工作群'],
    [
      '未达标单位',
      outOfQuota,
      null,
      outOfQuota > 0 ? '精简后仍超出限额的单位，见“单位对照”' : '所有单位均在限额以内',
    ],
    ['成员人次（精简前）', t.membershipsBefore, null, '各工作群成员数之和'],
    ['成员人次（精简后）', t.membershipsAfter, null, '精简后各工作群成员数之和，合并群按去重后的人数计'],
  ];
  const tables: ReportTable[] = [
    {
      heading: '工作群精简情况',
      columns: [
        { header: '项目', width: 20, kind: 'text' },
        { header: '数量', width: 11, kind: 'integer' },
        { header: '占原工作群', width: 11, kind: 'percent' },
        { header: '说明', width: 46, kind: 'text', wrap: true },
      ],
      rows: rowsOf(rows),
      emphasized: new Set([3, 8]),
      totals: null,
    },
  ];
  const b = ctx.metrics.burden;
  if (b) {
    const peopleAfter = b.people - (b.distributionAfter[0] ?? 0);
    const top = b.mostBurdened;
    const decimal = (value: number): ReportCell => ({ kind: 'decimal', value });
    tables.push({
      heading: '人员负担（每人所在工作群数）',
      columns: [
        { header: '项目', width: 20, kind: 'text' },
        { header: '精简前', width: 11, kind: 'integer' },
        { header: '精简后', width: 11, kind: 'integer' },
        { header: '说明', width: 46, kind: 'text', wrap: true },
      ],
      rows: rowsOf([
        ['涉及人数', b.people, peopleAfter, '至少在一个工作群中的人员；精简后不在任何工作群的不计'],
        [
          '每人最多',
          b.maxBefore,
          b.maxAfter,
          top
            ? `精简前最多的是${top.name}${top.unit ? `（${top.unit}）` : ''}：${top.before} → ${top.after} 个`
            : null,
        ],
        ['每人平均', decimal(b.meanBefore), decimal(b.meanAfter), '详见“人员负担”表'],
      ]),
      totals: null,
    });
  }
  return {
    name: REPORT_SHEET_NAMES.summary,
    titleLines: [ctx.options.title, ...sheetTitleLines(ctx, '汇总').slice(1)],
    orientation: 'portrait',
    onePage: true,
    tables,
    noteLines: summaryNotes(ctx),
    signatureLine: signatureLine(ctx),
  };
}

function summaryNotes(ctx: ReportContext): string[] {
  const notes: string[] = [];
  const files = ctx.roster.files;
  if (files.length > 0) {
    const shown = files.slice(0, 3).join('、');
    notes.push(`数据来源：${files.length > 3 ? `${shown} 等 ${files.length} 个文件` : shown}。`);
  }
  if (ctx.options.maskPersonalNumbers) {
    notes.push('本报告中的手机号、身份证号已部分隐去；“成员”表不含号码，重新导入时按“姓名+单位”识别人员。');
  }
  notes.push('本工作簿的“单位”“工作群”“成员”三张表可直接导入本程序，恢复本方案。');
  if (ctx.problems.length > 0) {
    notes.push(
      `注意：导出时发现 ${ctx.problems.length} 个问题（如群名称重复且无群编号），重新导入前请先处理。`,
    );
  }
  return notes;
}

function signatureLine(ctx: ReportContext): string {
  return `制表人：${ctx.options.preparedBy ?? BLANK}\u3000\u3000\u3000审核人：${BLANK}\u3000\u3000\u3000日期：${BLANK}`;
}

export function policySheet(ctx: ReportContext): ReportSheet {
  const p = ctx.policy;
  const rows: ReportRow[] = [['规则名称', p.name]];
  if (p.description) rows.push(['说明', p.description]);
  for (const tier of p.tiers) rows.push(['工作群限额', describeTier(p, tier)]);
  rows.push([
    '未填在编人数',
    `按在编人数分档的单位（如${UNIT_TYPE_LABELS.department}）按${p.missingStaffTier === 'lowest' ? '最低' : '最高'}一档计`,
  ]);
  rows.push(['业务分类', p.businessLines.length > 0 ? p.businessLines.join('、') : '（未规定）']);
  rows.push([
    '转出关键词（规则1）',
    p.reclassifyWords.length > 0
      ? p.reclassifyWords.map((w) => `“${w.word}”→${w.category}`).join('；')
      : '（不启用）',
  ]);
  rows.push(['临时群到期解散（规则2）', p.dissolveEndedTemporary ? '是' : '否']);
  rows.push([
    '僵尸群（规则3）',
    p.inactivityDays === null ? '（不启用）' : `最近活跃超过 ${p.inactivityDays} 天视为僵尸群`,
  ]);
  rows.push([
    '重复群（规则4）',
    `同单位同平台，名称相同或成员重合 ≥ ${Math.round(p.duplicateOverlap * 100)}%`,
  ]);
  rows.push([
    '平台人数上限',
    p.platformCaps.length > 0
      ? p.platformCaps.map((c) => `${c.platform} ${c.cap} 人`).join('、')
      : '（未规定）',
  ]);
  rows.push(['其他平台人数上限', p.defaultCap === null ? '不限' : `${p.defaultCap} 人`]);
  rows.push([
    '优先平台（规则5）',
    p.preferredPlatform === null
      ? '无：合并只在同一平台内进行'
      : `${p.preferredPlatform}：其他平台的群可并入`,
  ]);
  return {
    name: REPORT_SHEET_NAMES.policy,
    titleLines: sheetTitleLines(ctx, '规则'),
    orientation: 'portrait',
    tables: [
      {
        heading: null,
        columns: [
          { header: '项目', width: 24, kind: 'text' },
          { header: '内容', width: 64, kind: 'text', wrap: true },
        ],
        rows: rowsOf(rows),
        totals: null,
      },
    ],
    noteLines: [],
  };
}
