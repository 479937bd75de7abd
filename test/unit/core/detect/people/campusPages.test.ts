import assert from 'node:assert/strict';
import { people, texts } from './peopleFixtures';

// A pass over university, student-paper and foundation news (issue 14): made-up sentences of the kinds those pages write,
// each read as an editor would.

describe('people on campus pages', () => {
  it('reads a school\'s "Dean" before a full name, or before a title, as the title', () => {
    assert.deepEqual(people('Dean Tomas Reyna announced the awards on Monday. Reyna said more would follow.'),
      [['Tomas Reyna', 'Tomas Reyna'], ['Reyna', 'Tomas Reyna']]);
    assert.deepEqual(people('"It is a gift," Hollowell Dean Priya R. Nandakumar said.'), [['Priya R. Nandakumar', 'Priya R. Nandakumar']]);
    assert.deepEqual(texts('She sat beside School of Law Dean Dr. Ruth Amadi and the provost.'), ['Ruth Amadi']);
    // (a given name "Dean" with a surname alone stays the name)
    assert.deepEqual(texts('Dean Kowalczyk coached the team for years.'), ['Dean Kowalczyk']);
  });

  it('reads "Laureate" before a name as a title', () => {
    assert.deepEqual(texts('He succeeds Nobel Laureate Harriet Okonjo, who held the chair.'), ['Harriet Okonjo']);
    assert.deepEqual(texts('Poet Laureate Ines Marlow read at the ceremony.'), ['Ines Marlow']);
  });

  it('reads a discipline after a title or a field\'s name as no person', () => {
    assert.deepEqual(texts('The grant came from the Institute of General Medical Sciences.'), []);
    assert.deepEqual(texts('She majored in General Studies before law school.'), []);
    // (a person after "of" and a title stays found)
    assert.deepEqual(texts('She is the widow of General Amos Tull, who led the corps.'), ['Amos Tull']);
    assert.deepEqual(texts('He attended the funeral of Pope Leo XV in Rome.'), ['Leo XV']);
  });

  it('reads "Professor" after a chair\'s namesake as no surname', () => {
    assert.ok(!texts('She became the Ann Wu Professor of History this year.').some(t => t.includes('Professor')));
  });
});
