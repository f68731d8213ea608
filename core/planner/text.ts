/** Small pieces of the Chinese sentences the planner writes into reasons and problems. */
import { describePlace, type ProblemPlace } from '../problems';
import type { Group, Person, Unit } from '../roster/model';

/** 微信群, QQ 群 (a space between Latin and Chinese, as printed matter sets it). */
export const platformLabel = (platform: string): string =>
  /[A-Za-z0-9]$/.test(platform) ? `${platform} 群` : `${platform}群`;

export const quoted = (text: string): string => `“${text}”`;

/** “网格工作群”（群编号 G001） — the code only when the roster gives one. */
export const groupLabel = (g: Pick<Group, 'name' | 'code'>): string =>
  g.code ? `${quoted(g.name)}（群编号 ${g.code}）` : quoted(g.name);

export const placeOf = (g: Pick<Group, 'source'> | Pick<Unit, 'source'>): ProblemPlace =>
  g.source ? { file: g.source.file, sheet: g.source.sheet, row: g.source.row } : {};

/** Prefixes the message with the file, sheet and row when the record has them. */
export function withPlace(place: ProblemPlace, message: string): string {
  const where = describePlace(place);
  return where ? `${where}：${message}` : message;
}

/** 区城管局（在编 35 人） — the staff count is what sets a department's tier. */
export const unitWithStaff = (unit: Pick<Unit, 'name' | 'staff'>): string =>
  unit.staff === null ? unit.name : `${unit.name}（在编 ${unit.staff} 人）`;

/** 张三（荣华社区 书记）. */
export function personLabel(p: Pick<Person, 'name' | 'unitName' | 'title'>): string {
  const about = [p.unitName, p.title].filter((s): s is string => !!s).join(' ');
  return about ? `${p.name}（${about}）` : p.name;
}

/** The first few items, then “等 N 个”, so a warning stays readable. */
export function listSome(items: readonly string[], limit: number, unit: string): string {
  if (items.length <= limit) return items.join('、');
  return `${items.slice(0, limit).join('、')}等 ${items.length} ${unit}`;
}
