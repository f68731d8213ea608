/**
 * First render of the sample district: navigation start → the frame that first shows cards on
 * the board (the probe's rAF watch), in a fresh profile (the first run imports the sample through
 * the reader thread) and after a reload of the same profile (the workspace is in IndexedDB).
 */
import type { Browser, Page } from 'playwright-core';
import { firstCardsAt, hostTimes } from './page';
import { profiled } from './profile';
import { openSession } from './session';

async function waitFirstCards(page: Page): Promise<number> {
  const handle = await page.waitForFunction(firstCardsAt, undefined, { timeout: 180_000 });
  const t = (await handle.jsonValue()) as number | null;
  if (t === null) throw new Error('no first-cards time');
  return t;
}

export interface StartupFigures {
  firstRun: number[];
  reload: number[];
  /** Per first run: the window.api calls' round trips until the cards showed, per channel (ms). */
  firstRunHost: Array<Array<[string, number]>>;
}

/** With `profileDir`, the first run of the first session is CPU-profiled (its figure is then slower). */
export async function startup(
  browser: Browser,
  url: string,
  samplePath: string,
  runs: number,
  profileDir: string | null = null,
): Promise<StartupFigures> {
  const out: StartupFigures = { firstRun: [], reload: [], firstRunHost: [] };
  for (let i = 0; i < runs; i++) {
    const profile = i === 0 ? profileDir : null;
    const session = await openSession(browser, url, samplePath, profile === null);
    try {
      out.firstRun.push(
        profile !== null
          ? await profiled(session.page, profile, 'sample-first-run', async () => {
              await session.page.goto(url);
              return waitFirstCards(session.page);
            })
          : await waitFirstCards(session.page),
      );
      out.firstRunHost.push(await session.page.evaluate(hostTimes));
      // Let the first run's writes settle, as a clerk's second start comes long after the first.
      await session.page.waitForTimeout(1500);
      await session.page.reload();
      out.reload.push(await waitFirstCards(session.page));
    } finally {
      await session.close();
    }
  }
  return out;
}
