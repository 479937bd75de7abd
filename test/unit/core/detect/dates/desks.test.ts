import assert from 'node:assert/strict';
import { fixture, found, pairs, shown } from './dateFixtures';
import { analyze } from '../../../../../src/core/detect/analyze';

// Six made-up stories (test/fixtures/dates) from desks the others do not cover: a central bank's rate decision, a
// firm's quarter in a fiscal year ending in June, a ceasefire wire with clock times in two zones, a wiki news report of
// a past event under its dateline line alone, a weather story with a forecast and a photo caption, and an election
// going to a run-off. Every time expression in them, with its value, read by hand against the story's own date (each
// is dated by its front matter, dateline or dateline line); where a value is still debatable it is asserted as it is
// and said so. Towns, firms, countries and people are made up.
const claimsOf = (text: string) => analyze(text, { referenceDate: found(text).date }).claims.map(c => c.text);
const noFurnitureClaimed = (text: string, furniture: readonly string[], facts: readonly string[]) => {
  const claims = claimsOf(text);
  for (const line of furniture) assert.ok(!claims.some(c => c.includes(line)), `furniture flagged: ${line}`);
  for (const fact of facts) assert.ok(claims.some(c => c.startsWith(fact)), `fact missed: ${fact}`);
};

describe('dates in made-up stories from a central bank, a results desk, a war wire, a wiki, the weather and an election', () => {
  it('a rate decision: straight meetings, months of figures, the month they are for, a year-earlier period, a day alone', () => {
    const text = fixture('rate-decision.md');
    assert.equal(found(text).date, '2026-10-29');
    assert.deepEqual(pairs(text), [
      ['early next year', '2027'], ['2026-10-29', '2026-10-29'], ['early next year', '2027'], ['Oct 29', '2026-10-29'],
      ['Wednesday', '2026-10-28'], ['early next year', '2027'], ['2 p.m. local time', '2026-10-28T14:00'],
      ['last week', '2026-W43'], ['late 2024', '2024'], ['18 months', 'P18M'], ['September', '2026-09'],
      ['August', '2026-08'], ['almost three years', 'P3Y'], ['the past 12 months', 'P12M'], ['September', '2026-09'],
      // "unemployment fell by 4,000 in September, and wages rose 0.3 percent over the month": September's figures
      ['the month', '2026-09'],
      // "the July-September period": the quarter those months make
      ['the July-September period', '2026-Q3'], ['the year-earlier period', '2025-Q3'], ['six weeks', 'P6W'],
      ['December 10', '2026-12-10'],
      // "will publish the minutes of Wednesday's meeting": the meeting the story told of, not next Wednesday
      ['Wednesday', '2026-10-28'],
      // "on the 12th", written on 29 October and told in the future: 12 November
      ['the 12th', '2026-11-12'],
      ['January', '2027-01'], ['now', 'PRESENT_REF'], ['March', '2027-03'], ['two months earlier', '2027-01'],
      ['a month ago', '2026-09'], ['the spring of 2020', '2020-SP'],
    ]);
    assert.equal(shown(text, 'the 12th'), 'Thursday 12 November 2026');
    noFurnitureClaimed(text, ['TESSALY, Oct 29', '2026-10-29'], ['The National Bank of Marovia left its main interest rate',
      'The bank last cut rates in the spring of 2020']);
  });

  it('a quarter in a fiscal year that ends in June: the fiscal quarter as the calendar one, its year-ago quarter, a forecast compared', () => {
    const text = fixture('fiscal-report.md');
    assert.equal(found(text).date, '2026-11-05');
    assert.deepEqual(pairs(text), [
      // the headline's "first quarter" is the fiscal first quarter, July to September 2026
      ['first quarter', '2026-Q3'], ['Nov. 5, 2026', '2026-11-05'], ['Thursday', '2026-11-05'], ['the quarter', '2026-Q3'],
      ['Sept. 30', '2026-09-30'], ['fiscal 2027', '2027'],
      // "whose fiscal 2027 ends in June": June 2027, though the sentence is told in the past
      ['June', '2027-06'],
      ['fiscal first quarter', '2026-Q3'], ['a year earlier', '2025-Q3'], ['the same quarter last year', '2025-Q3'],
      ['now', 'PRESENT_REF'], ['fiscal 2027', '2027'],
      // "expects … up from its August forecast": the forecast made in August, not next August
      ['August', '2026-08'],
      ['the current quarter', '2026-Q4'], ['Dec. 31', '2026-12-31'], ['the past four quarters', 'P12M'],
      ['the next nine months', 'P9M'], ['January', '2026-01'], ['Nov. 19', '2026-11-19'],
      // the fiscal second quarter: October to December 2026
      ['second-quarter', '2026-Q4'], ['early February', '2027-02'],
    ]);
    assert.equal(shown(text, 'fiscal first quarter'), 'July to September 2026');
    noFurnitureClaimed(text, ['BRANDMOOR, Nov. 5, 2026 (Wire)'], ['Net income was $58 million', 'They have gained 31 percent since January.']);
  });

  it('a ceasefire wire: the night before, GMT beside local time, the early hours of Sunday, a meeting agreed for Monday', () => {
    const text = fixture('ceasefire.md');
    assert.equal(found(text).date, '2026-03-22');
    assert.deepEqual(pairs(text), [
      // "held overnight", reported on Sunday (the headline's present too): the night of Saturday into Sunday
      ['overnight', '2026-03-21TNI'], ['March 22', '2026-03-22'], ['overnight', '2026-03-21TNI'], ['Sunday', '2026-03-22'],
      ['0600 GMT', '2026-03-21T06:00'], ['Saturday', '2026-03-21'], ['Friday', '2026-03-20'], ['Sunday', '2026-03-22'],
      ['10 a.m.', '2026-03-22T10:00'], ['0900 GMT', '2026-03-22T09:00'], ['Sunday', '2026-03-22'], ['January', '2026-01'],
      ['three days', 'P3D'], ['the summer of 2024', '2024-SU'], ['early February', '2026-02'], ['The next 72 hours', 'PT72H'],
      ['Saturday night', '2026-03-21TNI'],
      // "had agreed to meet again on Monday": the meeting comes after the agreement, the coming Monday
      ['Monday', '2026-03-23'],
      // debatable: said on a Sunday, "by the end of the week" is the ISO week that ends that day, as TimeML values
      // "this week"; a reader may take the coming week
      ['the end of the week', '2026-W12'], ['30 days', 'P30D'],
    ]);
    // (the headline is a claim: its irregular verb "holds" the story tells again as "held")
    noFurnitureClaimed(text, ['GENEVA, March 22 (Newswire)'],
      // "10 a.m. (0900 GMT)" ends no sentence
      ['Truce in Halvaria holds overnight', 'The talks resumed at 10 a.m. (0900 GMT) on Sunday and were expected', 'The fighting, which began in the summer of 2024']);
  });

  it('a wiki report under its dateline line: Friday gone, seasons without dates, decades, a sources list', () => {
    const text = fixture('stadium.md');
    assert.equal(found(text).date, '2025-11-16');
    assert.deepEqual(pairs(text), [
      ['Sunday, November 16, 2025', '2025-11-16'], ['Friday', '2025-11-14'], ['118 years', 'P118Y'], ['1907', '1907'],
      ['a few months', 'PXM'],
      // a sport's season straddles two years and the story gives no dates for it
      ['next season', undefined], ['1949', '1949'], ['the 1970s', '197'], ['three decades ago', '1995'],
      ['earlier this year', '2025'], ['last season', undefined], ['1988', '1988'], ['Friday', '2025-11-14'],
      ['noon', '2025-11-14T12:00'], ['9 p.m.', '2025-11-14T21:00'], ['next year', '2026'], ['August 12, 2025', '2025-08-12'],
    ]);
    noFurnitureClaimed(text, ['Sunday, November 16, 2025', 'Rovers confirm final match date', 'Kesterton Gazette'],
      ['The ground\'s record attendance of 41,300 was set in 1949', 'Rovers finished fourth last season']);
  });

  it('a weather story: records since 1862, a day of the month alone, warnings in force, this winter, a photo caption', () => {
    const text = fixture('wet-autumn.md');
    assert.equal(found(text).date, '2026-11-30');
    assert.deepEqual(pairs(text), [
      ['2026-11-30', '2026-11-30'], ['30 November 2026, 18:05', '2026-11-30T18:05'], ['1862', '1862'], ['Monday', '2026-11-30'],
      ['the start of September', '2026-09'], ['October', '2026-10'], ['the last three weeks', 'P3W'], ['November', '2026-11'],
      // "peaked on the 21st", after "the last three weeks of November": 21 November
      ['the 21st', '2026-11-21'],
      ['the autumn of 2000', '2000-FA'], ['the next 48 hours', 'PT48H'],
      // "forecasters warned …, with flood warnings in place until Wednesday morning": a state in force till a day ahead
      ['Wednesday morning', '2026-12-02TMO'],
      ['the weekend', '2026-W49-WE'], ['this autumn', '2026-FA'], ['this winter', '2026-WI'], ['the 1960s', '196'],
      ['the past two decades', 'P20Y'],
      // "(Photo: Flooded fields near Brask on Sunday.": a picture shows the day gone by
      ['Sunday', '2026-11-29'],
    ]);
    assert.equal(shown(text, 'the 21st'), 'Saturday 21 November 2026');
    noFurnitureClaimed(text, ['By Tomas Greig', 'Updated 30 November 2026', 'Flooded fields near Brask', 'Credit: Ellery'],
      ['Northern Ellery has had its wettest autumn since records began in 1862', 'The previous record was set in the autumn of 2000.']);
  });

  it('an election going to a run-off: polling day, the eve of the vote, the week before it, a weekend of a pluperfect', () => {
    const text = fixture('runoff.md');
    assert.equal(found(text).date, '2026-05-04');
    assert.deepEqual(pairs(text), [
      ['May 4', '2026-05-04'], ['Monday', '2026-05-04'], ['Sunday', '2026-05-03'],
      // "two weeks later" is read as its length, as TimeBank annotates "N days later"; May 17 follows it
      ['two weeks', 'P2W'], ['May 17', '2026-05-17'], ['2021', '2021'], ['Wednesday', '2026-05-06'],
      // "ends at midnight on the eve of the vote": not the Wednesday named before it, on a day this sentence does not date
      ['midnight', 'T24:00'],
      // "in the week before the vote": counted from the vote, not the article's week
      ['the week', undefined],
      ['2019', '2019'], ['June 1', '2026-06-01'], ['five-year', 'P5Y'], ['Monday night', '2026-05-04TNI'],
      // "said on Monday night that she had spoken to … over the weekend": the weekend just gone
      ['the weekend', '2026-W18-WE'], ['days', 'PXD'],
    ]);
    noFurnitureClaimed(text, ['ASKOR, Velsaria, May 4 (Wire)'], ['Turnout on polling day was 63 percent', 'The run-off will be held two weeks later']);
  });
});
