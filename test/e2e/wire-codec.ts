/**
 * The end-to-end harness's stand-in for Electron's structured clone. Playwright passes exposed
 * function arguments and results as JSON, which would turn a Plan's Maps and Sets into {}, drop
 * undefined and typed arrays; this codec encodes them as tagged JSON on one side and restores
 * them on the other. It runs both in Node and in the page (bundled into the init script).
 *
 * Tags are objects with a "$w" key; a plain object that itself has a "$w" key is wrapped, so any
 * value survives. Decoding defines properties (never assigns them), so a "__proto__" key from
 * the wire stays an ordinary property and cannot reach a prototype.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TAG = '$w';

const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;

function typedArrayName(value: object): TypedArrayName | null {
  for (const name of Object.keys(TYPED_ARRAYS) as TypedArrayName[]) {
    if (value instanceof TYPED_ARRAYS[name]) return name;
  }
  return null;
}

function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function encodeNumber(n: number): Json {
  if (Number.isNaN(n)) return { [TAG]: 'n', v: 'NaN' };
  if (n === Infinity) return { [TAG]: 'n', v: 'Infinity' };
  if (n === -Infinity) return { [TAG]: 'n', v: '-Infinity' };
  if (Object.is(n, -0)) return { [TAG]: 'n', v: '-0' };
  return n;
}

function encode(value: unknown, seen: Set<object>): Json {
  switch (typeof value) {
    case 'undefined':
      return { [TAG]: 'u' };
    case 'boolean':
    case 'string':
      return value;
    case 'number':
      return encodeNumber(value);
    case 'bigint':
      return { [TAG]: 'B', v: value.toString() };
    case 'function':
    case 'symbol':
      throw new TypeError(`cannot send a ${typeof value} to the host`);
  }
  if (value === null) return null;
  const obj = value as object;
  if (seen.has(obj)) throw new TypeError('cannot send a circular structure to the host');
  seen.add(obj);
  try {
    if (Array.isArray(obj)) {
      const out: Json[] = [];
      for (let i = 0; i < obj.length; i++) out.push(encode(obj[i], seen));
      return out;
    }
    if (obj instanceof Map)
      return { [TAG]: 'M', v: [...obj].map(([k, v]) => [encode(k, seen), encode(v, seen)]) };
    if (obj instanceof Set) return { [TAG]: 'S', v: [...obj].map((v) => encode(v, seen)) };
    if (obj instanceof Date) return { [TAG]: 'D', v: obj.getTime() };
    if (obj instanceof ArrayBuffer) return { [TAG]: 'A', v: [...new Uint8Array(obj)] };
    const typed = typedArrayName(obj);
    if (typed !== null) return { [TAG]: 'T', t: typed, v: [...(obj as Iterable<number>)].map(encodeNumber) };
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(obj)) defineOwn(out, k, encode(v, seen));
    return Object.prototype.hasOwnProperty.call(obj, TAG) ? { [TAG]: 'O', v: out } : out;
  } finally {
    seen.delete(obj);
  }
}

function decodeNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v === 'NaN') return NaN;
  if (v === 'Infinity') return Infinity;
  if (v === '-Infinity') return -Infinity;
  if (v === '-0') return -0;
  throw new TypeError('bad number on the wire');
}

/** An element of a typed array: a number, or a tagged NaN/±Infinity/-0. */
function decodeElement(v: unknown): number {
  if (v !== null && typeof v === 'object' && !Array.isArray(v))
    return decodeNumber((v as Record<string, unknown>)['v']);
  return decodeNumber(v);
}

function asArray(v: unknown): unknown[] {
  if (!Array.isArray(v)) throw new TypeError('bad tagged value on the wire');
  return v;
}

function decodeObject(json: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(json)) defineOwn(out, k, decode(v));
  return out;
}

function decode(json: unknown): unknown {
  if (json === null || typeof json !== 'object') return json;
  if (Array.isArray(json)) return json.map(decode);
  const o = json as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(o, TAG)) return decodeObject(o);
  switch (o[TAG]) {
    case 'u':
      return undefined;
    case 'n':
      return decodeNumber(o['v']);
    case 'B':
      return BigInt(String(o['v']));
    case 'M':
      return new Map(
        asArray(o['v']).map((pair) => {
          const [k, v] = asArray(pair);
          return [decode(k), decode(v)] as [unknown, unknown];
        }),
      );
    case 'S':
      return new Set(asArray(o['v']).map(decode));
    case 'D':
      return new Date(decodeNumber(o['v']));
    case 'A':
      return Uint8Array.from(asArray(o['v']).map(decodeElement)).buffer;
    case 'T': {
      const name = String(o['t']);
      if (!Object.prototype.hasOwnProperty.call(TYPED_ARRAYS, name)) throw new TypeError('bad typed array');
      return TYPED_ARRAYS[name as TypedArrayName].from(asArray(o['v']).map(decodeElement));
    }
    case 'O': {
      const inner = o['v'];
      if (inner === null || typeof inner !== 'object' || Array.isArray(inner))
        throw new TypeError('bad object');
      return decodeObject(inner as Record<string, unknown>);
    }
    default:
      throw new TypeError('unknown tag on the wire');
  }
}

/** JSON text for any value structured clone would accept (functions and symbols throw, as there). */
export function encodeWire(value: unknown): string {
  return JSON.stringify(encode(value, new Set()));
}

export function decodeWire(text: string): unknown {
  return decode(JSON.parse(text));
}
