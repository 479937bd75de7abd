import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// A helper's pass over real energy, mining, car and airline business news. Each sentence is made up; each value is
// what a careful editor reads, against the reference date given.
const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);
const valueOf = (text: string, ref: string, words: string) => detectDates(text, ref).find(d => d.text === words)?.value;

describe('dates: results quarters and business words', () => {
  it('reads "the July-to-September quarter" as the calendar quarter those months make', () => {
    assert.deepEqual(values('For the July-to-September quarter, Norvik posted a profit of $4 million.', '2026-12-05'),
      [['the July-to-September quarter', '2026-Q3']]);
    assert.deepEqual(values('In the April to June quarter, Norvik posted a loss.', '2026-12-05'), [['the April to June quarter', '2026-Q2']]);
  });

  it('gives "the quarter" told far down a results story the quarter the story reported', () => {
    const filler = ' The refiner also said that margins on diesel and jet fuel had narrowed across its plants in the region.'.repeat(6);
    const text = `Fennmoor Oil said on Tuesday its third-quarter profit fell 40%.${filler} Output rose 5% during the quarter.`;
    assert.equal(valueOf(text, '2026-11-03', 'the quarter'), '2026-Q3');
    // "the end of the quarter" too
    assert.equal(valueOf(`Fennmoor Oil said its first-quarter profit fell.${filler} Its debt stood at $9 billion at the end of the quarter.`, '2026-11-03', 'the end of the quarter'), '2026-Q1');
  });

  it('passes over a quarter named to compare with, or one a forecast names after the reported one', () => {
    assert.equal(valueOf('Harlow Gas reported second-quarter income of $40 million. The rise came from a rate decision received in the third quarter last year. During the quarter, it added 900 customers.', '2026-08-10', 'the quarter'), '2026-Q2');
    assert.equal(valueOf('Brisk Air reported third-quarter earnings on Tuesday and gave a weak forecast for the fourth quarter. Bookings fell 3% in the quarter.', '2026-10-20', 'the quarter'), '2026-Q3');
    // a forecast's quarter, where the story reports none before it, is the one told of
    assert.equal(valueOf('Brisk Air expects to book a charge for the third quarter. The charge is offset by a gain in the quarter.', '2026-08-20', 'the quarter'), '2026-Q3');
  });

  it('does not reach back past another story\'s dateline on a page of many', () => {
    const filler = ' Analysts said the outlook for the rest of the sector was mixed at best.'.repeat(8);
    const text = `Corlan Motors beat first-quarter forecasts.${filler}\n\nMarketBeat May 20, 2026\n\nVeldt Stores said: "We have started the quarter slowly."`;
    assert.equal(valueOf(text, '2026-05-20', 'the quarter'), '2026-Q2');
  });

  it('reads "this fall in demand" as a drop, and a maker\'s "1900s" as its model', () => {
    assert.deepEqual(values('This fall in demand hit the carmaker hard.', '2026-12-05'), []);
    assert.deepEqual(values('Last fall in prices hurt miners.', '2026-12-05'), []);
    // the season stays: a place, a comma, "in part"
    assert.deepEqual(values('This fall in Denver was mild.', '2026-12-05'), [['This fall', '2026-FA']]);
    assert.deepEqual(values('Orders have grown since last fall in part because of new routes.', '2026-12-05'), [['last fall', '2025-FA']]);
    assert.deepEqual(values('The airline flies 19-seat Beechcraft 1900s to the islands.', '2026-12-05'), []);
    assert.deepEqual(values('In 1990s Britain, fares rose.', '2026-12-05'), [['1990s', '199']]);
  });

  it('reads the turn of the century after "this century" as the one nearest the article', () => {
    assert.equal(valueOf('Exports fell for the first time this century, the first fall since the turn of the century.', '2019-07-17', 'the turn of the century'), '2000');
  });
});

describe('dates: a bare quarter beside the same one written with its year', () => {
  it('gives a bare quarter the year of the same one that opens the sentence before it', () => {
    assert.equal(valueOf('During the first three months of 2024, Kestrel Motors sold more cars than its rival. For the first quarter, it earned $5 billion.', '2026-12-05', 'the first quarter'), '2024-Q1');
    // not one told of in passing
    assert.equal(valueOf('The utility stopped its dividend in the third quarter of 1998 because of a plant outage. It reported third-quarter net of $60 million.', '2026-12-05', 'third-quarter'), '2026-Q3');
  });

  it('gives a headline\'s bare quarter the year written after it, not a sentence\'s', () => {
    assert.equal(valueOf('Carmakers in Q2: Kestrel, Vantor and Orlo\nThe latest Q2 2021 results from the car industry.', '2026-12-05', 'Q2'), '2021-Q2');
    assert.equal(valueOf('Orlo expects a profit for the third quarter, its chairman said.\nIn the 2023 third quarter, it lost $2 million.', '2026-12-05', 'the third quarter'), '2026-Q3');
  });
  it('compares the figures told after a forecast for the next quarter with the quarter reported, not the one forecast', () => {
    const story = 'Harlow Chips reported third-quarter earnings on Thursday. For the fourth quarter, Harlow expects a profit of '
      + '20 cents a share. It posted net income of $90 million, versus $120 million in the same quarter last year. '
      + 'Its margin for the quarter was 41%. Revenue fell 8% from $4.2 billion a year ago.';
    assert.equal(valueOf(story, '2026-10-29', 'the same quarter last year'), '2025-Q3');
    assert.equal(valueOf(story, '2026-10-29', 'the quarter'), '2026-Q3');
    assert.equal(valueOf(story, '2026-10-29', 'a year ago'), '2025-Q3');
    // a sentence that looks ahead itself keeps the quarter forecast
    assert.equal(valueOf('Harlow reported third-quarter earnings. For the fourth quarter, it expects a profit. Analysts expect revenue of $4 billion for the quarter.', '2026-10-29', 'the quarter'), '2026-Q4');
  });
  it('reads a quarter or half ended in the first week of a month as the one that closed the month before', () => {
    // a year counted in weeks: its third quarter may end on Oct. 1, its fourth on Jan. 2
    assert.equal(valueOf('Sales for the quarter ended Jan. 2 rose. Margins in the quarter fell.', '2026-03-20', 'the quarter'), '2025-Q4');
    assert.deepEqual(values('Harlow reported results for the quarter ended Oct. 1. Revenue for the quarter rose.', '2026-10-26')
      .filter(([t]) => t === 'the quarter').map(([, v]) => v), ['2026-Q3', '2026-Q3']);
    // a day past the first week is no such end
    assert.equal(valueOf('Sales for the quarter ended Jan. 12 rose.', '2026-03-20', 'the quarter'), '2026-Q1');
  });
  it('compares "the same period" after a run of months with those months, as a quarter, a half or their year', () => {
    assert.equal(valueOf('Borrowing in the year to date (April 2026 to September 2026) fell, against the same period in 2025.', '2026-10-20', 'the same period in 2025'), '2025');
    assert.equal(valueOf('Borrowing from April 2026 to June 2026 fell, against the same period last year.', '2026-07-20', 'the same period last year'), '2025-Q2');
    assert.equal(valueOf('Borrowing from January 2026 to June 2026 fell, against the same period last year.', '2026-07-20', 'the same period last year'), '2025-H1');
    // months across two years make no period TIMEX3 can name
    assert.equal(valueOf('Borrowing (April 2025 to March 2026) fell, against the same period last year.', '2026-07-20', 'the same period last year'), undefined);
  });
});
