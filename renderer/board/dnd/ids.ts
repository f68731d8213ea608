/**
 * dnd-kit ids of the board. A group can be both a card (in its lane) and a row inside its
 * target's stack, so the two draggables differ by prefix; droppables are cards and lanes.
 * Group ids come from files: they are only ever compared, never parsed beyond the prefix.
 */
import type { UniqueIdentifier } from '@dnd-kit/core';
import { LANE_KEYS, type LaneKey } from '../../store/view';
import type { DropTarget } from '../model/drop';

export const cardDragId = (groupId: string): string => `c:${groupId}`;
export const sourceDragId = (groupId: string): string => `s:${groupId}`;
export const cardDropId = (groupId: string): string => `c:${groupId}`;
export const laneDropId = (lane: LaneKey): string => `l:${lane}`;

/** What a draggable carries. */
export interface DragData {
  groupId: string;
  /** Where it was picked up: its lane, or the lane of the stack it was dragged out of. */
  lane: LaneKey;
  /** A row inside a merge stack (dragging it out unmerges). */
  fromStack: boolean;
}

export function dropTargetOf(id: UniqueIdentifier | null | undefined): DropTarget | null {
  if (typeof id !== 'string') return null;
  if (id.startsWith('c:')) return { kind: 'card', id: id.slice(2) };
  if (id.startsWith('l:')) {
    const lane = LANE_KEYS.find((k) => k === id.slice(2));
    return lane ? { kind: 'lane', lane } : null;
  }
  return null;
}

export function isDragData(v: unknown): v is DragData {
  return typeof v === 'object' && v !== null && typeof (v as { groupId?: unknown }).groupId === 'string';
}
