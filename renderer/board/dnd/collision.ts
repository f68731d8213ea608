/**
 * Which card or lane a drag is over: the element under the pointer (for the keyboard, the centre
 * of the dragged rect), found by the browser's own hit test. dnd-kit's rectangle algorithms
 * measure droppables once and miss virtual rows that scroll, cards hidden under a lane's header
 * or clipped by its scroll area, and gaps between cards; elementFromPoint sees exactly what the
 * clerk sees. The overlay does not take pointer events, so it is never "under" the pointer.
 *
 * A card is a target only when it is registered and enabled (open groups), and not the dragged
 * card itself; anything else in a lane means the lane.
 */
import type { ClientRect, Collision, CollisionDetection, UniqueIdentifier } from '@dnd-kit/core';
import { isDragData } from './ids';

export const DROP_ATTR = 'data-drop-id';

function centre(rect: ClientRect): { x: number; y: number } {
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

export const boardCollision: CollisionDetection = ({
  active,
  collisionRect,
  droppableContainers,
  pointerCoordinates,
}) => {
  const point = pointerCoordinates ?? centre(collisionRect);
  const hit = document.elementFromPoint(point.x, point.y);
  const enabled = new Map<UniqueIdentifier, (typeof droppableContainers)[number]>();
  for (const c of droppableContainers) enabled.set(c.id, c);
  const self = isDragData(active.data.current) ? `c:${active.data.current.groupId}` : null;
  let el: Element | null = hit ? hit.closest(`[${DROP_ATTR}]`) : null;
  const out: Collision[] = [];
  while (el) {
    const id = el.getAttribute(DROP_ATTR);
    const container = id === null ? undefined : enabled.get(id);
    if (id !== null && container && id !== self) {
      out.push({ id, data: { droppableContainer: container, value: 0 } });
      break;
    }
    el = el.parentElement ? el.parentElement.closest(`[${DROP_ATTR}]`) : null;
  }
  return out;
};
