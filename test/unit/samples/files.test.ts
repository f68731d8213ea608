import iconv from 'iconv-lite';
import { describe, expect, it, vi } from 'vitest';
import { GROUP_FIELDS } from '../../../core/import/fields';
import { YUELU_POLICY } from '../../../core/policy/yuelu';
import { buildDistrict } from '../../../scripts/samples/district';
import { buildMessyRoster, type MessyCell } from '../../../scripts/samples/messy';
import { BUSINESS_LINES } from '../../../scripts/samples/model';
import { topicsFor } from '../../../scripts/samples/topics';
import { messyCsv } from '../../../scripts/samples/write-messy';
import { writeXlsx } from '../../../scripts/samples/xlsx-out';

const d = buildDistrict();
const messy = buildMessyRoster(d);
const texts = messy.rows.flat().filter((c): c is string => typeof c === 'string');

describe('the messy roster', () => {
  it('lists one street area of 30–60 groups', () => {
    expect(messy.groups.length).toBeGreaterThanOrEqual(30);
    expect(messy.groups.length).toBeLessThanOrEqual(60);
  });

  it('uses headers the importer knows as synonyms, plus a 序号 and unmapped columns', () => {
    const synonyms = new Set(GROUP_FIELDS.flatMap((f) => f.synonyms));
    const canonical = new Set(GROUP_FIELDS.map((f) => f.header));
    const mapped = messy.header.filter((h) => synonyms.has(h));
    expect(mapped.length).toBeGreaterThanOrEqual(15);
    expect(mapped.filter((h) => !canonical.has(h)).length).toBeGreaterThanOrEqual(10);
    expect(messy.header).toContain('序号');
    expect(messy.header).not.toContain('群编号');
  });

  it.each<[string, (c: MessyCell) => boolean]>([
    ['numbers as text (35人)', (c) => typeof c === 'string' && /^\d+人$/.test(c)],
    ['Excel serial dates', (c) => typeof c === 'number' && c > 40_000 && c < 50_000],
    ['real date cells', (c) => c !== null && typeof c === 'object'],
    ['ISO text dates', (c) => typeof c === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(c)],
    ['slash dates', (c) => typeof c === 'string' && /^\d{4}\/\d{1,2}\/\d{1,2}$/.test(c)],
    ['Chinese dates', (c) => typeof c === 'string' && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(c)],
    ['√ for yes', (c) => c === '√'],
    ['long digit strings (群号 as text)', (c) => typeof c === 'string' && /^\d{9,10}$/.test(c)],
    [
      'a new consolidated group with a full-width colon',
      (c) => typeof c === 'string' && c.startsWith('新建：'),
    ],
  ])('has %s', (_label, test) => {
    expect(messy.rows.flat().some(test)).toBe(true);
  });

  it('has subtotal, total, blank and signature rows, and the 党工委 unit', () => {
    const first = messy.rows.map((r) => r[0]);
    expect(first).toContain('小计');
    expect(first).toContain('合计');
    expect(messy.rows.some((r) => r.length === 0)).toBe(true);
    expect(String(messy.rows.at(-1)?.[0])).toMatch(/^填表人：.+审核人：/);
    expect(texts.some((t) => t.endsWith('街道党工委'))).toBe(true);
  });

  it('names merge targets that are unique in the file', () => {
    const names = messy.groups.map((g) => g.name);
    expect(new Set(names).size).toBe(names.length);
    const targetCol = messy.header.indexOf('合并至');
    for (const row of messy.rows) {
      const t = row[targetCol];
      if (typeof t === 'string' && t && !t.startsWith('新建：')) expect(names).toContain(t);
    }
  });

  it('round-trips through GBK unchanged', () => {
    const bytes = messyCsv(messy);
    const text = iconv.decode(bytes, 'gbk');
    expect(iconv.encode(text, 'gbk').equals(bytes)).toBe(true);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(`${messy.title}${','.repeat(messy.header.length - 1)}`);
    expect(lines).toContain(messy.header.join(','));
    expect(text).toMatch(/,4\d{4},/);
    expect(text).not.toContain('\uFFFD');
  });
});

describe('reproducible workbooks', () => {
  it('writes the same bytes twice, whatever the clock says', async () => {
    const fixed = new Date('2026-03-05T00:00:00Z');
    const make = (): Promise<Buffer> =>
      writeXlsx(fixed, (wb) => {
        const ws = wb.addWorksheet('工作群');
        ws.addRow(['群编号', '群名称']).commit();
        ws.addRow(['YL0001', '示例群']).commit();
        ws.commit();
      });
    const a = await make();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-07-01T12:34:56Z'));
      const b = await make();
      expect(a.equals(b)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('group names', () => {
  it('never use a rule-1 word in the ordinary topics', () => {
    const words = YUELU_POLICY.reclassifyWords.map((w) => w.word);
    const bad = d.units.flatMap((u) =>
      BUSINESS_LINES.flatMap((line) => topicsFor(u)[line].filter((t) => words.some((w) => t.includes(w)))),
    );
    expect(bad).toEqual([]);
  });
});
