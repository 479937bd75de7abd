import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { isMinutesLine } from '../../../../../src/core/detect/claims/minutesLines';

// A council's minutes and agenda pasted as a story (claims pass on new excerpts, 6 December): made-up lines.
describe('claims: the standing lines of a meeting\'s minutes', () => {
  it('knows the opening, the pledge, a seconding, the roll and approving the minutes', () => {
    for (const line of ['The regular meeting of the Elmford Town Board was called to order by Mayor Hale at 7:02 p.m.',
      'Chair Okafor called the meeting to order at 6:30 p.m.', 'THE TIME IS NOW 9:14 A.M. ON MONDAY, MAY 4, 2026.',
      'Seconded by Councilman Dorn.', 'The foregoing resolution was duly seconded by Ray.', 'Ayes (4).', 'Nays (1).',
      'ABSENT: Town Attorney Jo Bell.', 'Mayor Hale led those present in the pledge.', 'Pledge of Allegiance - Ana Ruiz, Trustee',
      'Approve minutes of the April 2, 2026 meeting.', 'Approval of the minutes from the March 9 meeting.',
      'Dorn moved to approve the minutes as corrected, seconded by Ray, carried 5-0.',
      'Minutes of the June 3 meeting were approved on a motion by Ray, seconded by Dorn.',
      'APPROVAL OF AGENDA Trustee Ray moved that the agenda be approved as presented, Trustee Dorn seconded the motion.'])
      assert.ok(isMinutesLine(line), line);
    for (const line of ['The motion to rezone the lot failed 2-4.', 'The board approved a $2 million bond for the new library.',
      'Second-quarter revenue fell 12%.', 'The bill was approved minutes after the debate ended.',
      'Ayes and nays were split over the $40,000 paving contract, which passed 3-2.'])
      assert.ok(!isMinutesLine(line), line);
  });

  // (each form is tried only where words every match of it holds stand)
  it('knows every form of approving the minutes or the agenda, and the pledge', () => {
    for (const line of ['Council approved the minutes.', 'Approve minutes of the May 4 special meeting.',
      'Approval of the April 2, 2026, regular meeting minutes.', 'The agenda was approved without changes.',
      'Trustee Ray led the board in the pledge of allegiance.', 'The Pledge of Allegiance.'])
      assert.ok(isMinutesLine(line), line);
  });

  it('scores the procedure 0 and the decision as before', () => {
    const text = 'Chair Okafor called the meeting to order at 6:30 p.m. Seconded by Councilman Dorn. The board voted 4-1 to raise the water rate by 8% from July.';
    const scores = new Map(analyze(text, { claimThreshold: 0 }).claims.map(c => [c.text, c.score]));
    assert.equal(scores.get('Chair Okafor called the meeting to order at 6:30 p.m.'), 0);
    assert.equal(scores.get('Seconded by Councilman Dorn.'), 0);
    assert.ok((scores.get('The board voted 4-1 to raise the water rate by 8% from July.') ?? 0) > 0.5);
  });
});

describe('claims: a police blotter\'s entries', () => {
  it('scores an entry with its time and its block 0, and leaves a live post and a story\'s sentence', () => {
    const entries = ['3:15 p.m. — A man from the 400 block of Birch Lane reported his bicycle stolen.',
      'Tuesday, May 5, 9:40pm — 2100 block of North Vale, report of a loud party.'];
    const others = ['7:02 p.m. — Okafor is projected to win the county by 4,000 votes.',
      'Police were called to the 900 block of Pine Street at 2 a.m. after three shots were fired.'];
    const got = new Map(analyze([...entries, ...others].join('\n\n'), { claimThreshold: 0 }).claims.map(c => [c.text, c.score]));
    for (const line of entries) assert.equal(got.get(line), 0, line);
    for (const line of others) assert.ok((got.get(line) ?? 0) > 0.5, line);
  });
});

describe('claims: approving the minutes of a dated meeting', () => {
  it('knows the motion with the meeting\'s day and kind between', () => {
    assert.ok(isMinutesLine('Vice-Chair Dorn, seconded by Trustee Ray, moved to approve the May 4, 2026, regular meeting minutes as presented.'));
    assert.ok(!isMinutesLine('Dorn moved to approve the May 4, 2026, paving contract of $40,000.'));
  });
});
