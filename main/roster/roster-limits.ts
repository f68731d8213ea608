/**
 * The caps that keep an untrusted roster file from hanging, exhausting or crashing the process.
 * docs/import-safety.md explains each value and what was measured against it.
 */
export interface ParseLimits {
  /** The file itself, checked with stat before anything is read. */
  maxFileBytes: number;
  /** Bytes actually inflated from a zip (xlsx, ods), summed over every entry, before SheetJS sees it. */
  maxInflatedBytes: number;
  /** Non-empty cells over all sheets. */
  maxCells: number;
  /** Wall time of the isolated reader, from its start to its answer. */
  timeoutMs: number;
  /** The reader thread's V8 old generation (ArrayBuffers are not covered; the caps above bound those). */
  maxHeapMb: number;
  /** An entry inflating past 1 MiB at more than this many bytes per compressed byte is a bomb. */
  maxInflateRatio?: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Required<ParseLimits> = {
  // A 100k-row × 12-column Chinese roster is 16–17 MB as xlsx: 60 MB leaves room for a whole
  // district's member lists while keeping the worst case well inside the heap below.
  maxFileBytes: 60 * MB,
  // That roster inflates to 52 MB. 512 MiB stays under V8's longest string (2^29 − 24 chars),
  // so no single XML part can reach the length at which SheetJS would silently drop a sheet.
  maxInflatedBytes: 512 * MB,
  // 4× the 100k × 12 roster; SheetJS needs ~140 B of heap per cell, ~300 B at its peak, so 5 M
  // cells fit in the 2 GB heap with room for the parse's transients.
  maxCells: 5_000_000,
  timeoutMs: 60_000,
  maxHeapMb: 2048,
  // Real sheet XML compresses 8–13×, shared strings less; a zip bomb reaches ~1000×.
  maxInflateRatio: 100,
};

/** Below this an entry's ratio is not judged: tiny parts (styles, rels) compress very well. */
export const RATIO_GRACE_BYTES = 1 * MB;

/** Excel's own sheet size: a sheet claiming more rows or columns is not an Excel sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

/** Defaults for what is missing; a value that is not a positive number falls back to its default. */
export function resolveLimits(partial: Partial<ParseLimits> | undefined): Required<ParseLimits> {
  const out = { ...DEFAULT_LIMITS };
  if (!partial) return out;
  for (const key of Object.keys(DEFAULT_LIMITS) as Array<keyof ParseLimits>) {
    const v = partial[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = v;
  }
  return out;
}
