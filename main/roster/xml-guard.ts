/**
 * SpreadsheetML 2003 rich text: SheetJS appends, at every </Font>, the text since the last <Font>,
 * so deeply nested or unbalanced <Font> tags make the cell text grow quadratically (a small file
 * yields gigabytes). Real files nest a handful deep and are well-formed; anything else is refused
 * before SheetJS sees it. Linear: one regex pass, and the search for each tag's end resumes where
 * the previous one stopped.
 */
import { RosterFileFailure } from './file-problems';

export const MAX_FONT_DEPTH = 32;

const FONT_TAG = /<(\/?)(?:[^\s<>/:"]+:)?font(?=[\s/>])/gi;

export function checkFontNesting(xml: string): void {
  let depth = 0;
  let gt = -1;
  FONT_TAG.lastIndex = 0;
  for (let m = FONT_TAG.exec(xml); m; m = FONT_TAG.exec(xml)) {
    const closing = m[1] === '/';
    if (!closing) {
      // Is the tag self-closing (<Font …/>)? Find its '>' without rescanning text already passed.
      const from = m.index + m[0].length;
      if (gt < from) {
        gt = xml.indexOf('>', from);
        if (gt < 0) break;
      }
      if (xml.charCodeAt(gt - 1) === 0x2f) continue;
      depth++;
    } else depth--;
    if (depth < 0 || depth > MAX_FONT_DEPTH)
      throw new RosterFileFailure(
        'FILE_CORRUPT',
        { reason: '文字格式标记嵌套异常' },
        `SpreadsheetML <Font> ${depth < 0 ? 'closed without opening' : `nested deeper than ${MAX_FONT_DEPTH}`}`,
      );
  }
}
