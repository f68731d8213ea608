/**
 * Column matching: which column holds which field (DESIGN §3). Three passes, each only over the
 * columns and fields still free: the exact synonym (after NFKC, without spaces and newlines),
 * then the key terms (without bracketed qualifiers, filler words and required-marks), then
 * containment (a header containing a synonym, the longest synonym first). A saved mapping for
 * the same header row replaces all of this.
 */
import { FIELDS_BY_KIND, type FieldDef, type SheetKind } from './fields';
import { keyTerms, normalizeHeader } from './text';

/** Field key → 0-based column index. Null-prototype: field keys are ours, but stay safe anyway. */
export interface ColumnMapping {
  [fieldKey: string]: number;
}

export interface SavedMapping {
  /** headerSignature of the header row the mapping was made for. */
  signature: string;
  kind: SheetKind;
  mapping: ColumnMapping;
}

export type MatchLevel = 'exact' | 'key' | 'contains';

export interface ColumnMatch {
  mapping: ColumnMapping;
  /** Columns whose field was already taken by an earlier (or stronger) column: the first wins. */
  duplicates: Array<{ field: string; column: number; first: number }>;
  /** 2 per exact or key-term match, 1 per containment match: used to find the header row. */
  score: number;
  matched: number;
}

export function emptyMapping(): ColumnMapping {
  return Object.create(null) as ColumnMapping;
}

/** Row numbers and remarks: never a field, even when a synonym happens to fit. */
const NEVER: ReadonlySet<string> = new Set(['序号', '序', '行号', '行次', 'no', 'no.', '#', '备注', '说明']);

interface Prepared {
  exact: Map<string, FieldDef>;
  key: Map<string, FieldDef>;
  /** Synonyms (normalised and as key terms), longest first, for the containment pass. */
  contains: Array<{ term: string; field: FieldDef }>;
}

const prepared = new Map<SheetKind, Prepared>();

function prepare(kind: SheetKind): Prepared {
  const hit = prepared.get(kind);
  if (hit) return hit;
  const p: Prepared = { exact: new Map(), key: new Map(), contains: [] };
  const seen = new Set<string>();
  for (const field of FIELDS_BY_KIND[kind]) {
    for (const word of [field.header, ...field.synonyms]) {
      const n = normalizeHeader(word);
      const k = keyTerms(n);
      if (!p.exact.has(n)) p.exact.set(n, field);
      if (k && !p.key.has(k)) p.key.set(k, field);
      for (const term of [n, k]) {
        if (!term || seen.has(`${field.key}\u0000${term}`)) continue;
        seen.add(`${field.key}\u0000${term}`);
        p.contains.push({ term, field });
      }
    }
  }
  p.contains.sort((a, b) => b.term.length - a.term.length);
  prepared.set(kind, p);
  return p;
}

/** The field an exact synonym names, for tests and the mapping screen. */
export function fieldForHeader(kind: SheetKind, header: string): FieldDef | undefined {
  return prepare(kind).exact.get(normalizeHeader(header));
}

export function isRowNumberHeader(header: string): boolean {
  const n = normalizeHeader(header);
  return n.length === 0 || NEVER.has(n) || NEVER.has(keyTerms(n));
}

export function matchColumns(headers: readonly string[], kind: SheetKind): ColumnMatch {
  const p = prepare(kind);
  const mapping = emptyMapping();
  const taken = new Map<string, number>();
  const columnDone: boolean[] = [];
  const duplicates: ColumnMatch['duplicates'] = [];
  let score = 0;
  const norms = headers.map((h) => normalizeHeader(h));
  const keys = norms.map((n) => keyTerms(n));
  const usable = norms.map((n, i) => n.length > 0 && !NEVER.has(n) && !NEVER.has(keys[i] ?? ''));

  const assign = (column: number, field: FieldDef, points: number): void => {
    columnDone[column] = true;
    const first = taken.get(field.key);
    if (first !== undefined) {
      duplicates.push({ field: field.key, column, first });
      return;
    }
    taken.set(field.key, column);
    mapping[field.key] = column;
    score += points;
  };

  for (let c = 0; c < norms.length; c++) {
    const f = usable[c] ? p.exact.get(norms[c] ?? '') : undefined;
    if (f) assign(c, f, 2);
  }
  for (let c = 0; c < norms.length; c++) {
    if (columnDone[c] || !usable[c]) continue;
    const k = keys[c] ?? '';
    const f = k ? (p.key.get(k) ?? p.exact.get(k)) : undefined;
    if (f) assign(c, f, 2);
  }
  const candidates: Array<{ column: number; field: FieldDef; length: number }> = [];
  for (let c = 0; c < norms.length; c++) {
    if (columnDone[c] || !usable[c]) continue;
    const k = keys[c] ?? '';
    if (!k) continue;
    const best = new Set<string>();
    for (const { term, field } of p.contains) {
      if (best.has(field.key) || taken.has(field.key) || !k.includes(term)) continue;
      best.add(field.key);
      candidates.push({ column: c, field, length: term.length });
    }
  }
  candidates.sort((a, b) => b.length - a.length || a.column - b.column);
  for (const { column, field } of candidates) {
    if (columnDone[column] || taken.has(field.key)) continue;
    assign(column, field, 1);
  }
  return { mapping, duplicates, score, matched: taken.size };
}

/** The header row as a saved mapping's key: normalised headers, trailing blanks dropped. */
export function headerSignature(headers: readonly string[]): string {
  const n = headers.map((h) => normalizeHeader(h));
  while (n.length > 0 && n[n.length - 1] === '') n.pop();
  return n.join('\t');
}

/** A mapping from outside (saved, or chosen in the wizard) reduced to known fields and sane columns. */
export function cleanMapping(kind: SheetKind, mapping: ColumnMapping): ColumnMapping {
  const out = emptyMapping();
  const used = new Set<number>();
  for (const field of FIELDS_BY_KIND[kind]) {
    if (!Object.hasOwn(mapping, field.key)) continue;
    const col = mapping[field.key];
    if (typeof col !== 'number' || !Number.isInteger(col) || col < 0 || col > 16_383 || used.has(col))
      continue;
    used.add(col);
    out[field.key] = col;
  }
  return out;
}

/** Required fields without a column; members need 群编号 or 群名称 (reported as groupCode). */
export function missingRequired(kind: SheetKind, mapping: ColumnMapping): string[] {
  const missing = FIELDS_BY_KIND[kind]
    .filter((f) => f.required && mapping[f.key] === undefined)
    .map((f) => f.key);
  if (kind === 'members' && mapping['groupCode'] === undefined && mapping['groupName'] === undefined) {
    missing.unshift('groupCode');
  }
  return missing;
}
