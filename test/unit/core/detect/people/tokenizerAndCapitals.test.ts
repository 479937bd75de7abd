// What the people tokenizer and the reading of names in capitals give, pinned where they were made cheaper for a short
// command line run (issue 16): the same answers, from code V8 need not compile again for each article.
import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';
import { tokenize } from '../../../../../src/core/detect/people/tokenize';

describe('people: the tokenizer', () => {
  it('hands its never-a-name test the text with the word, so one function serves every article', () => {
    const asked: string[] = [];
    const neverName = (text: string, lower: string, start: number, end: number): boolean => {
      asked.push(`${text.slice(start, end)}/${lower}`);
      return lower === 'the';
    };
    const particles = new Set(['van']);
    const first = tokenize('The mayor, Anna van Berg, met Tom Hale.', particles, neverName);
    assert.deepEqual(first.tokens.map(t => [t.text, t.shape]),
      [['Anna', 'capitalised'], ['van', 'lower'], ['Berg', 'capitalised'], ['Tom', 'capitalised'], ['Hale', 'capitalised']]);
    assert.deepEqual(asked, ['The/the', 'Anna/anna', 'Berg/berg', 'Tom/tom', 'Hale/hale']);
    // a second article through the same functions: its own text, the same particles
    asked.length = 0;
    const second = tokenize('Then Ruth van Dijk spoke.', particles, neverName);
    assert.deepEqual(second.tokens.map(t => t.text), ['Then', 'Ruth', 'van', 'Dijk']);
    assert.deepEqual(asked, ['Then/then', 'Ruth/ruth', 'Dijk/dijk']);
    // other particles, another matcher
    assert.deepEqual(tokenize('Ruth van Dijk and Omar bin Said.', new Set(['bin']), neverName).tokens.map(t => t.text),
      ['Ruth', 'Dijk', 'Omar', 'bin', 'Said']);
  });
});

describe('people: words in capitals, found where they may begin', () => {
  it('reads capitals beyond ASCII, beside curly quotes and dashes, and at the very end of the text', () => {
    const linked = (text: string) => detectPeople(text).map(p => [p.text, p.entity, p.start]);
    assert.deepEqual(linked('Elif Öztürk beat Deniz Çelik in Ankara on Sunday.\n\n'
      + 'RESULTS: “ÖZTÜRK” beat ÇELIK—and ÖZTÜRK’S coach said so.\nFinal: ÖZTÜRK'), [
      ['Elif Öztürk', 'Elif Öztürk', 0], ['Deniz Çelik', 'Deniz Çelik', 17], ['ÖZTÜRK', 'Elif Öztürk', 61],
      ['ÇELIK', 'Deniz Çelik', 74], ['ÖZTÜRK', 'Elif Öztürk', 84], ['ÖZTÜRK', 'Elif Öztürk', 115],
    ]);
    // a word in capitals right after an ellipsis or inside a longer word ("McDONALD") is read as before
    assert.deepEqual(linked('Runa Halversen won.\n\nHALVERSEN…HALVERSEN’S year. NATO and McDONALD met. ÉMILE ZOLA. HALVERSEN'), [
      ['Runa Halversen', 'Runa Halversen', 0], ['HALVERSEN', 'Runa Halversen', 21], ['HALVERSEN', 'Runa Halversen', 31],
      ['HALVERSEN', 'Runa Halversen', 84],
    ]);
  });
});

describe('people: a title in capitals inside a line of small letters', () => {
  it('leaves the name in "QUENBY: NIGHT AND DAY" (a tour, a show) but not in a headline or a line of capitals', () => {
    const found = (text: string) => detectPeople(text).map(p => p.text);
    const story = 'Runa Halversen sang on Friday. Halversen said the tour would start in May.\n\n';
    assert.deepEqual(found(story + 'Tickets for HALVERSEN: NIGHT AND DAY went on sale, Halversen said.'),
      ['Runa Halversen', 'Halversen', 'Halversen']);
    // (a whole line in capitals is a headline: the name stays a mention)
    assert.deepEqual(found(story + 'HALVERSEN: I WILL SING AGAIN'), ['Runa Halversen', 'Halversen', 'HALVERSEN']);
    // (no ": " and a word in capitals after it: a mention as before)
    assert.deepEqual(found(story + 'Tickets for HALVERSEN went on sale.'), ['Runa Halversen', 'Halversen', 'HALVERSEN']);
  });
});
