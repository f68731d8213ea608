import { describe, expect, it } from 'vitest';
import { looksBinary, sniffBytes } from '../../../main/roster/sniff';
import { declaredCharset, decodeText } from '../../../main/roster/text-decode';
import { checkFontNesting } from '../../../main/roster/xml-guard';
import * as F from './roster-files';

describe('decodeText', () => {
  it.each([
    ['UTF-8 without BOM', F.utf8('群名称,成员数'), null, 'utf-8', null],
    ['UTF-8 with BOM (the BOM is dropped)', F.utf8('群名称,成员数', true), null, 'utf-8-bom', null],
    ['UTF-16LE with BOM', F.utf16le('群名称,成员数'), null, 'utf-16le', null],
    ['GBK: GB18030, a guess', F.gbk('群名称,成员数'), null, 'gb18030', 'guessed'],
    ['GBK declared gb2312: no guess', F.gbk('群名称,成员数'), 'gb2312', 'gb18030', null],
    ['pure ASCII is UTF-8', F.utf8('a,b'), null, 'utf-8', null],
  ] as const)('%s', (_label, bytes, declared, encoding, doubt) => {
    const d = decodeText(bytes, declared);
    expect(d).toEqual({ text: _label.startsWith('pure') ? 'a,b' : '群名称,成员数', encoding, doubt });
  });

  it('bytes neither UTF-8 nor GB18030: decoded with replacement, flagged lossy', () => {
    const d = decodeText(new Uint8Array([0x41, 0xff, 0x80, 0x42]));
    expect(d.doubt).toBe('lossy');
    expect(d.text).toContain('�');
  });

  it('finds the charset a page or an XML prolog declares', () => {
    expect(
      declaredCharset(F.utf8('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">')),
    ).toBe('gb2312');
    expect(declaredCharset(F.utf8('<?xml version="1.0" encoding="utf-8"?>'))).toBe('utf-8');
    expect(declaredCharset(F.utf8('<table>'))).toBeNull();
  });
});

describe('sniffBytes: the parser is chosen by content', () => {
  it.each([
    ['zip', F.write(F.rosterWorkbook(), 'xlsx'), 'zip'],
    ['OLE compound file', F.write(F.rosterWorkbook(), 'xls'), 'cfb'],
    ['bare BIFF2 stream', F.write(F.rosterWorkbook(), 'biff2'), 'biff'],
    ['PNG', F.PNG, 'binary'],
    ['PDF', F.PDF, 'binary'],
    ['CSV', F.utf8('a,b'), 'text'],
    ['XML', F.utf8('<?xml version="1.0"?>'), 'text'],
  ] as const)('%s', (_label, bytes, kind) => {
    expect(sniffBytes(bytes).kind).toBe(kind);
  });

  it('tells binary from text', () => {
    expect(looksBinary(F.randomBytes(4096))).toBe(true);
    expect(looksBinary(F.gbk('群名称\t成员数\r\n'))).toBe(false);
    expect(looksBinary(F.utf16le('群名称'))).toBe(false);
    expect(looksBinary(F.utf8('a,b\u0000'))).toBe(true);
  });
});

describe('checkFontNesting', () => {
  const xml = (depth: number): string => new TextDecoder().decode(F.nestedFontXml(depth));
  it('accepts real rich text and self-closing style fonts', () => {
    expect(() => checkFontNesting(xml(3))).not.toThrow();
    expect(() =>
      checkFontNesting('<Styles><Style><Font ss:Bold="1"/><ss:Font/></Style></Styles>'),
    ).not.toThrow();
  });
  it('refuses absurd nesting and closes without opens', () => {
    expect(() => checkFontNesting(xml(33))).toThrow(/FILE_CORRUPT/);
    expect(() => checkFontNesting('<Data><Font>a</Font></Font></Font></Data>')).toThrow(/FILE_CORRUPT/);
    expect(() => checkFontNesting('<font><FONT><html:Font>x')).not.toThrow();
  });
});
