/**
 * The published outcome the sample district reproduces (DESIGN §1, §2, §6) and the sample's
 * fixed parameters. Everything the generator asserts about its output is named here.
 */
export const SAMPLE_SEED = 20260305;
/** The plan date: the 填报日期 written in the sample rosters. */
export const PLAN_DATE = '2026-03-05';
export const PLAN_DATE_TEXT = '2026年3月5日';
export const DISTRICT = '岳麓区';

export const PUBLISHED = {
  before: 1784,
  mergedOrDissolved: 1170,
  kept: 614,
  created: 117,
  after: 731,
  reclassified: 0,
  /** (1784 − 731) / 1784 = 0.590…, reported as 59%. */
  compressionPercent: 59,
  showcaseAreaBefore: 127,
  showcaseAreaAfter: 16,
  secretaryAfter: 6,
} as const;

/** "Dozens of groups" before the plan, for the showcase community's party secretary. */
export const SECRETARY_BEFORE_RANGE = [30, 40] as const;
/** Non-work groups (chat, party-member, public-service): listed, never counted. */
export const NON_WORK_RANGE = [100, 200] as const;

/** Work groups of the showcase street's own office and of each of its communities. */
export const SHOWCASE_STREET_GROUPS = 67;
export const SHOWCASE_COMMUNITY_GROUPS: readonly number[] = [12, 10, 9, 8, 11, 10];
/** Groups created by merges in the showcase street's own office (kept there: 10 − 3 = 7). */
export const SHOWCASE_STREET_CREATED = 3;
