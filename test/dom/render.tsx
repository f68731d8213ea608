/** Rendering the app into happy-dom for component tests (React's act, no testing library). */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from '../../renderer/app/App';
import { StoreProvider } from '../../renderer/store/context';
import type { WorkspaceStore } from '../../renderer/store/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  unmount(): Promise<void>;
}

export async function render(ui: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | null = null;
  await act(async () => {
    root = createRoot(container);
    root.render(ui);
  });
  return {
    container,
    async unmount() {
      await act(async () => root?.unmount());
      container.remove();
    },
  };
}

export const renderApp = (store: WorkspaceStore): Promise<Rendered> =>
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );

/** Lets React and the store's queued tasks run until `check` passes (or fails after ~3 s). */
export async function until(check: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function click(el: Element | null | undefined): Promise<void> {
  if (!(el instanceof HTMLElement)) throw new Error('nothing to click');
  await act(async () => el.click());
}

/** Sets an input's value as typing does (React listens to the native input event). */
export async function type(el: Element | null | undefined, value: string): Promise<void> {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) throw new Error('not an input');
  const proto = el instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  await act(async () => {
    setter?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function key(target: EventTarget, init: KeyboardEventInit): Promise<void> {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });
}

/** The button whose text (or aria-label) is `name`. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof name === 'string'
      ? label.trim() === name || (b.textContent ?? '').trim() === name
      : name.test(label);
  });
}

export const text = (root: ParentNode): string =>
  (root instanceof Element ? root.textContent : document.body.textContent) ?? '';
