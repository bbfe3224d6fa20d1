import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText, normalizeWithOffsets } from '../../../src/search/normalizeText';

describe('normalizeText', () => {
  it('turns full-width Latin, digits and punctuation into half width', () => {
    expect(normalizeText('ＢＡ．２，２０２４（一）')).toBe('ba.2,2024(一)');
  });

  it('lower-cases Latin letters', () => {
    expect(normalizeText('Omicron COVID-19')).toBe('omicroncovid-19');
  });

  it('removes spaces, ideographic spaces, line breaks and zero-width characters', () => {
    expect(normalizeText('奥 密\u3000克\n戎\u200b毒\ufeff株\t')).toBe('奥密克戎毒株');
  });

  it('keeps Chinese text and Chinese punctuation as they are', () => {
    expect(normalizeText('“隐形奥密克戎”之称。')).toBe('“隐形奥密克戎”之称。');
  });

  it('composes a letter with a following combining mark, as a typed precomposed letter is', () => {
    expect(normalizeText('Cafe\u0301')).toBe(normalizeText('CAFÉ'));
  });

  it('keeps characters outside the BMP whole and replaces a lone surrogate', () => {
    expect(normalizeText('𠀋 A')).toBe('𠀋a');
    expect(normalizeText('a\ud800b')).toBe('a\ufffdb');
  });

  it('gives the same result when applied twice', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => normalizeText(normalizeText(text)) === normalizeText(text)));
  });
});

describe('normalizeWithOffsets', () => {
  it('gives the same text as normalizeText', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => normalizeWithOffsets(text).text === normalizeText(text)));
  });

  it('maps each normalized character back to where it was displayed', () => {
    const displayed = '变异毒株 ＢＡ.2 感\n染';
    const { text, start, end } = normalizeWithOffsets(displayed);
    const at = text.indexOf('ba.2');
    expect(displayed.slice(start[at], end[at + 3])).toBe('ＢＡ.2');
    const across = text.indexOf('感染');
    expect(displayed.slice(start[across], end[across + 1])).toBe('感\n染');
  });

  it('maps every character of an expansion to the whole displayed character', () => {
    const { text, start, end } = normalizeWithOffsets('a…b');
    expect(text).toBe('a...b');
    expect([...start]).toEqual([0, 1, 1, 1, 2]);
    expect([...end]).toEqual([1, 2, 2, 2, 3]);
  });

  it('maps a character outside the BMP to both of its code units', () => {
    const { start, end } = normalizeWithOffsets('x𠀋');
    expect([...start]).toEqual([0, 1, 1]);
    expect([...end]).toEqual([1, 3, 3]);
  });
});
