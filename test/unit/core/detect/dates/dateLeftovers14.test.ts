import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences of the kind surveillance reports and data releases write: a week bounded by the day(s) named.
const found = (text: string, ref = '2026-03-12') => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: "the week" bounded by a day named after it', () => {
  it('is the week that day ends, "in" before the day or not', () => {
    assert.deepEqual(found('Sneezing clinics logged 210 visits for the week ending in October 7, 2023.'),
      ['the week=2023-W40', 'October 7, 2023=2023-10-07']);
    assert.deepEqual(found('Rodent sightings rose in the week ended May 4, 2024, the borough said.'),
      ['the week=2024-W18', 'May 4, 2024=2024-05-04']);
  });

  it('is the week the last of two days bounding it ends in', () => {
    assert.deepEqual(found('The bulletin covers the week between December 29, 2024 and January 4, 2025.'),
      ['the week=2025-W01', 'December 29, 2024=2024-12-29', 'January 4, 2025=2025-01-04']);
    assert.deepEqual(found('Lindor County counted 14 cases in the week from June 8 to June 14, 2025.').slice(0, 1), ['the week=2025-W24']);
  });

  it('is the week a day opens', () => {
    assert.deepEqual(found('Bins are collected a day late in the week starting May 26, 2025.').slice(1, 2), ['the week=2025-W22']);
  });

  it('takes the year the bounding day is given later in the page ("week 9" of the year named above)', () => {
    const text = 'Key figures for the week ending March 2, 2019:\n\nFor the week ending March 2 (week 9), pharmacy sales of cough syrup fell.';
    assert.deepEqual(found(text, '2026-12-06').filter(s => s.startsWith('the week')), ['the week=2019-W09', 'the week=2019-W09']);
  });

  it('leaves a week two days a month apart do not bound, and the article\'s own week', () => {
    assert.notEqual(found('Sales were strong in the week between March 1 and April 5, 2025.')[0], 'the week=2025-W14');
    assert.deepEqual(found('Pantry visits doubled this week.'), ['this week=2026-W11']);
  });
});

describe('dates: a day with its weekday and no year, told in the past', () => {
  it('is the nearest earlier year where that day is that weekday, not a later one', () => {
    // (12 July is a Monday in 2021 and 2027; read in December 2026, a statement made is the earlier one)
    assert.deepEqual(found('In a statement on Monday, July 12, the regulator said 40 clinics had closed.', '2026-12-06').slice(0, 1),
      ['Monday, July 12=2021-07-12']);
    assert.deepEqual(found('Mrs. Quellan died Monday, Nov. 15, at a county hospital.', '2026-12-06').slice(0, 1), ['Monday, Nov. 15=2021-11-15']);
  });

  it('keeps a day ahead ahead, and a day already on or before the page\'s date', () => {
    assert.deepEqual(found('The hearing will resume on Monday, July 12, the clerk said.', '2026-12-06').slice(0, 1), ['Monday, July 12=2027-07-12']);
    assert.deepEqual(found('The mill closed on Friday, December 4, workers said.', '2026-12-06').slice(0, 1), ['Friday, December 4=2026-12-04']);
  });
});

describe('dates: a year and the last two figures of the next ("2019-20")', () => {
  it('is a span of two years, each end tagged, as "2019-2020" is', () => {
    assert.deepEqual(found('The parish audit for 2021-22 shows a small surplus.'), ['2021=2021', '22=2022']);
    assert.deepEqual(found('Ferry tickets sold in 1999-00 doubled.'), ['1999=1999', '00=2000']);
  });

  it('leaves figures that are not the next year, and a year across two before its noun, as they were', () => {
    assert.deepEqual(found('See pages 2019-24 of the filing.').filter(s => s.startsWith('24')), []);
    assert.deepEqual(found('The 2021-22 season was cut short.'), ['The 2021-22 season=2022']);
  });
});

describe('dates: a clock time without a.m. or p.m. next to the part of the day it falls in', () => {
  it('is that part\'s hour after noon', () => {
    assert.deepEqual(found('Neighbours heard a bang about 11:00 last night, the constable said.', '2025-03-12').slice(0, 1), ['about 11:00=2025-03-11T23:00']);
    assert.deepEqual(found('The council meets at 7:30 this evening.', '2025-03-12').slice(0, 1), ['7:30=2025-03-12T19:30']);
  });

  it('leaves the small hours of a night, and a time written with its half', () => {
    assert.deepEqual(found('The kiosk was robbed at 2:00 last night.', '2025-03-12').slice(0, 1), ['2:00=2025-03-11T02:00']);
    assert.deepEqual(found('The ferry docked at 11 a.m. on Monday.', '2025-03-12').slice(0, 1), ['11 a.m.=2025-03-10T11:00']);
  });
});

describe('dates: a page stamp with a comma after its month ("Nov, 07, 2022")', () => {
  it('is one day, its time on it', () => {
    assert.deepEqual(found('Last updated: Nov, 07, 2022 10:15AM Eastern Time\n\nThe pier reopened.', '2026-12-06').slice(0, 1),
      ['Nov, 07, 2022 10:15AM Eastern Time=2022-11-07T10:15']);
  });

  it('leaves a month before a count, and a list of years after a full month', () => {
    assert.deepEqual(found('In October, 3 ferries sank.', '2026-12-06'), ['October=2026-10']);
    assert.match(found('In May, 12, 2019 and 2020 were the dry years.', '2026-12-06')[0], /^May=\d{4}-05$/);
  });
});
