import { describe, expect, it } from 'vitest';
import { convertSegments } from '../../../src/reading/convertSegments';

describe('convertSegments', () => {
  const segments = [
    { text: '新型', marked: false },
    { text: '奥密克戎', marked: true },
    { text: '变异株', marked: false },
  ];

  it('converts each segment and keeps the marks where they were', () => {
    const toTraditional = (text: string) => text.replace('奥', '奧').replace('变', '變');
    expect(convertSegments(segments, toTraditional)).toEqual([
      { text: '新型', marked: false },
      { text: '奧密克戎', marked: true },
      { text: '變异株', marked: false },
    ]);
  });

  it('leaves the text as stored without a converter', () => {
    expect(convertSegments(segments, null)).toEqual(segments);
  });
});
