/**
 * What a screen reader hears while dragging (dnd-kit's live region), in Chinese: picked up, where
 * the card would go, dropped, cancelled. The texts are built by pure functions over names so that
 * tests can check them without a drag.
 */
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { LaneKey } from '../../store/view';
import { LANE_TITLES } from '../model/lanes';
import type { DropTarget } from '../model/drop';
import { dropTargetOf, isDragData } from './ids';

export const SCREEN_READER_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    '按空格键拿起这个群。拿起后用上、下方向键在同一栏的群之间移动，左、右方向键换到相邻的栏；' +
    '移到另一个群上放下即合并，移到栏上放下即移入该栏。再按空格键放下，按 Esc 键取消。',
};

/** "XX群", or "XX群 等 3 个群" when a selection is dragged. */
export function draggedName(name: string, count: number): string {
  return count > 1 ? `${name} 等 ${count} 个群` : name;
}

export const pickedUpText = (who: string): string => `已拿起 ${who}。用方向键移动，空格放下，Esc 取消。`;

export function overText(who: string, target: DropTarget | null, nameOf: (id: string) => string): string {
  if (target === null) return `${who} 不在可放下的位置。`;
  if (target.kind === 'card') return `${who} 将并入 ${nameOf(target.id)}`;
  if (target.lane === 'merged') return `${who} 在“合并”栏：合并请移到目标群的卡片上`;
  return `${who} 将移至“${LANE_TITLES[target.lane]}”栏`;
}

export function droppedText(
  who: string,
  target: DropTarget | null,
  from: LaneKey,
  nameOf: (id: string) => string,
): string {
  if (target === null) return `已放下 ${who}，位置未变。`;
  if (target.kind === 'card') return `已放下 ${who}，将并入 ${nameOf(target.id)}，请确认合并方式。`;
  if (target.lane === from) return `已放下 ${who}，仍在“${LANE_TITLES[from]}”栏。`;
  if (target.lane === 'merged') return `已放下 ${who}，位置未变：合并请放到目标群的卡片上。`;
  return `已放下 ${who}，移至“${LANE_TITLES[target.lane]}”栏。`;
}

export const cancelledText = (who: string): string => `已取消拖动 ${who}，已放回原处。`;

/**
 * dnd-kit announcements over the board: `count(groupId)` says how many cards move with it (a
 * selection), `nameOf` names groups.
 */
export function boardAnnouncements(
  nameOf: (id: string) => string,
  count: (groupId: string) => number,
): Announcements {
  const who = (data: unknown): string => {
    if (!isDragData(data)) return '群';
    return draggedName(nameOf(data.groupId), count(data.groupId));
  };
  const from = (data: unknown): LaneKey => (isDragData(data) ? data.lane : 'pending');
  const self = (data: unknown, target: DropTarget | null): DropTarget | null =>
    isDragData(data) && target?.kind === 'card' && target.id === data.groupId ? null : target;
  // Until the card has moved, "over its own lane" is where it was picked up: say nothing, so
  // that the pick-up instructions are not replaced at once.
  let moved = false;
  return {
    onDragStart: ({ active }) => {
      moved = false;
      return pickedUpText(who(active.data.current));
    },
    onDragMove: () => {
      moved = true;
      return undefined;
    },
    onDragOver: ({ active, over }) => {
      const target = self(active.data.current, dropTargetOf(over?.id));
      const home = target === null || (target.kind === 'lane' && target.lane === from(active.data.current));
      if (!moved && home) return undefined;
      moved = true;
      return overText(who(active.data.current), target, nameOf);
    },
    onDragEnd: ({ active, over }) =>
      droppedText(
        who(active.data.current),
        self(active.data.current, dropTargetOf(over?.id)),
        from(active.data.current),
        nameOf,
      ),
    onDragCancel: ({ active }) => cancelledText(who(active.data.current)),
  };
}
