import { describe, expect, it } from 'vitest';
import { summaryParagraphCount } from '../../../src/reading/summaryParagraphCount';

describe('summaryParagraphCount', () => {
  it('counts the opening paragraphs that the summary repeats', () => {
    expect(summaryParagraphCount({ summary: '甲。\n乙。', paragraphs: ['甲。', '乙。', '丙。'] })).toBe(2);
    expect(summaryParagraphCount({ summary: '甲。', paragraphs: ['甲。', '乙。'] })).toBe(1);
  });

  it('counts none without a summary, or when the summary is not the opening paragraphs', () => {
    expect(summaryParagraphCount({ summary: null, paragraphs: ['甲。'] })).toBe(0);
    expect(summaryParagraphCount({ summary: '乙。', paragraphs: ['甲。', '乙。'] })).toBe(0);
  });
});
