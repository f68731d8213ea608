/**
 * Every import or planning problem is a value, never a thrown exception: the wizard lists them,
 * the CLI prints them, tests compare them. `row` is 1-based as Excel shows it and `column` is a
 * letter (A, B, … AA), so a clerk can find the cell; both are null when the problem is about a
 * whole file or sheet.
 */
export type ProblemLevel = 'error' | 'warning';

export interface Problem {
  level: ProblemLevel;
  /** One code per cause (see ProblemCode), so that a clerk and a test can tell them apart. */
  code: ProblemCode;
  /** The Chinese sentence shown to the clerk. */
  message: string;
  file: string | null;
  sheet: string | null;
  row: number | null;
  column: string | null;
  /** The header text of the column, as written in the file. */
  header: string | null;
  /** Internal detail for logs and bug reports (English or raw values), never shown alone. */
  detail?: string;
}

/**
 * The catalogue of problem codes. Adding a cause means adding a code here, so the set stays the
 * single list the UI maps to help texts.
 */
export const PROBLEM_CODES = [
  // file level (adapter / isolation)
  'FILE_TOO_LARGE',
  'FILE_UNREADABLE',
  'FILE_NOT_SPREADSHEET',
  'FILE_ENCRYPTED',
  'FILE_EMPTY',
  'FILE_TIMEOUT',
  'FILE_OUT_OF_MEMORY',
  'FILE_TOO_MANY_CELLS',
  'FILE_ZIP_BOMB',
  'FILE_CORRUPT',
  'FILE_ENCODING_GUESSED',
  'FILE_CSV_QUOTE_UNCLOSED',
  'FILE_READER_FAILED',
  // saving files (reports, the template)
  'FILE_TARGET_LOCKED',
  'FILE_TARGET_IS_INPUT',
  'FILE_WRITE_FAILED',
  // sheet level
  'SHEET_NO_HEADER',
  'SHEET_UNKNOWN_KIND',
  'SHEET_MISSING_COLUMN',
  'SHEET_DUPLICATE_COLUMN',
  'SHEET_NO_GROUPS',
  // row / cell level
  'ROW_SUMMARY_SKIPPED',
  'ROW_SIGNATURE_SKIPPED',
  'ROW_EXCLUDED',
  'CELL_REQUIRED',
  'CELL_BAD_NUMBER',
  'CELL_BAD_DATE',
  'CELL_BAD_BOOLEAN',
  'CELL_BAD_PLATFORM',
  'CELL_BAD_CATEGORY',
  'CELL_BAD_ACTION',
  'CELL_BAD_UNIT_TYPE',
  'CELL_NUMBER_PRECISION_LOST',
  'CELL_UNKNOWN_BUSINESS_LINE',
  'CELL_FORMULA_TEXT',
  // identity and roll-up
  'UNIT_TYPE_INFERRED',
  'UNIT_UNKNOWN_PARENT',
  'UNIT_STAFF_MISSING',
  'UNIT_UNKNOWN',
  'UNIT_DUPLICATE_SAME',
  'UNIT_CONFLICT',
  'GROUP_DUPLICATE_SAME',
  'GROUP_CONFLICT',
  'GROUP_DUPLICATE_IDENTITY',
  'GROUP_TEMPORARY_NO_END',
  'MEMBER_UNKNOWN_GROUP',
  'MEMBER_DUPLICATE',
  'MEMBER_COUNT_MISMATCH',
  'MEMBER_NO_KEY',
  // the clerk's plan
  'PLAN_TARGET_UNKNOWN',
  'PLAN_TARGET_AMBIGUOUS',
  'PLAN_TARGET_MISSING',
  'PLAN_TARGET_SELF',
  'PLAN_TARGET_CYCLE',
  'PLAN_TARGET_NOT_WORK',
  'PLAN_TARGET_WITHOUT_MERGE',
  'PLAN_NEW_GROUP_CONFLICT',
  // the importer's further causes (core/import)
  'PLAN_TARGET_CLOSING',
  'PLAN_ACTION_CONFLICT',
  'PLAN_IGNORED_NON_WORK',
  'MEMBER_GROUP_AMBIGUOUS',
  'MEMBER_IDENTITY_CONFLICT',
  'MEMBER_KEY_MASKED',
  'UNIT_PARENT_CYCLE',
  'REPORT_DATE_UNREADABLE',
  // the exported report
  'REPORT_GROUP_NOT_UNIQUE',
  'REPORT_NEW_GROUP_NOT_UNIQUE',
  // dates
  'ASOF_CONFLICT',
  // policy
  'POLICY_INVALID',
  // the headless planner
  'ARGS_INVALID',
  'INTERNAL_ERROR',
  // the desktop host (main process handlers and their IPC)
  'IMPORT_SESSION_EXPIRED',
  'IPC_BAD_ARGUMENTS',
  'IPC_UNTRUSTED_SENDER',
  'IPC_TRANSPORT_FAILED',
  'FILE_NAME_DUPLICATE',
  'FILE_SKIPPED',
  'IMPORT_NO_FILES',
  // printing the report (打印 / 另存为 PDF)
  'PRINT_UNAVAILABLE',
  'PRINT_FAILED',
  'PDF_RENDER_FAILED',
  // planning results
  'QUOTA_INFEASIBLE',
  'DEAD_GROUP_KEPT_LAST',
  'COMMUNITY_HEAD_IN_DEPARTMENT_GROUP',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Where a problem sits; everything optional so file-level problems stay short to write. */
export interface ProblemPlace {
  file?: string | null;
  sheet?: string | null;
  row?: number | null;
  column?: string | null;
  header?: string | null;
}

export function problem(
  level: ProblemLevel,
  code: ProblemCode,
  message: string,
  place: ProblemPlace = {},
  detail?: string,
): Problem {
  const p: Problem = {
    level,
    code,
    message,
    file: place.file ?? null,
    sheet: place.sheet ?? null,
    row: place.row ?? null,
    column: place.column ?? null,
    header: place.header ?? null,
  };
  if (detail !== undefined) p.detail = detail;
  return p;
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.level === 'error');

/** 0 → A, 25 → Z, 26 → AA: the column letters Excel shows. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "文件 a.xlsx，工作表 工作群，第 5 行 C 列（成员数）" — the place prefix used in messages. */
export function describePlace(place: ProblemPlace): string {
  const parts: string[] = [];
  if (place.file) parts.push(`文件 ${place.file}`);
  if (place.sheet) parts.push(`工作表“${place.sheet}”`);
  if (place.row != null) {
    let cell = `第 ${place.row} 行`;
    if (place.column) cell += ` ${place.column} 列`;
    if (place.header) cell += `（${place.header}）`;
    parts.push(cell);
  } else if (place.column) {
    parts.push(`${place.column} 列${place.header ? `（${place.header}）` : ''}`);
  }
  return parts.join('，');
}
