/**
 * Rule 4's normalised name: two groups of a unit and platform whose names differ only in
 * spaces, punctuation, brackets and numbering (网格1群 / 网格（二）群 / 网格群-3 / 第二网格群)
 * are the same group twice.
 */

const NUMERAL = '0-9零〇一二两三四五六七八九十百千';
const OPEN = '(\\[{【〔〖「『《<';
const CLOSE = ')\\]}】〕〗」』》>';

/** A number in brackets: （一） (2) 【3号】 [第二组]. */
const BRACKETED_NUMBER = new RegExp(`[${OPEN}]\\s*第?[${NUMERAL}]+\\s*[号期组]?\\s*[${CLOSE}]`, 'gu');
/** Spaces, punctuation (brackets included), symbols and invisible format characters. */
const NOISE = /[\p{P}\p{S}\p{Z}\p{Cf}\s]+/gu;
const ORDINAL = new RegExp(`第[${NUMERAL}]+`, 'gu');
/** 1群 二群 3号群: the numeral goes, 群 stays. */
const NUMBER_BEFORE_QUN = new RegExp(`[${NUMERAL}]+号?(?=群)`, 'gu');
/** 群2 at the end. */
const NUMBER_AFTER_QUN = new RegExp(`群[${NUMERAL}]+$`, 'u');

/**
 * Names made only of CJK unified ideographs other than numerals, and lowercase Latin letters,
 * come out unchanged: those characters are NFKC-stable, neither space, punctuation, symbol nor
 * numeral, and already lowercase, so none of the steps below can touch them. Most names are
 * like that, and the regular expressions cost far more than this test.
 */
const NEEDS_WORK = /[^\u4e00-\u9fffa-z]|[零一二两三四五六七八九十百千]/u;

/**
 * normaliseName for a planner run. Most names come out unchanged and are answered by one test;
 * the others are cached, since names like 网格1群 repeat across a district.
 */
export function cachedNormaliser(): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    if (!NEEDS_WORK.test(name)) return name;
    let n = cache.get(name);
    if (n === undefined) {
      n = normaliseByRules(name);
      cache.set(name, n);
    }
    return n;
  };
}

export function normaliseName(name: string): string {
  return NEEDS_WORK.test(name) ? normaliseByRules(name) : name;
}

/** The normalisation itself, without normaliseName's shortcut (tests check the two agree). */
export function normaliseByRules(name: string): string {
  return name
    .normalize('NFKC')
    .replace(BRACKETED_NUMBER, '')
    .replace(NOISE, '')
    .replace(ORDINAL, '')
    .replace(NUMBER_BEFORE_QUN, '')
    .replace(NUMBER_AFTER_QUN, '群')
    .toLowerCase();
}
