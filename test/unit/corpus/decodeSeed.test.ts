import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSeed } from '../../../src/corpus/decodeSeed';
import { encodeGbk } from '../../helpers/encodeGbk';

const SOURCE = 'page.txt';
const PAGE = '本报讯（记者张苗） 2月1日\n至 5 日，市自然资源和规划系统\n开展“领导干部讲业务”活动。\n';

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

describe('decodeSeed', () => {
  it('returns UTF-8 text as it is, without warnings', () => {
    expect(decodeSeed(SOURCE, utf8(PAGE))).toEqual({ text: PAGE, warnings: [] });
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(decodeSeed(SOURCE, utf8('\uFEFF' + PAGE))).toEqual({ text: PAGE, warnings: [] });
  });

  it.each(['le', 'be'] as const)('decodes UTF-16 %s by its byte order mark', (endian) => {
    expect(decodeSeed(SOURCE, utf16(PAGE, endian))).toEqual({ text: PAGE, warnings: [] });
  });

  it.each(['le', 'be'] as const)('recognises UTF-16 %s without a byte order mark, with a warning', (endian) => {
    const { text, warnings } = decodeSeed(SOURCE, utf16(PAGE, endian, false));
    expect(text).toBe(PAGE);
    expect(warnings).toEqual([{ source: SOURCE, line: null, message: `not UTF-8; decoded as UTF-16${endian.toUpperCase()} without BOM` }]);
  });

  it('decodes GBK bytes as GB18030 and names the encoding in a warning', () => {
    const { text, warnings } = decodeSeed(SOURCE, encodeGbk(PAGE));
    expect(text).toBe(PAGE);
    expect(warnings).toEqual([{ source: SOURCE, line: null, message: 'not UTF-8; decoded as GB18030' }]);
  });

  it('replaces bytes that are neither UTF-8 nor GB18030 and names the first bad line', () => {
    const bytes = utf8('第一行。\n第二行。\n第三行坏了\n第四行。\n');
    const broken = Uint8Array.from([...bytes.subarray(0, 30), 0xff, ...bytes.subarray(30)]);
    const { text, warnings } = decodeSeed(SOURCE, broken);
    expect(text).toContain('\uFFFD');
    expect(text?.split('\n')[2]).toContain('\uFFFD');
    expect(warnings).toEqual([{ source: SOURCE, line: 3, message: 'invalid UTF-8 bytes replaced by U+FFFD' }]);
  });

  it('keeps reading a damaged GBK file as GB18030, naming the encoding and the first bad line', () => {
    const cut = encodeGbk('第一行。\n第二行。\n第三行');
    const { text, warnings } = decodeSeed(SOURCE, cut.subarray(0, cut.length - 1));
    expect(text).toBe('第一行。\n第二行。\n第三\uFFFD');
    expect(warnings).toEqual([
      { source: SOURCE, line: null, message: 'not UTF-8; decoded as GB18030' },
      { source: SOURCE, line: 3, message: 'invalid GB18030 bytes replaced by U+FFFD' },
    ]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('turns %s line ends into LF', (_, lineEnd) => {
    expect(decodeSeed(SOURCE, utf8(PAGE.replaceAll('\n', lineEnd))).text).toBe(PAGE);
  });

  it('gives the same text whatever the line ends (property)', () => {
    const line = fc.stringMatching(/^[一-龥 ，。A-Za-z0-9]{0,20}$/);
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('\r\n', '\r', '\n'), (lines, lineEnd) => {
      const text = ['标题', ...lines].join('\n');
      expect(decodeSeed(SOURCE, utf8(['标题', ...lines].join(lineEnd))).text).toBe(text);
    }));
  });

  it('treats a form feed (a page break from pdftotext) as a line end', () => {
    expect(decodeSeed(SOURCE, utf8('第一页。\f第二页。')).text).toBe('第一页。\n第二页。');
  });

  it('skips a file with NUL bytes as binary', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeSeed('photo.txt', png)).toEqual({ text: null, warnings: [{ source: 'photo.txt', line: null, message: 'binary file, skipped' }] });
  });

  it('keeps a page with a stray NUL byte, removing it and naming its line', () => {
    const page = `${'第一行。\n'.repeat(30)}第三十一\u0000行。\n第三十二行。\n`;
    const { text, warnings } = decodeSeed(SOURCE, utf8(page));
    expect(text).toBe(page.replace('\u0000', ''));
    expect(warnings).toEqual([{ source: SOURCE, line: 31, message: 'control characters removed' }]);
  });

  it('skips a file that is mostly control characters as binary', () => {
    const junk = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 8) : 0x41 + (i % 26)));
    expect(decodeSeed(SOURCE, junk).text).toBeNull();
    expect(decodeSeed(SOURCE, junk).warnings[0].message).toBe('binary file, skipped');
  });

  it('removes a few stray control characters and names the line of the first', () => {
    const { text, warnings } = decodeSeed(SOURCE, utf8('第一行。\n第二\x07行。\n第三\x1b行。\n'));
    expect(text).toBe('第一行。\n第二行。\n第三行。\n');
    expect(warnings).toEqual([{ source: SOURCE, line: 2, message: 'control characters removed' }]);
  });

  it('skips an empty file', () => {
    expect(decodeSeed(SOURCE, new Uint8Array())).toEqual({ text: null, warnings: [{ source: SOURCE, line: null, message: 'empty file, skipped' }] });
  });

  it('skips a file of whitespace only, ideographic spaces included', () => {
    const { text, warnings } = decodeSeed(SOURCE, utf8(' \r\n\t\u3000\n\n'));
    expect(text).toBeNull();
    expect(warnings).toEqual([{ source: SOURCE, line: null, message: 'no text (whitespace only), skipped' }]);
  });

  it('returns a file without Chinese characters, with a warning', () => {
    const { text, warnings } = decodeSeed(SOURCE, utf8('JIAOZUO DAILY\nA07 2022\n'));
    expect(text).toBe('JIAOZUO DAILY\nA07 2022\n');
    expect(warnings).toEqual([{ source: SOURCE, line: null, message: 'no Chinese characters; parsed as far as it goes' }]);
  });
});
