import { describe, expect, it } from 'vitest';
import { isTypingTarget } from '../../../src/keyboard/isTypingTarget';
import { readingShortcutOf } from '../../../src/keyboard/readingShortcut';

// Stands for an element: `closest` answers whether it is inside a field.
const element = (inField: boolean) => ({ closest: () => (inField ? {} : null) }) as unknown as EventTarget;
const press = (key: string, extra: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: element(false),
  ...extra,
});

describe('readingShortcutOf', () => {
  it('reads j, k and b as next, previous and bookmark', () => {
    expect(readingShortcutOf(press('j'))).toBe('next');
    expect(readingShortcutOf(press('k'))).toBe('previous');
    expect(readingShortcutOf(press('b'))).toBe('bookmark');
  });

  it('ignores other keys, and capitals (Shift held)', () => {
    expect(readingShortcutOf(press('x'))).toBeNull();
    expect(readingShortcutOf(press('J'))).toBeNull();
  });

  it('leaves browser shortcuts alone', () => {
    expect(readingShortcutOf(press('b', { ctrlKey: true }))).toBeNull();
    expect(readingShortcutOf(press('j', { metaKey: true }))).toBeNull();
    expect(readingShortcutOf(press('k', { altKey: true }))).toBeNull();
  });

  it('ignores keys typed into a field', () => {
    expect(readingShortcutOf(press('j', { target: element(true) }))).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('is true inside a field, false elsewhere and for targets that are not elements', () => {
    expect(isTypingTarget(element(true))).toBe(true);
    expect(isTypingTarget(element(false))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({} as EventTarget)).toBe(false);
  });
});
