/**
 * The policy schema. Custom policies arrive as JSON written by hand or by another office, so
 * they are validated (zod) and every problem is reported in Chinese with its path.
 */
import { z } from 'zod';

const unitType = z.enum(['department', 'street', 'town', 'community', 'village']);
const nonWorkCategory = z.enum(['日常交流群', '党员交流群', '便民服务群']);

export const quotaTierSchema = z
  .object({
    unitType,
    /** Inclusive upper bound of 在编人数 for this tier; null = no upper bound. */
    maxStaff: z.number().int().nonnegative().nullable(),
    quota: z.number().int().nonnegative(),
  })
  .strict();

export const policySchema = z
  .object({
    name: z.string().trim().min(1).max(50),
    description: z.string().max(500).default(''),
    /** Per unit type, ordered by maxStaff ascending, the last with maxStaff null. */
    tiers: z.array(quotaTierSchema).min(1),
    /** Which tier a unit without 在编人数 is assumed to be in (the warning names it). */
    missingStaffTier: z.enum(['lowest', 'highest']).default('lowest'),
    businessLines: z.array(z.string().trim().min(1)).default([]),
    /** Rule 1: words in a work group's name that mark it as a non-work group. */
    reclassifyWords: z
      .array(z.object({ word: z.string().trim().min(1), category: nonWorkCategory }).strict())
      .default([]),
    /** Rule 2. */
    dissolveEndedTemporary: z.boolean().default(true),
    /** Rule 3: days without activity before a group counts as dead; null turns the rule off. */
    inactivityDays: z.number().int().positive().nullable().default(90),
    /** Rule 4: member overlap (0–1] at which two groups of a unit and platform are duplicates. */
    duplicateOverlap: z.number().gt(0).lte(1).default(0.8),
    /** Member caps per platform; a merge never goes past the target platform's cap. */
    platformCaps: z
      .array(z.object({ platform: z.string().trim().min(1), cap: z.number().int().positive() }).strict())
      .default([]),
    /** Cap for a platform not listed; null means no cap is known (merges are not limited). */
    defaultCap: z.number().int().positive().nullable().default(null),
    /** Rule 5: groups of other platforms may move into this one; null keeps every merge within its platform. */
    preferredPlatform: z.string().trim().min(1).nullable().default(null),
  })
  .strict();

export type QuotaTier = z.infer<typeof quotaTierSchema>;
export type Policy = z.infer<typeof policySchema>;
/** What a policy JSON file may leave out (defaults fill it). */
export type PolicyInput = z.input<typeof policySchema>;
