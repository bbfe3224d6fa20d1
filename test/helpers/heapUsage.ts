// JS heap of a page and of its dedicated workers, read over the DevTools protocol
// (Runtime.getHeapUsage): performance.memory covers only the page, and not in workers.
import type { CDPSession, Page } from 'playwright-core';

/** Bytes of JS heap in use. `worker` adds up the page's dedicated workers (the harness has one). */
export interface HeapUsage {
  page: number;
  worker: number;
}

export interface HeapWatch {
  current(): Promise<HeapUsage>;
  /** Runs a full garbage collection in the page and its workers, so that what remains is what is held. */
  collectGarbage(): Promise<void>;
  /** Samples every `intervalMs` until stop(), which gives the highest figures seen. */
  sample(intervalMs?: number): { stop(): Promise<HeapUsage & { samples: number }> };
  detach(): Promise<void>;
}

type Reply = Record<string, unknown> | undefined;

/** Watches `page` and the workers it starts from now on (attach before the page starts them). */
export async function watchHeap(page: Page): Promise<HeapWatch> {
  const session: CDPSession = await page.context().newCDPSession(page);
  // Workers are reached through Target.sendMessageToTarget (non-flat sessions): Playwright's
  // CDPSession cannot address a flat child session.
  const workers = new Set<string>();
  const pending = new Map<number, { sessionId: string; resolve: (result: Reply) => void }>();
  let nextId = 1;
  session.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
    if (targetInfo.type === 'worker') workers.add(sessionId);
  });
  session.on('Target.detachedFromTarget', ({ sessionId }) => {
    if (sessionId === undefined) return;
    workers.delete(sessionId);
    for (const [id, request] of pending) {
      if (request.sessionId !== sessionId) continue;
      pending.delete(id);
      request.resolve(undefined);
    }
  });
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message) as { id?: number; result?: Reply };
    if (reply.id === undefined) return;
    const request = pending.get(reply.id);
    pending.delete(reply.id);
    request?.resolve(reply.result);
  });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  /** Sends a DevTools command to a worker; undefined when the worker went away. */
  const sendToWorker = (sessionId: string, method: string) =>
    new Promise<Reply>((resolve) => {
      const id = nextId++;
      pending.set(id, { sessionId, resolve });
      session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) }).catch(() => {
        pending.delete(id);
        resolve(undefined);
      });
    });
  const workerHeap = async (sessionId: string) => Number((await sendToWorker(sessionId, 'Runtime.getHeapUsage'))?.usedSize ?? 0);

  async function current(): Promise<HeapUsage> {
    const [pageHeap, ...workerHeaps] = await Promise.all([
      session.send('Runtime.getHeapUsage').then((usage) => usage.usedSize),
      ...[...workers].map(workerHeap),
    ]);
    return { page: pageHeap, worker: workerHeaps.reduce((sum, used) => sum + used, 0) };
  }

  return {
    current,
    async collectGarbage() {
      await Promise.all([session.send('HeapProfiler.collectGarbage'), ...[...workers].map((id) => sendToWorker(id, 'HeapProfiler.collectGarbage'))]);
    },
    sample(intervalMs = 100) {
      const peak = { page: 0, worker: 0, samples: 0 };
      let stopped = false;
      const loop = (async () => {
        while (!stopped) {
          const usage = await current();
          peak.page = Math.max(peak.page, usage.page);
          peak.worker = Math.max(peak.worker, usage.worker);
          peak.samples++;
          await new Promise((resolve) => setTimeout(resolve, intervalMs));
        }
      })();
      return {
        async stop() {
          stopped = true;
          await loop;
          // One last look: the end of the run may hold the most.
          const usage = await current();
          return { page: Math.max(peak.page, usage.page), worker: Math.max(peak.worker, usage.worker), samples: peak.samples + 1 };
        },
      };
    },
    detach: () => session.detach(),
  };
}
