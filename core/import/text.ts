/**
 * Text normalisation shared by header matching and value parsing. Header texts are few, so they
 * get the full treatment (NFKC folds full-width letters, digits and brackets to half-width);
 * data cells are many, so the value parsers only pay for NFKC when a cell has a wide character.
 */

const SPACE_RE = /(?:\s|\u200b|\u200c|\u200d|\u2060|\ufeff)+/g;

/** True for characters NFKC may change: full-width forms and the ideographic space. */
export function hasWideChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff00 || c === 0x3000) return true;
  }
  return false;
}

/** Removes every space, tab, newline, ideographic space and zero-width character. */
export function squeeze(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (
      c <= 32 ||
      c === 0x3000 ||
      c === 0xa0 ||
      (c >= 0x200b && c <= 0x200d) ||
      c === 0x2060 ||
      c === 0xfeff
    ) {
      return s.replace(SPACE_RE, '');
    }
  }
  return s;
}

/** Full-width to half-width (NFKC) only when needed, then without spaces. */
export function fold(s: string): string {
  return squeeze(hasWideChars(s) ? s.normalize('NFKC') : s);
}

/** A header as compared with synonyms: half-width, no spaces or newlines, lower case. */
export function normalizeHeader(s: string): string {
  return squeeze(s.normalize('NFKC')).toLowerCase();
}

/** Bracketed qualifiers, after NFKC (so （） is already ()): (部门), 【必填】, [人], 〔…〕. */
const BRACKETED = /\([^()]*\)|【[^【】]*】|\[[^[\]]*\]|〔[^〔〕]*〕|〈[^〈〉]*〉|<[^<>]*>/g;
/** Filler words that do not name a field (是否临时 → 临时, 所在平台 → 平台, 最近一次活跃时间 → 活跃时间). */
const FILLERS = /是否|最近一次|所在|的/g;
/** Marks of required columns and trailing colons: 群名称*, ※群名称, 群名称: */
const MARKS = /[*※:#]/g;

/** Key terms of a normalised header: without bracketed qualifiers, filler words and marks. */
export function keyTerms(normalized: string): string {
  let s = normalized;
  if (
    s.includes('(') ||
    s.includes('【') ||
    s.includes('[') ||
    s.includes('〔') ||
    s.includes('〈') ||
    s.includes('<')
  ) {
    let prev: string;
    do {
      prev = s;
      s = s.replace(BRACKETED, '');
    } while (s !== prev);
  }
  return s.replace(FILLERS, '').replace(MARKS, '');
}
