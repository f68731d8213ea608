/**
 * One row of a lane: the draggable card (also a drop target when its group is open), its 移至…
 * button, and for a merge stack the "已并入 N 个群" line with the sources, each of which can be
 * dragged out (拆分) or 拆出 with a button. Rows are positioned with `top` (dnd-kit measures
 * ignoring transforms) at the height the lane computed for them.
 */
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { LaneKey } from '../store/view';
import { CardBody } from './CardBody';
import type { BoardController } from './controller';
import { DROP_ATTR } from './dnd/collision';
import { cardDragId, cardDropId, sourceDragId, type DragData } from './dnd/ids';
import type { BoardData, CardView } from './model/board-data';
import { CARD_HEIGHT, ROW_GAP } from './model/layout';

export interface CardRowProps {
  ctl: BoardController;
  data: BoardData;
  card: CardView;
  lane: LaneKey;
  top: number;
  height: number;
  showUnit: boolean;
  selected: boolean;
  expanded: boolean;
  tabStop: boolean;
  /** Part of what is being dragged (drawn faded). */
  moving: boolean;
  onFocusCard(id: string): void;
}

const NAV_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'];

function openMenuFrom(
  ctl: BoardController,
  id: string,
  el: HTMLElement,
  at?: { x: number; y: number },
): void {
  const r = el.getBoundingClientRect();
  ctl.openMenu({ ids: ctl.moving(id), x: at?.x ?? r.right - 8, y: at?.y ?? r.top + 24, returnFocus: el });
}

/**
 * A card's view is rebuilt on every plan change (BoardData is per plan version), but a drop
 * changes one or two cards of the hundreds drawn: compare by value so that only those re-render.
 * The stack's sources are read from the roster index, which does not change with the plan.
 */
function sameCard(a: CardView, b: CardView): boolean {
  if (a === b) return true;
  for (const key of Object.keys(a) as Array<keyof CardView>) {
    if (key === 'sourceIds') continue;
    if (a[key] !== b[key]) return false;
  }
  return a.sourceIds.length === b.sourceIds.length && a.sourceIds.every((s, i) => s === b.sourceIds[i]);
}

function sameRow(a: CardRowProps, b: CardRowProps): boolean {
  return (
    a.ctl === b.ctl &&
    a.lane === b.lane &&
    a.top === b.top &&
    a.height === b.height &&
    a.showUnit === b.showUnit &&
    a.selected === b.selected &&
    a.expanded === b.expanded &&
    a.tabStop === b.tabStop &&
    a.moving === b.moving &&
    a.onFocusCard === b.onFocusCard &&
    a.data.index === b.data.index &&
    sameCard(a.card, b.card)
  );
}

export const CardRow = memo(CardRowView, sameRow);

function CardRowView(props: CardRowProps) {
  const { ctl, card, lane, selected, tabStop } = props;
  const id = card.id;
  const open = lane === 'kept' || lane === 'pending';
  const dragData: DragData = { groupId: id, lane, fromStack: false };
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: cardDragId(id),
    data: dragData,
    attributes: { roleDescription: '可拖动的群卡片' },
  });
  const { setNodeRef: setDropRef, isOver } = useDroppable({ id: cardDropId(id), disabled: !open });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (ctl.dragging) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      ctl.click(id, { ctrl: false, shift: false });
    } else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) {
      e.preventDefault();
      openMenuFrom(ctl, id, e.currentTarget);
    } else if (e.code === 'Space' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      ctl.click(id, { ctrl: true, shift: false });
    } else if (e.key === 'Escape' && ctl.latest.selection.length > 0) {
      ctl.clearSelection();
    } else if (NAV_KEYS.includes(e.key) && !e.altKey && !e.ctrlKey) {
      e.preventDefault();
      ctl.navigate(id, lane, e.key);
    } else {
      listeners?.onKeyDown?.(e);
    }
  };
  const onClick = (e: MouseEvent<HTMLDivElement>) =>
    ctl.click(id, { ctrl: e.ctrlKey || e.metaKey, shift: e.shiftKey });
  const onContextMenu = (e: MouseEvent<HTMLDivElement>) => {
    e.preventDefault();
    openMenuFrom(ctl, id, e.currentTarget, { x: e.clientX, y: e.clientY });
  };
  const label = `${card.name}，${card.platform}，${card.members}人，${card.ruleLabel}${
    card.targetName ? `，并入“${card.targetName}”` : ''
  }`;
  return (
    <div
      className={`card-row${selected ? ' is-selected' : ''}${isOver ? ' is-over' : ''}${
        props.moving || isDragging ? ' is-moving' : ''
      }${card.created ? ' is-created' : ''}`}
      style={{ top: props.top, height: props.height - ROW_GAP }}
      ref={setDropRef}
      {...{ [DROP_ATTR]: cardDropId(id) }}
      role="listitem"
    >
      <div
        ref={setNodeRef}
        {...attributes}
        {...listeners}
        className="card"
        style={{ height: CARD_HEIGHT - 2 }}
        tabIndex={tabStop ? 0 : -1}
        aria-pressed={selected}
        aria-label={label}
        data-card-id={id}
        data-lane={lane}
        onKeyDown={onKeyDown}
        onClick={onClick}
        onContextMenu={onContextMenu}
        onFocus={() => props.onFocusCard(id)}
      >
        <CardBody card={card} showUnit={props.showUnit} />
      </div>
      <button
        type="button"
        className="card-menu-button"
        tabIndex={tabStop ? 0 : -1}
        aria-haspopup="menu"
        aria-label={`移至…（${card.name}）`}
        title="移至…（Shift+F10）"
        onClick={(e) => openMenuFrom(ctl, id, e.currentTarget)}
      >
        ⋯
      </button>
      {card.sourceIds.length > 0 && (
        <Stack ctl={ctl} data={props.data} card={card} lane={lane} expanded={props.expanded} />
      )}
    </div>
  );
}

function Stack({
  ctl,
  data,
  card,
  lane,
  expanded,
}: {
  ctl: BoardController;
  data: BoardData;
  card: CardView;
  lane: LaneKey;
  expanded: boolean;
}) {
  return (
    <>
      <button
        type="button"
        className="stack-toggle"
        aria-expanded={expanded}
        onClick={() => ctl.toggleStack(card.id)}
      >
        <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> 已并入 {card.sourceIds.length} 个群
        <span className="sr-only">（{card.name}）</span>
      </button>
      {expanded && (
        <ul className="stack-sources" aria-label={`并入“${card.name}”的群`}>
          {card.sourceIds.map((s) => (
            <SourceRow key={s} ctl={ctl} data={data} id={s} lane={lane} />
          ))}
        </ul>
      )}
    </>
  );
}

function SourceRow({
  ctl,
  data,
  id,
  lane,
}: {
  ctl: BoardController;
  data: BoardData;
  id: string;
  lane: LaneKey;
}) {
  const dragData: DragData = { groupId: id, lane, fromStack: true };
  const { setNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: sourceDragId(id),
    data: dragData,
    attributes: { roleDescription: '可拖出的并入群' },
  });
  const g = data.index.groupById.get(id);
  const name = g?.name ?? id;
  return (
    <li className={`stack-source${isDragging ? ' is-moving' : ''}`}>
      <span
        ref={setNodeRef}
        {...attributes}
        {...listeners}
        className="stack-source-name"
        aria-label={`${name}（拖出即拆分）`}
        data-source-id={id}
      >
        {name}
      </span>
      <span className="stack-source-size">
        {g?.memberCount ?? data.index.membersByGroup.get(id)?.length ?? 0}人
      </span>
      <button
        type="button"
        className="btn btn-quiet btn-small"
        aria-label={`拆出“${name}”`}
        onClick={() => ctl.unmerge([id])}
      >
        拆出
      </button>
    </li>
  );
}
