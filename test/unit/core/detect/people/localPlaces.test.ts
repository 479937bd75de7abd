import assert from 'node:assert/strict';
import { people, texts } from './peopleFixtures';

// Towns and neighbourhoods that local news names the way it names people (src/core/detect/people/localPlaces.ts), and
// the offices and bylines of local news around them: made-up sentences of police, council and school-board reports.

describe('hometowns, neighbourhoods and local offices', () => {
  it('a name between "a 39-year-old" and "man" is his hometown, in every mention; a person after an age stays', () => {
    const text = 'A 39-year-old Corbin man was arrested Friday. Two Corbin women were questioned. Corbin police said the '
      + 'case was closed. A 30-year-old Tom Ruiz said he was fine.';
    assert.deepEqual(texts(text), ['Tom Ruiz']);
  });

  it('where residents live ("a resident of", "who live on") is a place, in every mention', () => {
    const text = 'Residents who live on Monte Verde showed up en masse. "We oppose it," said Bob Lasko, a resident of '
      + 'Monte Verde. Monte Verde has no sidewalks.';
    assert.deepEqual(people(text), [['Bob Lasko', 'Bob Lasko']]);
  });

  it('a town\'s police named with the town first ("Arnold Police") is no person', () => {
    assert.deepEqual(people('Arnold Police stopped a car on Elm Drive, Det. Lt. Jeremy Orcutt said.'), [['Jeremy Orcutt', 'Jeremy Orcutt']]);
  });

  it('a byline of a name and "Reporting" on its own line is the name alone', () => {
    assert.deepEqual(texts('Man held after standoff\n\nMichaela Dunmore Reporting\n\nPolice Chief Ivan Marsh said the man was held.'),
      ['Michaela Dunmore', 'Ivan Marsh']);
  });

  it('the titles of local government before a surname: councilor, trustee, supervisor, board member', () => {
    const text = 'Member Dibbert moved to overturn the decision. Councilor Rutherfield asked for a list. Trustee Okafor '
      + 'called the meeting to order. Supervisor Ana Ruiz agreed.';
    assert.deepEqual(texts(text), ['Dibbert', 'Rutherfield', 'Okafor', 'Ana Ruiz']);
  });

  it('a nickname between doubled apostrophes, as archived newspapers print quotation marks', () => {
    const text = "Lloyd ''Buck'' Harrow, a former magistrate, was sentenced Monday. Harrow told the judge he was sorry.";
    assert.deepEqual(people(text), [["Lloyd ''Buck'' Harrow", "Lloyd ''Buck'' Harrow"], ['Harrow', "Lloyd ''Buck'' Harrow"]]);
  });
});
