/**
 * The one place that turns error codes into Chinese sentences: every ProblemCode (core and host
 * problems), every ActionErrorCode (board edits) and the renderer's own failures (the local
 * database, the host bridge, unexpected exceptions). A Problem carries its own message naming
 * file, sheet, row and column; that message wins, and the sentences here are the fallback and
 * the help text. test/dom/errors/messages.test.ts checks that every code has a sentence.
 */
import type { ActionErrorCode } from '../../core/plan/actions';
import type { Problem, ProblemCode } from '../../core/problems';

export const PROBLEM_MESSAGES: Record<ProblemCode, string> = {
  FILE_TOO_LARGE: '文件太大，超出了可以读取的上限。请拆分后分别导入。',
  FILE_UNREADABLE: '无法读取该文件，请确认文件存在且没有被其他程序占用。',
  FILE_NOT_SPREADSHEET: '该文件不是 Excel、WPS 或 CSV 表格。',
  FILE_ENCRYPTED: '该文件设置了打开密码，请在 Excel 中取消密码后再导入。',
  FILE_EMPTY: '文件是空的，没有可读取的内容。',
  FILE_TIMEOUT: '读取文件超时，文件可能过大或已损坏。',
  FILE_OUT_OF_MEMORY: '读取文件时内存不足，文件可能过大或已损坏。',
  FILE_TOO_MANY_CELLS: '文件中的单元格过多，超出了可以读取的上限。',
  FILE_ZIP_BOMB: '文件内部的压缩数据异常（解压后过大），为安全起见拒绝读取。',
  FILE_CORRUPT: '文件已损坏，无法读取。请在 Excel 中打开并另存后再试。',
  FILE_ENCODING_GUESSED: 'CSV 文件的文字编码是推测的，请核对导入后的中文是否正确。',
  FILE_CSV_QUOTE_UNCLOSED: 'CSV 文件中有未闭合的引号，之后的内容可能错位。',
  FILE_READER_FAILED: '读取文件的程序意外停止，请重试；如仍失败请将文件另存后再导入。',
  FILE_TARGET_LOCKED: '目标文件正被其他程序（如 Excel）打开，请关闭后再保存。',
  FILE_TARGET_IS_INPUT: '不能把报告保存到正在导入的名单文件上，请换一个文件名。',
  FILE_WRITE_FAILED: '保存文件失败，请检查磁盘空间和文件夹权限。',
  SHEET_NO_HEADER: '工作表中找不到表头行。',
  SHEET_UNKNOWN_KIND: '无法判断工作表的内容（单位、工作群还是成员），已忽略。',
  SHEET_MISSING_COLUMN: '工作表缺少必填的列。',
  SHEET_DUPLICATE_COLUMN: '工作表中有两列对应同一项内容，只使用了第一列。',
  SHEET_NO_GROUPS: '名单中没有工作群。',
  ROW_SUMMARY_SKIPPED: '合计、小计行已跳过。',
  ROW_SIGNATURE_SKIPPED: '填表人、审核人等签名行已跳过。',
  ROW_EXCLUDED: '该行已按您的选择排除。',
  CELL_REQUIRED: '必填的单元格是空的。',
  CELL_BAD_NUMBER: '单元格应为数字。',
  CELL_BAD_DATE: '单元格应为日期。',
  CELL_BAD_BOOLEAN: '单元格应为“是”或“否”。',
  CELL_BAD_PLATFORM: '无法识别的平台名称。',
  CELL_BAD_CATEGORY: '无法识别的群类别。',
  CELL_BAD_ACTION: '无法识别的拟处置方式（应为保留、合并、解散或转出）。',
  CELL_BAD_UNIT_TYPE: '无法识别的单位类型。',
  CELL_NUMBER_PRECISION_LOST:
    '长数字已被 Excel 改写为科学计数法，末几位可能丢失；请把该列设为文本后重新填写。',
  CELL_UNKNOWN_BUSINESS_LINE: '业务分类不在规则列出的条线中，已按填写内容保留。',
  CELL_FORMULA_TEXT: '单元格是公式，已按其显示的结果读取。',
  UNIT_TYPE_INFERRED: '单位类型是根据名称推断的，请确认。',
  UNIT_UNKNOWN_PARENT: '找不到上级单位。',
  UNIT_STAFF_MISSING: '单位没有填写在编人数，已按规则假定限额档位。',
  UNIT_UNKNOWN: '工作群所属的单位不在单位表中。',
  UNIT_DUPLICATE_SAME: '同一单位在多处出现且内容相同，已合并。',
  UNIT_CONFLICT: '同一单位在两处的内容不一致。',
  GROUP_DUPLICATE_SAME: '同一工作群在多处出现且内容相同，已合并。',
  GROUP_CONFLICT: '同一工作群在两处的内容不一致。',
  GROUP_DUPLICATE_IDENTITY: '两个工作群的群编号（或单位、平台、群名称）相同，无法区分。',
  GROUP_TEMPORARY_NO_END: '临时群没有填写结束日期，暂按保留处理。',
  MEMBER_UNKNOWN_GROUP: '成员表中的群编号不在工作群表中。',
  MEMBER_DUPLICATE: '同一成员在同一个群中出现了两次。',
  MEMBER_COUNT_MISMATCH: '成员表的人数与工作群表填写的成员数不一致。',
  MEMBER_NO_KEY: '成员没有姓名或手机号、身份证号，无法识别。',
  PLAN_TARGET_UNKNOWN: '“并入”一栏填写的群不在名单中。',
  PLAN_TARGET_AMBIGUOUS: '“并入”一栏填写的群名称对应多个群，请改填群编号。',
  PLAN_TARGET_MISSING: '拟处置为合并，但没有填写并入哪个群。',
  PLAN_TARGET_SELF: '不能把群并入它自己。',
  PLAN_TARGET_CYCLE: '“并入”形成了循环（甲并入乙、乙又并入甲）。',
  PLAN_TARGET_NOT_WORK: '只能并入工作群。',
  PLAN_TARGET_WITHOUT_MERGE: '填写了“并入”，但拟处置不是合并。',
  PLAN_NEW_GROUP_CONFLICT: '同名的新建群属于不同单位或平台。',
  PLAN_TARGET_CLOSING: '并入的目标群本身拟解散、合并或转出，合并后无处可去。',
  PLAN_ACTION_CONFLICT: '同一个群的拟处置前后矛盾。',
  PLAN_IGNORED_NON_WORK: '非工作群的拟处置已忽略（非工作群不参与精简）。',
  MEMBER_GROUP_AMBIGUOUS: '成员表中的群名称对应多个群，请改填群编号。',
  MEMBER_IDENTITY_CONFLICT: '同一手机号或身份证号对应了不同的姓名。',
  MEMBER_KEY_MASKED: '手机号或身份证号已打码，无法据此识别人员。',
  UNIT_PARENT_CYCLE: '上级单位形成了循环。',
  REPORT_DATE_UNREADABLE: '无法识别填报日期。',
  REPORT_GROUP_NOT_UNIQUE: '报告中有无法区分的工作群。',
  REPORT_NEW_GROUP_NOT_UNIQUE: '报告中有无法区分的新建群。',
  ASOF_CONFLICT: '几个文件的填报日期不一致。',
  POLICY_INVALID: '规则设置有误。',
  ARGS_INVALID: '命令行参数有误。',
  INTERNAL_ERROR: '程序内部出错，请重试；如仍出错请联系技术支持。',
  IMPORT_SESSION_EXPIRED: '导入已过期（文件已关闭），请重新选择文件。',
  IPC_BAD_ARGUMENTS: '程序内部通信的数据有误，操作未执行。',
  IPC_UNTRUSTED_SENDER: '请求来自不受信任的页面，已拒绝。',
  IPC_TRANSPORT_FAILED: '与程序主进程通信失败，操作没有完成，请重试。',
  FILE_NAME_DUPLICATE: '选择了两个同名的文件，请改名后再导入。',
  FILE_SKIPPED: '该文件按您的选择没有导入。',
  IMPORT_NO_FILES: '本次导入没有可以读取的文件，请重新选择文件。',
  PRINT_UNAVAILABLE: '此窗口无法打印或生成 PDF，请重新启动程序后重试。',
  PRINT_FAILED: '打印没有完成，请检查打印机后重试，或先另存为 PDF。',
  PDF_RENDER_FAILED: '无法生成 PDF，文件尚未保存，请重试。',
  QUOTA_INFEASIBLE: '该单位在平台人数上限内无法精简到限额以内。',
  DEAD_GROUP_KEPT_LAST: '该群已长期不活跃，但它是单位最后一个工作群，暂予保留。',
  COMMUNITY_HEAD_IN_DEPARTMENT_GROUP: '区直部门的工作群拉入了社区（村）负责人，建议移出。',
};

export const ACTION_MESSAGES: Record<ActionErrorCode, string> = {
  ACTION_INVALID: '操作有误，未执行。',
  ACTION_EMPTY: '请先选择要操作的群。',
  ACTION_UNKNOWN_GROUP: '找不到要操作的群。',
  ACTION_UNKNOWN_UNIT: '找不到指定的单位。',
  ACTION_NOT_WORK_GROUP: '非工作群（日常交流群、党员交流群、便民服务群）不参与精简。',
  ACTION_MERGE_SELF: '不能把群并入它自己。',
  ACTION_TARGET_CLOSED: '目标群已合并、解散或转出，不能再并入。',
  ACTION_TARGET_NOT_WORK: '只能并入工作群。',
  ACTION_CREATED_NOT_ALLOWED: '新建的合并群不能这样处理。',
  ACTION_NOT_MERGED: '该群没有合并，也没有并入其他群，无需拆分。',
  ACTION_BAD_NAME: '请填写新建群的名称。',
  ACTION_NEW_GROUP_CONFLICT: '已有同名的新建群属于其他单位或平台，请换一个名称。',
  ACTION_NO_MEMBER_LIST: '该群没有成员名单。',
  ACTION_NOT_MEMBER: '该人员不在这个群中。',
  ACTION_BAD_EDIT: '修改的内容有误，未保存。',
};

/** The renderer's own failures. */
export const APP_ERROR_CODES = [
  'DB_OPEN_FAILED',
  'DB_VERSION_NEWER',
  'DB_BLOCKED',
  'DB_WRITE_FAILED',
  'DB_QUOTA_EXCEEDED',
  'DB_READ_FAILED',
  'DB_CLEAR_FAILED',
  'HOST_UNAVAILABLE',
  'HOST_CALL_FAILED',
  'PLAN_NOT_FOUND',
  'NO_OPEN_PLAN',
  'UNEXPECTED',
  'RENDER_FAILED',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export const APP_MESSAGES: Record<AppErrorCode, string> = {
  DB_OPEN_FAILED: '无法打开本机数据，已保存的名单和方案暂时不能使用。',
  DB_VERSION_NEWER: '本机数据是由更新版本的程序保存的，请使用新版本打开。',
  DB_BLOCKED: '本机数据正被另一个窗口使用，请关闭其他窗口后重试。',
  DB_WRITE_FAILED: '保存到本机失败，刚才的操作没有生效。',
  DB_QUOTA_EXCEEDED: '磁盘空间不足，无法保存到本机，刚才的操作没有生效。',
  DB_READ_FAILED: '读取本机数据失败。',
  DB_CLEAR_FAILED: '清除本机数据失败，请关闭其他窗口后重试。',
  HOST_UNAVAILABLE: '无法连接到程序主进程，文件相关的功能暂不可用。',
  HOST_CALL_FAILED: '与程序主进程通信失败，操作没有完成。',
  PLAN_NOT_FOUND: '找不到该方案，它可能已被删除。',
  NO_OPEN_PLAN: '请先打开一个方案。',
  UNEXPECTED: '程序出现意外错误。',
  RENDER_FAILED: '界面显示出错。',
};

const GENERIC = '操作没有完成。';

/** The sentence to show for a problem: its own message (which names the place), else the code's. */
export function problemText(p: Pick<Problem, 'code' | 'message'>): string {
  const own = typeof p.message === 'string' ? p.message.trim() : '';
  if (own) return own;
  return (PROBLEM_MESSAGES as Record<string, string | undefined>)[p.code] ?? GENERIC;
}

export function actionText(code: ActionErrorCode, message?: string): string {
  return message?.trim() || ACTION_MESSAGES[code] || GENERIC;
}

/** Which database failure an exception from Dexie or IndexedDB is (by its standard name). */
export function databaseErrorCode(e: unknown, fallback: AppErrorCode = 'DB_WRITE_FAILED'): AppErrorCode {
  const name = errorName(e);
  if (name === 'QuotaExceededError') return 'DB_QUOTA_EXCEEDED';
  if (name === 'VersionError') return 'DB_VERSION_NEWER';
  if (name === 'BlockedError') return 'DB_BLOCKED';
  return fallback;
}

function errorName(e: unknown): string {
  if (typeof e !== 'object' || e === null) return '';
  const { name, inner } = e as { name?: unknown; inner?: unknown };
  // Dexie wraps the IndexedDB error; the inner one says what really happened.
  const innerName = errorName(inner);
  if (innerName && innerName !== 'Error') return innerName;
  return typeof name === 'string' ? name : '';
}

/** Technical detail for the 详细信息 disclosure (never shown alone). */
export function errorDetail(e: unknown): string {
  if (e instanceof Error) return [`${e.name}: ${e.message}`, e.stack ?? ''].filter(Boolean).join('\n');
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e, null, 2) ?? String(e);
  } catch {
    return String(e);
  }
}
