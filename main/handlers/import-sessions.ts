/**
 * The files of the import wizards that are open. A session holds the parsed workbooks between
 * the wizard's steps (sheet, header row, mapping, validation), so the renderer never receives or
 * sends back a whole roster's cells. The number of sessions is bounded: opening one more drops
 * the least recently used, so memory cannot grow however often the clerk restarts the wizard.
 */
import { randomUUID } from 'node:crypto';
import type { RawWorkbook } from '../../core/import/raw';
import type { Problem } from '../../core/problems';

export interface SessionFile {
  /** The name used in every message (the file's own name, or 名称（2）.xlsx when two share it). */
  file: string;
  /** Where the file is on disk; the report is never saved over it. */
  path: string;
  /** null when the file could not be read (see problem). */
  workbook: RawWorkbook | null;
  problem: Problem | null;
  warnings: Problem[];
}

export interface ImportSessionState {
  id: string;
  files: SessionFile[];
}

export const DEFAULT_SESSION_LIMIT = 4;

export class ImportSessions {
  private readonly sessions = new Map<string, ImportSessionState>();

  constructor(private readonly limit: number = DEFAULT_SESSION_LIMIT) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`session limit ${limit}`);
  }

  get size(): number {
    return this.sessions.size;
  }

  open(files: SessionFile[]): ImportSessionState {
    const session: ImportSessionState = { id: randomUUID(), files };
    this.sessions.set(session.id, session);
    while (this.sessions.size > this.limit) {
      const oldest = this.sessions.keys().next();
      if (oldest.done) break;
      this.sessions.delete(oldest.value);
    }
    return session;
  }

  /** The session, now the most recently used; undefined when closed or dropped. */
  get(id: string): ImportSessionState | undefined {
    const session = this.sessions.get(id);
    if (session) {
      this.sessions.delete(id);
      this.sessions.set(id, session);
    }
    return session;
  }

  close(id: string): boolean {
    return this.sessions.delete(id);
  }
}
