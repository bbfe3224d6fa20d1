// Installing 读报 to the home screen: Chromium offers a prompt the page can show from its own
// button (beforeinstallprompt); iOS has none, so there the reader gets short instructions.
import { isIos, isStandalone } from '../storage/displayMode';

/** Chromium's event (not in TypeScript's DOM types). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallOffer =
  /** Installed already, or this browser offers nothing. */
  | 'none'
  /** The browser's install prompt is ready for a button. */
  | 'prompt'
  /** iOS, not yet on the home screen: 分享 → 添加到主屏幕. */
  | 'iosInstructions';

export class InstallPromptState {
  offer = $state<InstallOffer>('none');
  #event: BeforeInstallPromptEvent | null = null;

  /** Starts listening; call at start-up, since the browser may fire its event before any component mounts. */
  listen(window: Window): void {
    if (isIos(window.navigator) && !isStandalone(window.matchMedia.bind(window), window.navigator)) this.offer = 'iosInstructions';
    window.addEventListener('beforeinstallprompt', (event) => {
      // Keep the browser's own mini-infobar away: the reader installs from our button.
      event.preventDefault();
      this.#event = event as BeforeInstallPromptEvent;
      this.offer = 'prompt';
    });
    window.addEventListener('appinstalled', () => {
      this.#event = null;
      this.offer = 'none';
    });
  }

  /** Shows the browser's install prompt; it can be shown once, so the button goes either way. */
  async install(): Promise<void> {
    const event = this.#event;
    if (event === null) return;
    this.#event = null;
    this.offer = 'none';
    await event.prompt();
    await event.userChoice;
  }
}

export const installPrompt = new InstallPromptState();
