import { describe, expect, it } from 'vitest';
import { buildPacks } from '../../../src/build/buildPacks';
import { corpusRequestPath, corpusResponse } from '../../../src/build/corpusResponse';
import { makeDocument, makeItem } from '../../helpers/corpusFixtures';

const corpus = buildPacks([makeDocument({ source: '报纸.txt', items: [makeItem({ id: 'x' })] })], 1);
const packFile = corpus.files[0]?.fileName ?? '';

describe('corpusRequestPath', () => {
  it('reads the corpus file a request asks for, without query string', () => {
    expect(corpusRequestPath('/corpus/manifest.json')).toBe('corpus/manifest.json');
    expect(corpusRequestPath(`/${packFile}?t=1`)).toBe(packFile);
  });

  it('removes the base the app is served under', () => {
    expect(corpusRequestPath('/reader/corpus/manifest.json', '/reader/')).toBe('corpus/manifest.json');
    expect(corpusRequestPath('/corpus/manifest.json', './')).toBe('corpus/manifest.json');
  });

  it('leaves every other request to the rest of the server', () => {
    for (const url of ['/', '/index.html', '/src/main.ts', '/%E0%A4%A', '/seeds/a.txt']) {
      expect(corpusRequestPath(url)).toBeNull();
    }
  });
});

describe('corpusResponse', () => {
  it('answers the manifest path with the manifest', () => {
    expect(JSON.parse(corpusResponse('corpus/manifest.json', corpus) ?? '')).toEqual(corpus.manifest);
  });

  it('answers a pack path with that pack', () => {
    expect(corpusResponse(packFile, corpus)).toBe(corpus.files[0]?.json);
  });

  it('has nothing for a corpus path that names no file', () => {
    expect(corpusResponse('corpus/', corpus)).toBeNull();
    expect(corpusResponse('corpus/nope.json', corpus)).toBeNull();
  });
});
