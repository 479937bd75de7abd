import assert from 'node:assert/strict';
import { texts } from './peopleFixtures';

// Made-up quotations with their speaker after a dash (src/core/detect/people/quoteAttributions.ts).
describe('people: a quotation\'s speaker after a dash', () => {
  it('after " - " or " -- ", at the line\'s end or before a description in lower case', () => {
    assert.deepEqual(texts('"We will carry the county, and then the state." - Jeph Brindlecombe, the night before the vote'), ['Jeph Brindlecombe']);
    assert.deepEqual(texts('UPDATE 9:10 PM  "It is a three-way race, I should say" -- Bear Quillon\n\nMore soon.'), ['Bear Quillon']);
  });

  it('not a source\'s name after the dash', () => {
    assert.deepEqual(texts('"Markets fell sharply on the news." — The Daily Ledger\n"Turnout was high." — Corvale Post'), []);
  });
});
