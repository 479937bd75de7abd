import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { isChamberProcedure } from '../../../../../src/core/detect/claims/chamberProcedure';

// A legislature's journal, a committee's minutes and a bill's record pasted as a story (legislature pass on real news,
// 6 December): made-up lines.
describe('claims: a chamber\'s standing lines of procedure', () => {
  it('knows the roll, the prayer, the pledges, the journal, the floor\'s moves, a bill\'s steps and the close', () => {
    for (const line of ['The roll of the house was called and a quorum was announced present (Record 311).',
      'The Clerk called the roll and announced that all members were present except Senator Hale.',
      'A quorum was established at 9:12 a.m.', 'Senators Hale, Okafor and Dorn arrived after the roll was called.',
      'Representatives Hale, Okafor and Dorn were all present.', 'The following members arrived after the roll was called: Senator Hale, Senator Dorn.',
      'The Senate convened at 2:00 p.m., pursuant to adjournment, the President presiding.', 'Roll Call: All members present except Sen. Dorn.',
      'The invocation was offered by Ana Ruiz, pastor, Elm Street Chapel, Arlow.', 'Clerk of the Senate Tom Vance offered the prayer.',
      'Delegate Hale led the house in the pledges of allegiance to the United States and state flags.',
      'Commissioner Ray opened with a prayer and Commissioner Dorn led the Pledge of Allegiance.',
      'The Journal of Monday, May 4, 2026, was read and approved.', 'In Senate, Tuesday, May 5, the Senate met pursuant to adjournment.',
      'Pursuant to a notice posted under Senate Rule 11.10, a public hearing was held on Tuesday, May 5, in Room 2.',
      'The chair laid out HB 2210 and recognized the author, Senator Okafor, to explain the bill.',
      'Witnesses testifying on the bill are shown on the attached list.',
      'Senator Hale moved that SB 40 be left pending; without objection, it was so ordered.',
      'At 10:14 AM Senator Dorn assumed the chair.', 'Senator Ray sent up a committee substitute.',
      'Senator Vance moves to discharge, from the Committee on Finance, Assembly Bill Number 1200A.',
      'Received in the Senate and read twice and referred to the Committee on Finance.',
      'Councilmember Ray moved to suspend the rules and read the ordinance by title only.',
      'Councilmember Dorn moved that the meeting be adjourned.', 'Motion passed unanimously.', 'The Assembly is now in session.'])
      assert.ok(isChamberProcedure(line), line);
    for (const line of ['The bill passed the Senate 31-0 and now goes to the governor.', 'The motion to rezone the lot failed 2-4.',
      'On motion to suspend the rules and pass the bill: agreed to by the yeas and nays, 414-0.',
      'The clerk called the roll on three motions, and the committee recorded a split vote on each.',
      'Lawmakers said the session would end without a budget.', 'The chair of the committee said the bill would cost $40 million.'])
      assert.ok(!isChamberProcedure(line), line);
  });

  // (each form is tried only where words every match of it holds stand: one line for every form, so that a word left
  // out of those tests shows)
  it('knows every form of each standing line, in any case', () => {
    for (const line of ['The Chair lays out SB 12.', 'THE CHAIR RECOGNIZES SENATOR OKAFOR.', 'Senator Hale resumed the chair.',
      'Senator Dorn took the chair.', 'Members, the Senate will now come to order.', 'The committee is now in session.',
      'Representative Vance sent up a committee substitute.', 'So ordered.', 'Such shall be the order.', 'Which motion prevailed.',
      'No witnesses registered; the bill was referred to the subcommittee.', 'The Secretary will call the roll.', 'Roll call: Ayes 5.',
      'A quorum is present.', 'Trustees Ray and Dorn were present.', 'Pastor Ana Ruiz gave the invocation.',
      'The prayer will be led by Deacon Tom Vance.', 'Ray led the members in recital of the Pledge of Allegiance.',
      "Reading of the previous day's Journal.", 'The reading of the Journal of Monday was dispensed with.',
      'The Journal was approved as read.', 'Pursuant to notice given, the committee met in Room 4.',
      'Senator Hale moves to discharge SB 9.', 'Read a second time and referred to the Committee on Roads.',
      'Motion to reconsider laid on the table Agreed to without objection.',
      'I request unanimous consent to suspend Rule 45.', 'Senator Vance moves that the committee stand in recess.',
      'Ray moved and Dorn seconded to adjourn.', 'Councilmember Ray moved to close the budget session.',
      'The motion carried.', 'The motion prevailed unanimously.', 'The honor guard presented the colours.'])
      assert.ok(isChamberProcedure(line), line);
  });

  it('scores the procedure 0 and the vote as before', () => {
    const text = 'The chair laid out HB 2210 and recognized the author, Senator Okafor, to explain the bill. '
      + 'Senator Hale moved that HB 2210 be left pending; without objection, it was so ordered. '
      + 'The committee voted 7-2 to send the $40 million school bill to the full Senate.';
    const scores = new Map(analyze(text, { claimThreshold: 0 }).claims.map(c => [c.text, c.score]));
    assert.equal(scores.get('The chair laid out HB 2210 and recognized the author, Senator Okafor, to explain the bill.'), 0);
    assert.equal(scores.get('Senator Hale moved that HB 2210 be left pending; without objection, it was so ordered.'), 0);
    assert.ok((scores.get('The committee voted 7-2 to send the $40 million school bill to the full Senate.') ?? 0) > 0.5);
  });
});
