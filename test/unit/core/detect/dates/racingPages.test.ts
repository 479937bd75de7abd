import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences of motor-racing and racing pages (6 December, night).
const values = (text: string) => detectDates(text, '2026-02-13').map(d => `${d.text}=${d.value}`);
const found = (text: string) => detectDates(text, '2026-02-13').map(d => d.text);

describe('dates on motor-racing and racing pages', () => {
  it('reads "Q1", "Q2" and "Q3" in an article of qualifying as sessions, not quarters of a year', () => {
    assert.deepEqual(values('Varga qualified sixth. His best Q3 lap was 0.2s off the pole-sitter.'), []);
    assert.deepEqual(values('Pole position went to Dunmore after Varga spun at the end of Q2.'), []);
    // a quarter of money stays the calendar's, in such an article too
    assert.deepEqual(found('Varga qualified sixth. The team\'s sponsor said revenue rose in Q3.'), ['Q3']);
    assert.deepEqual(values('Varga qualified sixth. The sponsor\'s Q3 2025 revenue rose.'), ['Q3 2025=2025-Q3']);
  });
});
