import assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectDates } from '../../../../src/core/detect/dates';
import { formatWeek, parseDay } from '../../../../src/core/detect/dates/calendar';
import { scanDates } from '../../../../src/core/detect/dates/scan';
import type { DateMention } from '../../../../src/core/detect/spans';

// 2025-06-15 is a Sunday in ISO week 24 (Monday 9 June - Sunday 15 June).
const REF = '2025-06-15';

function only(text: string, ref = REF): DateMention {
  const found = detectDates(text, ref);
  assert.equal(found.length, 1, `expected one expression in ${JSON.stringify(text)}, got ${JSON.stringify(found.map(d => d.text))}`);
  const [mention] = found;
  assert.equal(mention.text, text.slice(mention.start, mention.end));
  return mention;
}

function expectOne(text: string, span: string, type: DateMention['type'], value?: string, ref = REF): void {
  const m = only(text, ref);
  assert.equal(m.text, span);
  assert.equal(m.start, text.indexOf(span));
  assert.equal(m.type, type, `type of ${span}`);
  if (value !== undefined) assert.equal(m.value, value, `value of ${span}`);
}

const texts = (text: string, ref = REF): string[] => detectDates(text, ref).map(d => d.text);
const valueAt = (text: string, span: string, ref: string) => detectDates(text, ref).find(d => d.text === span)?.value;

describe('detectDates', () => {
  it('reads a deadline of what was foreseen as the coming day: "were expected to ease by Tuesday night"', () => {
    const ref = '2026-08-17'; // a Monday
    assert.equal(valueAt('Gusts were expected to ease by Tuesday night.', 'Tuesday night', ref), '2026-08-18TNI');
    assert.equal(valueAt('The fire was expected to reach the highway by Tuesday.', 'Tuesday', ref), '2026-08-18');
    assert.equal(valueAt('Officials said the fire would reach the highway by Tuesday.', 'Tuesday', ref), '2026-08-18');
    assert.equal(valueAt('The storm was forecast to arrive on Tuesday.', 'Tuesday', ref), '2026-08-18');
    // what happened, and a plan given up, stay in the past
    assert.equal(valueAt('The storm arrived on Tuesday.', 'Tuesday', ref), '2026-08-11');
    assert.equal(valueAt('The plant had been due to close by Friday.', 'Friday', ref), '2026-08-14');
  });

  it('reads a name of several words between a foreseen verb and its deadline as one word', () => {
    const ref = '2026-07-10'; // the March gone is nearer than the one to come
    assert.equal(valueAt('The company said it would ask the Food and Drug Administration for approval by March.', 'March', ref), '2027-03');
    assert.equal(valueAt('The company said the Food and Drug Administration had approved the drug by March.', 'March', ref), '2026-03');
  });

  it('reads a possessive day with a future auxiliary as the coming day, and one without as unknown', () => {
    const ref = '2026-09-22'; // a Tuesday
    assert.equal(valueAt("Tanaka and Brandt will meet in Saturday's final.", 'Saturday', ref), '2026-09-26');
    assert.equal(valueAt("Saturday's final will be close.", 'Saturday', ref), '2026-09-26');
    assert.equal(valueAt("Saturday's final was close.", 'Saturday', ref), '2026-09-19');
    assert.equal(valueAt("Fans who watched Saturday's final will remember it.", 'Saturday', ref), '2026-09-19');
  });

  it("keeps a day still to come this year ahead in a past sentence, unless a verb beside it says it is gone", () => {
    const ref = '2026-04-18';
    assert.equal(valueAt('The manager said his side had earned every minute of the trip to Wembley on May 16.', 'May 16', ref), '2026-05-16');
    assert.equal(valueAt('The manager said the old ground closed on May 16.', 'May 16', ref), '2025-05-16');
    assert.equal(valueAt('The manager said the old ground, which the club sold, was demolished on May 16.', 'May 16', ref), '2025-05-16');
    // a day already gone this year is still moved ahead by a future sentence
    assert.equal(valueAt('Officials said the club will move its offices from March 1.', 'March 1', ref), '2027-03-01');
  });

  it('reads the stamps web pages put on stories, and no newspaper or version number as one', () => {
    expectOne('Tue 10 Mar 2026 14.32 GMT', 'Tue 10 Mar 2026', 'DATE', '2026-03-10');
    expectOne('Updated Thu, 12 Mar 2026', 'Thu, 12 Mar 2026', 'DATE', '2026-03-12');
    expectOne('Published 10.03.2026 by the desk', '10.03.2026', 'DATE', '2026-03-10');
    expectOne('Stamped 2026-03-10T14:32:00Z in the feed', '2026-03-10T14:32:00Z', 'TIME', '2026-03-10T14:32');
    expectOne('Budget cuts start in Jan 2026 for most schools', 'Jan 2026', 'DATE', '2026-01');
    // the weekday must be the date's own: 10 March 2026 is a Tuesday
    assert.deepEqual(texts('The Sun 10 March edition sold out.'), ['10 March']);
    assert.deepEqual(texts('Wed 10 Mar 2026 was wet.'), ['10 Mar 2026']);
    assert.deepEqual(texts('The app moved to version 1.2.2026 last night.', REF), ['last night']);
    assert.deepEqual(texts('Install v1.2.2026 now.', REF), ['now']);
    // the month in one figure is a date elsewhere: "3.2.2026" is 3 February
    expectOne('The strike began on 3.2.2026 at the port.', '3.2.2026', 'DATE', '2026-02-03');
  });

  describe('absolute dates', () => {
    it('drops the leading preposition and resolves the year from the reference date', () => {
      expectOne('The council will vote on July 3 after a long debate.', 'July 3', 'DATE', '2025-07-03');
    });
    it('reads day-first and ISO dates', () => {
      expectOne('The ceasefire took effect on 3 July 2025, officials said.', '3 July 2025', 'DATE', '2025-07-03');
      expectOne('The report was filed 2025-06-02 by the agency.', '2025-06-02', 'DATE', '2025-06-02');
    });
    it('keeps the abbreviation dot and the year of "Jan. 5, 1998"', () => {
      expectOne('The mayor resigned Jan. 5, 1998, citing health reasons.', 'Jan. 5, 1998', 'DATE', '1998-01-05');
    });
    it('reads month and year, bare years and fiscal years', () => {
      expectOne('The plant closed in August 1988 and never reopened.', 'August 1988', 'DATE', '1988-08');
      expectOne('The bridge was built in 1998 by a local firm.', '1998', 'DATE', '1998');
      expectOne('Profit in fiscal 1998 fell sharply.', 'fiscal 1998', 'DATE', '1998');
    });
    it('puts a month without a year in the year nearest the reference date', () => {
      expectOne('The factory closed in October and reopened later.', 'October', 'DATE', '2024-10', '2025-01-10');
      expectOne('Its output in October is the figure to watch.', 'October', 'DATE', '2025-10', '2025-08-01');
      // a regular past form before the date says which October: the one before the article
      expectOne('The factory closed in October and reopened later.', 'October', 'DATE', '2024-10', '2025-08-01');
      assert.deepEqual(detectDates('For the year ended March 31, sales rose.', '2025-11-01').map(d => [d.text, d.type, d.value]),
        [['the year', 'DURATION', 'P1Y'], ['March 31', 'DATE', '2025-03-31']]);
      // an adjective in "-ed" is no past tense; a passive leaves the tense to its auxiliary
      expectOne('Holders of preferred shares are paid on Nov. 21 in cash.', 'Nov. 21', 'DATE', '2025-11-21', '2025-11-02');
      expectOne('The dividend will be paid Dec. 14 to holders.', 'Dec. 14', 'DATE', '2025-12-14', '2025-10-26');
      expectOne('Talks are planned for Jan. 12 in Vienna.', 'Jan. 12', 'DATE', '2026-01-12', '2025-12-20');
    });
    it('accepts a reference date with a time of day', () => {
      expectOne('The governor spoke yesterday.', 'yesterday', 'DATE', '1998-02-27', '1998-02-28T10:15:00');
    });
    it('writes XXXX for the year when there is no usable reference date', () => {
      expectOne('Voting closes on July 3.', 'July 3', 'DATE', 'XXXX-07-03', 'not a date');
    });
    it('reads quarter shorthand and both ends of a year range', () => {
      expectOne('Revenue in Q3 2024 beat forecasts.', 'Q3 2024', 'DATE', '2024-Q3');
      assert.deepEqual(texts('He coached the side from 2014-2022.'), ['2014', '2022']);
    });
    it('reads fixed holidays and day ranges', () => {
      expectOne('Shops will close on Christmas Day this time.', 'Christmas Day', 'DATE', '2025-12-25');
      expectOne('The summit on Nov. 3-4 will be held in Rome.', 'Nov. 3-4', 'DATE', '2025-11-03');
    });
    it('takes a weekday with its date as one expression', () => {
      expectOne('The rally is planned for Saturday, April 26, in the capital.', 'Saturday, April 26', 'DATE', '2025-04-26');
    });
  });

  describe('relative dates', () => {
    it('resolves last week to the previous ISO week', () => {
      expectOne('Prices fell sharply last week in Asia.', 'last week', 'DATE', '2025-W23');
    });
    it('keeps "the end of the year" without "before"', () => {
      expectOne('The minister promised a deal before the end of the year.', 'the end of the year', 'DATE', '2025');
    });
    it('resolves a bare weekday to the most recent one', () => {
      expectOne('The talks resumed on Monday in Geneva.', 'Monday', 'DATE', '2025-06-09');
    });
    it('resolves yesterday, today and tomorrow', () => {
      expectOne('The governor spoke yesterday.', 'yesterday', 'DATE', '2025-06-14');
      expectOne('Markets reopen tomorrow.', 'tomorrow', 'DATE', '2025-06-16');
    });
    it('resolves "two years ago" and "earlier this month"', () => {
      expectOne('The mine flooded two years ago.', 'two years ago', 'DATE', '2023');
      expectOne('The strike began earlier this month.', 'earlier this month', 'DATE', '2025-06');
    });
    it('counts a fortnight ago as two weeks back, like "two weeks ago"', () => {
      expectOne('The talks began a fortnight ago.', 'a fortnight ago', 'DATE', '2025-W22');
      expectOne('The talks began two weeks ago.', 'two weeks ago', 'DATE', '2025-W22');
    });
    it('reads quarters, with and without the article', () => {
      // told in the past in June, the third quarter not begun yet is last year's
      expectOne('Sales rose 4% in the third quarter.', 'the third quarter', 'DATE', '2024-Q3');
      expectOne('Sales should rise 4% in the third quarter.', 'the third quarter', 'DATE', '2025-Q3');
      expectOne('The bank reported a third-quarter loss of $2 million.', 'third-quarter', 'DATE', '2024-Q3');
      expectOne('The bank reported a second-quarter loss of $2 million.', 'second-quarter', 'DATE', '2025-Q2');
    });
    it('reads seasons with a year or after a preposition, but not "fall" the verb', () => {
      expectOne('The offensive began in spring 2024 near the river.', 'spring 2024', 'DATE', '2024-SP');
      expectOne('The port has been closed since winter.', 'winter', 'DATE', '2025-WI');
      assert.deepEqual(texts('Prices fall in spring as supply recovers.'), []);
    });
    it('marks "now" as the present reference', () => {
      expectOne('The ministry now says the figure was wrong.', 'now', 'DATE', 'PRESENT_REF');
    });
  });

  describe('calendar arithmetic', () => {
    it('numbers ISO weeks across year boundaries', () => {
      assert.equal(formatWeek({ year: 2021, month: 1, day: 1 }), '2020-W53');
      assert.equal(formatWeek({ year: 2024, month: 12, day: 30 }), '2025-W01');
    });
    it('resolves "last week" in the first days of a year', () => {
      expectOne('Talks collapsed last week.', 'last week', 'DATE', '2024-W52', '2025-01-02');
    });
    it('rejects impossible reference dates', () => {
      assert.equal(parseDay('2025-02-30'), undefined);
      expectOne('The governor spoke yesterday.', 'yesterday', 'DATE', undefined, '2025-02-30');
      assert.equal(only('The governor spoke yesterday.', '2025-02-30').value, undefined);
    });
  });

  describe('durations', () => {
    it('reads counts in digits and words', () => {
      expectOne('The siege lasted three years.', 'three years', 'DURATION', 'P3Y');
      expectOne('Police held him for 24 hours.', '24 hours', 'DURATION', 'PT24H');
      expectOne('In the last twenty four hours the index fell.', 'the last twenty four hours', 'DURATION', 'PT24H');
      expectOne('The family has farmed here for a hundred years.', 'a hundred years', 'DURATION', 'P100Y');
    });
    it('reads a decade and hyphenated durations', () => {
      expectOne('Inflation stayed low for a decade.', 'a decade', 'DURATION', 'P10Y');
      expectOne('The union signed a two-year contract.', 'two-year', 'DURATION', 'P2Y');
    });
    it('reads "-long" adjectives', () => {
      expectOne('The year-long blockade ended.', 'year-long', 'DURATION', 'P1Y');
    });
    it('reads halves', () => {
      expectOne('The mayor served two and a half years.', 'two and a half years', 'DURATION', 'P2Y6M');
      expectOne('The pilot landed a minute and a half after the alarm.', 'a minute and a half', 'DURATION', 'PT1M30S');
      expectOne('The debate lasted half an hour.', 'half an hour', 'DURATION', 'PT0.5H');
    });
    it('keeps approximators that TimeML keeps', () => {
      expectOne('The talks have stalled for nearly two years.', 'nearly two years', 'DURATION', 'P2Y');
    });
  });

  describe('times of day', () => {
    it('reads clock times, noon and parts of a named day', () => {
      // a clock time without a day is on the article's day
      expectOne('The polls close at 3 p.m. in most states.', '3 p.m.', 'TIME', '2025-06-15T15:00');
      expectOne('The court sits again at noon.', 'noon', 'TIME', '2025-06-15T12:00');
      expectOne('The polls open at 7.30am sharp.', '7.30am', 'TIME', '2025-06-15T07:30');
      assert.equal(detectDates('The polls close at 3 p.m. in most states.', '')[0].value, 'T15:00');
      expectOne('The storm hit the coast Tuesday morning.', 'Tuesday morning', 'TIME', '2025-06-10TMO');
    });
  });

  describe('sets', () => {
    it('reads every/each and frequency adverbs', () => {
      expectOne('The committee meets every month.', 'every month', 'SET', 'P1M');
      expectOne('The figures are published weekly.', 'weekly', 'SET', 'P1W');
      expectOne('Rents are reviewed annually.', 'annually', 'SET', 'P1Y');
    });
  });

  describe('things that are not dates', () => {
    it('ignores "may" and "march" the verbs and "May I"', () => {
      assert.deepEqual(texts('May I ask the minister a question?'), []);
      assert.deepEqual(texts('Protesters may march to the parliament.'), []);
      assert.deepEqual(texts('Thousands will March on the capital to protest.'), []);
    });
    it('ignores titles and halves of a match', () => {
      assert.deepEqual(texts('The Sunday Times and the Weekly Standard ran the story.'), []);
      assert.deepEqual(texts('He scored in the second half of the match.'), []);
      expectOne('Profit fell in the first half of 2024.', 'the first half of 2024', 'DATE', '2024-H1');
    });
    it('ignores first names that look like month abbreviations', () => {
      assert.deepEqual(texts('Jan Novak met Dec Jones in Prague.'), []);
    });
    it('ignores a month\'s name before "and" and a given name, and keeps one after a date\'s word or before a month', () => {
      assert.deepEqual(texts('Her sisters, June and Rose, run the farm.'), []);
      assert.deepEqual(texts('She said April and Tom had left.'), []);
      assert.deepEqual(texts('The fair runs in June and July.'), ['June', 'July']);
      assert.deepEqual(texts('Rents rose between May and Easter.'), ['May', 'Easter']);
      assert.deepEqual(texts('Sales peaked in August and Nora left.'), ['August']);
    });
    it('ignores newspapers, banks and ordinal "second"', () => {
      assert.deepEqual(texts('The Sun reported that the Fed would act.'), []);
      assert.deepEqual(texts('He won a second term in office.'), []);
    });
    it('ignores money, scores and large counts', () => {
      assert.deepEqual(texts('The fine was $2,000 and the bail $1998.'), []);
      assert.deepEqual(texts('Some 1,998 people attended; the home side won 3-1.'), []);
      assert.deepEqual(texts('The army deployed 2000 troops.'), []);
    });
    it('does not tag ages or frequency adjectives', () => {
      assert.deepEqual(texts('The driver, 37 years old, was unhurt.'), []);
      assert.deepEqual(texts('A 26-year-old man was arrested.'), []);
      assert.deepEqual(texts('The firm raised its quarterly dividend.'), []);
    });
  });

  describe('robustness', () => {
    it('returns nothing for empty or non-textual input', () => {
      assert.deepEqual(detectDates('', REF), []);
      assert.deepEqual(detectDates('\u0000\uffff\ud800', REF), []);
    });
    it('reads across a soft line wrap but not across a paragraph break', () => {
      assert.deepEqual(texts('The central bank meets on Sept.\n24 to decide.'), ['Sept.\n24']);
      assert.deepEqual(texts('Revenue for the third\n\nquarter rose.'), []);
    });
    it('handles CRLF text with correct offsets', () => {
      const text = 'Headline\r\n\r\nThe vote is on July 3.\r\n';
      const [m] = detectDates(text, REF);
      assert.equal(text.slice(m.start, m.end), 'July 3');
    });

    const temporalWords = ['May', 'March', 'the', 'last', 'year', 'years', 'ago', 'a', 'week', 'Monday', 'morning', '3', 'p.m.',
      '1998', '1,998', '$', '-', "'", 'of', 'end', 'third', 'quarter', 'twenty', 'four', 'hours', 'every', 'early', 'mid',
      'Jan.', '5', ',', 'nearly', 'more', 'than', 'fiscal', 'now', '\n', '\r\n', '😀', 'é', '\u0301', 'עברית', 'noon', ':', '15'];
    const arbitraryText = fc.oneof(
      fc.string(),
      fc.fullUnicodeString(),
      fc.array(fc.constantFrom(...temporalWords), { maxLength: 40 }).map(words => words.join(' ')),
      fc.array(fc.constantFrom(...temporalWords), { maxLength: 40 }).map(words => words.join('')),
    );

    it('never throws and returns sorted, non-overlapping spans within the text', () => {
      fc.assert(fc.property(arbitraryText, fc.constantFrom(REF, '1998-02-28', 'garbage', ''), (text, ref) => {
        // unguarded: detectDates would hide a grammar exception behind an empty result
        const found = scanDates(text, parseDay(ref));
        let lastEnd = 0;
        for (const m of found) {
          assert.ok(m.start >= lastEnd && m.end > m.start && m.end <= text.length);
          assert.equal(m.text, text.slice(m.start, m.end));
          assert.ok(['DATE', 'TIME', 'DURATION', 'SET'].includes(m.type));
          lastEnd = m.end;
        }
      }), { numRuns: 400 });
    });
  });

  describe('the tense of the sentence and the calendar', () => {
    // 2025-10-31 is a Friday
    const REF_FRIDAY = '2025-10-31';
    const valueOf = (text: string, span: string, ref = REF_FRIDAY) => detectDates(text, ref).find(d => d.text === span)?.value;

    it('puts a bare weekday in the past week in a past-tense sentence and in the next week in a future one', () => {
      assert.equal(valueOf('The council voted on Thursday to build the line.', 'Thursday'), '2025-10-30');
      assert.equal(valueOf('The council will vote on Thursday.', 'Thursday'), '2025-11-06');
      assert.equal(valueOf('The council votes Friday.', 'Friday'), '2025-10-31');
    });

    it('reads a weekday after a future auxiliary and its verb phrase as the coming one', () => {
      assert.equal(valueOf('The chief executive will meet investors on Thursday.', 'Thursday'), '2025-11-06');
      assert.equal(valueOf('The company will publish its quarterly results on Thursday.', 'Thursday'), '2025-11-06');
      assert.equal(valueOf("The mayor won't sign the budget before Thursday.", 'Thursday'), '2025-11-06');
      // the auxiliary of another clause, or a past verb after it, says nothing of the day
      assert.equal(valueOf('The chief executive, who will retire next year, met investors on Thursday.', 'Thursday'), '2025-10-30');
      assert.equal(valueOf('She will step down, the board said on Thursday.', 'Thursday'), '2025-10-30');
    });

    it('reads a plan or a timetable in the present as the next such weekday', () => {
      assert.equal(valueOf('Residents plan to march on Thursday.', 'Thursday'), '2025-11-06');
      assert.equal(valueOf('The book fair opens Saturday in the old market.', 'Saturday'), '2025-11-01');
      // "the plan" is a noun: the past verb before it still tells the tense
      assert.equal(valueOf('The board approved the plan Thursday.', 'Thursday'), '2025-10-30');
      // a nearer "said" tells the tense of its own date
      assert.equal(valueOf('Neighbours who want to keep the old pool open said on Thursday they had lost.', 'Thursday'), '2025-10-30');
    });

    it('puts a day named without its year on the side of the article date the tense says', () => {
      assert.equal(valueOf('The plant was closed on Dec. 3 after the fire.', 'Dec. 3'), '2024-12-03');
      assert.equal(valueOf('The plant will reopen on March 3.', 'March 3'), '2026-03-03');
      assert.equal(valueOf('The plant reopens on March 3.', 'March 3'), '2026-03-03');
    });

    it('reads the tense of the whole sentence when the phrase of the date has none', () => {
      // March is nearer ahead (4 months) than behind (7 months) of an early-November date, but the clause is in the past
      assert.equal(valueOf('She replaces the founder, who handed over the shop, the orchard and the old cider press in March for family reasons.', 'March', '2025-11-03'), '2025-03');
      // December is nearer behind, but the crew is to fly then
      assert.equal(valueOf('A pilot from Leeds will be chosen to lead the crew of the research ship on a survey in December.', 'December', '2025-03-05'), '2025-12');
      assert.equal(valueOf('The ferry operator switched from a summer timetable to a winter one in December.', 'December', '2025-10-20'), '2024-12');
      // with no tense word anywhere the nearest such month stays
      assert.equal(valueOf('Timetables for the ferries between the islands and the mainland in December.', 'December', '2025-10-20'), '2025-12');
    });

    it('puts a season named without its year on the side of the article date the tense says', () => {
      assert.equal(valueOf('The skating rink will open in the spring.', 'the spring', '2025-11-12'), '2026-SP');
      assert.equal(valueOf('The lido will reopen in summer.', 'summer', '2025-11-12'), '2026-SU');
      assert.equal(valueOf('The lido closed in the summer.', 'the summer', '2025-11-12'), '2025-SU');
      assert.equal(valueOf('The orchard was sold in the autumn.', 'the autumn', '2025-04-12'), '2024-FA');
      // winter straddles the new year: its year stays as read
      assert.equal(valueOf('The rink will open in the winter.', 'the winter', '2025-04-12'), '2025-WI');
    });

    it('reads a capitalised season before a name as a given name, not a date', () => {
      assert.deepEqual(texts('The show opens with paintings by Summer Lindqvist.'), []);
      assert.deepEqual(texts('The lido will reopen by Summer 2027.'), ['Summer 2027']);
      // an event's name opened by a season is no date either
      assert.deepEqual(texts('The money should go to the Summer Festival instead.'), []);
      assert.deepEqual(texts('The money should go to the summer instead.'), ['the summer']);
    });

    it('does not take "agreed to", "decided to" as the past of what was agreed', () => {
      assert.equal(valueOf('The brewer agreed to take over the bottling line of its rival for a small sum in February.', 'February', '2025-10-30'), '2026-02');
    });

    it('does not read an adjective far after the date as a past verb', () => {
      assert.equal(valueOf('The bank is calling in on Dec. 9 all of the remaining shares of its convertible preferred stock at par.', 'Dec. 9', '2025-10-30'), '2025-12-09');
    });

    it('never resolves to a day the calendar lacks', () => {
      assert.equal(valueOf('The levy started on February 29.', 'February 29'), '2024-02-29');
      assert.equal(valueOf('The levy starts on February 29, 2027.', 'February 29, 2027'), '2027-02');
      for (const ref of ['2025-03-01', '2026-07-01', '2027-12-31', '2028-02-28']) {
        const value = valueOf('It happens on February 29.', 'February 29', ref)!;
        assert.match(value, /^\d{4}-02-29$/);
        assert.ok(parseDay(value), `${value} is a real day (reference ${ref})`);
      }
    });

    it('reads "would" as the future of what was said: the next such day, and never a day the calendar lacks', () => {
      assert.equal(valueOf('The union said it would strike again on February 29 if no deal is reached.', 'February 29', '2026-01-14'), '2028-02-29');
      assert.equal(valueOf('The firm said it would close the plant on March 3.', 'March 3'), '2026-03-03');
    });

    it('takes the year that matches a weekday written beside the day', () => {
      // Saturday 25 April was in 2026, not in 2025 (the nearer year to a 2025-10-31 reference)
      assert.equal(valueOf('The editorial runs on Saturday, April 25.', 'Saturday, April 25', '2025-12-31'), '2026-04-25');
      // (told in the past it lies before the reference: the last year before it where April 25 was a Saturday)
      assert.equal(valueOf('The editorial ran on Saturday, April 25.', 'Saturday, April 25', '2025-12-31'), '2020-04-25');
    });
  });

  describe('reporting periods', () => {

    it('reads "the first quarter" and "the final quarter" as quarters of the year, not the running one', () => {
      assert.equal(valueAt('The bakery chain said its margin widened in the first quarter.', 'the first quarter', '2025-11-12'), '2025-Q1');
      assert.equal(valueAt('Ticket sales slowed in the final quarter.', 'the final quarter', '2025-11-12'), '2025-Q4');
      assert.equal(valueAt('Ticket sales slowed in the final quarter.', 'the final quarter', '2026-01-20'), '2025-Q4');
    });

    it('reads "the quarter" a few weeks into a new quarter as the quarter just closed', () => {
      assert.equal(valueAt('Orchard said sales rose in the quarter.', 'the quarter', '2025-10-20'), '2025-Q3');
      assert.equal(valueAt('Orchard said sales rose in the quarter.', 'the quarter', '2025-12-01'), '2025-Q4');
    });

    it('puts a fourth quarter named in January in the year before', () => {
      assert.equal(valueAt('Profit fell in the fourth quarter.', 'the fourth quarter', '2026-01-20'), '2025-Q4');
      assert.equal(valueAt('Profit fell in the first quarter.', 'the first quarter', '2026-01-20'), '2026-Q1');
    });

    it('reads "a year earlier" after a quarter as the same quarter a year before', () => {
      const text = 'Profit rose to $5 million in the third quarter from $3 million a year earlier.';
      assert.equal(valueAt(text, 'a year earlier', '2025-10-28'), '2024-Q3');
      assert.equal(valueAt('The mill closed a year ago.', 'a year ago', '2025-10-28'), '2024');
      // the same where a hard-wrapped paragraph breaks the expression across lines, or two spaces stand in it
      const wrapped = 'Profit rose to $5 million in the third quarter from $3 million a\nyear earlier.';
      assert.equal(valueAt(wrapped, 'a\nyear earlier', '2025-10-28'), '2024-Q3');
      assert.equal(valueAt(text.replace('a year', 'a  year'), 'a  year earlier', '2025-10-28'), '2024-Q3');
    });

    it('reads the year-ago and year-named quarter or period as the reported quarter of that year', () => {
      const ref = '2025-10-28';
      assert.equal(valueAt('Net income was $2 million in the year-ago quarter.', 'the year-ago quarter', ref), '2024-Q3');
      assert.equal(valueAt('Net income was $2 million in the year-earlier period.', 'the year-earlier period', ref), '2024-Q3');
      assert.equal(valueAt('Sales in the latest period were $1.7 billion.', 'the latest period', ref), '2025-Q3');
      assert.equal(valueAt('It earned $376,000 in the 2024 quarter.', 'the 2024 quarter', ref), '2024-Q3');
      assert.equal(valueAt('U.K. sales for last year\'s quarter were $3 million.', 'last year\'s quarter', ref), '2024-Q3');
      assert.equal(valueAt('Sales fell from the quarter a year ago.', 'the quarter a year ago', ref), '2024-Q3');
      assert.equal(valueAt('Sales fell from the third quarter a year earlier.', 'the third quarter a year earlier', ref), '2024-Q3');
    });

    it('does not count "a year earlier" back from a period that already looks back a year', () => {
      const text = 'It earned $5 million in the year-ago quarter. Year-earlier results included a gain of $2 million, a year earlier.';
      assert.equal(detectDates(text, '2025-10-28').filter(d => /year/i.test(d.text)).every(d => !d.value?.startsWith('2023')), true);
    });

    it('compares "last year" after "compared with" with the quarter reported', () => {
      const text = 'Profit in the third quarter was $24 million, compared with a loss of $3 million last year.';
      assert.equal(valueAt(text, 'last year', '2025-10-28'), '2024-Q3');
      assert.equal(valueAt('Sales rose 10% last year.', 'last year', '2025-10-28'), '2024');
    });

    it('reads the year ended on a day as a duration', () => {
      assert.equal(valueAt('For the fiscal year ended Jan. 31, sales rose.', 'the fiscal year', '2025-10-28'), 'P1Y');
      assert.equal(valueAt('In the latest fiscal year, sales rose.', 'the latest fiscal year', '2025-10-28'), '2024');
    });
  });

  describe('times the story counts from', () => {

    it('counts "the following year" and "that year" from the year the text spoke of last', () => {
      assert.equal(valueAt('He was promoted in 1995, and the following year he moved to Paris.', 'the following year', '2025-04-18'), '1996');
      assert.equal(valueAt('In March the firm hired advisers. The following month, it put itself up for sale.', 'The following month', '2025-10-27'), '2025-04');
      assert.equal(valueAt('Imports peaked in 2019, and exports fell that year.', 'that year', '2025-10-27'), '2019');
    });

    it('counts "a year earlier" from a year named just before it, and a clock time from the day named after it', () => {
      const text = 'Two years ago the council froze rates; a year earlier it cut them.';
      assert.equal(valueAt(text, 'a year earlier', '2025-10-30'), '2022');
      // a quarter stays what a results story compares with
      assert.equal(valueAt('Profit rose in the third quarter from a year earlier.', 'a year earlier', '2025-10-30'), '2024-Q3');
      // 30 October 2025 is a Thursday
      assert.equal(valueAt('The mayor arrived at 9 a.m. on Wednesday.', '9 a.m.', '2025-10-30'), '2025-10-29T09:00');
      assert.equal(valueAt('The mayor arrived at 9 a.m., officials said.', '9 a.m.', '2025-10-30'), '2025-10-30T09:00');
    });

    it('counts "two weeks earlier" from the date the story named, or puts it in the time written right after it', () => {
      // 3 June 2024 is the Monday of ISO week 23
      assert.equal(valueAt('The dredger docked on June 3, 2024. Two weeks earlier, its crew had been hired.', 'Two weeks earlier', '2025-10-30'), '2024-W21');
      assert.equal(valueAt('The orchard was planted in 2011. Four years earlier the farm had been sold.', 'Four years earlier', '2025-10-30'), '2007');
      assert.equal(valueAt('The barn burned in the spring. The hay had come in two weeks earlier in the winter.', 'two weeks earlier', '2025-10-30'), '2025-WI');
      // a weekday is a day to count from; "last week" is too coarse for days, which then count from the article's date
      assert.equal(valueAt('The clinic shut on Tuesday. Three days earlier its lease ran out.', 'Three days earlier', '2025-10-30'), '2025-10-25');
      assert.equal(valueAt('The mill reopened in March. Three months earlier a flood had hit it.', 'Three months earlier', '2025-10-30'), '2024-12');
      assert.equal(valueAt('The gate broke last week. Two days earlier a storm passed.', 'Two days earlier', '2025-10-30'), '2025-10-28');
      // a year too coarse for a count in weeks: counted from the article's date, as before
      assert.equal(valueAt('The dam was built in 2011. Two weeks earlier the valley flooded.', 'Two weeks earlier', '2025-10-30'), '2025-W42');
    });

    it('moves a weekend said in the past to the one just gone', () => {
      // 13 August 1990 is a Monday
      assert.equal(valueAt('The ambassador said over the weekend that troops would stay.', 'the weekend', '1990-08-13'), '1990-W32-WE');
      assert.equal(valueAt('The ambassador will speak over the weekend.', 'the weekend', '1990-08-13'), '1990-W33-WE');
    });

    it('reads "this past spring" as the spring just gone and "at a future date" as the future', () => {
      assert.equal(valueAt('It scrapped the unit this past spring.', 'this past spring', '2025-10-30'), '2025-SP');
      assert.equal(valueAt('It will borrow the money at some future date.', 'some future date', '2025-10-30'), 'FUTURE_REF');
    });

    it('tags "three days later" as the duration alone, counted from no day it knows', () => {
      const found = detectDates('The gap closed slowly. Three days later, the index rose.', '2025-10-30');
      assert.deepEqual(found.map(d => [d.text, d.type, d.value]), [['Three days', 'DURATION', 'P3D']]);
    });
  });
});
