import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forEachGramKey, gramKey, gramOfKey, keyOfGram, termGrams } from '../../../src/search/grams';

const gramsOf = (text: string) => {
  const grams: string[] = [];
  forEachGramKey(text, (key) => grams.push(gramOfKey(key)));
  return grams;
};

describe('forEachGramKey', () => {
  it('visits every unigram and every bigram', () => {
    expect(gramsOf('科协会').sort()).toEqual(['会', '协', '协会', '科', '科协'].sort());
  });

  it('counts characters outside the BMP as one', () => {
    expect(gramsOf('a𠀋b').sort()).toEqual(['a', 'a𠀋', 'b', '𠀋', '𠀋b'].sort());
  });
});

describe('gramKey', () => {
  it('orders grams as their strings sort in code-unit order (the order of IndexedDB keys)', () => {
    const gram = fc.oneof(fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 1 }), fc.constantFrom('a', 'ab', '\ue000', '𠀋', '𠀋a', '\uffff', '科', '科协'));
    const single = gram.map((text) => Array.from(text).slice(0, 2).join('')).filter((text) => text.length > 0);
    fc.assert(
      fc.property(single, single, (a, b) => {
        const byKey = Math.sign(keyOfGram(a) - keyOfGram(b));
        const byString = a < b ? -1 : a > b ? 1 : 0;
        return byKey === byString;
      }),
    );
  });

  it('round-trips through gramOfKey', () => {
    for (const gram of ['a', '科', '科协', '𠀋', '𠀋a', 'a𠀋', '\uffff\ue000']) expect(gramOfKey(keyOfGram(gram))).toBe(gram);
    expect(gramOfKey(gramKey(0x79d1, 0x534f))).toBe('科协');
  });
});

describe('termGrams', () => {
  it('is the character itself for one character, and its distinct bigrams otherwise', () => {
    expect(termGrams('科')).toEqual(['科']);
    expect(termGrams('科协')).toEqual(['科协']);
    expect(termGrams('哈哈哈')).toEqual(['哈哈']);
    expect(termGrams('奥密克戎')).toEqual(['奥密', '密克', '克戎']);
    expect(termGrams('a𠀋b')).toEqual(['a𠀋', '𠀋b']);
  });
});
