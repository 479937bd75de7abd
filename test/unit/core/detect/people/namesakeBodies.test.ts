import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up science news: a research body named after its founder, and the surname alone standing for the body.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: a body named after a person, named by the surname alone', () => {
  const founded = 'The Verrow Institute was founded by Hanna Verrow in 1961. ';

  it('"Verrow researchers", "Verrow news" beside "the Verrow Institute" are the body\'s', () => {
    assert.deepEqual(names(`${founded}Verrow researchers found a new enzyme.`), ['Hanna Verrow']);
    assert.deepEqual(names(`${founded}The grant funds Verrow discoveries in cell biology.`), ['Hanna Verrow']);
  });

  it('a surname right before "Institute" or "Prize" on a heading line is no person', () => {
    const text = 'Awards & Winners\n\nKellan Prize in Physiology or Medicine\n\nKellan Prize winners are named each October.\n'
      + 'The prize was set up in the will of Ada Kellan, the inventor. Kellan was interested in medicine.\n';
    assert.deepEqual(names(text), ['Ada Kellan', 'Kellan']);
  });

  it('keeps what is said of the person, and a surname\'s students where the article names no body', () => {
    assert.deepEqual(names(`${founded}Verrow was born in Oslo.`), ['Hanna Verrow', 'Verrow']);
    assert.deepEqual(names('The rabbi Tobiah Marek taught many. Marek\'s students kept his notes.'), ['Tobiah Marek', 'Marek']);
  });

  it('keeps a headline\'s verb "Award" after a name', () => {
    assert.deepEqual(names('Did Senator Marlow Award Himself a Medal?\n\nSenator Marlow denied it.').includes('Marlow'), true);
  });
});
