/**
 * What the wizard sends the host: the import request (every sheet's kind, header row and
 * mapping as the clerk sees them, her corrections and exclusions, the files left out), and the
 * mappings to remember for the next file with the same headers.
 */
import { headerSignature } from '../../../core/import/index';
import type { SavedMapping } from '../../../core/import/types';
import type { Policy } from '../../../core/policy/schema';
import type { ImportRequest } from '../../../preload/contract';
import { usedFiles, usedSheets, type WizardState } from './wizard';

/**
 * Every sheet of every imported file is a choice, so the host imports exactly what the wizard
 * shows, whatever its own detection would have said.
 */
export function importRequest(s: WizardState, savedMappings: SavedMapping[], policy: Policy): ImportRequest {
  const choices: ImportRequest['choices'] = [];
  for (const f of usedFiles(s)) {
    for (const sh of f.sheets) {
      choices.push({
        file: sh.file,
        sheet: sh.sheet,
        kind: sh.kind,
        headerRow: sh.kind === null ? 1 : (sh.headerRow ?? 1),
        mapping: sh.kind === null ? {} : { ...sh.mapping },
      });
    }
  }
  const skipped = new Set(s.files.filter((f) => f.skipped).map((f) => f.file));
  return {
    choices,
    savedMappings,
    cellEdits: s.cellEdits.filter((e) => !skipped.has(e.file)).map((e) => ({ ...e })),
    excludedRows: s.excludedRows.filter((r) => !skipped.has(r.file)).map((r) => ({ ...r })),
    policy,
    skippedFiles: [...skipped],
  };
}

/**
 * The mappings the clerk confirmed on 列对应, keyed by each sheet's header texts: the next file
 * whose header reads the same is mapped the same way (kindSource 'saved').
 */
export function mappingsToRemember(s: WizardState): SavedMapping[] {
  const bySignature = new Map<string, SavedMapping>();
  for (const sh of usedSheets(s)) {
    if (sh.kind === null || sh.headerRow === null || sh.analysis.headers.length === 0) continue;
    const signature = headerSignature(sh.analysis.headers);
    bySignature.set(signature, { signature, kind: sh.kind, mapping: { ...sh.mapping } });
  }
  return [...bySignature.values()];
}
