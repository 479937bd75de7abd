import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up stories: "the last weekend before" a day named after it.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('the last weekend before a day named', () => {
  it('is the weekend whose Sunday is the last before that day, not the weekend before the article', () => {
    // Saturday 19 December 2026; Christmas is a Friday
    assert.deepEqual(values('Crowds filled the shops on the last weekend before Christmas.', '2026-12-19'),
      ['the last weekend=2026-W51-WE', 'Christmas=2026-12-25']);
    // a Sunday: the weekend that ends on it is not before it
    assert.deepEqual(values('Canvassers were out on the last weekend before Sunday, May 10, 2026.', '2026-05-20'),
      ['the last weekend=2026-W18-WE', 'Sunday, May 10, 2026=2026-05-10']);
  });

  it('leaves "last weekend" alone as the one before the article\'s day', () => {
    assert.deepEqual(values('Crowds filled the shops last weekend.', '2026-12-16'), ['last weekend=2026-W50-WE']);
  });
});
