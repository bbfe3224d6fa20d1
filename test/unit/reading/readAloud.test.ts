import { describe, expect, it } from 'vitest';
import {
  chineseVoice,
  createReadAloud,
  watchChineseVoice,
  type ReadAloudStatus,
  type SynthLike,
  type UtteranceLike,
  type VoiceLike,
} from '../../../src/reading/readAloud';

const voice = (lang: string, name = lang, localService = true): VoiceLike => ({ lang, name, localService });

class FakeUtterance implements UtteranceLike {
  lang = '';
  voice: VoiceLike | null = null;
  onend: ((event: never) => unknown) | null = null;
  onerror: ((event: never) => unknown) | null = null;
  constructor(public text: string) {}
}

/** Speaks nothing: a test finishes the current utterance with end(), as an engine would. */
class FakeSynth implements SynthLike<VoiceLike, FakeUtterance> {
  voices: VoiceLike[] = [];
  queue: FakeUtterance[] = [];
  spoken: string[] = [];
  paused = false;
  listeners = new Set<() => void>();
  getVoices() {
    return this.voices;
  }
  speak(utterance: FakeUtterance) {
    this.queue.push(utterance);
    this.spoken.push(utterance.text);
  }
  cancel() {
    // Real engines end a cancelled utterance with an event: the reader must not take it for "done".
    const current = this.queue.shift();
    this.queue = [];
    current?.onerror?.(undefined as never);
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
  addEventListener(_type: 'voiceschanged', listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'voiceschanged', listener: () => void) {
    this.listeners.delete(listener);
  }
  end() {
    this.queue.shift()?.onend?.(undefined as never);
  }
  loadVoices(voices: VoiceLike[]) {
    this.voices = voices;
    for (const listener of this.listeners) listener();
  }
}

function reader(synth = new FakeSynth()) {
  const changes: [ReadAloudStatus, number | null][] = [];
  const readAloud = createReadAloud({
    synth,
    createUtterance: (text) => new FakeUtterance(text),
    voice: voice('zh-CN', 'Tingting'),
    onChange: (status, paragraph) => changes.push([status, paragraph]),
  });
  const last = () => changes.at(-1);
  return { synth, readAloud, changes, last };
}

describe('chineseVoice', () => {
  it('prefers a zh-CN voice, then any other Chinese one', () => {
    expect(chineseVoice([voice('en-US'), voice('zh-TW'), voice('zh-CN')])?.lang).toBe('zh-CN');
    expect(chineseVoice([voice('en-US'), voice('zh-HK')])?.lang).toBe('zh-HK');
    expect(chineseVoice([voice('zh_CN')])?.lang).toBe('zh_CN');
  });

  it('prefers a voice on the device, which also speaks offline', () => {
    expect(chineseVoice([voice('zh-CN', 'online', false), voice('zh-CN', 'local', true)])?.name).toBe('local');
  });

  it('finds none among voices of other languages (zhx is not Chinese)', () => {
    expect(chineseVoice([voice('en-US'), voice('ja-JP'), voice('zhx-Test')])).toBeNull();
    expect(chineseVoice([])).toBeNull();
  });
});

describe('watchChineseVoice', () => {
  it('reports the voice once the browser has loaded its voices, and stops listening when asked', () => {
    const synth = new FakeSynth();
    const seen: (string | null)[] = [];
    const unsubscribe = watchChineseVoice(synth, (found) => seen.push(found?.lang ?? null));
    expect(seen).toEqual([null]);
    synth.loadVoices([voice('en-US'), voice('zh-CN')]);
    expect(seen).toEqual([null, 'zh-CN']);
    unsubscribe();
    synth.loadVoices([]);
    expect(seen).toEqual([null, 'zh-CN']);
  });
});

describe('createReadAloud', () => {
  it('reads the paragraphs one after another, reporting which one is being read', () => {
    const { synth, readAloud, last } = reader();
    readAloud.play(['第一段。', '第二段。', '第三段。']);
    expect(synth.spoken).toEqual(['第一段。']);
    expect(synth.queue[0]?.voice?.name).toBe('Tingting');
    expect(synth.queue[0]?.lang).toBe('zh-CN');
    expect(last()).toEqual(['playing', 0]);
    synth.end();
    expect(last()).toEqual(['playing', 1]);
    synth.end();
    expect(synth.spoken).toEqual(['第一段。', '第二段。', '第三段。']);
    synth.end();
    expect(last()).toEqual(['idle', null]);
  });

  it('skips empty paragraphs and can start from any one', () => {
    const { synth, readAloud, last } = reader();
    readAloud.play(['一', ' ', '三', '四'], 1);
    expect(last()).toEqual(['playing', 2]);
    expect(synth.spoken).toEqual(['三']);
  });

  it('pauses and resumes on the same paragraph', () => {
    const { synth, readAloud, last } = reader();
    readAloud.play(['一', '二']);
    readAloud.pause();
    expect(synth.paused).toBe(true);
    expect(last()).toEqual(['paused', 0]);
    readAloud.resume();
    expect(synth.paused).toBe(false);
    expect(last()).toEqual(['playing', 0]);
    synth.end();
    expect(last()).toEqual(['playing', 1]);
  });

  it('stops for good: the cancelled utterance does not start the next paragraph', () => {
    const { synth, readAloud, last } = reader();
    readAloud.play(['一', '二', '三']);
    readAloud.stop();
    expect(last()).toEqual(['idle', null]);
    expect(synth.spoken).toEqual(['一']);
    synth.end();
    expect(synth.spoken).toEqual(['一']);
  });

  it('stopping while paused leaves the engine able to speak the next time', () => {
    const { synth, readAloud } = reader();
    readAloud.play(['一']);
    readAloud.pause();
    readAloud.stop();
    expect(synth.paused).toBe(false);
  });

  it('playing again starts over without the old run going on behind', () => {
    const { synth, readAloud, last } = reader();
    readAloud.play(['一', '二']);
    readAloud.play(['甲', '乙'], 1);
    expect(last()).toEqual(['playing', 1]);
    synth.end();
    expect(last()).toEqual(['idle', null]);
    expect(synth.spoken).toEqual(['一', '乙']);
  });

  it('an engine error stops reading instead of skipping ahead', () => {
    const { synth, readAloud, last } = reader();
    readAloud.play(['一', '二']);
    synth.queue[0]?.onerror?.(undefined as never);
    expect(last()).toEqual(['idle', null]);
    expect(synth.spoken).toEqual(['一']);
  });
});
