import { describe, expect, it } from 'vitest';
import { chunkSizeWarnings, type BuiltChunk } from '../../../src/build/chunkSizeBudget';

const budget = { chunkLimitBytes: 1000, exemptLazyModules: ['/opencc-js/'], entryGzipLimitBytes: 200 };

// Random-looking text gzips poorly, so its gzipped size is close to its length.
function incompressible(length: number): string {
  let state = 7;
  let text = '';
  while (text.length < length) {
    state = (state * 48271) % 2147483647;
    text += String.fromCharCode(33 + (state % 90));
  }
  return text;
}

const chunk = (fields: Partial<BuiltChunk> & Pick<BuiltChunk, 'fileName'>): BuiltChunk => ({
  code: 'x',
  isEntry: false,
  moduleIds: ['/app/src/main.ts'],
  ...fields,
});

describe('chunkSizeWarnings', () => {
  it('lets the lazy 简→繁 dictionary chunk be large', () => {
    const dictionary = chunk({ fileName: 'cn2t.js', code: incompressible(5000), moduleIds: ['/app/node_modules/opencc-js/dist/esm/cn2t.js'] });
    expect(chunkSizeWarnings([dictionary], budget)).toEqual([]);
  });

  it('still warns for any other large chunk, and for the entry even if it held the dictionary', () => {
    const other = chunk({ fileName: 'big.js', code: 'a'.repeat(1500) });
    const entry = chunk({ fileName: 'index.js', code: 'a'.repeat(1500), isEntry: true, moduleIds: ['/app/node_modules/opencc-js/x.js'] });
    const warnings = chunkSizeWarnings([other, entry], budget);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^big\.js is 1\.5 kB minified/);
    expect(warnings[1]).toMatch(/^index\.js is 1\.5 kB minified/);
  });

  it('warns when the entry gzipped is over its budget, whatever its minified size', () => {
    const small = chunk({ fileName: 'index.js', code: 'a'.repeat(900), isEntry: true });
    expect(chunkSizeWarnings([small], budget)).toEqual([]);
    const dense = chunk({ fileName: 'index.js', code: incompressible(900), isEntry: true });
    expect(chunkSizeWarnings([dense], budget)).toEqual([expect.stringMatching(/^the entry index\.js is 0\.\d kB gzipped, over its 0\.2 kB budget$/)]);
  });
});
