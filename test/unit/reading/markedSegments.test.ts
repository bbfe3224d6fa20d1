import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markedSegments } from '../../../src/reading/markedSegments';

describe('markedSegments', () => {
  it('marks the given ranges and keeps the text between them', () => {
    expect(markedSegments('奥密克戎变异株BA.2', [{ start: 0, end: 4 }, { start: 7, end: 11 }])).toEqual([
      { text: '奥密克戎', marked: true },
      { text: '变异株', marked: false },
      { text: 'BA.2', marked: true },
    ]);
  });

  it('returns the text unmarked when nothing matches', () => {
    expect(markedSegments('没有匹配', [])).toEqual([{ text: '没有匹配', marked: false }]);
  });

  it('merges overlapping or touching ranges, sorts them and clamps them to the text', () => {
    expect(markedSegments('abcdef', [{ start: 3, end: 9 }, { start: 1, end: 2 }, { start: 2, end: 3 }, { start: -2, end: 0 }])).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
    ]);
  });

  it('never loses or repeats a character, and marks exactly the ranged ones', () => {
    const ranges = fc.array(fc.record({ start: fc.integer({ min: -3, max: 30 }), end: fc.integer({ min: -3, max: 30 }) }));
    fc.assert(
      fc.property(fc.string({ maxLength: 25 }), ranges, (text, given) => {
        const segments = markedSegments(text, given);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        let at = 0;
        for (const segment of segments) {
          for (let i = at; i < at + segment.text.length; i++) {
            expect(given.some((r) => r.start <= i && i < r.end)).toBe(segment.marked);
          }
          at += segment.text.length;
        }
        // No two neighbours share a state: a match is one <mark>.
        for (let i = 1; i < segments.length; i++) expect(segments[i].marked).not.toBe(segments[i - 1].marked);
      }),
    );
  });
});
