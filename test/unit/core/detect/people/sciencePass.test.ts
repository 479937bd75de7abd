import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// A pass over science, health and space news. Every sentence and name is made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: science, health and space news', () => {
  it('two unfamiliar words, the last an English plural, with nothing personal said of them, name things', () => {
    assert.deepEqual(people('The survey mapped Quasar Filaments across the southern sky.'), []);
    assert.deepEqual(people('The museum displays three Halcyon Trophies from the regatta.'), []);
    assert.deepEqual(people('She chaired Vascular and Renopathic Sciences at the institute.'), []);
  });

  it('keeps such names where something personal is said, where a capital is inside the word, and Dutch patronymics', () => {
    assert.deepEqual(people('Vesna Kallikas doubled to left in the eighth.'), [['Vesna Kallikas', 'Vesna Kallikas']]);
    assert.deepEqual(people('In the eighth inning, Orlan DeWitts doubled to left.'), [['Orlan DeWitts', 'Orlan DeWitts']]);
    assert.deepEqual(people('Goran Peeters and Ivo Mertens were also picked.'), [['Goran Peeters', 'Goran Peeters'], ['Ivo Mertens', 'Ivo Mertens']]);
    assert.deepEqual(people('Oskar Vandrills said the grant would run for five years.'), [['Oskar Vandrills', 'Oskar Vandrills']]);
  });

  it('a word no list gives as a name, before "vaccine", "outbreak", "fever" …, names a disease, and its other mentions too', () => {
    assert.deepEqual(people('Officials tested a candidate Marvane vaccine on 40 volunteers.'), []);
    assert.deepEqual(people('The agency is trialling a candidate Tolura vaccine. It could stop Tolura wherever Tolura is a risk.'), []);
    // (a surname of a full name in the article stays its person's as a modifier)
    assert.deepEqual(people('Governor Ines Varkonyi spoke on Monday. The Varkonyi vaccine mandate was struck down, and Varkonyi said she would appeal.'),
      [['Ines Varkonyi', 'Ines Varkonyi'], ['Varkonyi', 'Ines Varkonyi'], ['Varkonyi', 'Ines Varkonyi']]);
  });

  it('reads an office written as one word with its prefix ("Undersecretary") as a title, not part of the name', () => {
    assert.deepEqual(people('Health Undersecretary Rolando Ibarra said on Monday that cases had doubled.'), [['Rolando Ibarra', 'Rolando Ibarra']]);
    assert.deepEqual(people('Undersecretary Mirela Vasquez told reporters the clinics would stay open.'), [['Mirela Vasquez', 'Mirela Vasquez']]);
  });
});
