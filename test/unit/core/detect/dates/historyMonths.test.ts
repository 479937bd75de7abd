import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Months without their year in a history's sentence. Each sentence is made up; the reference date is a Monday in
// March 2026.
const valueOf = (text: string, written: string) => detectDates(text, '2026-03-09').find(d => d.text === written)?.value;

describe('dates: a month without its year in a history\'s sentence', () => {
  it('puts a month told "in" in the year its sentence\'s first clause is told in', () => {
    const text = 'The siege ended in 1683, after the garrison broke out in September and the relief army arrived in October.';
    assert.equal(valueOf(text, 'September'), '1683-09');
    assert.equal(valueOf(text, 'October'), '1683-10');
  });

  it('puts a later month told "in" after a month with its year in that year', () => {
    assert.equal(valueOf('The charter was drafted in March 1848, and the final text agreed in July.', 'July'), '1848-07');
  });

  it('leaves a month after a year named in passing, or compared with it, to the article\'s date', () => {
    assert.equal(valueOf('Founded in 1911, the mill said in November it would close.', 'November'), '2025-11');
    assert.equal(valueOf('The mill, built in 1911, said in November it would close.', 'November'), '2025-11');
    assert.equal(valueOf('Output was higher in 1990 than in January.', 'January'), '2026-01');
    // nor a year just gone, which news names to compare with
    assert.equal(valueOf('Sales rose in 2025 and fell in February.', 'February'), '2026-02');
  });
});

describe('dates: a day then "in" and its year', () => {
  it('puts the day in the year said after it', () => {
    assert.equal(valueOf('The poet was born 12th of June in 1802 in a mill town.', '12th of June'), '1802-06-12');
    assert.equal(valueOf('The bridge opened on October 4 in 1932.', 'October 4'), '1932-10-04');
  });

  it('leaves a holiday, whose day moves with the year, to its own reading (its day that year, not the day of another)', () => {
    assert.equal(valueOf('Crowds gathered for Easter in 1961.', 'Easter'), '1961-04-02');
  });
});
