import assert from 'node:assert/strict';
import { fixture, found, pairs, shown } from './dateFixtures';

// Six more made-up stories (test/fixtures/dates), of kinds told over weeks or a lifetime: a bill's stages through
// parliament, a season reviewed on its last weekend, an obituary, a trial adjourned and resumed, results of a firm
// whose fiscal year ends in March, a wildfire's timeline. Every time expression in them, with its value, read by hand
// against the story's own date. Towns, firms and people in them are made up.

describe('dates in made-up stories told over weeks, seasons and lifetimes', () => {
  it('a bill through parliament in front matter: readings gone by, a committee stage and deadlines ahead, Easter', () => {
    const text = fixture('bill.md');
    assert.equal(found(text).date, '2026-03-19');
    assert.deepEqual(pairs(text), [
      ['2026-03-19', '2026-03-19'], ['Thursday', '2026-03-19'], ['Wednesday afternoon', '2026-03-18TAF'],
      ['almost 14 hours', 'PT14H'], ['November', '2025-11'], ['December 2', '2025-12-02'], ['the summer', '2026-SU'],
      ['July 24', '2026-07-24'], ['now', 'PRESENT_REF'], ['April 30', '2026-04-30'], ['next Tuesday', '2026-03-24'],
      ['twice a week', 'P1W'], ['5 p.m.', '2026-03-20T17:00'], ['Friday', '2026-03-20'], ['the week of May 11', '2026-W20'],
      ['Easter', '2026-04-05'], ['30 days', 'P30D'], ['June', '2026-06'], ['January 1, 2027', '2027-01-01'],
      ['2023', '2023'], ['2019', '2019'], ['Monday night', '2026-03-16TNI'], ['the next five years', 'P5Y'],
      ['the end of 2027', '2027'], ['the third quarter of next year', '2027-Q3'], ['February', '2026-02'],
      ['a decade', 'P10Y'], ['Saturday', '2026-03-21'], ['Easter', '2026-04-05'], ['March 27', '2026-03-27'],
      ['April 13', '2026-04-13'],
    ]);
    // "tenant groups, who have campaigned for a decade, plan a rally … on Saturday": a plan, so the coming Saturday
    assert.equal(shown(text, 'Saturday'), 'Saturday 21 March 2026');
    // "after the Easter break": the Western churches' Easter of that spring
    assert.equal(shown(text, 'Easter'), 'Sunday 5 April 2026');
  });

  it('a season review under a wire dateline: the title won on Sunday, the turn of the year, a week of February, a parade ahead', () => {
    const text = fixture('season.md');
    assert.equal(found(text).date, '2026-05-25');
    assert.deepEqual(pairs(text), [
      // the headline's "goes down to the last day" is read as the day before the story's, Sunday, which it was
      ['31-year', 'P31Y'], ['the last day', '2026-05-24'], ['May 25', '2026-05-25'], ['Sunday', '2026-05-24'],
      ['1995', '1995'], ['the final day', undefined], ['the turn of the year', '2026'], ['April', '2026-04'],
      ['a fortnight', 'P2W'], ['October 2024', '2024-10'], ['last season', undefined], ['August', '2025-08'], ['the 1980s', '198'],
      ['Boxing Day', '2025-12-26'], ['six weeks', 'P6W'], ['the autumn', '2025-FA'],
      ['the first week of February', '2026-W06'], ['two decades', 'P20Y'], ['Wednesday evening', '2026-05-27TEV'],
      ['mid-July', '2026-07'], ['last summer', '2025-SU'], ['now', 'PRESENT_REF'], ['next week', '2026-W23'],
      ['August 14', '2026-08-14'], ['June 18', '2026-06-18'],
    ]);
    // "on the final day of the season": a day of the season, never the day the story was written
    assert.equal(shown(text, 'the final day'), 'the final day');
    assert.equal(shown(text, 'the turn of the year'), 'the start of 2026');
    assert.equal(shown(text, 'the first week of February'), 'the week of 2 February 2026');
    // "City will parade the trophy through the town centre on Wednesday evening": the auxiliary rules the long phrase
    assert.equal(shown(text, 'Wednesday evening'), 'Wednesday 27 May 2026, evening');
  });

  it('an obituary under a "Published" stamp: a life in years and decades, winters of any year, a funeral next week', () => {
    const text = fixture('obituary.md');
    assert.equal(found(text).date, '2026-10-08');
    assert.deepEqual(pairs(text), [
      ['8 October 2026', '2026-10-08'], ['1963', '1963'], ['Monday', '2026-10-05'], ['the spring', '2026-SP'],
      ['two days', 'P2D'], ['March 3, 1938', '1938-03-03'], ['six years', 'P6Y'], ['almost four decades', 'P40Y'],
      ['winter', 'XXXX-WI'], ['January 1978', '1978-01'], ['11 hours', 'PT11H'], ['the following year', '1979'],
      ['2001', '2001'], ['the 1980s', '198'], ['1990s', '199'], ['1986', '1986'], ['1992', '1992'], ['2010', '2010'],
      ['47 years', 'P47Y'], ['last month', '2026-09'], ['11 a.m.', '2026-10-15T11:00'], ['next Thursday', '2026-10-15'],
      ['noon', '2026-10-15T12:00'], ['the day', undefined],
    ]);
    // "often at night and in winter gales": a habit, the winters of all those years
    assert.equal(shown(text, 'winter'), 'winter');
    // "at 11 a.m. next Thursday", "at noon on the day of the service": the funeral's day
    assert.equal(shown(text, '11 a.m.'), 'Thursday 15 October 2026, 11:00');
    assert.equal(shown(text, 'noon'), 'Thursday 15 October 2026, 12:00');
  });

  it('a trial adjourned and resumed, under a date line: the weeks it sat, the day it resumed, the weeks ahead', () => {
    const text = fixture('adjourned.md');
    assert.equal(found(text).date, '2026-11-16');
    assert.deepEqual(pairs(text), [
      ['Monday, November 16, 2026', '2026-11-16'], ['three-week', 'P3W'], ['Monday', '2026-11-16'],
      ['three weeks', 'P3W'], ['October 5', '2026-10-05'], ['eight weeks', 'P8W'], ['October 26', '2026-10-26'],
      ['November 16', '2026-11-16'], ['2018', '2018'], ['2021', '2021'], ['March 2023', '2023-03'],
      ['14 months', 'P14M'], ['Monday', '2026-11-16'], ['the summer of 2019', '2019-SU'], ['Tuesday', '2026-11-17'],
      ['now', 'PRESENT_REF'], ['mid-December', '2026-12'], ['Fridays', 'XXXX-WXX-5'],
      ['the week of December 7', '2026-W50'], ['Christmas', '2026-12-25'], ['the end of the month', '2026-11'],
      ['early next month', '2026-12'], ['September last year', '2025-09'],
    ]);
    assert.equal(shown(text, 'Tuesday'), 'Tuesday 17 November 2026');
    assert.equal(shown(text, 'early next month'), 'early December 2026');
  });

  it('results of a firm whose fiscal year ends in March: fiscal quarters as their months, year-end gone by, turns ahead and behind', () => {
    const text = fixture('results.md');
    assert.equal(found(text).date, '2026-02-04');
    assert.deepEqual(pairs(text), [
      ['Feb 4', '2026-02-04'], ['third-quarter', '2025-Q4'], ['Wednesday', '2026-02-04'], ['the full year', '2026'],
      ['March 31', 'XXXX-03-31'], ['the three months', 'P3M'], ['December 31', '2025-12-31'],
      ['a year earlier', '2024-Q4'], ['the first half of the fiscal year', undefined], ['now', 'PRESENT_REF'],
      ['fiscal 2026', '2026'], ['the turn of the year', '2026'], ['the fourth quarter', '2026-Q1'], ['the year', '2026'],
      // April to September of the next fiscal year is no calendar half: a length and the year, as written
      ['The first two quarters', 'P6M'], ['next fiscal year', '2027'], ['the turn of the decade', '2030'],
      ['2028', '2028'], ['year-end', '2025'], ['midday', '2026-02-04T12:00'], ['the turn of the century', '2000'],
      ['2009', '2009'], ['May 20', '2026-05-20'], ['March 10', '2026-03-10'],
    ]);
    // "third-quarter profit" of a year ending March 31, in February: October to December, never "the third quarter"
    assert.equal(shown(text, 'third-quarter'), 'October to December 2025');
    assert.equal(shown(text, 'the fourth quarter'), 'January to March 2026');
    assert.equal(shown(text, 'a year earlier'), 'the fourth quarter of 2024');
    // April to September: no calendar quarter or half, so the words as written
    assert.equal(shown(text, 'the first half of the fiscal year'), 'the first half of the fiscal year');
    assert.equal(shown(text, 'March 31'), '31 March');
    assert.equal(shown(text, 'year-end'), 'the end of 2025');
    assert.equal(shown(text, 'the turn of the decade'), 'around 2030');
  });

  it('a disaster timeline under an "Updated" stamp: entries headed by their days, a night of one of them, what comes next', () => {
    const text = fixture('wildfire.md');
    assert.equal(found(text).date, '2026-08-22');
    assert.deepEqual(pairs(text), [
      ['Saturday 22 August 2026', '2026-08-22'], ['nine days ago', '2026-08-13'], ['Thursday, August 13', '2026-08-13'],
      ['about 2:40 p.m.', '2026-08-13T14:40'], ['Friday, August 14', '2026-08-14'], ['overnight', '2026-08-14TNI'],
      ['August 15-16', '2026-08-15'], ['Sunday', '2026-08-16'], ['Monday, August 17', '2026-08-17'],
      ['midnight', '2026-08-17T24:00'], ['Wednesday', '2026-08-19'], ['six weeks', 'P6W'], ['Friday', '2026-08-21'],
      ['a week', 'P1W'], ['Monday', '2026-08-24'], ['the middle of next week', '2026-W35'],
      ['the end of the month', '2026-08'], ['the autumn', '2026-FA'], ['Friday', '2026-08-21'],
      ['the summer of 2011', '2011-SU'], ['three weeks', 'P3W'],
    ]);
    // "**Friday, August 14** - … push the fire across the ridge overnight": that Friday's night, not the page's
    assert.equal(shown(text, 'overnight'), 'Friday 14 August 2026, night');
    // "**Friday** - Residents … are allowed home" after the entry for Wednesday: the timeline has moved on a week
    assert.equal(shown(text, 'Friday'), 'Friday 21 August 2026');
    assert.equal(shown(text, 'Monday'), 'Monday 24 August 2026');
  });

  it('a month, a season or a part of "that year" or "the following year" is of the year the story spoke of, not of today', () => {
    const text = 'Dec. 1, 2026 - The mill reopened in 1998. In December of that year it flooded, and by the spring of the '
      + 'following year it had closed. Later that year the site was sold; it was cleared in the middle of the following year.';
    assert.deepEqual(pairs(text), [
      ['Dec. 1, 2026', '2026-12-01'], ['1998', '1998'], ['December of that year', '1998-12'],
      ['the spring of the following year', '1999-SP'], ['Later that year', '1999'], ['the middle of the following year', '2000'],
    ]);
    assert.equal(shown(text, 'December of that year'), 'December 1998');
    // with no year before it to count from, the month is the one nearest the story's date, as it was
    assert.deepEqual(pairs('In May of that year prices fell.'), [['May', '2026-05'], ['that year', '2026']]);
  });

  it('"that night", "that afternoon", "later that day" are of the day the story spoke of; "that night shift" is no time', () => {
    const text = 'Dec. 1, 2026 - The river burst its banks on March 3, 1998. Later that day the plant was evacuated, and that '
      + 'night the water reached the wards. The next morning the army came.';
    assert.deepEqual(pairs(text).slice(1), [
      ['March 3, 1998', '1998-03-03'], ['Later that day', '1998-03-03'], ['that night', '1998-03-03TNI'], ['next morning', '1998-03-04TMO'],
    ]);
    assert.deepEqual(pairs('Dec. 1, 2026 - He said that night shifts would end.').slice(1), []);
  });

  it('reads no date in a kind of thing named by a season, a holiday or the night, nor in a golf course\'s hole', () => {
    const text = 'Dec. 1, 2026 - Frost hit 87 per cent of the winter wheat crop. She baked a Christmas cake and the hospital '
      + 'cut overnight emergency care. He holed a putt on the 16th and birdied the 18th. It rained overnight.';
    assert.deepEqual(pairs(text).map(p => p[0]), ['Dec. 1, 2026', 'overnight']);
    // how fast, not when
    assert.deepEqual(pairs('Dec. 1, 2026 - Demand collapsed almost overnight and she became an overnight success.').slice(1), []);
    assert.deepEqual(pairs('Dec. 1, 2026 - Talks began on March 3 and broke down on the 16th.').slice(1), [['March 3', '2026-03-03'], ['the 16th', '2026-03-16']]);
  });

  it('"that summer", "the following March", "the previous June", "the end of the decade" and a history\'s later month are of the time the story spoke of', () => {
    const text = 'Dec. 1, 2026 - She moved there in 1968. That summer she met him, and the following March they married. '
      + 'The band formed in 1971. By the end of the decade it had split. In June 1944 the Allies landed. In July the town was freed, '
      + 'at 4:15 on the morning of Tuesday, March 11, 1975.';
    assert.deepEqual(pairs(text).slice(1), [
      ['1968', '1968'], ['That summer', '1968-SU'], ['the following March', '1969-03'], ['1971', '1971'], ['the end of the decade', '197'],
      ['June 1944', '1944-06'], ['July', '1944-07'], ['4:15', '1975-03-11T04:15'], ['Tuesday, March 11, 1975', '1975-03-11'],
    ]);
    // a year named in passing sets no history: the month after it is the one nearest the story's date
    assert.deepEqual(pairs('Dec. 1, 2026 - The IMF approved a loan in August 2022. Inflation stood at 12.4 per cent in September.').slice(1),
      [['August 2022', '2022-08'], ['September', '2026-09']]);
    // "the previous July record" is a month's record; "said that spring rains …", "prices that fall sharply" no seasons
    assert.deepEqual(pairs('Dec. 1, 2026 - The previous July record was 37.8C. She said that spring rains were heavy; prices that fall sharply worry her.')
      .slice(1).map(p => p[0]), ['July']);
  });

  it('reads dates in figures day first where the text writes one so, and month first (the US way) otherwise', () => {
    assert.deepEqual(pairs('LAGOS, 14/03/2025 - The vote on 10/03/2025 was close; results came 12-02-2025.'),
      [['14/03/2025', '2025-03-14'], ['10/03/2025', '2025-03-10'], ['12-02-2025', '2025-02-12']]);
    assert.deepEqual(pairs('Dec. 1, 2026 - It ran from 3/10/2025 to 3/24/2025.').slice(1), [['3/10/2025', '2025-03-10'], ['3/24/2025', '2025-03-24']]);
  });
});
