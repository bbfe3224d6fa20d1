import { describe, expect, it } from 'vitest';
import { mayChangeToSimplified, toSimplified } from '../../../src/search/toSimplified';
import { TRADITIONAL_CHARS } from '../../../src/search/traditionalChars';
import { computeTraditionalChars } from '../../helpers/traditionalChars';

describe('toSimplified', () => {
  it('converts traditional to simplified characters and phrases', async () => {
    expect(await toSimplified('奧密克戎')).toBe('奥密克戎');
    expect(await toSimplified('科學')).toBe('科学');
    expect(await toSimplified('明瞭')).toBe('明了');
  });

  it('keeps simplified text, Latin and numbers as they are', async () => {
    expect(await toSimplified('奥密克戎 BA.2 2024')).toBe('奥密克戎 BA.2 2024');
  });
});

describe('mayChangeToSimplified', () => {
  it('is false for simplified text, so the converter is not loaded for it', () => {
    expect(mayChangeToSimplified('焦作市科协召开第六次代表大会 BA.2')).toBe(false);
  });

  it('is true for a character that changes alone or only in a phrase', () => {
    expect(mayChangeToSimplified('科學')).toBe(true);
    expect(mayChangeToSimplified('瞭')).toBe(true);
  });

  it('knows every character opencc-js may change (src/search/traditionalChars.ts is up to date)', () => {
    expect(TRADITIONAL_CHARS).toBe(computeTraditionalChars());
  });
});
