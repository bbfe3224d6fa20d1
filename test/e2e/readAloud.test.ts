import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReaderContext } from '../helpers/chromium';
import { startReaderSession, type ReaderSession } from '../helpers/readerSession';

// 朗读 with a stand-in for the Web Speech API (this Chromium may have no voices at all): the
// stub speaks nothing, records what it is given, and finishes an utterance when the test says.
// Its voices arrive late, as in real browsers, announced by `voiceschanged`.
const article = { id: '550e29afef97', title: '新的一年，科技创新！“虎虎生威”！' };

function speechStub(voices: { lang: string; name: string }[]) {
  const state = { spoken: [] as string[], cancelled: 0, paused: false, current: null as null | { onend?: () => void; onerror?: () => void } };
  const synth = new EventTarget() as EventTarget & Record<string, unknown>;
  let loaded: { lang: string; name: string; localService: boolean; default: boolean }[] = [];
  Object.assign(synth, {
    getVoices: () => loaded,
    speak(utterance: { text: string; onend?: () => void; onerror?: () => void }) {
      state.current = utterance;
      state.spoken.push(utterance.text);
    },
    cancel() {
      state.cancelled++;
      const current = state.current;
      state.current = null;
      current?.onerror?.();
    },
    pause: () => (state.paused = true),
    resume: () => (state.paused = false),
  });
  class Utterance {
    lang = '';
    voice = null;
    onend = null;
    onerror = null;
    constructor(public text: string) {}
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.assign(window, {
    speech: state,
    finishUtterance() {
      const current = state.current;
      state.current = null;
      current?.onend?.();
    },
  });
  setTimeout(() => {
    loaded = voices.map((voice) => ({ ...voice, localService: true, default: false }));
    synth.dispatchEvent(new Event('voiceschanged'));
    Object.assign(window, { voicesLoaded: true });
  }, 100);
}

interface SpeechState {
  spoken: string[];
  cancelled: number;
  paused: boolean;
}

let session: ReaderSession;
let context: BrowserContext;
let page: Page;

const speech = () => page.evaluate(() => (window as unknown as { speech: SpeechState }).speech);
const finishUtterance = () => page.evaluate(() => (window as unknown as { finishUtterance: () => void }).finishUtterance());
const paragraphs = () => page.locator('article .body .article-text');
const readingIndex = () =>
  page.evaluate(() => [...document.querySelectorAll('article .body .article-text')].findIndex((p) => p.getAttribute('aria-current') === 'true'));
const readAloud = () => page.getByRole('group', { name: '朗读' });

async function openArticle(target: Page) {
  await target.goto(`${session.app.url}#/article/${article.id}`);
  await target.getByRole('heading', { level: 1, name: article.title }).waitFor();
}

beforeAll(async () => {
  session = await startReaderSession();
  context = await newReaderContext(session.browser, { viewport: { width: 360, height: 740 } });
  await context.addInitScript(speechStub, [
    { lang: 'en-US', name: 'English' },
    { lang: 'zh-CN', name: '普通话' },
  ]);
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  // A reader who asked for less motion: the page jumps to the paragraph read instead of gliding.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

afterAll(async () => {
  await session?.close();
});

describe('read aloud (朗读)', () => {
  it('offers 朗读 once a Chinese voice has loaded', async () => {
    await openArticle(page);
    await readAloud().getByRole('button', { name: '朗读' }).waitFor();
    expect(await readingIndex()).toBe(-1);
  });

  it('reads the first paragraph, highlighted, then goes on to the next', async () => {
    const texts = await paragraphs().allInnerTexts();
    expect(texts.length).toBeGreaterThan(4);
    await readAloud().getByRole('button', { name: '朗读' }).click();
    expect((await speech()).spoken).toEqual([texts[0]]);
    await page.waitForFunction(() => document.querySelector('article .body .article-text')?.getAttribute('aria-current') === 'true');
    expect(await paragraphs().first().evaluate((p) => getComputedStyle(p).backgroundColor)).not.toBe(
      await paragraphs().nth(1).evaluate((p) => getComputedStyle(p).backgroundColor),
    );
    await finishUtterance();
    await expect.poll(readingIndex).toBe(1);
    expect((await speech()).spoken).toEqual([texts[0], texts[1]]);
  });

  it('keeps the paragraph being read on screen as it moves down the article', async () => {
    const count = await paragraphs().count();
    for (let index = 2; index < count; index++) {
      await finishUtterance();
      await expect.poll(readingIndex).toBe(index);
      const box = await paragraphs().nth(index).evaluate((p) => {
        const rect = p.getBoundingClientRect();
        return { top: rect.top, bottom: rect.bottom };
      });
      expect(box.bottom).toBeGreaterThan(0);
      expect(box.top).toBeLessThan(740);
    }
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  it('pauses and resumes on the same paragraph', async () => {
    const at = await readingIndex();
    await readAloud().getByRole('button', { name: '暂停' }).click();
    expect((await speech()).paused).toBe(true);
    await readAloud().getByRole('button', { name: '继续朗读' }).click();
    expect((await speech()).paused).toBe(false);
    expect(await readingIndex()).toBe(at);
  });

  it('stops: nothing highlighted, and 朗读 starts again from the top', async () => {
    await readAloud().getByRole('button', { name: '停止' }).click();
    expect(await readingIndex()).toBe(-1);
    expect(await readAloud().getByRole('button').count()).toBe(1);
    // Focus stays on the group's button, now 朗读 again.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/朗读$/);
  });

  it('stops reading when the reader leaves the article', async () => {
    await readAloud().getByRole('button', { name: '朗读' }).click();
    const before = await speech();
    await page.getByRole('link', { name: '返回文章列表' }).first().click();
    await page.getByRole('heading', { level: 1, name: '读报' }).waitFor();
    const after = await speech();
    expect(after.cancelled).toBeGreaterThan(before.cancelled);
    // Nothing is left to finish: what was being read was cancelled, and no next paragraph starts.
    await finishUtterance();
    expect((await speech()).spoken).toEqual(after.spoken);
  });

  it('is not offered when the browser has no Chinese voice', async () => {
    const englishOnly = await newReaderContext(session.browser, { viewport: { width: 360, height: 740 } });
    await englishOnly.addInitScript(speechStub, [{ lang: 'en-US', name: 'English' }]);
    const other = await englishOnly.newPage();
    await openArticle(other);
    await other.waitForFunction(() => (window as unknown as { voicesLoaded?: boolean }).voicesLoaded === true);
    // The bookmark and share buttons are there; 朗读 is not, a frame after the voices came.
    await other.getByRole('button', { name: '收藏' }).waitFor();
    await other.evaluate(() => new Promise(requestAnimationFrame));
    expect(await other.getByRole('group', { name: '朗读' }).count()).toBe(0);
    expect(await other.getByRole('button', { name: '朗读' }).count()).toBe(0);
    await englishOnly.close();
  });
});
