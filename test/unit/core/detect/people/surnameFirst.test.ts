import assert from 'node:assert/strict';
import { people } from './peopleFixtures';

// Made-up results rows and a declaration written surname first (src/core/detect/people/surnameFirst.ts).
describe('people: a name written surname first', () => {
  it('a results row in capitals, the person named in full elsewhere', () => {
    const found = people('Results, round 1:\n\nHOLLOWAY, Brenna – 41,200 (12.1%)\n\nLater Brenna Holloway spoke.');
    assert.deepEqual(found, [['HOLLOWAY, Brenna', 'Brenna Holloway'], ['Brenna Holloway', 'Brenna Holloway']]);
  });

  it('a declaration\'s surname before given names the article writes in full', () => {
    const found = people('“Adeyemi, Tunde Kola, of the party, is hereby declared winner,” said the officer. Tunde Kola Adeyemi thanked voters.');
    assert.deepEqual(found.map(p => p[0]), ['Adeyemi, Tunde Kola', 'Tunde Kola Adeyemi']);
  });

  it('not a name said twice ("Marsh, Marsh")', () => {
    assert.ok(!people('The crowd chanted "Corwin, Corwin" as Lida Corwin walked in.').some(p => p[0].includes(',')));
  });
});
