/**
 * The `settings` table: key → value. Values are read defensively (a row written by another
 * version, or damaged, falls back to the default; a stored policy is validated again).
 */
import { validatePolicy } from '../../core/policy/presets';
import type { Policy } from '../../core/policy/schema';
import { DEFAULT_SETTINGS, type Settings } from './state';
import { isScreen, type Screen } from './view';

export const SETTING_KEYS = {
  /** { clerkName, clerkUnit }: 制表人 on reports. */
  clerk: 'clerk',
  /** The policy for new plans. */
  defaultPolicy: 'defaultPolicy',
  /** The clerk's last saved custom policy. */
  customPolicy: 'customPolicy',
  /** { planId, screen }: where the clerk was, restored on reload. */
  session: 'session',
  /** True once the first-run sample was opened. */
  firstRunDone: 'firstRunDone',
} as const;

export interface Session {
  planId: string | null;
  screen: Screen;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function readSession(value: unknown): Session {
  if (!isRecord(value)) return { planId: null, screen: 'start' };
  const planId = typeof value.planId === 'string' ? value.planId : null;
  // The import wizard's files live in the host's memory: after a reload it starts over.
  const screen = isScreen(value.screen) && value.screen !== 'import' ? value.screen : 'start';
  return { planId, screen };
}

function readPolicy(value: unknown): Policy | null {
  if (value === undefined) return null;
  const checked = validatePolicy(value);
  return checked.ok ? checked.policy : null;
}

export function readSettings(settings: ReadonlyMap<string, unknown>): {
  settings: Settings;
  defaultPolicy: Policy | null;
  customPolicy: Policy | null;
} {
  const clerk = settings.get(SETTING_KEYS.clerk);
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    settings: isRecord(clerk)
      ? { clerkName: text(clerk.clerkName), clerkUnit: text(clerk.clerkUnit) }
      : DEFAULT_SETTINGS,
    defaultPolicy: readPolicy(settings.get(SETTING_KEYS.defaultPolicy)),
    customPolicy: readPolicy(settings.get(SETTING_KEYS.customPolicy)),
  };
}
