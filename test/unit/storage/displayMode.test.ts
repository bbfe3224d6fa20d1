import { describe, expect, it } from 'vitest';
import { isIos, isStandalone } from '../../../src/storage/displayMode';

const iPhoneSafari = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const macSafari = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const media = (standalone: boolean) => (query: string) => ({ matches: standalone && query === '(display-mode: standalone)' });

describe('how the app runs', () => {
  it('tells an iPhone, and an iPad that asks for desktop sites, from a Mac', () => {
    expect(isIos({ userAgent: iPhoneSafari, platform: 'iPhone', maxTouchPoints: 5 })).toBe(true);
    expect(isIos({ userAgent: macSafari, platform: 'MacIntel', maxTouchPoints: 5 })).toBe(true);
    expect(isIos({ userAgent: macSafari, platform: 'MacIntel', maxTouchPoints: 0 })).toBe(false);
    expect(isIos(undefined)).toBe(false);
  });

  it('runs installed in display-mode standalone, or from the iOS home screen', () => {
    expect(isStandalone(media(true), {})).toBe(true);
    expect(isStandalone(media(false), { standalone: true })).toBe(true);
    expect(isStandalone(media(false), { standalone: false })).toBe(false);
    expect(isStandalone(undefined, undefined)).toBe(false);
  });
});
