/**
 * core/ stays pure: the lint rule that enforces it must actually fire. Each forbidden import is
 * linted as if it were a file in core/, and the same code in main/ is allowed.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('core purity lint rule', () => {
  const forbidden = [
    "import { app } from 'electron';",
    "import { useState } from 'react';",
    "import Dexie from 'dexie';",
    "import * as XLSX from 'xlsx';",
    "import ExcelJS from 'exceljs';",
    "import { readFile } from 'node:fs/promises';",
    "import { readFileSync } from 'fs';",
    "import { Worker } from 'node:worker_threads';",
    "import { Worker } from 'worker_threads';",
    "import { readRosterFile } from '../../main/roster/read-roster-file';",
  ];
  for (const line of forbidden) {
    it(`rejects ${line} in core/`, async () => {
      const ids = await ruleIds(
        `${line}\nexport const used = [${line.match(/import \{? ?\*? ?(?:as )?(\w+)/)?.[1] ?? ''}];\n`,
        'core/planner/x.ts',
      );
      expect(ids).toContain('no-restricted-imports');
    });
  }

  it('rejects DOM and Node globals in core/', async () => {
    expect(await ruleIds('export const w = window.innerWidth;\n', 'core/x.ts')).toContain(
      'no-restricted-globals',
    );
    expect(await ruleIds('export const b = Buffer.from("a");\n', 'core/x.ts')).toContain(
      'no-restricted-globals',
    );
  });

  it('allows the same imports in an adapter', async () => {
    expect(
      await ruleIds(
        "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n",
        'main/roster/x.ts',
      ),
    ).toEqual([]);
  });
});
