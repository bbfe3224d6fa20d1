import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/corpus/parseDocument';
import { conservationErrors } from '../../helpers/keptCharacters';
import { seedPages } from '../../helpers/seedPages';

describe('nothing is lost', () => {
  for (const page of seedPages()) {
    it(`keeps every character of ${page.source} but whitespace and layout marks, and invents none`, () => {
      const doc = parseDocument(page.source, page.text).document;
      expect(conservationErrors(page.text, doc)).toEqual({});
    });
  }
});
