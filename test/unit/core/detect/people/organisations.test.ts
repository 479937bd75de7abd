import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Business news as a desk writes it; every firm here is made up, named after a surname, a common word, or a pair of
// words that reads as a first and last name.
const names = (text: string): string[] => detectPeople(text).map(p => p.text);
const entities = (text: string): string[] => [...new Set(detectPeople(text).map(p => p.entity))];

describe('people: firms, products and vehicles are not people', () => {
  it('drops a firm that is owned, spoken for or worked at, everywhere in the article', () => {
    assert.deepEqual(names('Investors sold shares of Dunmore Kealy on Friday. Dunmore Kealy said in a statement that it would appeal.'), []);
    assert.deepEqual(names('A spokeswoman for Ellery Vance said the firm would not comment. Ellery Vance employs 4,000 people.'), []);
    assert.deepEqual(names('Workers at Corrin Bale walked out. Corrin Bale said talks would resume.'), []);
  });

  it('lets a company word before the name ("rival", "owner") not outweigh the evidence that it is a firm', () => {
    const text = 'Rival Fenwick Marsh cut its forecast. Fenwick Marsh shares fell 6%.';
    assert.deepEqual(names(text), []);
  });

  it('keeps a person with a title only people carry, even where a namesake firm is in the news', () => {
    const text = 'Parker Hale said its revenue fell. Ms Parker Hale, who founded it, said she was sorry.';
    assert.ok(detectPeople(text).some(p => p.start === text.indexOf('Parker Hale, who') && p.text === 'Parker Hale'));
  });

  it('keeps the people of a business story and drops its firms and products', () => {
    const text = [
      'Shares of Bramble rose 4% on Tuesday after the company reported revenue of $3.1 billion. Bramble said in a',
      'statement that demand for its Bramble Note tablet stayed strong.',
      '',
      "Bramble's chief executive, Michael M. Sears, told investors the company would open a factory in Ohio. Sears",
      "said the plant would employ 900 people. Bramble's eSlate sold well in Europe.",
      '',
      'Parker Hale said in a statement it would cut 200 jobs at its Dayton plant. Parker Hale\'s revenue fell.',
      'John Parker, a welder at the plant, said he was worried.',
    ].join('\n');
    assert.deepEqual(entities(text), ['Michael M. Sears', 'John Parker']);
    // the bare surname is linked to the full name although a firm of that name exists elsewhere
    assert.ok(detectPeople(text).some(p => p.text === 'Sears' && p.entity === 'Michael M. Sears'));
  });

  it('drops a name followed by a model code or a model number of a vehicle', () => {
    assert.deepEqual(names('The airline flew the Kestrel Hawk 320 jet to Oslo. Kestrel Hawk made 40 of them.'), []);
  });
});
