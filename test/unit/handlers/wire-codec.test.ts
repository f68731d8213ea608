/** The end-to-end harness's codec must carry what Electron's structured clone carries. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../e2e/wire-codec';

const roundTrip = <T>(value: T): unknown => decodeWire(encodeWire(value));

describe('the harness wire codec', () => {
  it('keeps a Plan-like value: Maps, Sets, nulls and nested records', () => {
    const plan = {
      asOf: '2026-03-05',
      decisions: new Map([['g1', { state: 'merged', targetId: 'g2', category: null }]]),
      created: new Map(),
      removals: new Set(['g1\u0000p1']),
      groupEdits: new Map([['g2', { owner: undefined, temporary: true }]]),
      suggestions: [],
    };
    const back = roundTrip(plan) as typeof plan;
    expect(back).toEqual(plan);
    expect(back.decisions).toBeInstanceOf(Map);
    expect(back.removals).toBeInstanceOf(Set);
    expect(Object.keys(back.groupEdits.get('g2') ?? {})).toEqual(['owner', 'temporary']);
  });

  it.each([
    ['undefined', undefined],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['-0', -0],
    ['a bigint', 12345678901234567890n],
    ['a date', new Date('2026-03-05T00:00:00Z')],
    ['bytes', new Uint8Array([0, 1, 255])],
    ['doubles', new Float64Array([1.5, NaN, -0])],
    ['an ArrayBuffer', new Uint8Array([7, 8]).buffer],
    ['an array with a hole', [1, undefined, 3]],
    ['a Map with object keys', new Map([[{ a: 1 }, new Set([1])]])],
  ])('keeps %s', (_what, value) => {
    expect(roundTrip(value)).toEqual(value);
  });

  it('keeps a plain object that happens to use the tag key', () => {
    const tricky = { $w: 'M', v: [[1, 2]] };
    expect(roundTrip(tricky)).toEqual(tricky);
  });

  it('keeps a "__proto__" key as data, never as a prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const back = roundTrip(hostile) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(back, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const decoded = decodeWire('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(decoded['polluted']).toBeUndefined();
  });

  it('refuses what structured clone refuses: functions, symbols, cycles', () => {
    expect(() => encodeWire({ f: () => 1 })).toThrow(TypeError);
    expect(() => encodeWire(Symbol('s'))).toThrow(TypeError);
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(() => encodeWire(cycle)).toThrow(/circular/);
    const shared = { a: 1 };
    expect(roundTrip([shared, shared])).toEqual([{ a: 1 }, { a: 1 }]);
  });

  it('refuses unknown tags and malformed tagged values', () => {
    expect(() => decodeWire('{"$w":"X"}')).toThrow(TypeError);
    expect(() => decodeWire('{"$w":"M","v":5}')).toThrow(TypeError);
    expect(() => decodeWire('{"$w":"T","t":"constructor","v":[]}')).toThrow(TypeError);
    expect(() => decodeWire('{"$w":"n","v":"1e3"}')).toThrow(TypeError);
  });

  it('round-trips any JSON-like value with Maps and Sets', () => {
    const leaf = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('tree'), { maxKeys: 4 }),
        fc.array(fc.tuple(fc.string(), tie('tree')), { maxLength: 3 }).map((entries) => new Map(entries)),
        fc.array(fc.string(), { maxLength: 3 }).map((items) => new Set(items)),
      ),
    }));
    fc.assert(
      fc.property(tree, (value) => {
        expect(roundTrip(value)).toEqual(value);
      }),
    );
  });
});
