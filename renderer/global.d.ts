/** The host's API, installed by the preload (contextBridge) or by the end-to-end harness. */
import type { PlannerApi } from '../preload/contract';

declare global {
  interface Window {
    /** Missing only when the page runs without a host (a plain browser): main.tsx checks. */
    api: PlannerApi;
  }
}

export {};
