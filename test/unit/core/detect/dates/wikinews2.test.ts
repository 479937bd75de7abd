import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Sentences in the manner of Wikinews stories (made up: places, firms and people invented), each read against the day
// it is written on, where a careful TimeML annotator's span or value was not the one the detector gave.
const values = (text: string, day: string) => detectDates(text, day).map(d => [d.text, d.value]);

describe('dates of Wikinews stories (second pass)', () => {
  it('counts "the following decade" from the year the story spoke of ("ended in 1945. In the following decade …")', () => {
    assert.deepEqual(values('The war ended in 1945. In the following decade he wrote four novels.', '2021-08-14'),
      [['1945', '1945'], ['the following decade', '195']]);
    // told in the past, "the next decade" too
    assert.deepEqual(values('The plant opened in 1971. Over the next decade it doubled its output.', '2021-08-14'),
      [['1971', '1971'], ['the next decade', '198']]);
    // "the previous decade" after a year compared with is the one before the article's
    assert.deepEqual(values('Growth slowed to 2.0 percent a year, from 19.6 in 2019 and 2.2 percent in the previous decade.', '2025-06-30'),
      [['2019', '2019'], ['the previous decade', '201']]);
    // one ahead is the article's next
    assert.deepEqual(values('The plant opened in 1971. The firm will grow in the next decade.', '2021-08-14'),
      [['1971', '1971'], ['the next decade', '203']]);
  });

  it('puts a day of a history in the year of the day it was told on just before ("started on the evening of 13 August 1921 … By the morning of 16 August")', () => {
    assert.deepEqual(values('The fire started on the evening of 13 August 1921 and burned for three days. By the morning of 16 August, 1,200 buildings had been destroyed.', '2021-08-14'),
      [['13 August 1921', '1921-08-13'], ['three days', 'P3D'], ['16 August', '1921-08-16']]);
    assert.deepEqual(values('The battle began on 1 July 1916. On 14 July the army attacked again.', '2016-07-01'),
      [['1 July 1916', '1916-07-01'], ['14 July', '1916-07-14']]);
    // another month is another time of the story
    assert.deepEqual(values('The plant opened on 3 March 1990. On 16 August it announced a deal.', '2021-08-14'),
      [['3 March 1990', '1990-03-03'], ['16 August', '2020-08-16']]);
  });

  it('reads a time that opens what was said, before its "would", as ahead ("Forecasters said the autumn would be wetter")', () => {
    assert.deepEqual(values('Forecasters said the autumn would be wetter than usual.', '2018-08-16'), [['the autumn', '2018-FA']]);
    assert.deepEqual(values('Forecasters said that the autumn would bring rain.', '2018-08-16'), [['the autumn', '2018-FA']]);
    // the day of the saying stays gone
    assert.deepEqual(values('He told reporters on Tuesday workers would vote.', '2018-08-16'), [['Tuesday', '2018-08-14']]);
    assert.deepEqual(values('He said Tuesday it would appeal.', '2018-08-16'), [['Tuesday', '2018-08-14']]);
  });

  it('reads a day in a verbless phrase added to a clause told ahead as ahead ("will continue …, including a concert on Sunday night")', () => {
    assert.deepEqual(values('Events will continue throughout the weekend, including a concert on Sunday night.', '2021-08-14'),
      [['the weekend', '2021-W32-WE'], ['Sunday night', '2021-08-15TNI']]);
    assert.deepEqual(values('The festival will run all week, with a parade on Friday.', '2021-08-14'), [['Friday', '2021-08-20']]);
    // added to a clause told in the past, the day is gone
    assert.deepEqual(values('Police closed roads over the weekend, including the bridge on Sunday.', '2021-08-14'),
      [['the weekend', '2021-W32-WE'], ['Sunday', '2021-08-08']]);
  });

  it('reads "the full year" after a last quarter as that quarter\'s year ("the fourth quarter of 2019. For the full year, …")', () => {
    assert.deepEqual(values('The airline reported a loss for the fourth quarter of 2019. For the full year, the airline lost 310 million dollars.', '2020-03-05'),
      [['the fourth quarter of 2019', '2019-Q4'], ['the full year', '2019']]);
    assert.deepEqual(values('Fourth-quarter profit fell 10 percent. For the year, profit rose 4 percent.', '2020-03-05'),
      [['Fourth-quarter', '2019-Q4'], ['the year', '2019']]);
    // with no such quarter before it, the article's year
    assert.deepEqual(values('For the full year, the airline expects a loss.', '2020-03-05'), [['the full year', '2020']]);
  });

  it('places "overnight" told as done on the night before the day the story speaks of ("said on Sunday. Rivers rose … overnight")', () => {
    // the day of the saying is that day
    assert.deepEqual(values('Heavy rain that began on Thursday night has forced 12,000 people from their homes, officials said on Sunday. Rivers rose by two metres overnight.', '2014-02-09'),
      [['Thursday night', '2014-02-06TNI'], ['Sunday', '2014-02-09'], ['overnight', '2014-02-08TNI']]);
    // a night named just before is that night
    assert.deepEqual(values('Heavy rain began on Thursday night. Rivers rose by two metres overnight.', '2014-02-09'),
      [['Thursday night', '2014-02-06TNI'], ['overnight', '2014-02-06TNI']]);
    // a day a figure is compared with is not the day spoken of
    assert.deepEqual(values('Firefighters were fighting 14 fires on Tuesday morning, down from 23 fires on Monday. Three villages were evacuated overnight.', '2019-07-30'),
      [['Tuesday morning', '2019-07-30TMO'], ['Monday', '2019-07-29'], ['overnight', '2019-07-29TNI']]);
  });

  it('finds no night in "the overnight leader" of a race', () => {
    assert.deepEqual(values('On Saturday he was still 38 seconds behind the overnight leader, Joost van Leer.', '2016-08-28'),
      [['Saturday', '2016-08-27'], ['38 seconds', 'PT38S']]);
  });

  it('reads a month in a headline told in the present as the nearest ("Inflation slows to three-year low in April", in May)', () => {
    const story = 'Inflation slows to three-year low in April\n\nConsumer prices rose 1.1 percent in April from a year earlier, the statistics office said on Thursday.';
    assert.deepEqual(values(story, '2015-05-14').slice(0, 2), [['three-year', 'P3Y'], ['April', '2015-04']]);
    assert.deepEqual(values('Unemployment falls to record low in March\n\nThe rate fell to 5 percent, the ministry said.', '2015-04-03'), [['March', '2015-03']]);
    // a headline's "to" and its verb is still ahead
    assert.deepEqual(values('Screening to start in April\n\nThe ministry said on Thursday a screening programme would begin.', '2015-05-14').slice(0, 1), [['April', '2016-04']]);
  });

  it('tells a month in a verb phrase joined by "and" in the tense of the one before ("is expected to reach … in August and to release … in November")', () => {
    assert.deepEqual(values('The craft is expected to reach its target comet in August and to release a small lander in November.', '2014-01-22'),
      [['August', '2014-08'], ['November', '2014-11']]);
    // done, both are gone
    assert.deepEqual(values('Police arrested two men in August and charged them in November.', '2014-01-22'),
      [['August', '2013-08'], ['November', '2013-11']]);
  });

  it('finds a bare plural unit that something takes or lasts ("Forming a government could take weeks")', () => {
    assert.deepEqual(values('Forming a government could take weeks.', '2014-10-13'), [['weeks', 'PXW']]);
    assert.deepEqual(values('The search may last months, officials said.', '2014-10-13'), [['months', 'PXM']]);
    assert.deepEqual(values('The repairs took weeks to complete.', '2014-10-13'), [['weeks', 'PXW']]);
    assert.deepEqual(values('Engineers spent months planning a second attempt.', '2014-10-13'), [['months', 'PXM']]);
    // "last" as no verb, a name: none
    assert.deepEqual(values('He took Weeks to the cinema.', '2014-10-13'), []);
  });

  it('reads the month figures are for as the nearest, whatever the tense of their release ("those for January will be released on March 11")', () => {
    assert.deepEqual(values('The figures are published every month, and those for January will be released on March 11.', '2021-02-08'),
      [['every month', 'P1M'], ['January', '2021-01'], ['March 11', '2021-03-11']]);
    assert.deepEqual(values('Figures for December will be published in January.', '2021-11-20'),
      [['December', '2021-12'], ['January', '2022-01']]);
    // told as done, the month gone
    assert.deepEqual(values('Sales for April rose.', '2025-01-01'), [['April', '2024-04']]);
    assert.deepEqual(values('The job figures for January extended a surge in employment.', '2026-12-05'), [['January', '2026-01']]);
  });

  it('reads a day a forecast in the present tells of as ahead ("Forecasters predict temperatures of up to 36 degrees on Friday")', () => {
    assert.deepEqual(values('Forecasters predict temperatures of up to 36 degrees on Friday before thunderstorms bring cooler air on Saturday night.', '2014-07-24'),
      [['Friday', '2014-07-25'], ['Saturday night', '2014-07-26TNI']]);
    // a forecast told in the past says no more
    assert.deepEqual(values('Forecasters predicted temperatures of 36 degrees on Friday.', '2014-07-24'), [['Friday', '2014-07-18']]);
  });

  it('keeps those readings to what they were written for: a headline on its own line, a year that is a date, a phrase ending on a time', () => {
    // a hard-wrapped first line of a paragraph is no headline
    assert.deepEqual(values('Pemberley Co. said on Tuesday that attendance at its parks rose 7 percent in the spring quarter, and it raised\nits profit forecast for the year.', '2025-01-01'),
      [['Tuesday', '2024-12-31'], ['the spring', '2024-SP'], ['the year', '2025']]);
    // "the year ended Aug. 31" is a length
    assert.deepEqual(values('Innopac reported a fourth-quarter loss. The results made net income for the year ended Aug. 31 C$2.7 million.', '2025-01-01'),
      [['fourth-quarter', '2024-Q4'], ['the year', 'P1Y'], ['Aug. 31', '2024-08-31']]);
    // a phrase joined by "and" to one with no time of its own keeps the month's own reading
    assert.deepEqual(values('The government previously said the bid was not enough to be approved, and gave the firm until mid-November to submit information.', '2025-01-01'),
      [['mid-November', '2024-11']]);
    // "overnight" after an "overnight" is the night before the day spoken of
    assert.deepEqual(values('MADRID, Oct. 8, 2025 (Reuters) - The firm runs 20 overnight routes. Heavy overnight rain fell.', '2025-10-08').slice(-1),
      [['overnight', '2025-10-07TNI']]);
  });

  it('finds a day of this, next or last month ("will be sentenced on the 21st of this month")', () => {
    assert.deepEqual(values('He will be sentenced on the 21st of this month.', '2013-10-09'), [['the 21st of this month', '2013-10-21']]);
    assert.deepEqual(values('Payment is due by the 3rd of next month.', '2013-10-09'), [['the 3rd of next month', '2013-11-03']]);
    assert.deepEqual(values('It opened on the 30th of last month.', '2013-10-09'), [['the 30th of last month', '2013-09-30']]);
    // no such day: the month alone
    assert.deepEqual(values('The meeting is on the 31st of next month.', '2013-10-09'), [['next month', '2013-11']]);
  });

  it('finds both ends of a span of 24-hour clock times ("from 07:00 to 20:00", "between 10:00 and 14:30")', () => {
    assert.deepEqual(values('Polls are open from 07:00 to 20:00 local time.', '2016-05-12'),
      [['07:00', '2016-05-12T07:00'], ['20:00 local time', '2016-05-12T20:00']]);
    assert.deepEqual(values('The road was closed between 10:00 and 14:30 on Sunday.', '2016-05-12'),
      [['10:00', '2016-05-08T10:00'], ['14:30', '2016-05-08T14:30'], ['Sunday', '2016-05-08']]);
    assert.deepEqual(values('The final score was 2:1 to the visitors.', '2016-05-12'), []);
  });

  it('values "this winter" written in January or February as the winter still running ("Temperatures this winter have been mild")', () => {
    assert.deepEqual(values('Temperatures this winter have been mild.', '2017-02-14'), [['this winter', '2016-WI']]);
    assert.deepEqual(values('Temperatures this winter have been mild.', '2017-12-14'), [['this winter', '2017-WI']]);
    assert.deepEqual(values('The rink will open this winter.', '2017-10-14'), [['this winter', '2017-WI']]);
  });

  it('counts "the following morning" from the day named before a year a span runs from ("on 23 June next year, the first such vote since 1995")', () => {
    assert.deepEqual(values('A referendum will be held on 23 June next year, the first such vote since 1995. Results are expected in the early hours of the following morning.', '2015-10-16'),
      [['23 June next year', '2016-06-23'], ['1995', '1995'], ['the following morning', '2016-06-24TMO']]);
  });

  it('finds "the new year" as the year about to begin, or begun ("The appeal will be heard early in the new year")', () => {
    assert.deepEqual(values('The appeal will be heard early in the new year.', '2010-11-23'), [['the new year', '2011']]);
    assert.deepEqual(values('Sales rose in the new year.', '2011-01-10'), [['the new year', '2011']]);
    // the holiday's capitals are no year
    assert.deepEqual(values('Celebrations marked the New Year.', '2010-11-23'), []);
  });

  it('puts an earlier hour told next in the sentence on the day after ("began at around 11 pm on Sunday and was extinguished by 4 am")', () => {
    assert.deepEqual(values('The blaze began at around 11 pm on Sunday and was extinguished by 4 am.', '2013-10-09'),
      [['around 11 pm', '2013-10-06T23:00'], ['Sunday', '2013-10-06'], ['4 am', '2013-10-07T04:00']]);
    assert.deepEqual(values('Last Tuesday the power went off at 5pm and came back only at 1am.', '2025-05-27'),
      [['Last Tuesday', '2025-05-20'], ['5pm', '2025-05-20T17:00'], ['1am', '2025-05-21T01:00']]);
    // not a time moved earlier that day, nor a morning's entry that looks back
    assert.deepEqual(values('The home game is on November 8, a fixture that was moved from its original 3pm kick-off to 12.30pm for television.', '2025-10-27'),
      [['November 8', '2025-11-08'], ['3pm', '2025-11-08T15:00'], ['12.30pm', '2025-11-08T12:30']]);
    // not one told as earlier
    assert.deepEqual(values('The shop opened at 9 a.m. on Sunday, and earlier at 7 a.m. a queue formed.', '2013-10-09'),
      [['9 a.m.', '2013-10-06T09:00'], ['Sunday', '2013-10-06'], ['7 a.m.', '2013-10-06T07:00']]);
  });

  it('keeps the zones of other continents in a clock time\'s span ("02:17 AEST", "9:15 JST", "0630 IST")', () => {
    assert.deepEqual(values('The launch took place at 02:17 AEST on Wednesday.', '2013-10-09'),
      [['02:17 AEST', '2013-10-09T02:17'], ['Wednesday', '2013-10-09']]);
    assert.deepEqual(values('The quake hit at 9:15 JST.', '2013-10-09'), [['9:15 JST', '2013-10-09T09:15']]);
    assert.deepEqual(values('At 0630 IST the train left.', '2013-10-09'), [['0630 IST', '2013-10-09T06:30']]);
  });

  it('finds a set over a range of steps whole ("Buses run every 10 to 15 minutes")', () => {
    assert.deepEqual(values('Buses run every 10 to 15 minutes.', '2015-12-08'), [['every 10 to 15 minutes', 'PT15M']]);
    assert.deepEqual(values('The committee meets every two or three weeks.', '2015-12-08'), [['every two or three weeks', 'P3W']]);
  });
});
