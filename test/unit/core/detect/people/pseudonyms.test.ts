import assert from 'node:assert/strict';
import { texts } from './peopleFixtures';

// Made-up feature paragraphs: a subject named by a first name the article says is not her real one.

describe('a first name the article says is not the real one', () => {
  it('is a person at every bare mention', () => {
    const text = 'Quiet and careful, Lena (not her real name) reached Portvale eight months ago. Her husband had gone ahead to sustain '
      + 'Lena and their sons. So at 31, Lena crossed the border alone. Then Lena found work in a bakery.';
    assert.deepEqual(texts(text), ['Lena', 'Lena', 'Lena', 'Lena']);
    assert.deepEqual(texts('Tomas is not his real name. Tomas sends money home each month.'), ['Tomas', 'Tomas']);
    assert.deepEqual(texts('Ines, not her real name, cleans offices at night. By dawn, Ines is home.'), ['Ines', 'Ines']);
  });

  it('leaves the word inside a longer name, and a name the article says nothing of', () => {
    assert.deepEqual(texts('Lena (a pseudonym) lives off Lena Street.').filter(t => t === 'Lena').length, 1);
    assert.deepEqual(texts('Hope is not a plan. Lena opened the bakery.'), []);
  });
});
