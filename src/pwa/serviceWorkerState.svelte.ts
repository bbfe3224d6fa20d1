// The service worker as the reader sees it: is the app saved for offline use, is a new version
// waiting, what did "check for new editions" find. The worker itself is Workbox's (built by
// vite-plugin-pwa); this drives it through workbox-window. A new version never takes over the page
// by itself: it waits until the reader accepts, and only then does the page reload.

/** Whether this browser holds the app (the shell) for offline use. */
export type ShellStatus =
  /** No service worker here: the dev server, where the app is not built. */
  | 'disabled'
  /** The browser has none (an old browser, or http:// on another host than localhost). */
  | 'unsupported'
  | 'installing'
  | 'ready'
  /** Registering or installing failed (e.g. the network dropped while the shell was saved). */
  | 'failed';

/** A new version of the app (and so of the corpus manifest it precaches). */
export type NewVersionStatus =
  | 'none'
  /** Installed and waiting for the reader's yes. */
  | 'waiting'
  /** Another tab accepted it: this page runs the old code and should reload when the reader wants. */
  | 'activated';

/** What the last "check for new editions" found ('offline': the server could not be reached). */
export type UpdateCheck = 'idle' | 'checking' | 'upToDate' | 'downloading' | 'found' | 'offline' | 'failed';

/** What the state needs of workbox-window's Workbox (a fake one in unit tests). */
export interface WorkboxLike {
  addEventListener(type: 'waiting' | 'activated' | 'controlling' | 'redundant', listener: () => void): void;
  register(): Promise<ServiceWorkerRegistration | undefined>;
  update(): Promise<void>;
  messageSkipWaiting(): void;
}

export interface PageHooks {
  reload(): void;
  isOnline(): boolean;
}

export class ServiceWorkerState {
  shell = $state<ShellStatus>('installing');
  newVersion = $state<NewVersionStatus>('none');
  check = $state<UpdateCheck>('idle');
  #workbox: WorkboxLike | null = null;
  #registration: ServiceWorkerRegistration | undefined;
  #page: PageHooks | null = null;
  #accepted = false;

  /** A page that a service worker controls is saved already: say so at once, not after registering. */
  controlledAtStart(): void {
    this.shell = 'ready';
  }

  /** No service worker will run: `reason` says why. */
  unavailable(reason: 'disabled' | 'unsupported'): void {
    this.shell = reason;
  }

  /** Registers the app's service worker and follows it. */
  async attach(workbox: WorkboxLike, page: PageHooks): Promise<void> {
    this.#workbox = workbox;
    this.#page = page;
    workbox.addEventListener('waiting', () => {
      this.newVersion = 'waiting';
      if (this.check === 'downloading') this.check = 'found';
    });
    workbox.addEventListener('activated', () => {
      this.shell = 'ready';
    });
    workbox.addEventListener('controlling', () => {
      // The new version controls the page only after a yes: here or in another tab.
      if (this.#accepted) page.reload();
      else this.newVersion = 'activated';
    });
    workbox.addEventListener('redundant', () => {
      if (this.shell === 'installing') this.shell = 'failed';
      if (this.check === 'downloading') this.check = 'failed';
    });
    try {
      this.#registration = await workbox.register();
    } catch (error) {
      console.warn('the service worker could not be registered', error);
      // A page it controls already has the app saved: a failed re-registration takes nothing away.
      if (this.shell !== 'ready') this.shell = 'failed';
      return;
    }
    // An active worker has its precache complete (it activates only after installing every file).
    if (this.#registration?.active) this.shell = 'ready';
  }

  /** The reader said yes to the new version: let it take over, then reload once it controls the page. */
  accept(): void {
    if (this.newVersion === 'activated') {
      this.#page?.reload();
      return;
    }
    if (this.newVersion !== 'waiting' || this.#workbox === null) return;
    this.#accepted = true;
    this.#workbox.messageSkipWaiting();
  }

  /**
   * Looks for a new version without a word unless one is found (then UpdatePrompt offers it): for
   * a reader who keeps 读报 open for days, since browsers look only when a page is loaded.
   */
  async checkQuietly(): Promise<void> {
    if (this.#workbox === null || this.#page?.isOnline() === false || this.check === 'checking') return;
    try {
      await this.#workbox.update();
    } catch {
      // Offline or no server: the next look will do.
    }
  }

  /** Asks the server for a new version of the app and its papers. */
  async checkForUpdate(): Promise<void> {
    const workbox = this.#workbox;
    const page = this.#page;
    if (workbox === null || page === null || this.check === 'checking') return;
    if (!page.isOnline()) {
      this.check = 'offline';
      return;
    }
    this.check = 'checking';
    try {
      await workbox.update();
    } catch (error) {
      // sw.js could not be fetched: no network, or no server (navigator.onLine cannot tell them apart).
      console.warn('checking for a new version failed', error);
      this.check = 'offline';
      return;
    }
    // update() settles once the browser has compared sw.js: a new one is then installing (or waiting).
    const registration = this.#registration;
    if (registration?.waiting || this.newVersion === 'waiting') this.check = 'found';
    else if (registration?.installing) this.check = 'downloading';
    else this.check = 'upToDate';
  }
}

export const serviceWorker = new ServiceWorkerState();
