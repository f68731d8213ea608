/** The recorded plan's 处置理由, as a clerk would write them. */
import type { GroupFacts } from './facts';
import type { FinalSlot, GroupSlot } from './fates';

export function keptReason(g: GroupSlot, allDead: boolean, absorbed: number): string {
  if (allDead) return '保留：各群均长期未活跃，保留最近活跃的群恢复日常使用';
  const base = g.main ? '保留：单位工作总群，承担日常工作调度' : `保留：${g.line}条线工作群`;
  return absorbed > 0 ? `${base}，并入同类群 ${absorbed} 个` : base;
}

export function mergedReason(g: GroupSlot, final: FinalSlot, targetName: string): string {
  if (final.kind === 'created') return `整合为“${targetName}”`;
  if (g.duplicate) return `与“${targetName}”重复，合并`;
  if (g.line === final.line) return `与“${targetName}”同属${g.line}条线、成员重叠，合并`;
  return `内容与“${targetName}”相近，合并`;
}

const CHAT_WORDS = /闲聊|聊天|交流|党员|便民/;

export function dissolvedReason(f: GroupFacts): string {
  if (f.temporary && f.endDate) return `临时工作已结束（结束日期 ${f.endDate}），解散`;
  if (CHAT_WORDS.test(f.name)) return '以日常闲聊为主，不属于工作群，解散';
  if (f.photoRequired) return '要求晒照片打卡，属形式主义群，解散';
  return `长期无人发言（最近活跃 ${f.lastActive}），解散`;
}
