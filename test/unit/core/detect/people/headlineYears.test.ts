import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Issue 14, "people left": a title-case headline that names a year after "in" ("… in 2019") is still a headline, so
// its capitalised words are no names unless the story names them. Every name is made up.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('people: title-case headlines that name a year', () => {
  it('a verb capitalised in a headline with "in 2019" is no name after a role', () => {
    assert.deepEqual(people('Kestrel CEO Predicted ‘There’s Going to Be a Storm’ in 2019\n\n'
      + 'Kestrel CEO Amos Rell told reporters that his company began work early.\n'), ['Amos Rell']);
    assert.deepEqual(people('Harbour Officer Critically Injured in 2024 Protest Is Recovering\n\n'
      + 'The officer was hurt in a protest last year, police said.\n'), []);
  });

  it('a person the story names is still found in such a headline', () => {
    assert.deepEqual(people('Mayor Vell Report: City Jobs More Varied Since 2000\n\nMayor Ida Vell released a report today.\n'),
      ['Vell', 'Ida Vell']);
  });
});
