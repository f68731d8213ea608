/** Task `generate`: writes the cached roster file of a size (to a temporary name, then renamed). */
import { renameSync, statSync } from 'node:fs';
import { sizeLabel } from './args';
import { rosterPath } from './files';
import { note, round, type TaskResult } from './measure';
import { generateRoster } from './roster';
import { writeRosterXlsx } from './roster-xlsx';

export async function generateTask(size: number): Promise<TaskResult> {
  const t0 = performance.now();
  const roster = generateRoster(size);
  note(
    `generating ${sizeLabel(size)}: ${roster.units.length} units, ${roster.groups.length} groups, ` +
      `${roster.people.length} people, ${roster.memberRows} member rows; writing…`,
  );
  const path = rosterPath(size);
  const partial = `${path}.partial`;
  let lastNote = 0;
  await writeRosterXlsx(roster, partial, (sheet, done, total) => {
    const now = performance.now();
    if (now - lastNote < 5000) return;
    lastNote = now;
    note(`  ${sheet}: ${done}/${total}`);
  });
  renameSync(partial, path);
  return {
    ms: round(performance.now() - t0),
    peakRssMb: 0,
    info: {
      units: roster.units.length,
      groups: roster.groups.length,
      people: roster.people.length,
      memberRows: roster.memberRows,
      fileMb: round(statSync(path).size / 1024 / 1024, 1),
    },
  };
}
