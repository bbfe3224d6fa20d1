import { describe, expect, it } from 'vitest';
import { formatWarning } from '../../../src/build/formatWarning';

describe('formatWarning', () => {
  it('writes file:line: message', () => {
    expect(formatWarning({ source: '000.txt', line: 12, message: '无法归类的文字' }, 'seeds')).toBe(
      'seeds/000.txt:12: 无法归类的文字',
    );
  });

  it('leaves out the line when the warning is about the whole file', () => {
    expect(formatWarning({ source: '000.txt', line: null, message: 'empty file' }, 'seeds')).toBe(
      'seeds/000.txt: empty file',
    );
  });
});
