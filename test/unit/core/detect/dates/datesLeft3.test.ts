import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';
import { writesInDayFirstStyle } from '../../../../../src/core/detect/dates/dayFirstStyle';

// Made-up pages: spans of months, day-first pages in figures, periods compared with their like a year back.
const found = (text: string, ref = '2026-12-06') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: a span of months written with a hyphen', () => {
  it('reads a short month name joined to another month as a month, not as the second month alone', () => {
    assert.deepEqual(found('Corvane Refining profit falls 35pc in Jan-March', '2024-04-22'), ['Jan=2024-01', 'March=2024-03']);
    assert.deepEqual(found('Output rose in Dec-Feb, the mill said.', '2024-04-22').slice(0, 2), ['Dec=2023-12', 'Feb=2024-02']);
  });

  it('leaves "Jan" alone a name', () => {
    assert.deepEqual(found('Jan Brolin said the plant would reopen.'), []);
  });
});

describe('dates: a day written in figures on a page in a day-first style', () => {
  it('reads it day first beside "per cent", a day-first time zone, or a title without its stop', () => {
    assert.deepEqual(found('Released\n6/09/2023\n\nOutput grew 0.4 per cent in the June quarter.').slice(0, 1), ['6/09/2023=2023-09-06']);
    assert.deepEqual(found('Released 10/09/2025 11:30am AEST').slice(0, 1), ['10/09/2025 11:30am AEST=2025-09-10T11:30']);
    assert.deepEqual(found('Ada Lorne, 11/04/2023\n\nMr Tallis paid $70 million for the station.'), ['11/04/2023=2023-04-11']);
  });

  it('keeps a US page month first', () => {
    assert.deepEqual(found('Posted 6/09/2023. Mr. Tallis said output rose 4 percent.'), ['6/09/2023=2023-06-09']);
    assert.equal(writesInDayFirstStyle('Mr. Tallis and Mr Hale met.'), false);
    assert.equal(writesInDayFirstStyle('Sales rose 3 percent at 9:00 EST.'), false);
  });
});

describe('dates: the same period after a count of months ended on a day', () => {
  it('is those months a year back: a half, a year, or no value where they reach into the year before', () => {
    const text = (months: string, day: string) => `In the ${months} months ended ${day}, profit was $5m, up from $3m in the same period last year.`;
    assert.ok(found(text('six', 'June 30, 2023'), '2023-08-01').includes('the same period last year=2022-H1'));
    assert.ok(found(text('nine', 'Sept. 30, 2023'), '2023-11-01').includes('the same period last year=2022'));
    assert.ok(found(text('nine', 'March 31, 2024'), '2024-05-03').includes('the same period last year=undefined'));
  });

  it('leaves a period whose own end follows it to that end', () => {
    assert.ok(!found('Pay rose 5% in the three months to August. Wages fell over the same period to September.', '2025-11-11')
      .includes('the same period=2025'));
  });
});

describe('dates: a fiscal quarter told without its year', () => {
  it('is the one the story named with its fiscal year, and the year-ago quarter a year before it', () => {
    const text = 'Velorin reported second-quarter fiscal 2025 earnings of $1.56 a share, up from the year-ago quarter\'s 42 cents. '
      + 'After the strong fiscal second-quarter performance, the firm raised its outlook.';
    const dates = found(text, '2025-03-21');
    assert.ok(dates.includes('second-quarter fiscal 2025=2025-Q2'));
    assert.ok(dates.includes('the year-ago quarter=2024-Q2'));
    assert.ok(dates.includes('fiscal second-quarter=2025-Q2'));
  });

  it('leaves another quarter, and a calendar quarter, as before', () => {
    const alone = found('It posted a fiscal fourth-quarter loss.', '2025-03-21');
    assert.deepEqual(found('Velorin reported second-quarter fiscal 2026 earnings. It posted a fiscal fourth-quarter loss.', '2025-03-21').slice(1), alone);
  });
});

describe('dates: a month a figure is compared with, after a month named with its year', () => {
  it('is that year\'s, or the year before\'s when it comes later in the calendar', () => {
    assert.ok(found('Inflation was 1.2% in April 2016, down from 0.9% in March.').includes('March=2016-03'));
    assert.ok(found('Jobless claims were 4.1% in January 2016, up from 3.9% in December.').includes('December=2015-12'));
  });

  it('leaves a month told with no comparison to its tense', () => {
    assert.ok(!found('Inflation was 1.2% in April 2016. Prices will rise in March.').includes('March=2016-03'));
  });
});

describe('dates: periods of results written as desks in South Asia write them', () => {
  it('reads "the same period of the last year" as one, the quarter named before a year back', () => {
    const text = 'Velmar Health said its net profit jumped 31 per cent in the January-March quarter.\n\n'
      + 'Net sales for the quarter rose 23 per cent over the same period of the last year, it said.';
    assert.ok(found(text, '2025-06-05').includes('the same period of the last year=2024-Q1'));
  });

  it('reads "the Q1 ended March 31, 2002" as that quarter', () => {
    assert.ok(found('Engro posted a profit for the Q1 ended March 31, 2002.').includes('Q1=2002-Q1'));
  });
});

describe('dates: "the fourth quarter last fiscal"', () => {
  it('is that quarter of the fiscal year before the running one', () => {
    const text = 'Velmar Cement reported its net profit for the quarter ended March 31.\n'
      + 'During the fourth quarter last fiscal, its net income stood at Rs 678 crore.';
    assert.ok(found(text, '2026-12-07').includes('the fourth quarter=2026-Q1'));
    assert.ok(found(text.replace('last fiscal', 'this fiscal'), '2026-12-07').includes('the fourth quarter=2027-Q1'));
  });
});

describe('dates: "last quarter" a figure is compared with in a release on a quarter', () => {
  it('is the quarter before the one reported; told alone it stays as before', () => {
    const text = 'The Velmar Economy - June quarter 2023\n\nOutput grew 0.4 per cent during the June quarter 2023.\n\n'
      + 'We worked 2.4 per cent more hours than we did last quarter.\n\nRevenue rose 5 per cent last quarter.';
    const dates = found(text, '2023-09-06');
    assert.deepEqual(dates.filter(d => d.startsWith('last quarter')), ['last quarter=2023-Q1', 'last quarter=2023-Q2']);
  });
});

describe('dates: the same period after a quarter written before its year', () => {
  it('is that quarter of the year written, a year back', () => {
    const text = 'Total income for the January-March quarter 2015 rose to Rs 4,410 crore, from Rs 4,234 crore in the same period of the previous year.';
    assert.ok(found(text).includes('the same period of the previous year=2014-Q1'));
  });
});
