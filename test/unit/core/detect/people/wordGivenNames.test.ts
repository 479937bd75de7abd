import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences: a given name that is also a word of the language.
const linked = (text: string) => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: a word of the language as a given name', () => {
  it('joins a capitalised word right before a surname inside a sentence to the name, and links the surname alone to it', () => {
    const text = [
      'Two autumns define the career of Brook Tallisker.',
      'Tallisker, 41, said he would ride on for years.',
    ].join('\n\n');
    assert.deepEqual(linked(text), [['Brook Tallisker', 'Brook Tallisker'], ['Tallisker', 'Brook Tallisker']]);
  });

  it('leaves the word out at a headline\'s capitals, or where the article writes it elsewhere', () => {
    assert.deepEqual(linked('# Did The Mayor Call Tallisker A Liar?\n\nTallisker, 41, said he was no liar.').map(p => p[0]),
      ['Tallisker', 'Tallisker']);
    // ("Brook" written alone too: a place's or a thing's word, not this person's given name)
    assert.deepEqual(linked('Fans of Brook Tallisker gathered at Brook after the race. Tallisker, 41, said he was glad.').map(p => p[0]),
      ['Tallisker', 'Tallisker']);
  });
});
