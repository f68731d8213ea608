/**
 * Drag and drop over the lanes (dnd-kit): the pointer (after 5 px, so a click still selects) and
 * the keyboard (dnd/keyboard.ts), the hit-test collision detection, the Chinese announcements,
 * and a translucent overlay (the dragged row may scroll out of its virtual lane). A drop becomes
 * an outcome (model/drop.ts) that the controller runs as one undo step, or asks about first.
 */
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useMemo, useState, type ReactNode } from 'react';
import { CardBody } from './CardBody';
import type { BoardController } from './controller';
import { boardAnnouncements, SCREEN_READER_INSTRUCTIONS } from './dnd/announcements';
import { boardCollision } from './dnd/collision';
import { dropTargetOf, isDragData, type DragData } from './dnd/ids';
import { BoardKeyboardSensor } from './dnd/keyboard';
import { laneStepper } from './dnd/registry';
import type { BoardData } from './model/board-data';
import { planDrop } from './model/drop';
import { findCard } from './model/lanes';

export interface ActiveDrag {
  drag: DragData;
  ids: string[];
  keyboard: boolean;
}

export function BoardDnd({
  ctl,
  data,
  showUnit,
  onActive,
  children,
}: {
  ctl: BoardController;
  data: BoardData;
  showUnit: boolean;
  onActive(active: ActiveDrag | null): void;
  children: ReactNode;
}) {
  const [active, setActive] = useState<ActiveDrag | null>(null);
  const stepper = useMemo(
    () =>
      laneStepper(ctl.registry, (drag) => {
        const lanes = ctl.latest.lanes;
        if (!lanes) return null;
        const at = drag.fromStack
          ? ctl.latest.data?.plan.decisions.get(drag.groupId)?.targetId
          : drag.groupId;
        return at ? findCard(lanes, at) : null;
      }),
    [ctl],
  );
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(BoardKeyboardSensor, { stepper }),
  );
  const accessibility = useMemo(
    () => ({
      announcements: boardAnnouncements(
        (id) => ctl.latest.data?.nameOf(id) ?? id,
        (id) => ctl.moving(id).length,
      ),
      screenReaderInstructions: SCREEN_READER_INSTRUCTIONS,
    }),
    [ctl],
  );

  const update = (next: ActiveDrag | null) => {
    ctl.setDragging(next !== null);
    setActive(next);
    onActive(next);
  };

  const onDragStart = (e: DragStartEvent) => {
    const drag = e.active.data.current;
    if (!isDragData(drag)) return;
    const keyboard = e.activatorEvent instanceof KeyboardEvent;
    update({ drag, ids: drag.fromStack ? [drag.groupId] : ctl.moving(drag.groupId), keyboard });
  };

  const onDragEnd = (e: DragEndEvent) => {
    const current = active;
    update(null);
    if (!current) return;
    const back = current.keyboard ? (current.drag.fromStack ? null : current.drag.groupId) : null;
    let target = dropTargetOf(e.over?.id);
    if (target?.kind === 'card' && target.id === current.drag.groupId) target = null;
    const latest = ctl.latest.data;
    if (!target || !latest) {
      if (back) ctl.focusCard(back);
      return;
    }
    const outcome = planDrop(latest, current.ids, target);
    const focus = current.keyboard ? (target.kind === 'card' ? target.id : (current.ids[0] ?? null)) : null;
    ctl.run(outcome, focus);
  };

  const onDragCancel = () => {
    const current = active;
    update(null);
    if (current?.keyboard && !current.drag.fromStack) ctl.focusCard(current.drag.groupId);
  };

  const card = active ? data.card(active.drag.groupId) : null;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={boardCollision}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      {children}
      <DragOverlay dropAnimation={null} className="drag-overlay">
        {active && card ? (
          <div className={`card card-overlay${active.ids.length > 1 ? ' is-many' : ''}`}>
            <CardBody card={card} showUnit={showUnit} />
            {active.ids.length > 1 && <span className="overlay-count">共 {active.ids.length} 个群</span>}
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
