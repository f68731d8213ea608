/**
 * Checks a generated district against the published figures and the sample's own rules. Returns
 * the failures in Chinese (empty when all hold); the generator refuses to write files otherwise.
 */
import { addDays } from '../../core/dates';
import { platformCap, quotaFor } from '../../core/policy/quota';
import { YUELU_POLICY } from '../../core/policy/yuelu';
import {
  areaFigures,
  areaUnits,
  districtFigures,
  finalOf,
  isWork,
  membersAfter,
  personBurden,
} from './figures';
import { NEW_PREFIX, type SampleDistrict, type SampleGroup } from './model';
import { packedCount, type PackItem } from './packing';
import { NON_WORK_RANGE, PUBLISHED, SECRETARY_BEFORE_RANGE } from './published';
import { ALL_DEAD_UNIT, SHOWCASE_STREET } from './units';

const RULE1_WORDS = YUELU_POLICY.reclassifyWords.map((w) => w.word);

export function verifyDistrict(d: SampleDistrict): string[] {
  return [...checkFigures(d), ...checkRecords(d), ...checkPlan(d), ...checkFeasible(d)];
}

function checkFigures(d: SampleDistrict): string[] {
  const out: string[] = [];
  const f = districtFigures(d);
  const expect = (label: string, actual: number, wanted: number): void => {
    if (actual !== wanted) out.push(`${label}：应为 ${wanted}，实为 ${actual}`);
  };
  expect('精简前工作群', f.before, PUBLISHED.before);
  expect('合并与解散', f.merged + f.dissolved, PUBLISHED.mergedOrDissolved);
  expect('原群保留', f.kept, PUBLISHED.kept);
  expect('新建合并群', f.created, PUBLISHED.created);
  expect('精简后合计', f.after, PUBLISHED.after);
  expect('转出', f.reclassified, PUBLISHED.reclassified);
  expect('压缩比（%）', Math.round(f.compression * 100), PUBLISHED.compressionPercent);
  if (f.nonWork < NON_WORK_RANGE[0] || f.nonWork > NON_WORK_RANGE[1])
    out.push(`非工作群 ${f.nonWork} 个，不在预期范围`);
  const area = areaFigures(d, areaUnits(d, SHOWCASE_STREET));
  expect(`${SHOWCASE_STREET}片区精简前`, area.before, PUBLISHED.showcaseAreaBefore);
  expect(`${SHOWCASE_STREET}片区精简后`, area.after, PUBLISHED.showcaseAreaAfter);
  const b = personBurden(d, d.secretary);
  expect('社区书记精简后所在工作群', b.after, PUBLISHED.secretaryAfter);
  if (b.before < SECRETARY_BEFORE_RANGE[0] || b.before > SECRETARY_BEFORE_RANGE[1])
    out.push(`社区书记精简前所在工作群 ${b.before} 个，不在 ${SECRETARY_BEFORE_RANGE.join('–')} 之间`);
  return out;
}

function checkRecords(d: SampleDistrict): string[] {
  const out: string[] = [];
  const phones = new Set(d.people.map((p) => p.phone));
  if (phones.size !== d.people.length) out.push('手机号有重复');
  for (const p of d.people) if (!/^1\d{10}$/.test(p.phone)) out.push(`手机号格式不对：${p.phone}`);
  const codes = new Set(d.groups.map((g) => g.code));
  if (codes.size !== d.groups.length) out.push('群编号有重复');
  const identities = new Set(d.groups.map((g) => `${g.unit}|${g.platform}|${g.name}`));
  if (identities.size !== d.groups.length) out.push('同一单位、平台下群名称有重复');
  const showcase = areaUnits(d, SHOWCASE_STREET);
  for (const g of d.groups) {
    if (new Set(g.members).size !== g.members.length) out.push(`${g.code} 成员重复`);
    if (!g.members.some((p) => d.people[p]?.name === g.owner)) out.push(`${g.code} 负责人不在群内`);
    if (isWork(g) !== (g.action !== null)) out.push(`${g.code} 拟处置与群类别不符`);
    if (isWork(g) && showcase.has(g.unit) && g.platform !== '微信' && g.platform !== 'QQ')
      out.push(`${g.code} 不在微信或 QQ 上`);
    if (g.temporary && g.endDate && g.endDate < d.planDate && g.action !== '解散')
      out.push(`${g.code} 临时群已到期却未解散`);
    if (isWork(g) && g.action !== '解散' && RULE1_WORDS.some((w) => g.name.includes(w)))
      out.push(`${g.code} 名称像非工作群却未解散`);
    if (
      isWork(g) &&
      g.lastActive < addDays(d.planDate, -(YUELU_POLICY.inactivityDays ?? 90)) &&
      g.action !== '解散' &&
      g.unit !== ALL_DEAD_UNIT
    )
      out.push(`${g.code} 长期未活跃却未解散`);
  }
  return out;
}

function checkPlan(d: SampleDistrict): string[] {
  const out: string[] = [];
  const byCode = new Map(d.groups.map((g) => [g.code, g]));
  const names = new Set(d.groups.map((g) => g.name));
  const sources = new Map<string, SampleGroup[]>();
  for (const g of d.groups) {
    if (g.action !== '合并') continue;
    const t = g.target ?? '';
    const list = sources.get(t) ?? [];
    list.push(g);
    sources.set(t, list);
    if (t.startsWith(NEW_PREFIX)) continue;
    const target = byCode.get(t);
    if (!target || target.action !== '保留') out.push(`${g.code} 并入的 ${t} 不是保留的群`);
    else if (target.unit !== g.unit) out.push(`${g.code} 并入了其他单位的群`);
  }
  const unitAfter = new Map<string, Set<string>>();
  const finalPlatform = new Map<string, string>();
  for (const [t, list] of sources) {
    if (!t.startsWith(NEW_PREFIX)) continue;
    if (list.length < 2) out.push(`${t} 只有 ${list.length} 个来源群`);
    if (new Set(list.map((g) => g.unit)).size !== 1) out.push(`${t} 的来源群分属多个单位`);
    if (names.has(t.slice(NEW_PREFIX.length))) out.push(`${t} 与现有群重名`);
    const largest = [...list].sort((a, b) => b.members.length - a.members.length)[0];
    if (largest && list.filter((g) => g.members.length === largest.members.length).length > 1)
      out.push(`${t} 的来源群中没有唯一的最大群`);
    if (largest) finalPlatform.set(t, largest.platform);
  }
  for (const g of d.groups) {
    const f = isWork(g) ? finalOf(g) : null;
    if (f === null) continue;
    const set = unitAfter.get(g.unit) ?? new Set<string>();
    set.add(f);
    unitAfter.set(g.unit, set);
    if (g.action === '保留') finalPlatform.set(f, g.platform);
  }
  for (const g of d.groups) {
    const f = g.action === '合并' ? g.target : null;
    const platform = f === null ? undefined : finalPlatform.get(f);
    if (platform && platform !== g.platform && platform !== YUELU_POLICY.preferredPlatform)
      out.push(`${g.code} 从 ${g.platform} 并入 ${platform}`);
  }
  for (const [f, members] of membersAfter(d)) {
    const cap = platformCap(YUELU_POLICY, finalPlatform.get(f) ?? '');
    if (cap !== null && members.size > cap) out.push(`${f} 合并后 ${members.size} 人，超过上限 ${cap}`);
  }
  for (const u of d.units) {
    const q = quotaFor(YUELU_POLICY, u);
    const after = unitAfter.get(u.name)?.size ?? 0;
    if (q && after > q.quota) out.push(`${u.name} 精简后 ${after} 个，超过限额 ${q.quota}`);
  }
  return out;
}

/** Every unit packs into its quota, with all its work groups and with those rules 1–3 would remove set aside. */
function checkFeasible(d: SampleDistrict): string[] {
  const out: string[] = [];
  const cap = (p: string): number | null => platformCap(YUELU_POLICY, p);
  for (const u of d.units) {
    const q = quotaFor(YUELU_POLICY, u);
    const work = d.groups.filter((g) => isWork(g) && g.unit === u.name);
    if (!q || work.length === 0) continue;
    const survivors = survivingRules1to3(d, work);
    for (const set of [work, survivors]) {
      const items: PackItem[] = set.map((g) => ({
        id: g.code,
        platform: g.platform,
        members: g.members,
        line: g.businessLine,
      }));
      for (const byLine of [false, true]) {
        const n = packedCount(items, { cap, preferred: YUELU_POLICY.preferredPlatform, byLine });
        if (n > q.quota) out.push(`${u.name}：自动方案装箱需 ${n} 个群，超过限额 ${q.quota}`);
      }
    }
  }
  return out;
}

/** What rules 1–3 leave: no chat-named, no ended temporary, no dead group (but never none). */
export function survivingRules1to3(d: SampleDistrict, work: readonly SampleGroup[]): SampleGroup[] {
  const deadBefore = addDays(d.planDate, -(YUELU_POLICY.inactivityDays ?? 90));
  const live = work.filter(
    (g) =>
      !RULE1_WORDS.some((w) => g.name.includes(w)) &&
      !(g.temporary && g.endDate !== null && g.endDate < d.planDate) &&
      g.lastActive >= deadBefore,
  );
  if (live.length > 0) return live;
  const latest = [...work].sort((a, b) => b.lastActive.localeCompare(a.lastActive))[0];
  return latest ? [latest] : [];
}
