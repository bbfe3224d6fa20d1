// How the app runs: installed (from the home screen) or in a browser tab, and on which system.

interface NavigatorLike {
  userAgent?: string;
  platform?: string;
  maxTouchPoints?: number;
  /** iOS Safari's own flag for a page opened from the home screen. */
  standalone?: boolean;
}

/** The app runs installed, in a window of its own (display-mode standalone), not in a tab. */
export function isStandalone(
  matchMedia: ((query: string) => { matches: boolean }) | undefined = globalThis.matchMedia?.bind(globalThis),
  navigator: NavigatorLike | undefined = globalThis.navigator,
): boolean {
  return navigator?.standalone === true || (matchMedia?.('(display-mode: standalone)').matches ?? false);
}

/** iPhone, iPod or iPad; an iPad asks for desktop sites by default, so it reads as a Mac with a touch screen. */
export function isIos(navigator: NavigatorLike | undefined = globalThis.navigator): boolean {
  if (navigator === undefined) return false;
  return /iPhone|iPad|iPod/.test(navigator.userAgent ?? '') || (navigator.platform === 'MacIntel' && (navigator.maxTouchPoints ?? 0) > 1);
}
