import { describe, expect, it } from 'vitest';
import { readingMark } from '../../../src/reading/readingMark';

describe('readingMark', () => {
  it('gives the whole percent read, rounded down', () => {
    expect(readingMark(0)).toEqual({ kind: 'partial', percent: 0 });
    expect(readingMark(0.456)).toEqual({ kind: 'partial', percent: 45 });
  });

  it('calls an article read once its end is all but reached', () => {
    expect(readingMark(0.94)).toEqual({ kind: 'partial', percent: 94 });
    expect(readingMark(0.95)).toEqual({ kind: 'read' });
    expect(readingMark(1)).toEqual({ kind: 'read' });
  });
});
