import assert from 'node:assert/strict';
import { parseDay } from '../../../../../src/core/detect/dates/calendar';
import { sentenceEndAfter, sentenceStartBefore, sentenceTense, tenseAround, valueForTense, wrappedLineBreak } from '../../../../../src/core/detect/dates/tense';
import { detectDates } from '../../../../../src/core/detect/dates';

const tenseOf = (text: string, date: string, reach = 6) => {
  const start = text.indexOf(date);
  return tenseAround(text, start, start + date.length, reach);
};

describe('tense around a date', () => {
  it('reads the nearest tense word of the same sentence', () => {
    assert.equal(tenseOf('The board will meet on Thursday to vote.', 'Thursday'), 'future');
    assert.equal(tenseOf('The board was told on Thursday that it had lost.', 'Thursday'), 'past');
    assert.equal(tenseOf('The mayor said on Thursday that the line will open.', 'Thursday'), 'past');
    assert.equal(tenseOf('The line runs on Thursday.', 'Thursday'), 'unknown');
    // a timetable read out in the present
    assert.equal(tenseOf('The line opens on Thursday.', 'Thursday'), 'future');
    assert.equal(tenseOf('The board met. It will meet again on Thursday.', 'Thursday'), 'future');
  });

  it('reads the nearest words of a long sentence as of a short one (only its end is read)', () => {
    const long = 'According to the transport authority, whose board of directors, regional councillors, union delegates '
      + 'and independent auditors have argued over the budget for the northern tram extension for many months now,';
    assert.equal(tenseOf(`${long} the board will meet on Thursday to vote.`, 'Thursday'), 'future');
    assert.equal(tenseOf(`${long} the board was told on Thursday that it had lost.`, 'Thursday'), 'past');
    assert.equal(tenseOf(`${long} the board has until Friday to reply.`, 'Friday', 3), 'future');
    assert.equal(tenseOf(`${long} the board is to resume talks Monday.`, 'Monday', 3), 'future');
    // (a tense word just out of reach stays out of reach however long the sentence)
    assert.equal(tenseOf(`${long} the board will, for the first time in its long and troubled history, meet on Thursday.`, 'Thursday'), 'unknown');
  });

  it('reads a day right after a reporting verb and its listener as the day they spoke', () => {
    assert.equal(tenseOf('The Garrow union told reporters on Tuesday members would strike.', 'Tuesday', 3), 'past');
    assert.equal(tenseOf('The Garrow union will tell them Tuesday.', 'Tuesday', 3), 'future');
  });

  it('does not read a reporting verb far away or a deadline as the tense of the date', () => {
    assert.equal(tenseOf('They said they expect the sale to be completed by March 3.', 'March 3'), 'unknown');
    assert.equal(tenseOf('Shares from July 1, which will be listed later, fell.', 'July 1'), 'unknown');
  });

  it('reads a deadline or a date fixed or moved as ahead, and one only told from the past as unknown', () => {
    assert.equal(tenseOf('Lawyers for the Orbury estate have until Friday to reply.', 'Friday', 3), 'future');
    assert.equal(tenseOf('Both sides must file their final papers by March 6.', 'March 6'), 'future');
    assert.equal(tenseOf('The judge set the retrial for September 14 and said it would be short.', 'September 14'), 'future');
    assert.equal(tenseOf('The magistrate adjourned the case until Friday.', 'Friday', 3), 'future');
    assert.equal(tenseOf('They had until Friday to reply.', 'Friday', 3), 'unknown');
    // a date moved, even told in the past, is moved ahead of when it was moved
    assert.equal(tenseOf('The offer was extended to March 3.', 'March 3'), 'future');
    assert.equal(tenseOf('The hearing was adjourned until Thursday.', 'Thursday', 3), 'future');
    assert.equal(tenseOf('The launch was pushed back to Friday.', 'Friday', 3), 'future');
    // a timetable's verb in "-s" beside the day: "returns on Monday", "closes on Friday"
    assert.equal(tenseOf('The jury retired on Tuesday and returns on Monday.', 'Monday', 3), 'future');
    // a perfect counts up to the day, it gives no time ahead
    assert.equal(tenseOf('The Corvo fund has gained 4% so far through June 30.', 'June 30'), 'unknown');
  });

  it('reads regular past forms as verbs only where a verb can stand', () => {
    assert.equal(tenseOf('For the year ended March 31, sales rose.', 'March 31'), 'past');
    assert.equal(tenseOf('The company completed the sale in May.', 'May'), 'past');
    assert.equal(tenseOf('It will redeem its preferred shares on Oct. 31.', 'Oct. 31'), 'future');
    assert.equal(tenseOf('It would be paid in January.', 'January'), 'future');
    assert.equal(tenseOf('It is paid on an unspecified date in January.', 'January'), 'unknown');
    assert.equal(tenseOf('Over the weekend, officials confirmed the order.', 'the weekend', 3), 'past');
    // a number word or a quantifier opens the verb's object as digits do
    assert.equal(tenseOf('The operator ordered two new vessels in March.', 'March'), 'past');
    assert.equal(tenseOf('The airline cancelled several flights in May.', 'May'), 'past');
    // "during" follows a verb as any preposition does
    assert.equal(tenseOf('The Brenlow mill closed during May.', 'May'), 'past');
  });

  it('does not read a plan told from the past ("had been due to", "previously planned") as the future', () => {
    assert.equal(tenseOf('The licence had been due to lapse Friday.', 'Friday', 3), 'unknown');
    assert.equal(tenseOf('The parade went ahead as originally planned Sunday.', 'Sunday', 3), 'unknown');
    assert.equal(tenseOf('The licence is due to lapse Friday.', 'Friday', 3), 'future');
  });

  it('reads an event said to be on a day ("is on Monday") as ahead', () => {
    assert.equal(tenseOf('The final hearing is on Monday.', 'Monday', 3), 'future');
    assert.equal(tenseOf('The closing date for entries is Nov. 9.', 'Nov. 9'), 'future');
    assert.equal(tenseOf('The final hearing was on Monday.', 'Monday', 3), 'past');
  });

  it('reads an arrangement ("is to", "set to") as the future', () => {
    assert.equal(tenseOf('The peace talks are set to resume Monday in Belfast.', 'Monday', 3), 'future');
    assert.equal(tenseOf('It is to resume trading in Paris Tuesday.', 'Tuesday', 3), 'future');
  });

  it('moves a weekend said in the past to the one just gone', () => {
    const monday = parseDay('1990-08-13')!;
    assert.equal(valueForTense('1990-W33-WE', 'week', 'past', monday), '1990-W32-WE');
    assert.equal(valueForTense('1990-W33-WE', 'week', 'future', monday), '1990-W33-WE');
    assert.equal(valueForTense('1990-W32-WE', 'week', 'past', parseDay('1990-08-12')!), '1990-W32-WE');
  });

  it('moves a guessed week or year to the side of the reference the tense speaks of', () => {
    const ref = parseDay('2025-10-31')!; // a Friday
    assert.equal(valueForTense('2025-10-30', 'week', 'future', ref), '2025-11-06');
    assert.equal(valueForTense('2025-11-06', 'week', 'past', ref), '2025-10-30');
    assert.equal(valueForTense('2025-10-30T15:00', 'week', 'future', ref), '2025-11-06T15:00');
    assert.equal(valueForTense('2026-01-10', 'year', 'past', ref), '2025-01-10');
    assert.equal(valueForTense('2025-09-10', 'year', 'future', ref), '2026-09-10');
    assert.equal(valueForTense('2026-02', 'year', 'past', ref), '2025-02');
    assert.equal(valueForTense('2025-09-10', 'year', 'unknown', ref), '2025-09-10');
  });

  it('never makes a day the calendar lacks', () => {
    const ref = parseDay('2025-10-31')!;
    assert.equal(valueForTense('2028-02-29', 'year', 'past', ref), '2024-02-29');
  });
});

describe('a sentence hard-wrapped across lines', () => {
  it('goes on after a long line that ends on a word; a blank line or a short line (a headline) ends it', () => {
    const wrapped = 'Forecasters expect rain until the weekend, and storms are likely on Friday evening. An\namber heat warning covers the south-east until Thursday.';
    const at = wrapped.indexOf('Thursday');
    assert.ok(wrapped.slice(sentenceStartBefore(wrapped, at)).trimStart().startsWith('An\namber'));
    const titled = 'Heat warning for the south-east\nIt covers the region until Thursday.';
    assert.ok(titled.slice(sentenceStartBefore(titled, titled.indexOf('Thursday'))).startsWith('It covers'));
  });
});

describe('a prospect right before a day', () => {
  it('is ahead where no verb near says otherwise', () => {
    const tense = (sentence: string, day: string) => tenseAround(sentence, sentence.indexOf(day), sentence.indexOf(day) + day.length, 8);
    assert.equal(tense('Rain until the weekend, with thunderstorms likely on Friday evening.', 'Friday'), 'future');
    assert.equal(tense('A ruling expected Thursday.', 'Thursday'), 'future');
    assert.equal(tense('The verdict, due on Monday, was delayed.', 'Monday'), 'past');
  });

  it('is a noun after a determiner or a possessive, which says nothing of the day ("cut its forecast on Tuesday")', () => {
    const values = (text: string) => detectDates(text, '2026-03-04').map(d => d.value); // a Wednesday
    assert.deepEqual(values('Bramley Corliss cut its forecast on Tuesday.'), ['2026-03-03']);
    assert.deepEqual(values("The bank's forecast on Friday was gloomy."), ['2026-02-27']);
    // one wrong "Tuesday" ahead also took the story's later Tuesday with it
    assert.deepEqual(values('The firm raised its forecast on Tuesday.\n\nIt closed the plant on Tuesday.'), ['2026-03-03', '2026-03-03']);
    assert.deepEqual(values('Rain is forecast on Friday.'), ['2026-03-06']);
    assert.deepEqual(values('More storms forecast on Friday.'), ['2026-03-06']);
  });
});

describe('the tense of a sentence whose only verb stands far from the date', () => {
  const values = (text: string, ref: string) => detectDates(text, ref).map(d => [d.text, d.value]);

  it('puts a season without its year in the year a season or month was just named with', () => {
    assert.deepEqual(values('Prices rose in the spring of 2024 and fell over the summer.', '2026-09-15'),
      [['the spring of 2024', '2024-SP'], ['the summer', '2024-SU']]);
    assert.deepEqual(values('Prices rose in March 2024. They fell over the summer.', '2026-09-15'),
      [['March 2024', '2024-03'], ['the summer', '2024-SU']]);
    assert.deepEqual(values('Prices will rise over the summer.', '2026-09-15'), [['the summer', '2027-SU']]);
  });

  it('never gives a weekday\'s date a year in which it falls on another day: the nearest earlier year that fits, else a later', () => {
    // read in March 2026, with no year: 27 October is a Monday in 2025, a Friday in 2023
    assert.deepEqual(values('Shares closed on Friday, Oct. 27, down 3%.', '2026-03-20'), [['Friday, Oct. 27', '2023-10-27']]);
    assert.deepEqual(values('The final is on Saturday, April 25.', '2026-03-20'), [['Saturday, April 25', '2026-04-25']]);
  });

  it('counts "the following Thursday" and "the previous Friday" from the day the story spoke of, not from today', () => {
    assert.deepEqual(values('The ferry sank on Tuesday, March 10. Divers reached it the following Thursday.', '2026-03-20'),
      [['Tuesday, March 10', '2026-03-10'], ['the following Thursday', '2026-03-12']]);
    assert.deepEqual(values('The pier reopened on Friday, Oct. 27, 2023, a week after storms shut it the previous Friday.', '2026-03-20'),
      [['Friday, Oct. 27, 2023', '2023-10-27'], ['a week', 'P1W'], ['the previous Friday', '2023-10-20']]);
    // with no day spoken of, from the article's date
    assert.deepEqual(values('Divers will reach it the following Thursday.', '2026-03-20'), [['the following Thursday', '2026-03-26']]);
  });

  it('reads "cut", "set", "cost" after a singular subject and before an object as the past, and not a noun such as "the tax cut"', () => {
    assert.deepEqual(values('The Fed cut rates at its September meeting.', '2026-07-15'), [['September', '2025-09']]);
    assert.deepEqual(values('The council set its budget in September.', '2026-07-15'), [['September', '2025-09']]);
    assert.deepEqual(values('It cost $5 million in September.', '2026-07-15'), [['September', '2025-09']]);
    // a plural subject tells nothing; a noun is no verb
    assert.deepEqual(values('Analysts cut their forecasts in September.', '2026-07-15'), [['September', '2026-09']]);
    assert.deepEqual(values('The rate cut in September will help.', '2026-07-15'), [['September', '2026-09']]);
  });

  it('reads a halt "until Monday" as lasting to the coming Monday, and a halt "on Monday" as the Monday gone', () => {
    // Friday 31 October 2025
    assert.deepEqual(values('Classes were suspended until Monday.', '2025-10-31'), [['Monday', '2025-11-03']]);
    // a date a noun names, set or fixed: "set a trial date of Nov. 12" (written on 1 March); not one missed
    assert.deepEqual(values('A Tarrow judge set a trial date of Nov. 12 in the dispute.', '2013-03-01'), [['Nov. 12', '2013-11-12']]);
    assert.deepEqual(values('The Tarrow firm missed a deadline of Feb. 12 to file.', '2013-03-01'), [['Feb. 12', '2013-02-12']]);
    // an event called for a day: "Unions called a general strike for Thursday" (written on Wednesday 12 June 2013)
    assert.deepEqual(values('The unions called a general strike for Thursday.', '2013-06-12'), [['Thursday', '2013-06-13']]);
    assert.deepEqual(values('The Orvik ferry line said it had cancelled all crossings until Monday.', '2025-10-31'), [['Monday', '2025-11-03']]);
    assert.deepEqual(values('Orvik flights were grounded until Monday.', '2025-10-31'), [['Monday', '2025-11-03']]);
    assert.deepEqual(values('Flights were halted until Monday.', '2025-10-31'), [['Monday', '2025-11-03']]);
    assert.deepEqual(values('Classes were suspended on Monday.', '2025-10-31'), [['Monday', '2025-10-27']]);
  });

  it('reads a day of the month a plan had been for, told from after it, as the nearest, not the coming one', () => {
    assert.deepEqual(values('The jobs report had been scheduled for Oct. 4, but was delayed by the strike.', '2026-10-18'), [['Oct. 4', '2026-10-04']]);
    // a plan still standing lies ahead
    assert.deepEqual(values('The count is scheduled for Oct. 4.', '2026-10-18'), [['Oct. 4', '2027-10-04']]);
    // so does one since changed: "originally", "initially" or "previously" before its participle or "due"
    assert.deepEqual(values('The count was originally scheduled for Oct. 4.', '2026-10-18'), [['Oct. 4', '2026-10-04']]);
    assert.deepEqual(values('Dec. 9: factory orders for September (initially due Oct. 31)', '2026-12-02')[2], ['Oct. 31', '2026-10-31']);
    assert.deepEqual(values('The vote, originally set for Feb. 4, will now be held on Feb. 8.', '2026-12-02')[0], ['Feb. 4', '2027-02-04']);
  });

  it('reads "the year to March" as a span ending then, told in its verb\'s tense, and "extended to March" as a deadline', () => {
    assert.deepEqual(values('Prices rose 3% in the year to March.', '2026-01-14'), [['the year', 'P1Y'], ['March', '2025-03']]);
    // a year measured to a month is a length, as "the year ended March 31" is, however its end is written
    assert.deepEqual(values('Rents rose 4% over the year to the end of September.', '2026-01-14')[0], ['the year', 'P1Y']);
    assert.deepEqual(values('Rents rose 4% in the year to date.', '2026-01-14')[0]?.[1] === 'P1Y', false);
    assert.deepEqual(values('Sales fell 2% in the three months to June.', '2026-01-14'), [['the three months', 'P3M'], ['June', '2025-06']]);
    assert.deepEqual(values('The deadline was extended to March.', '2026-01-14'), [['March', '2026-03']]);
  });

  it('reads a date by its own clause, not by the past verb of an "after" or "because" clause that follows it', () => {
    assert.deepEqual(values('Benitez and Haddad will meet in a run-off on 22 May after neither won half of the vote.', '2026-05-08'),
      [['22 May', '2026-05-22']]);
    assert.deepEqual(values('The council will vote in March because talks failed.', '2026-05-08'), [['March', '2027-03']]);
    // the clause before the date still tells
    assert.deepEqual(values('The council voted in March after talks failed.', '2026-05-08'), [['March', '2026-03']]);
  });

  it('reads "rose to $40" and "agreed to the sale" as done: that "to" opens a figure or a noun, not a verb', () => {
    assert.deepEqual(values('Tarrow shares rose to $40 in August from $31 in March.', '2026-10-30'),
      [['August', '2026-08'], ['March', '2026-03']]);
    assert.deepEqual(values('The index of the Kell mills fell to 48.5 in September from 51.2 in July.', '2026-10-30'),
      [['September', '2026-09'], ['July', '2026-07']]);
    assert.deepEqual(values('The Orbury board agreed to the sale of its depot in February.', '2026-10-30'),
      [['February', '2026-02']]);
    // an infinitive's "to" still puts what it names ahead
    assert.deepEqual(values('The Orbury board agreed to sell the depot to a builder in February.', '2026-10-30'),
      [['February', '2027-02']]);
  });

  it('reads "may" and "might" as ahead when the sentence has no nearer tense, and the month "May" as no modal', () => {
    // "pointed to a slowdown" is done; what "may" help is ahead of it
    assert.deepEqual(values('The report pointed to a slowdown in spending that some analysts said may help moderate growth in the second half.', '2026-01-10'),
      [['the second half', '2026-H2']]);
    const text = 'Tarrow exports rose, as in May, in the second half.';
    const at = text.indexOf('the second half');
    assert.equal(sentenceTense(text, at, at + 'the second half'.length), 'past');
  });

  it('reads a possibility right before the date\'s verb as ahead, whatever the verb coordinated before it', () => {
    assert.deepEqual(values('The Orbury board held its rate and could cut in March.', '2026-01-10'), [['March', '2026-03']]);
    assert.deepEqual(values('The Orbury board met on Monday and might vote on Friday.', '2026-01-14'),
      [['Monday', '2026-01-12'], ['Friday', '2026-01-16']]);
    // not a possibility denied or gone
    assert.deepEqual(values('The Orbury board could not meet on Monday.', '2026-01-14'), [['Monday', '2026-01-12']]);
    assert.deepEqual(values('The Orbury board could have cut in March.', '2026-06-10'), [['March', '2026-03']]);
  });

  it('reads no tense from the attribution that ends a sentence', () => {
    assert.deepEqual(values('The Tarrow vote closes at 5pm on 2 December, officials said.', '2026-03-20'),
      [['5pm', '2026-12-02T17:00'], ['2 December', '2026-12-02']]);
    assert.deepEqual(values('The Tarrow vote closed on 2 December, officials said.', '2026-03-20'),
      [['2 December', '2025-12-02']]);
    assert.deepEqual(values('The Kell ferry sails on 2 December, the operator told reporters.', '2026-03-20'),
      [['2 December', '2026-12-02']]);
  });

  it('reads a day and its month followed by "last year" or "next year" as one date in that year', () => {
    assert.deepEqual(values('The Kell Road crash happened at about 7.45am on 9 June last year.', '2026-11-20'),
      [['about 7.45am', '2025-06-09T07:45'], ['9 June last year', '2025-06-09']]);
    assert.deepEqual(values('The Kell tour starts on April 20 next year.', '2026-11-20'), [['April 20 next year', '2027-04-20']]);
    assert.deepEqual(values('The fair opens on May 13 this year.', '2026-11-20'), [['May 13 this year', '2026-05-13']]);
    // with "of" between, a month or a day of it: one date too ("September of last year")
    assert.deepEqual(values('Kell unemployment was 10.8 percent in September of last year.', '2026-11-20'), [['September of last year', '2025-09']]);
    assert.deepEqual(values('A Gallup poll taken in February of this year found the same.', '2026-11-20'), [['February of this year', '2026-02']]);
    assert.deepEqual(values('The Kell tour ends on June 3 of next year.', '2026-11-20'), [['June 3 of next year', '2027-06-03']]);
    assert.deepEqual(values('Kell floods came in the spring of last year.', '2026-11-20'), [['the spring of last year', '2025-SP']]);
    // (not the year's own thing: "the June of last year's record" keeps its parts)
    assert.deepEqual(values('Kell had the wettest June of last year\'s records.', '2026-11-20').map(([text]) => text), ['June', 'last year']);
  });

  it('reads "the same day" as the day the story spoke of last, and a clock time right before it as on that day', () => {
    assert.deepEqual(values('The crash happened on 9 June last year. Ms Ode died at 9.10am the same day.', '2026-11-20'),
      [['9 June last year', '2025-06-09'], ['9.10am', '2025-06-09T09:10'], ['the same day', '2025-06-09']]);
    // with no day near to count from, told in the past: a day the story does not date, not the article's
    assert.deepEqual(values('Four passengers were taken to hospital and released the same day.', '2026-11-20'),
      [['the same day', undefined]]);
    assert.deepEqual(values('Ms Ode was taken to hospital and died at 9.10am the same day.', '2026-11-20'),
      [['9.10am', 'T09:10'], ['the same day', undefined]]);
  });

  it('reads "said she would meet the union on Wednesday" as the coming Wednesday, and "would have" as no future', () => {
    assert.deepEqual(values('President Andrei Holban said he would begin talks with party leaders on Monday.', '2025-06-07'),
      [['Monday', '2025-06-09']]);
    assert.deepEqual(values('Transport minister Yael Barzilai said she would not meet the union on Wednesday.', '2025-06-07'),
      [['Wednesday', '2025-06-11']]);
    assert.deepEqual(values('Officials said the Kell ferry would have sailed on Wednesday but for the storm.', '2025-06-07'),
      [['Wednesday', '2025-06-04']]);
  });

  it('reads irregular pasts beyond the commonest as the past, and "the rebuilt ground" as no verb', () => {
    assert.deepEqual(values('The recall is the second this year for Corvel, which withdrew its Lumo earbuds in April.', '2026-11-30'),
      [['this year', '2026'], ['April', '2026-04']]);
    assert.deepEqual(values('The Kell ferry flew its new flag in March, and its crew underwent training in April.', '2026-11-30'),
      [['March', '2026-03'], ['April', '2026-04']]);
    assert.deepEqual(values('Ormsby Rovers meet Kestrel Athletic on Saturday at the rebuilt Kestrel Park.', '2026-04-16'),
      [['Saturday', '2026-04-18']]);
  });

  it('reads a weekday followed by "next week" or "last week" as that weekday of that week', () => {
    // written on Monday 23 November 2026
    assert.deepEqual(values('"Kell Creek" opens on Friday next week.', '2026-11-23'), [['Friday next week', '2026-12-04']]);
    assert.deepEqual(values('The unions met on Thursday last week.', '2026-11-23'), [['Thursday last week', '2026-11-19']]);
  });

  it('reads a threat or a vow to act, a possibility in the day\'s clause, as ahead; a statement\'s day as the day it was made', () => {
    // written on Wednesday 22 October 2025
    assert.deepEqual(values('Unions have threatened to strike over the Christmas period.', '2025-10-22'), [['Christmas', '2025-12-25']]);
    assert.deepEqual(values('The union threatened on Monday to walk out on Friday.', '2025-10-22'),
      [['Monday', '2025-10-20'], ['Friday', '2025-10-24']]);
    // a hope told in the past, with its deadline: ahead (not one given up: "had hoped")
    assert.deepEqual(values('Orvik officials said they hoped to have the depot reopened by Monday.', '2025-10-22'), [['Monday', '2025-10-27']]);
    assert.deepEqual(values('Orvik officials had hoped to have the depot reopened by Monday.', '2025-10-22'), [['Monday', '2025-10-20']]);
    assert.deepEqual(values('The Orvik mayor said she hoped to visit in the spring.', '2025-10-22'), [['the spring', '2026-SP']]);
    // (a part of the day after the vow's day: "promised on Tuesday evening to …")
    assert.deepEqual(values('The Orvik police promised on Wednesday evening to post more officers starting Thursday.', '2025-10-22'),
      [['Wednesday evening', '2025-10-22TEV'], ['Thursday', '2025-10-23']]);
    assert.deepEqual(values('The Met Office warned that the storm could bring rain over the weekend.', '2025-10-22'),
      [['the weekend', '2025-W43-WE']]);
    assert.deepEqual(values('She could not attend on Monday.', '2025-10-22'), [['Monday', '2025-10-20']]);
    assert.deepEqual(values('He said in a statement Tuesday evening that he would ask the council to vote.', '2025-10-22'),
      [['Tuesday evening', '2025-10-21TEV']]);
  });

  it('reads a month later in a sentence that opens on its year as of that year, not a year named in passing', () => {
    assert.deepEqual(values('Ice was thin. In 2012 the ice was broken up by a big storm in August.', '2025-06-18'), [['2012', '2012'], ['August', '2012-08']]);
    assert.deepEqual(values('The 2012 low followed a storm in August.', '2025-06-18'), [['2012', '2012'], ['August', '2012-08']]);
    // a year said relatively opens a sentence as well: "Last year, a storm in late January …" (written on 29 December 2013)
    assert.deepEqual(values('Last year, an ice storm in late January cut power to 15,000 Ostby homes.', '2013-12-29'),
      [['Last year', '2012'], ['late January', '2012-01']]);
    assert.deepEqual(values('Next year, the Ostby fair moves to June.', '2013-12-29'), [['Next year', '2014'], ['June', '2014-06']]);
    assert.deepEqual(values('The firm, founded in 1988, said in August that profit fell.', '2025-06-18'), [['1988', '1988'], ['August', '2024-08']]);
    // a month and year only compared with sets no time for the next sentence: "higher than in May 2012. In the three months to May"
    assert.deepEqual(values('Rents in Ostby were 2 percent higher than in May 2012. In the three months to May, rents rose 1 percent.', '2013-05-31'),
      [['May 2012', '2012-05'], ['the three months', 'P3M'], ['May', '2013-05']]);
    assert.deepEqual(values('The Ostby river froze in February 1976. By February 8 the ice was a foot thick.', '2013-05-31'),
      [['February 1976', '1976-02'], ['February 8', '1976-02-08']]);
  });

  it('reads a deadline that looms or is faced as ahead, and a deadline in brackets\' reach as ahead of "has given … until"', () => {
    // written on Wednesday 18 June 2025
    assert.deepEqual(values('Talks stall as Friday deadline looms.', '2025-06-18'), [['Friday', '2025-06-20']]);
    assert.deepEqual(values('Parties face a Friday deadline.', '2025-06-18'), [['Friday', '2025-06-20']]);
    assert.deepEqual(values('Holders tendered 99.3% of shares by the Tuesday deadline.', '2025-06-18'), [['Tuesday', '2025-06-17']]);
    assert.deepEqual(values('The mediator has given the leaders of the Appeal (CDA) until 5 p.m. on Friday to produce a deal.', '2025-06-18'),
      [['5 p.m.', '2025-06-20T17:00'], ['Friday', '2025-06-20']]);
  });
  it('reads no future in a forecast only compared with, a comparison\'s participle or an "earlier" before its noun', () => {
    // written on Thursday 8 August 2013
    assert.deepEqual(values('Tin shipments from Varnholm rose more than expected in July, port data showed.', '2013-08-08'), [['July', '2013-07']]);
    assert.deepEqual(values('Ferry bookings fell as expected in March.', '2013-08-08'), [['March', '2013-03']]);
    // written on Monday 10 June 2013: the quarter still running
    assert.deepEqual(values('The brewer now expects a profit of 12 cents for the quarter ending June 30, compared with its earlier forecast of 15 cents.', '2013-06-10'),
      [['now', 'PRESENT_REF'], ['the quarter', '2013-Q2'], ['June 30', '2013-06-30']]);
    // (a plan the event missed is no comparison: still ahead)
    assert.deepEqual(values('The bridge could not open as scheduled in December.', '2013-08-08'), [['December', '2013-12']]);
  });
  it('reads a prospect after "is" or "are" as ahead, past verbs before "and" notwithstanding ("are due in court Monday")', () => {
    // written on Sunday 12 April 2026
    assert.deepEqual(values('Both were held without bail and are due in court Monday.', '2026-04-12'), [['Monday', '2026-04-13']]);
    assert.deepEqual(values('The ferry was damaged in the storm and is expected back Thursday.', '2026-04-12'), [['Thursday', '2026-04-16']]);
  });

  it('reads a regular past right after the day, its subject before it, as the verb ("Councillors on Wednesday approved plans")', () => {
    // written on Saturday 5 December 2026
    for (const text of ['Councillors on Wednesday approved plans for 120 homes.', 'The council Wednesday rejected plans for a tower.',
      'Police on Wednesday arrested two men.']) assert.deepEqual(values(text, '2026-12-05'), [['Wednesday', '2026-12-02']], text);
    assert.deepEqual(values('The council on Wednesday proposed budget cuts.', '2026-12-05'), [['Wednesday', '2026-12-02']]);
    // (a plan's participle before "for" is no such verb: the meeting is ahead)
    assert.deepEqual(values('A meeting on Wednesday scheduled for 10am will decide it.', '2026-12-05'), [['Wednesday', '2026-12-09'], ['10am', '2026-12-09T10:00']]);
  });

  it('reads no tense from a comparison set off after the date ("up from … a week ago", "compared with … last year")', () => {
    // written on Thursday 11 June 2026
    assert.deepEqual(values('Traders now see a 68 percent chance of a cut in September, up from 55 percent a week ago, according to the tool.', '2026-06-11'),
      [['now', 'PRESENT_REF'], ['September', '2026-09'], ['a week ago', '2026-W23']]);
    assert.deepEqual(values('Analysts expect a loss in October, compared with a profit a year ago.', '2026-06-11'),
      [['October', '2026-10'], ['a year ago', '2025']]);
    // (the clause's own verb still tells: a rise told as done)
    assert.deepEqual(values('Sales rose 5 percent in March, up from 3 percent a year ago.', '2026-06-11'), [['March', '2026-03'], ['a year ago', '2025']]);
  });
  it('reads a verb coordinated after the date by "and" as a clause of its own, not the nouns "and" joins', () => {
    // written on Thursday 3 January 2013
    assert.deepEqual(values('The Ostby clinic opened an extra ward on New Year\'s Eve and plans to keep it open.', '2013-01-03'),
      [['New Year\'s Eve', '2012-12-31']]);
    assert.deepEqual(values('Police detained the Ostby poet on Friday and would not say where he was held.', '2013-01-03'), [['Friday', '2012-12-28']]);
    // ("a report on July income and spending pointed to a slowdown": nouns joined, the verb after them is the date's)
    assert.deepEqual(values('A report on July income and spending pointed to a slowdown.', '2013-01-03'), [['July', '2012-07']]);
  });
  it('reads a date in a reason set off by ", citing" by its own words, else as evidence that has been', () => {
    // written on Monday 10 June 2013: the sentence's "expects" tells not of the advertising cited
    assert.deepEqual(values('The Tarrow publisher expects lower earnings, citing weak advertising in April and May.', '2013-06-10'),
      [['April', '2013-04'], ['May', '2013-05']]);
    // written on 1 January: the summer cited is the one gone, whatever the verb before the reason
    assert.deepEqual(values('Analysts will cut their rating on Tarrow, citing weaker bookings over the summer.', '2025-01-01'), [['the summer', '2024-SU']]);
    // (its own words still tell: "citing data due in July")
    assert.deepEqual(values('The Tarrow bank held rates, citing inflation data due in July.', '2013-06-10'), [['July', '2013-07']]);
  });
  it('leaves a relative clause on the object after the day to the object, not to the day', () => {
    assert.equal(tenseOf('The ferry line will begin restoring on May 3 sailings that were dropped.', 'May 3'), 'future');
    // (a day that names a thing is told of by the clause on it)
    assert.equal(tenseOf('Monitors check breaches of the May 3 truce that ended the fighting.', 'May 3'), 'past');
  });

  it('reads "expect" after a plural subject as a forecast, as "expects" is', () => {
    // written on Tuesday 1 October 2013: the spring gone is no forecast
    assert.deepEqual(values('Tarrow analysts expect car sales to slow in winter but pick up again in the spring.', '2013-10-01'),
      [['winter', '2013-WI'], ['the spring', '2014-SP']]);
    // (a past in the date's own clause still tells: "as we did in the spring")
    assert.deepEqual(values('We expect little from Tarrow, as we did in the spring.', '2013-10-01'), [['the spring', '2013-SP']]);
  });
  it('reads a weekday opening its sentence or clause, said in the present to be something, as the coming one', () => {
    // written on Sunday 17 March 2013
    assert.deepEqual(values('Monday is a bank holiday in Tarrow.', '2013-03-17'), [['Monday', '2013-03-18']]);
    assert.deepEqual(values('Tarrow banks open on Tuesday; Monday is a bank holiday.', '2013-03-17'),
      [['Tuesday', '2013-03-19'], ['Monday', '2013-03-18']]);
    // (told in the past, the one gone)
    assert.deepEqual(values('Monday was a bank holiday in Tarrow.', '2013-03-17'), [['Monday', '2013-03-11']]);
  });
});

describe('the sentence around a date, read from it outwards', () => {
  it('stops at a full stop before a capital, "!", "?" or a line break, not at an initial, a decimal or a stop before lower case', () => {
    const text = 'The vote was close! Was it fair? Dr. J. Hale said 2.5 per cent. e.g. the one on Monday. Then rain.';
    const at = text.indexOf('Monday');
    // (back to the "?" before "Dr.": "J." and "Dr." are a name's, "2.5" a figure, "cent. e.g." runs on before lower case)
    assert.equal(text.slice(sentenceStartBefore(text, at)), ' Dr. J. Hale said 2.5 per cent. e.g. the one on Monday. Then rain.');
    assert.equal(text.slice(at, sentenceEndAfter(text, at)), 'Monday');
    assert.equal(sentenceStartBefore(text, text.indexOf('Was')), text.indexOf('!') + 1);
    assert.equal(sentenceEndAfter(text, 0), text.indexOf('!'));
    // a line break of a paragraph ends it; a text with no end reads to its end, or 120 characters at most
    const lines = 'Rain is due.\n\nOn Friday the road shuts';
    assert.equal(lines.slice(sentenceStartBefore(lines, lines.indexOf('Friday'))), 'On Friday the road shuts');
    assert.equal(sentenceEndAfter(lines, lines.indexOf('Friday')), lines.length);
    const long = 'x '.repeat(100) + 'Friday';
    assert.equal(sentenceStartBefore(long, long.indexOf('Friday')), long.indexOf('Friday') - 120);
  });
});

describe('dates: a line break that only wraps a sentence', () => {
  const long = 'The harbour board said the new ferry timetable would start after the ';
  it('goes on after a long line ending in a letter, a figure, a comma or a semicolon, ASCII or not', () => {
    for (const end of ['weekend', 'Route 9', 'weekend,', 'weekend;', 'café', 'Zürich', 'Ålesund 2', 'Μάιος'])
      assert.ok(wrappedLineBreak(`${long}${end}\nand the winter fares`, long.length + end.length), end);
  });
  it('ends it after a stop, a dash or a bracket, and after a short line', () => {
    for (const end of ['weekend.', 'weekend:', 'weekend —', 'weekend)', 'weekend…'])
      assert.ok(!wrappedLineBreak(`${long}${end}\nand the winter fares`, long.length + end.length), end);
    assert.ok(!wrappedLineBreak('Ferry timetable\nand the winter fares', 15));
  });
});
