/**
 * 另存为 PDF on the report screen, timed from the click to the file being in place (the handler
 * writes it atomically: a temporary file renamed, so its appearance is the end). The share spent
 * in Chromium's page.pdf (printToPDF's stand-in) is reported beside it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { UiSession } from './session';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface PdfFigures {
  clickToFile: number[];
  render: number[];
}

export async function pdfSaves(session: UiSession, runs: number): Promise<PdfFigures> {
  const { page, dialogs } = session;
  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('button', { name: '报告', exact: true })
    .click();
  const save = page.getByRole('button', { name: '另存为 PDF…' });
  await save.waitFor();
  await page.getByRole('article', { name: '报告预览' }).waitFor({ timeout: 120_000 });
  const folder = dialogs.saveFolder;
  if (folder === null) throw new Error('no save folder');
  const clickToFile: number[] = [];
  const renderFrom = session.pdfRenderMs.length;
  for (let i = 0; i < runs; i++) {
    const name = `bench-${Date.now()}-${i}.pdf`;
    dialogs.saveName = name;
    const path = join(folder, name);
    const start = performance.now();
    await save.click();
    const deadline = start + 300_000;
    while (!existsSync(path)) {
      if (performance.now() > deadline) throw new Error('PDF not written in 5 minutes');
      await sleep(5);
    }
    clickToFile.push(performance.now() - start);
    await page.getByText(`PDF 已保存：${path}`).first().waitFor();
  }
  return { clickToFile, render: session.pdfRenderMs.slice(renderFrom) };
}
