/**
 * The Chinese sentences for everything that can go wrong while reading a roster file. Both the
 * main thread (stat, timeout, out of memory) and the reader thread (content) build their problems
 * here, so one cause always reads the same.
 */
import { describePlace, problem, type Problem, type ProblemCode } from '../../core/problems';

/** What a message needs to say besides the file name. */
export interface FileFacts {
  /** What the content looks like when it is not a spreadsheet, e.g. “PNG 图片”. */
  what?: string;
  sheet?: string;
  row?: number;
  column?: string;
  /** Size of the file or of the inflated content, and the cap it broke. */
  bytes?: number;
  limitBytes?: number;
  limitCells?: number;
  limitRows?: number;
  limitSeconds?: number;
  limitHeapMb?: number;
  /** Why a file could not be read (UNREADABLE), or which part is broken (CORRUPT). */
  reason?: string;
  /** ZIP_BOMB: the compression ratio rather than the total was too high. */
  ratio?: boolean;
  /** ENCODING_GUESSED: some bytes fit no encoding and became “�”. */
  lossy?: boolean;
}

/**
 * A failure inside the reader: thrown by the parsing steps and turned into a Problem at the top of
 * the reader thread, never past it.
 */
export class RosterFileFailure extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly facts: FileFacts = {},
    readonly detail?: string,
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
  }
}

const mb = (bytes: number): string => {
  const v = bytes / (1024 * 1024);
  return v >= 10 ? v.toFixed(0) : v.toFixed(1);
};

const RESAVE = '请在 Excel 或 WPS 中打开，另存为新的 .xlsx 文件后再导入';

function sentence(code: ProblemCode, at: string, f: FileFacts): string {
  switch (code) {
    case 'FILE_TOO_LARGE':
      return `${at} 有 ${mb(f.bytes ?? 0)} MB，超过了导入上限 ${mb(f.limitBytes ?? 0)} MB。请删去无关的工作表或拆分成几个文件后再导入。`;
    case 'FILE_UNREADABLE':
      return `无法读取${at}：${f.reason ?? '读取失败'}。`;
    case 'FILE_NOT_SPREADSHEET':
      return `${at} 不是电子表格${f.what ? `（看起来是${f.what}）` : ''}，请选择 Excel（.xlsx、.xls）、WPS 表格（.et）、OpenDocument（.ods）或 CSV 文件。`;
    case 'FILE_ENCRYPTED':
      return `${at} 已加密（设置了打开密码），无法读取。请在 Excel/WPS 中取消密码后再导入。`;
    case 'FILE_EMPTY':
      return `${at} 中没有任何数据（所有工作表都是空的）。`;
    case 'FILE_TIMEOUT':
      return `读取${at} 超过 ${f.limitSeconds ?? 0} 秒仍未完成，已停止。文件可能过大或结构异常，${RESAVE}。`;
    case 'FILE_OUT_OF_MEMORY':
      return `读取${at} 所需的内存超过上限${f.limitHeapMb ? `（${f.limitHeapMb} MB）` : ''}，已停止。文件可能过大或结构异常，${RESAVE}。`;
    case 'FILE_TOO_MANY_CELLS':
      return f.limitRows
        ? `${at}${f.sheet ? ` 的工作表“${f.sheet}”` : ''} 超过 ${f.limitRows} 行（Excel 的最大行数），无法导入。请拆分成几个文件后再导入。`
        : `${at}${f.sheet ? `（读到工作表“${f.sheet}”时）` : ''} 有数据的单元格超过 ${f.limitCells ?? 0} 个，超过了导入上限。请删去无关的工作表或拆分成几个文件后再导入。`;
    case 'FILE_ZIP_BOMB':
      return f.ratio
        ? `${at} 中有一部分内容的压缩比异常（解压后膨胀了上百倍），可能是恶意构造的文件，已拒绝读取。`
        : `${at} 解压后的内容超过 ${mb(f.limitBytes ?? 0)} MB，可能是恶意构造的文件，已拒绝读取。`;
    case 'FILE_CORRUPT':
      return `${at} 已损坏或格式不完整${f.reason ? `（${f.reason}）` : ''}，无法读取。${RESAVE}。`;
    case 'FILE_ENCODING_GUESSED':
      return f.lossy
        ? `${at} 中有无法识别的字符（既不是 UTF-8 也不是 GBK 编码），这些字符显示为“�”。请用 Excel 或 WPS 另存为“CSV UTF-8”后再导入。`
        : `${at} 不是 UTF-8 编码，已按 GBK（GB18030）编码读取；如果出现乱码，请用 Excel 或 WPS 另存为“CSV UTF-8”后再导入。`;
    case 'FILE_CSV_QUOTE_UNCLOSED':
      return `${at}的引号没有闭合，从这一行到文件末尾的内容都被读进了同一个单元格，请检查这一行的引号。`;
    case 'FILE_READER_FAILED':
      return `读取${at} 时表格读取组件出错，请重试；如果问题持续，${RESAVE}。`;
    default:
      return `读取${at} 时出错。`;
  }
}

/** An error (or, for encodings and quotes, a warning) about a whole file, in Chinese. */
export function fileProblem(
  code: ProblemCode,
  file: string,
  facts: FileFacts = {},
  detail?: string,
): Problem {
  const place = { file, sheet: facts.sheet ?? null, row: facts.row ?? null, column: facts.column ?? null };
  // The sentence names the sheet or row itself where it matters; the place fields carry them too.
  const at = describePlace(code === 'FILE_CSV_QUOTE_UNCLOSED' ? { file, row: facts.row ?? null } : { file });
  const level = code === 'FILE_ENCODING_GUESSED' || code === 'FILE_CSV_QUOTE_UNCLOSED' ? 'warning' : 'error';
  return problem(level, code, sentence(code, at, facts), place, detail);
}

/** The reason shown for an operating-system error while opening or reading a file. */
export function unreadableReason(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return '文件不存在，可能已被移动或删除';
    case 'EACCES':
    case 'EPERM':
      return '没有读取这个文件的权限';
    case 'EBUSY':
      return '文件正被其他程序占用，请关闭后重试';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    default:
      return `读取失败（${code ?? '未知错误'}）`;
  }
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
