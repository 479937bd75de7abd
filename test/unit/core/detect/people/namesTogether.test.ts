import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up lists of "Name, what the person does" lines: a town's roll of honour, an award's nominees.
const names = (text: string) => detectPeople(text).map(p => p.entity);

describe('lists of a name, a comma and what the person does, line by line', () => {
  it('reads every entry a person where two entries are people by their own evidence', () => {
    const text = 'The town honoured those who died in the past year.\nThose honored include:\nDorrit Quellan, school custodian\n'
      + 'Mary Aldous, firefighter\nJohn Tessel, school teacher\nBrannoc Felling, voting warden\n';
    assert.deepEqual(names(text), ['Dorrit Quellan', 'Mary Aldous', 'John Tessel', 'Brannoc Felling']);
  });

  it('reads a nominee\'s line in title case as a list\'s entry, no headline', () => {
    const text = 'The nominees were read out on Sunday.\n\nBest Actress in a Drama\nRuth Avery, ‘The Long Winter Road’\n'
      + 'Marta Quinlan, ‘Salt Harbour’\nJosefa Lind, ‘Glass’\n';
    assert.deepEqual(names(text), ['Ruth Avery', 'Marta Quinlan', 'Josefa Lind']);
  });

  it('leaves headlines of two clauses alone', () => {
    assert.deepEqual(names('Markets today.\nStocks Rise Again, Dollar Steady\nOil Prices Slip, Gold Firm\n'), []);
  });
});
