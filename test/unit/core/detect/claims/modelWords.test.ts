import assert from 'node:assert/strict';
import fs from 'node:fs';
import { decodeClaimModel, encodeClaimModel } from '../../../../../src/core/detect/claims/modelFile';
import { ModelWords } from '../../../../../src/core/detect/claims/modelWords';
import { frontCodedLines, frontCodeLines } from '../../../../../src/core/detect/lexicon/frontCoded';
import { SOURCE_CLAIM_MODEL } from '../../../../sourceDetectorFiles';

const linesOf = (list: string[]) => frontCodedLines(frontCodeLines(list), list.length, new TextEncoder().encode(list.map(w => w + '\n').join('')).length);
const wordsOf = (list: string[]) => new ModelWords(linesOf(list), list.length);

describe('the claim model\'s words looked up from the file\'s bytes', () => {
  it('finds every word of the shipped model at its id, and no word it lacks', () => {
    const model = decodeClaimModel(fs.readFileSync(SOURCE_CLAIM_MODEL));
    const words = new ModelWords(model.lines, model.wordWeights.length);
    model.words.forEach((word, id) => assert.equal(words.idOf(word), id, word));
    for (const absent of ['', 'Percent', 'percen', 'percents', 'zzqxj', '<Num>', 'cafe\u0301']) assert.equal(words.idOf(absent), -1, absent);
  });

  it('finds words with accents and signs, and tells apart words that share a hash slot', () => {
    const list = ['<s>', '</s>', '"', 'café', 'naïve', "don't", ...Array.from({ length: 3000 }, (_, i) => `w${i}`)];
    const words = wordsOf(list);
    list.forEach((word, id) => assert.equal(words.idOf(word), id, word));
    assert.equal(words.idOf('cafe'), -1);
    assert.equal(words.idOf('w3000'), -1);
  });

  it('takes the words from the first lines, and refuses more words than lines', () => {
    const lines = linesOf(['rose', 'fell', 'pre', '#number']);
    const words = new ModelWords(lines, 2);
    assert.deepEqual(['rose', 'fell', 'pre', '#number'].map(w => words.idOf(w)), [0, 1, -1, -1]);
    assert.throws(() => new ModelWords(lines, 5), /the word list does not match the header/);
  });

  it('is what a decoded model reads its words from', () => {
    const model = decodeClaimModel(encodeClaimModel({ bias: 0, weights: new Map([['café', 1], ['rose', 0.5], ['rose </s>', 0.25]]) }));
    const words = new ModelWords(model.lines, model.wordWeights.length);
    assert.deepEqual(model.words.map(w => words.idOf(w)), model.words.map((_, id) => id));
    assert.ok(model.words.includes('café'));
  });
});
