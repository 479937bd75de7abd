import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences in the shape of foreign news: a word glued to the front of a name that is no word of it.
const linked = (text: string) => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: a word before a name that is no word of it', () => {
  it('takes a group the article names alone off a headline\'s name, and does not read the group as the person', () => {
    const text = [
      'Raids against Tarvola Idris Benhamou reported overnight',
      'Jets struck Tarvola depots near the port on Friday.',
      'Idris Benhamou, the leader of Tarvola, was not hurt, a source close to Tarvola said.',
    ].join('\n\n');
    assert.deepEqual(linked(text), [['Idris Benhamou', 'Idris Benhamou'], ['Idris Benhamou', 'Idris Benhamou']]);
  });

  it('keeps a first word the article never writes alone, or one that opens no name written alone', () => {
    // (the rest of the name is never written alone: nothing says the first word is not the person's)
    assert.deepEqual(linked('Opposition leader Tarvola Idris Benhamou said on Friday that he would stand.'),
      [['Tarvola Idris Benhamou', 'Tarvola Idris Benhamou']]);
    // (a given name is a name's word even where the article uses it alone: "Maria" waving is no group)
    assert.deepEqual(linked('Maria Corina Alvaro said she would march. Corina Alvaro led the rally. Maria waved.')[0],
      ['Maria Corina Alvaro', 'Maria Corina Alvaro']);
  });

  it('takes a word of time opening the sentence off the name after it', () => {
    const text = 'The party will widen its protest. Yesterday Faizan Qadeer told the sit-in he would go to Karachi. Mr Qadeer also alleged arrests.';
    assert.deepEqual(linked(text), [['Faizan Qadeer', 'Faizan Qadeer'], ['Qadeer', 'Faizan Qadeer']]);
  });

  it('takes a team\'s member off a given name and a surname where the article names the team in the plural', () => {
    const text = 'The coach will recall exiled Bronco Darren Tully to play at five-eighth.\n\n'
      + '"He is an important member of the Broncos family," the coach said.';
    assert.deepEqual(linked(text), [['Darren Tully', 'Darren Tully']]);
    // (no team written: the word may be the person's)
    assert.deepEqual(linked('The coach will recall exiled Bronco Darren Tully to play at five-eighth.'),
      [['Bronco Darren Tully', 'Bronco Darren Tully']]);
  });
});
