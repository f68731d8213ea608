/**
 * The roster's vocabulary: platforms, group categories and 拟处置 words, normalised. Lookups are
 * memoised per raw text, because a 100k-row sheet repeats a handful of values.
 */
import {
  NON_WORK_CATEGORIES,
  WORK_CATEGORY,
  type GroupCategory,
  type NonWorkCategory,
} from '../roster/model';
import { ACTION_WORDS } from './fields';
import { fold } from './text';

const PLATFORM_WORDS: ReadonlyMap<string, string> = new Map([
  ...['微信', 'wechat', 'weixin', 'wx', 'vx', 'v信'].map((w): [string, string] => [w, '微信']),
  ...['qq', 'tim'].map((w): [string, string] => [w, 'QQ']),
  ...['钉钉', 'dingtalk', 'dingding', 'ding'].map((w): [string, string] => [w, '钉钉']),
  ...[
    '政务微信',
    '企业微信(政务版)',
    '企业微信政务版',
    '政务版企业微信',
    '政务企业微信',
    '企业微信-政务版',
    'wecom(政务版)',
  ].map((w): [string, string] => [w, '政务微信']),
]);

export interface PlatformValue {
  platform: string;
  known: boolean;
}

/** 微信/WeChat/weixin/wx → 微信, QQ, 钉钉/DingTalk, 政务微信; others as written (known false). */
export function normalizePlatform(text: string, cache: Map<string, PlatformValue>): PlatformValue {
  const hit = cache.get(text);
  if (hit) return hit;
  const key = fold(text).toLowerCase();
  let platform = PLATFORM_WORDS.get(key);
  // 微信群, QQ群, 钉钉群
  if (platform === undefined && key.endsWith('群')) platform = PLATFORM_WORDS.get(key.slice(0, -1));
  const v: PlatformValue =
    platform === undefined ? { platform: text, known: false } : { platform, known: true };
  cache.set(text, v);
  return v;
}

const CATEGORY_WORDS: ReadonlyMap<string, GroupCategory> = new Map<string, GroupCategory>([
  ...['工作群', '工作', '工作类', '业务群'].map((w): [string, GroupCategory] => [w, WORK_CATEGORY]),
  ...['日常交流群', '日常交流', '交流群', '交流', '聊天群', '闲聊群', '闲聊', '聊天'].map(
    (w): [string, GroupCategory] => [w, '日常交流群'],
  ),
  ...['党员交流群', '党员群', '党员'].map((w): [string, GroupCategory] => [w, '党员交流群']),
  ...['便民服务群', '便民服务', '服务群', '便民群', '便民'].map((w): [string, GroupCategory] => [
    w,
    '便民服务群',
  ]),
]);

/** The category a 群类别 cell names; undefined when it is not one of ours. */
export function normalizeCategory(
  text: string,
  cache: Map<string, GroupCategory | undefined>,
): GroupCategory | undefined {
  if (cache.has(text)) return cache.get(text);
  const v = CATEGORY_WORDS.get(fold(text).toLowerCase());
  cache.set(text, v);
  return v;
}

export function isNonWorkCategory(c: GroupCategory): c is NonWorkCategory {
  return (NON_WORK_CATEGORIES as readonly string[]).includes(c);
}

export type ActionKind = (typeof ACTION_WORDS)[string];

/** 保留/合并/解散/转出/待定 and their synonyms; a leading 拟 is allowed (拟合并). */
export function parseAction(text: string): ActionKind | undefined {
  let key = fold(text);
  if (Object.hasOwn(ACTION_WORDS, key)) return ACTION_WORDS[key];
  if (key.startsWith('拟')) key = key.slice(1);
  return Object.hasOwn(ACTION_WORDS, key) ? ACTION_WORDS[key] : undefined;
}
