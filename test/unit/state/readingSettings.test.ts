import { describe, expect, it } from 'vitest';
import { defaultReadingSettings, type ReadingSettings } from '../../../src/settings/readingSettings';
import type { RootAttributes } from '../../../src/settings/rootAttributes';
import { ReadingSettingsState } from '../../../src/state/readingSettings.svelte';

function settingsOver(stored: Partial<ReadingSettings> = {}) {
  const saved: [string, unknown][] = [];
  const applied: RootAttributes[] = [];
  let resolveConverter: (convert: (text: string) => string) => void = () => {};
  const converter = new Promise<(text: string) => string>((resolve) => (resolveConverter = resolve));
  let converterLoads = 0;
  const state = new ReadingSettingsState({
    load: async () => ({ ...defaultReadingSettings, ...stored }),
    save: async (key, value) => void saved.push([key, value]),
    apply: (attributes) => void applied.push(attributes),
    loadConverter: () => (converterLoads++, converter),
  });
  return { state, saved, applied, resolveConverter, converterLoads: () => converterLoads };
}

const toTraditional = (text: string) => text.replaceAll('奥', '奧');

describe('ReadingSettingsState', () => {
  it('applies the stored settings on load, without loading the converter for 简体', async () => {
    const { state, applied, converterLoads } = settingsOver({ theme: 'dark', textScale: 1.5 });
    await state.load();
    expect(state.current).toMatchObject({ theme: 'dark', textScale: 1.5 });
    expect(applied.at(-1)).toEqual({ 'data-theme': 'dark', '--text-scale': '1.5', '--line-height': '1.9' });
    expect(converterLoads()).toBe(0);
    expect(state.convert).toBeNull();
  });

  it('applies a change at once and saves it', async () => {
    const { state, saved, applied } = settingsOver();
    await state.load();
    await state.set('theme', 'sepia');
    expect(state.current.theme).toBe('sepia');
    expect(applied.at(-1)?.['data-theme']).toBe('sepia');
    expect(saved).toEqual([['theme', 'sepia']]);
  });

  it('converts text once 繁體 is chosen and its converter has loaded, and stops on 简体', async () => {
    const { state, resolveConverter } = settingsOver();
    await state.set('script', 'traditional');
    expect(state.convert).toBeNull();
    resolveConverter(toTraditional);
    await Promise.resolve();
    await Promise.resolve();
    expect(state.convert?.('奥密克戎')).toBe('奧密克戎');
    await state.set('script', 'simplified');
    expect(state.convert).toBeNull();
  });

  it('displays list text as stored until the converter is there, then in 繁體', async () => {
    const { state, resolveConverter } = settingsOver();
    await state.set('script', 'traditional');
    expect(state.display('奥密克戎')).toBe('奥密克戎');
    resolveConverter(toTraditional);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(state.display('奥密克戎')).toBe('奧密克戎');
    await state.set('script', 'simplified');
    expect(state.display('奥密克戎')).toBe('奥密克戎');
  });

  it('does not convert when 简体 is chosen again before the converter arrives', async () => {
    const { state, resolveConverter } = settingsOver();
    await state.set('script', 'traditional');
    await state.set('script', 'simplified');
    resolveConverter(toTraditional);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(state.convert).toBeNull();
  });
});
