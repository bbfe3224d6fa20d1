import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/corpus/parseDocument';
import { GOLD_DIR, SEEDS_DIR, seedPages } from '../../helpers/seedPages';

// The shared gold is a regression check, scored by the project's scorer (a copy of
// ../shared/tools/score-corpus.mjs kept in test/fixtures so the suite stands alone).
describe('parser quality on the gold pages', () => {
  const documents = seedPages().map((p) => parseDocument(p.source, p.text).document);
  const pred = join(mkdtempSync(join(tmpdir(), 'dubao-quality-')), 'pred.json');
  writeFileSync(pred, JSON.stringify({ documents }));
  const scorer = join(import.meta.dirname, '../../fixtures/score-corpus.mjs');
  const { summary } = JSON.parse(execFileSync(process.execPath, [scorer, '--seeds', SEEDS_DIR, '--gold', GOLD_DIR, '--pred', pred, '--json'], { encoding: 'utf8' }));

  it('meets the required thresholds', () => {
    expect(summary.segment_f1_strict).toBeGreaterThanOrEqual(0.95);
    expect(summary.title_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(summary.headline_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(summary.byline_accuracy).toBeGreaterThanOrEqual(0.9);
    expect(summary.paragraph_f1).toBeGreaterThanOrEqual(0.9);
  });

  it('loses and invents no character and leaves no space inside Chinese text', () => {
    expect(summary.chars_lost).toBe(0);
    expect(summary.chars_excess).toBe(0);
    expect(summary.cjk_inner_spaces).toBe(0);
  });
});
