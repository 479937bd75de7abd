import assert from 'node:assert/strict';
import { CUE_BIT_WIDTH, CUE_LEXICON, readSignals } from '../../../../../src/core/detect/claims/cues';

/** The n-th made-up word of a-z letters ("ba", "ca", … "bab", …), never an English cue word. */
function madeUpWord(n: number): string {
  let word = '';
  for (let k = n + 26; k > 0; k = Math.floor(k / 26) - 1) word = String.fromCharCode(97 + (k % 26)) + word;
  return word + 'q';
}

describe('claim cues: readSignals', () => {
  // readSignals keeps the plain words it has looked up in a table of its own, filled as words are met and grown as it
  // fills: a word must read the same the first time (looked up in the lexicon) and every later time (from the table),
  // before and after the table grows, and capitalised or with a curly apostrophe as in lower case.
  it('gives every word its lexicon entry the first time and every later time, however many words it has met', () => {
    const lexicon = new Map(CUE_LEXICON);
    const words: string[] = [];
    for (let n = 0; n < 12_000; n++) {
      const word = madeUpWord(n);
      words.push(word);
      if (n % 3 !== 2) lexicon.set(word, (n + 1) << CUE_BIT_WIDTH); // a third of them not in the lexicon at all
    }
    const expected = (word: string) => lexicon.get(word) ?? 0;
    for (let pass = 0; pass < 2; pass++) {
      for (let from = 0; from < words.length; from += 1000) {
        const batch = words.slice(from, from + 1000);
        const signals = readSignals(batch.join(' '), lexicon);
        assert.deepEqual(signals.tokens, batch);
        assert.deepEqual(signals.entries, batch.map(expected), `pass ${pass}, words ${from}…`);
      }
    }
    const shouted = readSignals('Baq SAID the CAQ’S DAQ said', lexicon);
    assert.deepEqual(shouted.tokens, ['baq', 'said', 'the', "caq's", 'daq', 'said']);
    assert.deepEqual(shouted.entries, shouted.tokens.map(expected));
    assert.ok(shouted.attribution, '"said" keeps its cue whichever way it was first met');
  });

  it('keeps one table per lexicon: the same word reads each lexicon\'s own entry', () => {
    const one = new Map([['zebraq', 1 << CUE_BIT_WIDTH]]);
    const other = new Map([['zebraq', 2 << CUE_BIT_WIDTH]]);
    assert.deepEqual(readSignals('zebraq', one).entries, [1 << CUE_BIT_WIDTH]);
    assert.deepEqual(readSignals('Zebraq', other).entries, [2 << CUE_BIT_WIDTH]);
    assert.deepEqual(readSignals('zebraq').entries, [0]);
  });
});
