// Read aloud (朗读) with the Web Speech API: one utterance per paragraph, so the paragraph being
// read is known and long articles are not cut off (Chrome stops a single long utterance after
// about 15 s). The browser's speechSynthesis is injected, so tests drive a fake one.

/** The parts of a SpeechSynthesisVoice this module reads. */
export interface VoiceLike {
  lang: string;
  name: string;
  default?: boolean;
  localService?: boolean;
}

/** The parts of a SpeechSynthesisUtterance this module sets and listens to. */
export interface UtteranceLike<V extends VoiceLike = VoiceLike> {
  text: string;
  lang: string;
  voice: V | null;
  onend: ((event: never) => unknown) | null;
  onerror: ((event: never) => unknown) | null;
}

/** The parts of window.speechSynthesis this module uses. */
export interface SynthLike<V extends VoiceLike = VoiceLike, U extends UtteranceLike<V> = UtteranceLike<V>> {
  getVoices(): V[];
  speak(utterance: U): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export type ReadAloudStatus = 'idle' | 'playing' | 'paused';

/**
 * The voice to read Chinese with, or null when the browser has none. zh-CN (Mandarin in
 * simplified script, the papers' own) first, then any other zh voice; Android writes zh_CN.
 */
export function chineseVoice<V extends VoiceLike>(voices: readonly V[]): V | null {
  const tagOf = (voice: V) => voice.lang.replace('_', '-').toLowerCase();
  const chinese = voices.filter((voice) => tagOf(voice) === 'zh' || tagOf(voice).startsWith('zh-'));
  const rank = (voice: V) => (tagOf(voice) === 'zh-cn' ? 0 : tagOf(voice).startsWith('zh-hans') ? 1 : 2) * 2 + (voice.localService === false ? 1 : 0);
  return [...chinese].sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/**
 * Calls `onVoice` with the Chinese voice now and each time the browser's list changes: most
 * browsers load their voices after the page, announced by `voiceschanged`. Returns an unsubscribe.
 */
export function watchChineseVoice<V extends VoiceLike>(synth: SynthLike<V, never>, onVoice: (voice: V | null) => void): () => void {
  const check = () => onVoice(chineseVoice(synth.getVoices()));
  synth.addEventListener('voiceschanged', check);
  check();
  return () => synth.removeEventListener('voiceschanged', check);
}

export interface ReadAloudDeps<V extends VoiceLike, U extends UtteranceLike<V>> {
  synth: SynthLike<V, U>;
  createUtterance: (text: string) => U;
  voice: V;
  /** Called on every change: the status and the index of the paragraph being read (null when idle). */
  onChange: (status: ReadAloudStatus, paragraph: number | null) => void;
}

export interface ReadAloud {
  /** Reads `paragraphs` from `from` on, one after the other; what was being read stops first. */
  play(paragraphs: readonly string[], from?: number): void;
  pause(): void;
  resume(): void;
  /** Stops and forgets the queue: nothing is read and nothing is highlighted any more. */
  stop(): void;
}

export function createReadAloud<V extends VoiceLike, U extends UtteranceLike<V>>(deps: ReadAloudDeps<V, U>): ReadAloud {
  const { synth, createUtterance, voice, onChange } = deps;
  let status: ReadAloudStatus = 'idle';
  let paragraph: number | null = null;
  // cancel() ends the current utterance with an end or error event: only the run that spoke it may go on.
  let run = 0;
  // Held on purpose: Chrome may collect an utterance nothing references, and then never fires its end.
  let speaking: U | null = null;

  const set = (next: ReadAloudStatus, index: number | null) => {
    status = next;
    paragraph = index;
    onChange(status, paragraph);
  };

  const speakFrom = (paragraphs: readonly string[], index: number, current: number) => {
    // Empty paragraphs have nothing to say (some engines never end an empty utterance).
    while (index < paragraphs.length && (paragraphs[index] ?? '').trim() === '') index++;
    if (index >= paragraphs.length) {
      speaking = null;
      set('idle', null);
      return;
    }
    const utterance = createUtterance(paragraphs[index] ?? '');
    utterance.voice = voice;
    utterance.lang = voice.lang;
    const next = () => {
      if (current === run && speaking === utterance) speakFrom(paragraphs, index + 1, current);
    };
    utterance.onend = next;
    // An error (a voice that failed, "interrupted" by another page) stops reading rather than racing on.
    utterance.onerror = () => {
      if (current === run) set('idle', null);
    };
    set(status === 'paused' ? 'paused' : 'playing', index);
    speaking = utterance;
    synth.speak(utterance);
  };

  return {
    play(paragraphs, from = 0) {
      run++;
      synth.cancel();
      // Chrome keeps a paused engine paused across cancel(): what comes next would never sound.
      synth.resume();
      status = 'playing';
      speakFrom(paragraphs, Math.max(0, from), run);
    },
    pause() {
      if (status !== 'playing') return;
      synth.pause();
      set('paused', paragraph);
    },
    resume() {
      if (status !== 'paused') return;
      synth.resume();
      set('playing', paragraph);
    },
    stop() {
      run++;
      synth.cancel();
      if (status === 'paused') synth.resume();
      if (status !== 'idle') set('idle', null);
    },
  };
}
