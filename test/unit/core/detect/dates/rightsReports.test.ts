import assert from 'node:assert/strict';
import { detectDates } from '../../../../../src/core/detect/dates';

// Made-up sentences in the style of migration and rights reporting: agency counts, wire copy with a bracketed day,
// a report's "last month for which figures are available".
const found = (text: string, ref: string) => detectDates(text, ref).map(d => `${d.text}=${d.value}`);

describe('dates: rights and migration reports', () => {
  it("reads a year's number before 'fiscal year' as that year, not a span of two thousand years", () => {
    assert.deepEqual(found("Since the agency's 2023 fiscal year began, officers have found 400 bodies.", '2023-03-03'),
      ['2023 fiscal year=2023']);
    assert.deepEqual(found('The ministry closed its 2019 school year early.', '2023-03-03'), ['2019 school year=2019']);
    // a count of years stays a duration
    assert.deepEqual(found('The treaty lasted 20 years.', '2023-03-03'), ['20 years=P20Y']);
  });

  it("puts 'Monday (July 26)' on a page with no date of its own in the nearest earlier year where it is a Monday", () => {
    // July 26 is a Monday in 2021, not in 2025, 2026 or 2027
    assert.deepEqual(found('At least 30 people drowned on Monday (July 26), the agency said on Tuesday (July 27).', '2026-12-06'),
      ['Monday=2021-07-26', 'July 26=2021-07-26', 'Tuesday=2021-07-27', 'July 27=2021-07-27']);
    // a bracketed day already on its weekday keeps its year
    assert.deepEqual(found('The boat sank on Sunday (July 26).', '2026-12-06'), ['Sunday=2026-07-26', 'July 26=2026-07-26']);
  });

  it("reads 'the month of September' as September and 'the last month for which' as no month before this one", () => {
    assert.deepEqual(found('Some 900 people crossed for the month of September alone.', '2022-10-07'), ['September=2022-09']);
    assert.deepEqual(found('A total of 500 people were held in May 2022, the last month for which figures are available.', '2023-03-03'),
      ['May 2022=2022-05', 'the last month=undefined']);
    // with no clause after it, "the last month" is still the month before this one
    assert.deepEqual(found('Prices rose in the last month, the agency said.', '2023-03-03'), ['the last month=2023-02']);
    // ("that" may open a clause on the noun before it)
    assert.deepEqual(found('Talk about the issues that came up in the last month that you dealt with.', '2023-03-03'), ['the last month=2023-02']);
  });
});
