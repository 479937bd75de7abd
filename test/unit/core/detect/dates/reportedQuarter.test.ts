import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Relative quarters and halves in results stories, counted from the period the story reports. Each sentence is made
// up; each value is what a careful editor reads, against the reference date given.
const valueOf = (text: string, ref: string, words: string) => detectDates(text, ref).find(d => d.text === words)?.value;
const filler = ' The refiner also said that margins on diesel and jet fuel had narrowed across its plants in the region.'.repeat(5);

describe('dates: quarters and halves counted from the one a results story reports', () => {
  it('gives "this quarter" told in the past the quarter reported', () => {
    const text = 'Harlow Gas reported second-quarter income of $40 million. "Our pipelines added 12 cents a share to earnings this quarter, 3 cents more than in the same period last year," its chief said.';
    assert.equal(valueOf(text, '2026-12-06', 'this quarter'), '2026-Q2');
    // and the comparison after it is that quarter a year back
    assert.equal(valueOf(text, '2026-12-06', 'the same period last year'), '2025-Q2');
    // told ahead, it is the quarter running
    assert.equal(valueOf('Harlow Gas reported second-quarter income of $40 million. It expects margins to widen this quarter.', '2026-12-06', 'this quarter'), '2026-Q4');
  });

  it('counts "the previous quarter" from the quarter reported when none is named near it', () => {
    const text = `Velto Motors said deliveries in Q3 rose by 4% from Q2 to 90,000 cars.${filler} Deliveries of its vans rose by 6% from the prior quarter.`;
    assert.equal(valueOf(text, '2026-12-06', 'the prior quarter'), '2026-Q2');
    // "previous quarter" without "the", after a quarter itself compared with ("from the preceding first quarter")
    const mine = 'Kesmet Mining said its second-quarter copper output fell 2%. Silver output rose 4% from the preceding first quarter, and zinc output was 300 tonnes lower than previous quarter.';
    assert.equal(valueOf(mine, '2026-12-06', 'previous quarter'), '2026-Q1');
    // a quarter named near is still what it counts from
    assert.equal(valueOf('Growth slowed in the fourth quarter to 1.2%, down from 1.5% in the previous quarter.', '2026-12-06', 'the previous quarter'), '2026-Q3');
  });

  it('leaves "this quarter" in "this quarter-over-quarter rise" alone', () => {
    assert.equal(valueOf('Harlow Gas reported second-quarter income of $40 million. The main reason for this quarter-over-quarter rise was a rate case.', '2026-12-06', 'this quarter'), '2026-Q4');
  });

  it('puts "the second half" after a first half reported in that year', () => {
    assert.equal(valueOf('Kesmet Mining reported a 4% rise in first-half copper output. It warned that supply risks were elevated in the second half.', '2026-12-06', 'the second half'), '2026-H2');
    assert.equal(valueOf('Kesmet Mining said its output rose in the first half of the year. It warned of weaker demand for the second half of the year.', '2020-07-30', 'the second half of the year'), '2020-H2');
    // a first half reported months after it ended leaves the half ahead where the tense put it
    assert.equal(valueOf('Corvel said on Tuesday that profit rose in the first half. It said the second half would be harder.', '2026-03-10', 'the second half'), '2026-H2');
    // not one a comparison names: a second half of last year stays
    assert.equal(valueOf('Kesmet Mining reported a 4% rise in first-half copper output. Output had fallen in the second half of last year.', '2026-12-06', 'the second half of last year'), '2025-H2');
  });

  it('gives a year back told far down a results story the quarter reported a year before', () => {
    const text = `Harlow Gas said its third-quarter profit rose 20%.${filler.repeat(2)} Its net income fell to $2 billion from $3 billion a year earlier.`;
    assert.equal(valueOf(text, '2026-12-06', 'a year earlier'), '2025-Q3');
    // not where its sentence names another period the figures are for
    const nine = `Harlow Gas said its third-quarter profit rose 20%.${filler.repeat(2)} For the nine months, Harlow earned $9 million, against $7 million a year earlier.`;
    assert.equal(valueOf(nine, '2026-12-06', 'a year earlier'), '2025');
  });

  it('counts "the same time last year" from the time its sentence named', () => {
    assert.equal(valueOf('Norvik pumped 8% more gas in the first quarter of 2015 than it did the same time last year.', '2026-12-06', 'the same time last year'), '2014-Q1');
    assert.equal(valueOf('As of April 4, 90 million forms had been filed, down 1% from the same time last year.', '2026-12-06', 'the same time last year'), '2025-04-04');
    // with no time in its sentence, as before
    assert.equal(valueOf('In March the harvest began. About 40% of the crop is in, up from 30% at the same time last year.', '2026-12-06', 'the same time last year'), '2025-12');
  });

  it('reads "the June quarter" as the quarter that month closes', () => {
    assert.equal(valueOf('Kesmet shipped less ore over the June quarter than expected.', '2020-07-16', 'the June quarter'), '2020-Q2');
    assert.equal(valueOf('We expect the December quarter to be the best ever.', '2026-11-01', 'the December quarter'), '2026-Q4');
  });
});

describe('dates: the year a results forecast is for', () => {
  it('ends "the year to March" a forecast names at the next March', () => {
    assert.equal(valueOf('Kasumi Motors expects operating profit of 900 billion yen in the year to March, less than the profit posted in the year just ended.', '2017-05-10', 'March'), '2018-03');
    assert.equal(valueOf('Kasumi Motors expects operating profit of 900 billion yen for the year ending March 31.', '2017-02-10', 'March 31'), '2017-03-31');
    // a year gone, reported
    assert.equal(valueOf('Kasumi Motors made an operating profit of 900 billion yen in the year to March.', '2017-05-10', 'March'), '2017-03');
  });
});
