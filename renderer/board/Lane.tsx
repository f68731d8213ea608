/**
 * One lane: a drop target (the whole column, header included) over a virtual list of cards.
 * Rows are positioned with `top` and sized by computed heights (model/layout.ts), so only the
 * rows in view (plus a few) are mounted, whatever the lane's length. The lane registers itself
 * for the keyboard stepper and remembers its scroll offset in the view (saved when it rests).
 */
import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LaneKey } from '../store/view';
import { CardRow } from './CardRow';
import type { BoardController } from './controller';
import { DROP_ATTR } from './dnd/collision';
import { laneDropId } from './dnd/ids';
import type { BoardData } from './model/board-data';
import { rowHeight } from './model/layout';
import { LANE_HINTS, LANE_TITLES, type LaneContents } from './model/lanes';

export interface LaneProps {
  ctl: BoardController;
  data: BoardData;
  lane: LaneContents;
  showUnit: boolean;
  selection: ReadonlySet<string>;
  expanded: ReadonlySet<string>;
  /** Ids being dragged (drawn faded). */
  moving: ReadonlySet<string>;
  initialScroll: number;
  onScrolled(lane: LaneKey, offset: number): void;
}

const SCROLL_SAVE_DELAY = 400;

export function Lane({
  ctl,
  data,
  lane,
  showUnit,
  selection,
  expanded,
  moving,
  initialScroll,
  onScrolled,
}: LaneProps) {
  const key = lane.key;
  const ids = lane.ids;
  const titleId = useId();
  const viewport = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const section = useRef<HTMLElement | null>(null);
  const [current, setCurrent] = useState<string | null>(null);

  const heights = useMemo(
    () => ids.map((id) => rowHeight(data.sources.get(id)?.length ?? 0, expanded.has(id))),
    [ids, data, expanded],
  );
  const starts = useMemo(() => {
    const out = new Array<number>(heights.length);
    let at = 0;
    for (let i = 0; i < heights.length; i++) {
      out[i] = at;
      at += heights[i] ?? 0;
    }
    return out;
  }, [heights]);
  // A new key function when the rows or their heights change makes the virtualizer re-measure.
  const itemKey = useCallback((i: number) => ids[i] ?? i, [ids, heights]); // eslint-disable-line react-hooks/exhaustive-deps
  const estimate = useCallback((i: number) => heights[i] ?? 0, [heights]);
  // TanStack Virtual returns functions the React Compiler cannot memoise; this component is not compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => viewport.current,
    estimateSize: estimate,
    getItemKey: itemKey,
    overscan: 6,
    initialOffset: initialScroll,
  });

  const drop = useDroppable({ id: laneDropId(key) });
  const setSection = useCallback(
    (el: HTMLElement | null) => {
      section.current = el;
      drop.setNodeRef(el);
    },
    [drop.setNodeRef], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const live = useRef({ ids, starts, heights, virtualizer });
  useLayoutEffect(() => {
    live.current = { ids, starts, heights, virtualizer };
  });
  useEffect(() => {
    ctl.registry.set(key, {
      ids: () => live.current.ids,
      section: () => section.current,
      header: () => header.current,
      viewport: () => viewport.current,
      row: (i) => {
        const { starts: s, heights: h } = live.current;
        const start = s[i];
        const size = h[i];
        return start === undefined || size === undefined ? null : { start, size };
      },
      reveal: (i) => live.current.virtualizer.scrollToIndex(i, { align: 'auto' }),
    });
    return () => {
      ctl.registry.delete(key);
    };
  }, [ctl, key]);

  useLayoutEffect(() => {
    const vp = viewport.current;
    if (vp && initialScroll > 0 && vp.scrollTop === 0) vp.scrollTop = initialScroll;
    // Only when the lane mounts (a unit chosen, a reload): later scrolling is the clerk's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A keyboard move may be waiting for a card of this lane to be drawn.
  useEffect(() => ctl.tryFocus());

  const saveTimer = useRef<number | null>(null);
  const onScroll = () => {
    if (saveTimer.current !== null) window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => {
      saveTimer.current = null;
      onScrolled(key, viewport.current?.scrollTop ?? 0);
    }, SCROLL_SAVE_DELAY);
  };
  useEffect(
    () => () => {
      if (saveTimer.current !== null) window.clearTimeout(saveTimer.current);
    },
    [],
  );

  const items = virtualizer.getVirtualItems();
  const mounted = new Set(items.map((it) => ids[it.index]));
  const tabStop = current !== null && mounted.has(current) ? current : ids[items[0]?.index ?? -1];
  const filtered = ids.length !== lane.total;
  return (
    <section
      ref={setSection}
      className={`lane lane-${key}${drop.isOver ? ' is-over' : ''}${ids.length === 0 ? ' is-empty' : ''}`}
      aria-labelledby={titleId}
      {...{ [DROP_ATTR]: laneDropId(key) }}
    >
      <div className="lane-head" ref={header} title={LANE_HINTS[key]}>
        <h3 id={titleId} className="lane-title">
          {LANE_TITLES[key]}
        </h3>
        <span
          className="lane-count"
          aria-label={filtered ? `筛选出 ${ids.length} 个，共 ${lane.total} 个` : `${ids.length} 个`}
        >
          {filtered ? `${ids.length} / ${lane.total}` : ids.length}
        </span>
      </div>
      <div className="lane-scroll" ref={viewport} onScroll={onScroll}>
        {ids.length === 0 ? (
          <p className="lane-empty">
            {filtered ? '没有符合筛选条件的群' : key === 'merged' ? '把群拖到另一个群上即合并' : '拖到这里'}
          </p>
        ) : (
          <div
            className="lane-rows"
            style={{ height: virtualizer.getTotalSize() }}
            role="list"
            aria-label={`${LANE_TITLES[key]}栏的群`}
          >
            {items.map((it) => {
              const id = ids[it.index];
              const card = id === undefined ? null : data.card(id);
              if (id === undefined || !card) return null;
              return (
                <CardRow
                  key={it.key}
                  ctl={ctl}
                  data={data}
                  card={card}
                  lane={key}
                  top={it.start}
                  height={it.size}
                  showUnit={showUnit}
                  selected={selection.has(id)}
                  expanded={expanded.has(id)}
                  tabStop={id === tabStop}
                  moving={moving.has(id)}
                  onFocusCard={setCurrent}
                />
              );
            })}
          </div>
        )}
      </div>
    </section>
  );
}
