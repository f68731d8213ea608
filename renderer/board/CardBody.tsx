/**
 * What a card shows, and nothing else: a memoised presentational component (the draggable
 * wrapper around it re-renders with dnd-kit's context; this does not, unless its card changed).
 * Three lines, each one line high: platform, name and members; the category of a 转出 group,
 * flags, unit, business line and activity; the rule and the auto-plan's reason (or, for a merged
 * group, its target).
 */
import { memo } from 'react';
import type { CardView } from './model/board-data';

const PLATFORM_CLASS: ReadonlyMap<string, string> = new Map([
  ['微信', 'wx'],
  ['QQ', 'qq'],
  ['钉钉', 'dd'],
  ['政务微信', 'zw'],
]);

/** The reason without the rule's own prefix ("人工调整：保留" → "保留"), which the label shows. */
export function reasonText(card: Pick<CardView, 'ruleLabel' | 'reason'>): string {
  const prefix = `${card.ruleLabel}：`;
  return card.reason.startsWith(prefix) ? card.reason.slice(prefix.length) : card.reason;
}

export function PlatformBadge({ platform }: { platform: string }) {
  return <span className={`platform platform-${PLATFORM_CLASS.get(platform) ?? 'other'}`}>{platform}</span>;
}

export interface CardBodyProps {
  card: CardView;
  /** Name the unit (the lanes show several units). */
  showUnit: boolean;
}

function Body({ card, showUnit }: CardBodyProps) {
  const reason = reasonText(card);
  const tip = card.targetName
    ? `并入“${card.targetName}”。${card.ruleLabel}：${reason}`
    : `${card.ruleLabel}：${reason}`;
  return (
    <>
      <span className="card-line card-title">
        <PlatformBadge platform={card.platform} />
        {card.created && <span className="tag tag-new">新建</span>}
        <span className="card-name" title={card.name}>
          {card.shortName}
        </span>
        <span className="card-members">{card.members}人</span>
      </span>
      <span className="card-line card-meta">
        {card.lane === 'reclassified' && <span className="tag tag-category">{card.category}</span>}
        {card.photoRequired && <span className="flag flag-danger">晒照片</span>}
        {card.temporary && <span className="flag flag-warn">临时</span>}
        {card.headFlags > 0 && <span className="flag flag-danger">社区负责人 {card.headFlags}</span>}
        {showUnit && <span className="card-unit">{card.unitName}</span>}
        <span className="card-line-part">{card.businessLine ?? '未分类'}</span>
        <span className="card-activity" title={card.lastActive ? `最近活跃 ${card.lastActive}` : undefined}>
          {card.lastActive ? (
            <>
              <span className="activity-prefix">最近</span>活跃 {card.lastActive}
            </>
          ) : (
            '无活跃记录'
          )}
        </span>
      </span>
      <span className="card-line card-reason" title={tip}>
        {card.targetName ? (
          <>
            <span className="card-target">→ 并入“{card.targetName}”</span>
            <span className="rule">{card.ruleLabel}</span>
          </>
        ) : (
          <>
            <span className="rule">{card.ruleLabel}</span>
            <span className="reason">{reason}</span>
          </>
        )}
      </span>
    </>
  );
}

const KEYS: ReadonlyArray<keyof CardView> = [
  'id',
  'name',
  'shortName',
  'unitName',
  'platform',
  'members',
  'businessLine',
  'lastActive',
  'lane',
  'ruleLabel',
  'reason',
  'targetName',
  'temporary',
  'photoRequired',
  'headFlags',
  'created',
  'category',
];

/** Cards are rebuilt per plan version; most are unchanged, so compare what is drawn. */
export function sameCard(a: CardBodyProps, b: CardBodyProps): boolean {
  if (a.showUnit !== b.showUnit) return false;
  if (a.card === b.card) return true;
  return KEYS.every((k) => a.card[k] === b.card[k]);
}

export const CardBody = memo(Body, sameCard);
