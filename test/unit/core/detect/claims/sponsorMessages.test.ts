import assert from 'node:assert/strict';
import { sponsoredSentences } from '../../../../../src/core/detect/claims/sponsorMessages';
import { splitSentences } from '../../../../../src/core/text/sentences';

const sponsored = (text: string) => {
  const sentences = splitSentences(text);
  return [...sponsoredSentences(text, sentences)].map(i => sentences[i].text);
};

// A sponsor's message inside a newsletter (explain pass): made-up text.
describe('claims: a sponsor\'s message in a newsletter', () => {
  it('takes the message from its label to the end of its emphasis', () => {
    const text = 'The council met on Monday.\n**A message from Osk Dairy: Since 2010 we have cut sugar in 40 drinks. Find out more.**\nWhere we are: The council cut 300 jobs.';
    assert.deepEqual(sponsored(text), ['**A message from Osk Dairy: Since 2010 we have cut sugar in 40 drinks.', 'Find out more.**']);
  });

  it('takes a label without emphasis to the end of its paragraph, and nothing without a label', () => {
    const text = 'Sponsored by Harbour Bank: Savers earned 4% last year. Open an account today.\n\nThe bank cut 200 jobs in May.';
    assert.deepEqual(sponsored(text), ['Sponsored by Harbour Bank: Savers earned 4% last year.', 'Open an account today.']);
    assert.deepEqual(sponsored('A message from the mayor was read out. The council then voted 7-2.'), []);
  });
});
