/**
 * The workspace's preferences and data, run inside the store's task queue: the policy in use,
 * the clerk's settings, remembered column mappings, the first-run flag, clearing everything,
 * and loading it all at start.
 */
import type { SavedMapping } from '../../core/import/types';
import { POLICY_PRESETS, validatePolicy } from '../../core/policy/presets';
import type { Policy } from '../../core/policy/schema';
import { YUELU_POLICY } from '../../core/policy/yuelu';
import { databaseErrorCode, problemText } from '../errors/messages';
import type { StoreCore } from './core';
import { readLibrary, updatePlanRecord, writeMappings, writeSetting } from './persist';
import { openPlan } from './plan-ops';
import { readSession, readSettings, SETTING_KEYS } from './settings';
import { DEFAULT_SETTINGS, initialSnapshot, type Settings } from './state';

export async function load(core: StoreCore): Promise<{ firstRun: boolean }> {
  try {
    const lib = await readLibrary(core.db);
    const session = readSession(lib.settings.get(SETTING_KEYS.session));
    const stored = readSettings(lib.settings);
    core.cell.set({
      rosters: lib.rosters,
      plans: lib.plans,
      mappings: lib.mappings,
      settings: stored.settings,
      defaultPolicy: stored.defaultPolicy ?? YUELU_POLICY,
      customPolicy: stored.customPolicy,
    });
    if (session.planId !== null) await openPlan(core, session.planId, session.screen, false);
    else core.cell.set({ screen: session.screen === 'board' ? 'start' : session.screen });
    core.cell.set({ ready: true });
    return { firstRun: lib.rosters.length === 0 && lib.settings.get(SETTING_KEYS.firstRunDone) !== true };
  } catch (e) {
    core.cell.fatalFrom(databaseErrorCode(e, 'DB_OPEN_FAILED'), e, '无法读取本机数据');
    core.cell.set({ ready: true });
    return { firstRun: false };
  }
}

export async function applyPolicy(core: StoreCore, policy: Policy): Promise<boolean> {
  const checked = validatePolicy(policy);
  if (!checked.ok) {
    core.cell.toast('error', checked.problems.map(problemText).join('\n'));
    return false;
  }
  const p = checked.policy;
  const custom = !POLICY_PRESETS.some((preset) => preset.name === p.name);
  const open = core.snap.open;
  const db = core.db;
  const ok = await core.guardWrite(() =>
    db.transaction('rw', [db.settings, db.plans], async () => {
      await writeSetting(db, SETTING_KEYS.defaultPolicy, p);
      if (custom) await writeSetting(db, SETTING_KEYS.customPolicy, p);
      if (open) await updatePlanRecord(db, open.planId, { policy: p, updatedAt: core.now() });
    }),
  );
  if (!ok) return false;
  core.cell.set({ defaultPolicy: p, ...(custom ? { customPolicy: p } : {}) });
  if (open && core.editor) {
    // The plan records which policy it was made under; that name is not an undoable entry.
    core.editor.plan.policyName = p.name;
    core.patchPlanRecord(open.planId, { policy: p }, false);
    core.cell.set({ open: { ...open, policy: p } }, { plan: true });
  }
  return true;
}

export async function saveSettings(core: StoreCore, settings: Settings): Promise<boolean> {
  const value = { clerkName: settings.clerkName.trim(), clerkUnit: settings.clerkUnit.trim() };
  if (!(await core.guardWrite(() => writeSetting(core.db, SETTING_KEYS.clerk, value)))) return false;
  core.cell.set({ settings: value });
  return true;
}

export async function saveMappings(core: StoreCore, mappings: SavedMapping[]): Promise<boolean> {
  if (!(await core.guardWrite(() => writeMappings(core.db, mappings)))) return false;
  const bySignature = new Map(core.snap.mappings.map((m) => [m.signature, m]));
  for (const m of mappings) bySignature.set(m.signature, m);
  core.cell.set({ mappings: [...bySignature.values()] });
  return true;
}

export function markFirstRunDone(core: StoreCore): Promise<boolean> {
  return core.guardWrite(() => writeSetting(core.db, SETTING_KEYS.firstRunDone, true));
}

export async function clearAllData(core: StoreCore): Promise<boolean> {
  core.editor = null;
  core.pendingView = null;
  try {
    await core.db.delete({ disableAutoOpen: false });
    await core.db.open();
  } catch (e) {
    core.cell.fatalFrom('DB_CLEAR_FAILED', e);
    return false;
  }
  const { version, planVersion } = core.snap;
  core.cell.set(
    { ...initialSnapshot(YUELU_POLICY), ready: true, version, planVersion, settings: DEFAULT_SETTINGS },
    { plan: true },
  );
  core.cell.toast('success', '本机数据已清除。');
  return true;
}
