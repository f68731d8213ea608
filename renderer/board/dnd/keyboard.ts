/**
 * Keyboard dragging on the virtual board: Space picks a card up, ↑/↓ move to the previous/next
 * card of the lane, ←/→ to the neighbouring lane's header, Space (or Enter) drops, Esc cancels.
 *
 * dnd-kit's KeyboardSensor scrolls the dragged card's own scroll container when the new position
 * is in its lower half, and under React 19 that scroll is not noticed (a stale scroll-container
 * cache): the drag gets stuck. This sensor never scrolls by itself. A stepper (Board) says where
 * the next stop is on screen, scrolling the lane first if the card is hidden, and the sensor moves
 * the drag so that the collision rect's centre lands exactly there — measured from where dnd-kit
 * says the rect is now, so scroll and layout shifts correct themselves on the next key.
 */
import type { Activators, SensorInstance, SensorProps, Translate } from '@dnd-kit/core';

type Coordinates = Translate;

export type { Coordinates };
export type StepKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export interface KeyboardStepper {
  /** Called when a drag starts, with the draggable's data (where the card was picked up). */
  begin(data: unknown): void;
  /** The screen point of the next stop for `key`, or null to stay. */
  step(key: StepKey): Coordinates | null;
}

export interface BoardKeyboardOptions {
  stepper: KeyboardStepper;
}

const STEP_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
const isStepKey = (code: string): code is StepKey => STEP_KEYS.includes(code);

export class BoardKeyboardSensor implements SensorInstance {
  autoScrollEnabled = false;
  private translate: Coordinates = { x: 0, y: 0 };
  private readonly doc: Document;
  private readonly win: Window;
  private done = false;

  constructor(private readonly props: SensorProps<BoardKeyboardOptions>) {
    const target = props.event.target;
    this.doc = target instanceof Node && target.ownerDocument ? target.ownerDocument : document;
    this.win = this.doc.defaultView ?? window;
    this.win.addEventListener('resize', this.cancel);
    this.win.addEventListener('visibilitychange', this.cancel);
    props.options.stepper.begin(props.activeNode.data.current);
    props.onStart({ x: 0, y: 0 });
    // Not the Space that started the drag: listen from the next task on.
    setTimeout(() => {
      if (this.done) return;
      this.doc.addEventListener('keydown', this.onKey, true);
    });
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.code === 'Space' || e.code === 'Enter' || e.code === 'NumpadEnter') {
      e.preventDefault();
      e.stopPropagation();
      this.detach();
      this.props.onEnd();
    } else if (e.code === 'Escape') {
      this.cancel(e);
    } else if (isStepKey(e.code)) {
      e.preventDefault();
      e.stopPropagation();
      this.move(e.code);
    } else if (e.code === 'Tab') {
      // Focus must stay with the drag; Esc ends it.
      e.preventDefault();
    }
  };

  private move(key: StepKey): void {
    const point = this.props.options.stepper.step(key);
    const rect = this.props.context.current.collisionRect;
    if (!point || !rect) return;
    const cx = rect.left + rect.width / 2;
    const cy = rect.top + rect.height / 2;
    this.translate = { x: this.translate.x + point.x - cx, y: this.translate.y + point.y - cy };
    this.props.onMove(this.translate);
  }

  private readonly cancel = (e?: Event): void => {
    e?.preventDefault();
    e?.stopPropagation();
    this.detach();
    this.props.onCancel();
  };

  private detach(): void {
    this.done = true;
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.win.removeEventListener('resize', this.cancel);
    this.win.removeEventListener('visibilitychange', this.cancel);
  }

  static activators: Activators<BoardKeyboardOptions> = [
    {
      eventName: 'onKeyDown',
      handler: (
        event: { nativeEvent: KeyboardEvent; target: EventTarget; preventDefault(): void },
        _o,
        ctx,
      ) => {
        if (event.nativeEvent.code !== 'Space') return false;
        if (event.nativeEvent.ctrlKey || event.nativeEvent.altKey || event.nativeEvent.metaKey) return false;
        const activator = ctx.active.activatorNode.current;
        if (activator && event.target !== activator) return false;
        event.preventDefault();
        return true;
      },
    },
  ];
}
