import assert from 'node:assert/strict';
import { detectPeople } from '../../../../src/core/detect/people';
import { detectDates } from '../../../../src/core/detect/dates';
import { claimScore } from '../../../../src/core/detect/claims';

// A live page's stamps and credits (issue 14, live blogs and timelines pass). Made-up posts.
describe('live pages: stamps with their zone spelled out, machine stamps, the page\'s credits', () => {
  const page = 'Live Reporting\n\n  1. Kick-offpublished at 14:02 British Summer Time 9 August 2025\n\n'
    + '    Rovers v Athletic (15:00)\n\n  2. Welcomepublished at 08:15 Greenwich Mean Time 3 March 2024\n\n    Hello and welcome.';

  it('names no one in a time zone spelled out', () => {
    assert.deepEqual(detectPeople(page).map(p => p.text), []);
    assert.deepEqual(detectPeople('Summer Time, the coach Dana Vell said, is when the squad rests.').map(p => p.text), ['Dana Vell']);
  });

  it('reads a stamp\'s clock time, its zone spelled out and the day after it as one time of that day', () => {
    const times = detectDates(page, '2026-12-06').filter(d => /^\d\d:\d\d /.test(d.text)).map(d => [d.text, d.value]);
    assert.deepEqual(times, [['14:02 British Summer Time 9 August 2025', '2025-08-09T14:02'], ['08:15 Greenwich Mean Time 3 March 2024', '2024-03-03T08:15']]);
  });

  it('scores a post\'s machine stamp and the page\'s editing credit as no claim', () => {
    assert.equal(claimScore('2025-08-09T14:02:36.118Z'), 0);
    assert.equal(claimScore('The page was edited by Nora Kitt and Sam Oduya.'), 0);
    assert.equal(claimScore('These updates were written by Nora Kitt, Sam Oduya and Lee Part.'), 0);
    assert.ok(claimScore('The council was told by Nora Kitt that the budget rose 12% in 2024.') > 0.5);
  });

  it('reads a name taken over as a firm\'s, in a crisis timeline\'s entry', () => {
    assert.deepEqual(detectPeople('MONDAY SEPT. 9: Rival Dunmore Kealy agrees to be taken over by Harbour Bank.').map(p => p.text), []);
    assert.deepEqual(detectPeople('Ann Kealy agreed to be taken to hospital.').map(p => p.text), ['Ann Kealy']);
  });
});
