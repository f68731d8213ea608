/**
 * Writes a run's results into docs/performance.md between two markers, leaving the hand-written
 * analysis around them alone; creates the file with the markers when it is missing. Also keeps
 * the same text in bench-output/results.md and the raw runs in bench-output/results.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MachineInfo } from './machine';
import { loadText } from './machine';
import { markdownTable, TABLE_HEADER, verdictWord, type Verdict } from './summary';

export const BEGIN = '<!-- bench:results:begin (written by npm run bench; edits inside are overwritten) -->';
export const END = '<!-- bench:results:end -->';

export interface RunReport {
  startedAt: string;
  minutes: number;
  machineStart: MachineInfo;
  loadEnd: [number, number, number];
  rows: string[][];
  verdicts: Verdict[];
  notes: string[];
}

export function resultsMarkdown(r: RunReport): string {
  const m = r.machineStart;
  return [
    `Measured ${r.startedAt}, ${r.minutes} minutes in all, on ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; ` +
      `Node ${m.node}, exceljs ${m.exceljs}, SheetJS ${m.xlsx}.`,
    `Load average (1/5/15 min): ${loadText(m.load)} at the start, ${loadText(r.loadEnd)} at the end ` +
      `(${m.cores} cores: a load above the core count means other processes were running, so times ` +
      'are slower and noisier than on an idle machine).',
    '',
    markdownTable(
      ['Target', 'Measured', 'Verdict'],
      r.verdicts.map((v) => [v.target, v.measured, verdictWord(v)]),
    ),
    '',
    markdownTable(TABLE_HEADER, r.rows),
    ...(r.notes.length > 0 ? ['', ...r.notes.map((n) => `- ${n}`)] : []),
  ].join('\n');
}

export function writeDocs(root: string, markdown: string): string {
  const path = join(root, 'docs', 'performance.md');
  const block = `${BEGIN}\n${markdown}\n${END}`;
  let text = existsSync(path) ? readFileSync(path, 'utf8') : `# Performance\n\n${BEGIN}\n${END}\n`;
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  text =
    a >= 0 && b > a
      ? text.slice(0, a) + block + text.slice(b + END.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(path, text);
  return path;
}
