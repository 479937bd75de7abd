import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Issue 14's "people left" pass: a firm's verb on a firm's figure after an adverb or a day, a listed firm whose opening
// capitals are written apart, and stage names opened by "Lil" or "Lady". Every person and every firm is made up, but
// for the one firm of the lexicon's organisations that shows the capitals written apart.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: firms\' verbs after a pause, capitals written apart, stage names opened by "Lil" or "Lady"', () => {
  it('a firm that "also raised its rating" or "on Tuesday cut its forecast" is no person', () => {
    // (a given name as the firm's short name, which its "said it had" alone leaves a person's)
    const story = 'Brenner Oil fell 3% after Harlan said it had dropped the stock from its list of favoured picks.\n\n';
    assert.deepEqual(people(story + 'Harlan also lowered its rating on Brenner to sell.'), []);
    assert.deepEqual(people(story + 'Harlan on Tuesday cut its forecast for the year.'), []);
    assert.deepEqual(people(story + 'Harlan earlier this month trimmed its price target.'), []);
  });

  it('leaves a person whose "its" after a pause is another\'s, or whose verb is no firm\'s', () => {
    // (the summit's threat, not his)
    assert.deepEqual(people('The summit urged Ndayis Okoro to talk. Okoro on Saturday dismissed its threat of sanctions.').map(p => p[0]),
      ['Ndayis Okoro', 'Okoro']);
    assert.deepEqual(people('Mayor Lena Hovsep praised the plant. Hovsep also visited its new wing.').map(p => p[0]),
      ['Lena Hovsep', 'Hovsep']);
  });

  it('capitals written apart from a listed firm\'s name make the firm, not a person named by the rest', () => {
    assert.deepEqual(people('Lenders such as JP Morgan Chase and Corrow Bank tightened their terms.'), []);
    // initials before a person's name glue into no listed firm (after a title they are the person's own initials)
    assert.deepEqual(people('The batsman KD Orvell Hanlan, 31, said he was ready.').map(p => p[0]), ['KD Orvell Hanlan']);
  });

  it('"Lil" before a name opens the stage name, with the rest of it', () => {
    assert.deepEqual(people('The rapper Lil Corvo is the latest to cancel. Tomorrow, he is due in court.'),
      [['Lil Corvo', 'Lil Corvo']]);
    assert.deepEqual(people('Songs by Lil Tamsin X topped the chart for a week.').map(p => p[0]), ['Lil Tamsin X']);
    // the word in lower case is no name
    assert.deepEqual(people('He took a lil Brandt guitar on tour.'), []);
  });

  it('"Lady" before one word no list holds, ending the name, is the stage name\'s own first word', () => {
    assert.deepEqual(people('The pop singer Lady Corvina gave a speech after her song won. Corvina said she was grateful.'),
      [['Lady Corvina', 'Lady Corvina'], ['Corvina', 'Lady Corvina']]);
    // a title still before a given name or a surname, and before a cast list's player in brackets
    assert.deepEqual(people('Lady Harriet Wendover opened the fair.').map(p => p[0]), ['Harriet Wendover']);
    assert.deepEqual(people('The cast: Lady Orsolya (Mara Quint), a courtesan, and Tom Ashdown (Ben Ely), a clerk.').map(p => p[0]),
      ['Orsolya', 'Mara Quint', 'Tom Ashdown', 'Ben Ely']);
  });
});
