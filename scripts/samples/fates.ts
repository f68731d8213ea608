/**
 * The recorded plan's structure, decided before any group has a name: for each unit, which of
 * its groups are kept, which merge into which open group (a kept one or a new consolidated one),
 * which are dissolved and why. Names, dates and platforms are then drawn to agree with it, so the
 * recorded plan is consistent with the facts by construction.
 */
import { BUSINESS_LINES, type BusinessLine, type Platform } from './model';
import type { Rng } from './random';
import type { UnitShape } from './shape';
import { ALL_DEAD_UNIT, SHOWCASE_STREET, type DistrictUnit } from './units';

export type DissolveKind = 'temporary' | 'dead' | 'chat' | 'photo';
/** Facts that a kept or merged group may carry without changing its fate (rule 2's warning, 晒照片). */
export type Quirk = 'temporary-open' | 'temporary-future' | 'photo' | null;

/** An open group after the plan: a kept group, or a new consolidated one (`新建:名称`). */
export interface FinalSlot {
  kind: 'kept' | 'created';
  line: BusinessLine;
  platform: Platform;
}

export interface GroupSlot {
  fate: 'kept' | 'merged' | 'dissolved';
  /** Index into the unit's finals: its own for a kept group, the absorbing one for a merged group. */
  final: number | null;
  /** The unit's largest group, always active and on the unit's main platform (see platformProfile). */
  main: boolean;
  line: BusinessLine;
  platform: Platform;
  dissolve: DissolveKind | null;
  /** Named as a numbered twin of its kept target (城管执法1群 / 城管执法2群): a rule-4 duplicate. */
  duplicate: boolean;
  quirk: Quirk;
}

export interface UnitSlots {
  shape: UnitShape;
  finals: FinalSlot[];
  groups: GroupSlot[];
}

interface PlatformProfile {
  /** The platform of the unit's largest group. Other platforms may merge into it only when it is 微信. */
  main: Platform;
  draw(): Platform;
}

function weighted(rng: Rng, table: ReadonlyArray<readonly [Platform, number]>): Platform {
  let x = rng.next();
  for (const [p, w] of table) {
    if (x < w) return p;
    x -= w;
  }
  return table[0]?.[0] ?? '微信';
}

const single = (p: Platform): PlatformProfile => ({ main: p, draw: () => p });
const mixed = (rng: Rng, table: ReadonlyArray<readonly [Platform, number]>): PlatformProfile => ({
  main: '微信',
  draw: () => weighted(rng, table),
});

/**
 * A community or village (quota 1) is on one platform, or mixed only with a larger 微信 group, so
 * that the auto-plan can always pack it into one group; the showcase area is 微信 and QQ only.
 */
function platformProfile(rng: Rng, s: UnitShape): PlatformProfile {
  const u = s.unit;
  const showcase = u.name === SHOWCASE_STREET || u.parent === SHOWCASE_STREET;
  if (u.type === 'community' || u.type === 'village') {
    if (showcase) return single('微信');
    const x = rng.next();
    if (u.type === 'village' && x < 0.1) return single('钉钉');
    if (x < 0.17) return single('QQ');
    if (x < 0.27 && s.before >= 3)
      return mixed(rng, [
        ['微信', 0.6],
        ['QQ', 0.4],
      ]);
    return single('微信');
  }
  if (u.name === ALL_DEAD_UNIT) return single('微信');
  if (showcase)
    return mixed(rng, [
      ['微信', 0.75],
      ['QQ', 0.25],
    ]);
  if (u.type === 'department')
    return mixed(rng, [
      ['微信', 0.58],
      ['QQ', 0.12],
      ['钉钉', 0.18],
      ['政务微信', 0.12],
    ]);
  return mixed(rng, [
    ['微信', 0.72],
    ['QQ', 0.16],
    ['政务微信', 0.06],
    ['钉钉', 0.06],
  ]);
}

const mainLine = (u: DistrictUnit): BusinessLine =>
  u.type === 'community' || u.type === 'village' ? '网格化' : '政务服务';

function dissolveKind(rng: Rng, u: DistrictUnit): DissolveKind {
  if (u.name === ALL_DEAD_UNIT) return 'dead';
  const x = rng.next();
  return x < 0.3 ? 'temporary' : x < 0.75 ? 'dead' : x < 0.87 ? 'chat' : 'photo';
}

/** The business line a dissolved group's name suggests (dead groups keep a random line and topic). */
const DISSOLVED_LINE: Partial<Record<DissolveKind, BusinessLine>> = {
  temporary: '公共安全',
  chat: '党建',
  photo: '网格化',
};

function quirk(rng: Rng, fate: GroupSlot['fate']): Quirk {
  const x = rng.next();
  if (x < 0.03) return 'temporary-open';
  if (x < 0.06) return 'temporary-future';
  if (fate === 'kept' && x < 0.1) return 'photo';
  return null;
}

export function buildSlots(rng: Rng, s: UnitShape): UnitSlots {
  const profile = platformProfile(rng, s);
  const kept = s.after - s.created;
  // The main line, then the other three in random order, repeating: any three consecutive finals
  // (the new consolidated groups are the last ones) have distinct lines, hence distinct names.
  const lines = [mainLine(s.unit), ...rng.shuffle(BUSINESS_LINES.filter((l) => l !== mainLine(s.unit)))];
  const finals: FinalSlot[] = [];
  for (let i = 0; i < s.after; i++) {
    const kind = i < kept ? 'kept' : 'created';
    const line = lines[i % lines.length] ?? '政务服务';
    const platform = i === 0 || kind === 'created' ? profile.main : profile.draw();
    finals.push({ kind, line, platform });
  }
  const slot = (fate: GroupSlot['fate'], final: number | null, rest: Partial<GroupSlot>): GroupSlot => ({
    fate,
    final,
    main: false,
    line: rest.line ?? rng.pick(BUSINESS_LINES),
    platform: rest.platform ?? profile.draw(),
    dissolve: null,
    duplicate: false,
    quirk: null,
    ...rest,
  });
  const groups: GroupSlot[] = [];
  finals.forEach((f, i) => {
    if (f.kind === 'kept') {
      const main = i === 0;
      groups.push(
        slot('kept', i, {
          main,
          line: f.line,
          platform: f.platform,
          quirk: main ? null : quirk(rng, 'kept'),
        }),
      );
      return;
    }
    // A new consolidated group takes the platform of its first (largest) source.
    groups.push(slot('merged', i, { main: i === 0, line: f.line, platform: f.platform }));
    groups.push(
      slot('merged', i, { line: f.line, platform: f.platform === '微信' ? profile.draw() : f.platform }),
    );
  });
  const rest = s.before - groups.length;
  if (rest < 0) throw new Error(`${s.unit.name}：群数不足以容纳保留与新建的群`);
  const allDead = s.unit.name === ALL_DEAD_UNIT;
  const dissolved = allDead ? rest : Math.round(rest * (0.35 + 0.25 * rng.next()));
  for (let i = 0; i < dissolved; i++) {
    const dissolve = dissolveKind(rng, s.unit);
    groups.push(
      slot('dissolved', null, { dissolve, line: DISSOLVED_LINE[dissolve] ?? rng.pick(BUSINESS_LINES) }),
    );
  }
  for (let i = dissolved; i < rest; i++) {
    const target = rng.int(0, finals.length - 1);
    const f = finals[target];
    if (!f) throw new Error(`${s.unit.name}：没有可并入的群`);
    const platform = f.platform === '微信' ? profile.draw() : f.platform;
    // Never a twin of the main group: its name stays 工作总群.
    const duplicate = target > 0 && f.kind === 'kept' && platform === f.platform && rng.chance(0.25);
    const line = duplicate || rng.chance(0.9) ? f.line : rng.pick(BUSINESS_LINES);
    groups.push(slot('merged', target, { line, platform, duplicate, quirk: quirk(rng, 'merged') }));
  }
  return { shape: s, finals, groups };
}
