import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ServiceWorkerState, type WorkboxLike } from '../../../src/pwa/serviceWorkerState.svelte';

type LifecycleEvent = 'waiting' | 'activated' | 'controlling' | 'redundant';

/** workbox-window's Workbox as the state sees it: events we fire, a registration we shape. */
class FakeWorkbox implements WorkboxLike {
  registration: Partial<ServiceWorkerRegistration> = {};
  registerError: Error | null = null;
  updateError: Error | null = null;
  /** What the registration holds once update() has compared sw.js. */
  afterUpdate: Partial<ServiceWorkerRegistration> = {};
  skipWaitingSent = 0;
  #listeners = new Map<LifecycleEvent, (() => void)[]>();

  addEventListener(type: LifecycleEvent, listener: () => void): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }
  fire(type: LifecycleEvent): void {
    for (const listener of this.#listeners.get(type) ?? []) listener();
  }
  async register(): Promise<ServiceWorkerRegistration | undefined> {
    if (this.registerError) throw this.registerError;
    return this.registration as ServiceWorkerRegistration;
  }
  async update(): Promise<void> {
    if (this.updateError) throw this.updateError;
    Object.assign(this.registration, this.afterUpdate);
  }
  messageSkipWaiting(): void {
    this.skipWaitingSent++;
  }
}

const activeWorker = {} as ServiceWorker;

beforeEach(() => {
  // The state logs why registering or checking failed; the tests assert what the reader is told.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

async function attached(setup: (workbox: FakeWorkbox) => void = () => {}, online = true) {
  const workbox = new FakeWorkbox();
  setup(workbox);
  const page = { reloads: 0, online };
  const state = new ServiceWorkerState();
  await state.attach(workbox, { reload: () => page.reloads++, isOnline: () => page.online });
  return { state, workbox, page };
}

describe('ServiceWorkerState: the app saved for offline use', () => {
  it('is ready once a worker is active (its precache complete), installing until then', async () => {
    const { state, workbox } = await attached();
    expect(state.shell).toBe('installing');
    workbox.fire('activated');
    expect(state.shell).toBe('ready');

    const returning = await attached((w) => (w.registration = { active: activeWorker }));
    expect(returning.state.shell).toBe('ready');
  });

  it('failed when registering fails, or the installing worker is thrown away', async () => {
    expect((await attached((w) => (w.registerError = new Error('SecurityError')))).state.shell).toBe('failed');
    const { state, workbox } = await attached();
    workbox.fire('redundant');
    expect(state.shell).toBe('failed');
  });

  it('stays ready when a page the worker controls cannot register again (offline)', async () => {
    const workbox = new FakeWorkbox();
    workbox.registerError = new TypeError('Failed to fetch sw.js');
    const state = new ServiceWorkerState();
    state.controlledAtStart();
    await state.attach(workbox, { reload: () => {}, isOnline: () => false });
    expect(state.shell).toBe('ready');
  });
});

describe('ServiceWorkerState: a new version', () => {
  it('is offered when it waits, and the page reloads only after the reader accepts and it controls the page', async () => {
    const { state, workbox, page } = await attached((w) => (w.registration = { active: activeWorker }));
    workbox.fire('waiting');
    expect(state.newVersion).toBe('waiting');
    expect(workbox.skipWaitingSent).toBe(0);
    expect(page.reloads).toBe(0);

    state.accept();
    expect(workbox.skipWaitingSent).toBe(1);
    expect(page.reloads).toBe(0);
    workbox.fire('controlling');
    expect(page.reloads).toBe(1);
  });

  it('taken over from another tab is offered as a reload, never forced', async () => {
    const { state, workbox, page } = await attached((w) => (w.registration = { active: activeWorker }));
    workbox.fire('controlling');
    expect(page.reloads).toBe(0);
    expect(state.newVersion).toBe('activated');
    state.accept();
    expect(page.reloads).toBe(1);
    expect(workbox.skipWaitingSent).toBe(0);
  });
});

describe('ServiceWorkerState: checking for new editions', () => {
  it('is up to date when the browser finds the same sw.js', async () => {
    const { state } = await attached((w) => (w.registration = { active: activeWorker }));
    await state.checkForUpdate();
    expect(state.check).toBe('upToDate');
  });

  it('downloads a new version, found once it waits', async () => {
    const { state, workbox } = await attached((w) => {
      w.registration = { active: activeWorker };
      w.afterUpdate = { installing: {} as ServiceWorker };
    });
    await state.checkForUpdate();
    expect(state.check).toBe('downloading');
    workbox.fire('waiting');
    expect(state.check).toBe('found');
    expect(state.newVersion).toBe('waiting');
  });

  it('says the server cannot be reached when offline or when fetching sw.js fails', async () => {
    const offline = await attached((w) => (w.registration = { active: activeWorker }), false);
    await offline.state.checkForUpdate();
    expect(offline.state.check).toBe('offline');

    const serverGone = await attached((w) => {
      w.registration = { active: activeWorker };
      w.updateError = new TypeError('An unknown error occurred when fetching the script.');
    });
    await serverGone.state.checkForUpdate();
    expect(serverGone.state.check).toBe('offline');
  });
});

describe('ServiceWorkerState: looking quietly', () => {
  it('finds a new version without a message, and says nothing when the server cannot be reached', async () => {
    const { state, workbox } = await attached((w) => {
      w.registration = { active: activeWorker };
      w.updateError = new TypeError('Failed to fetch');
    });
    await state.checkQuietly();
    expect(state.check).toBe('idle');

    workbox.updateError = null;
    workbox.afterUpdate = { installing: {} as ServiceWorker };
    await state.checkQuietly();
    workbox.fire('waiting');
    expect(state.check).toBe('idle');
    expect(state.newVersion).toBe('waiting');
  });
});
