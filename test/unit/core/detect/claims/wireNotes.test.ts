import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { isWireNote } from '../../../../../src/core/detect/claims/wireNotes';

// The notes a news agency's copy carries round its story (wire pass): made-up lines of the same shapes.
describe('claims: a wire story\'s notes', () => {
  it('knows a credit after a conversion or a correction note, an agency byline, a pointer, an age note and a results row', () => {
    for (const line of [
      '$1 = 0.91 euros Reporting by Jo Bell; editing by Ana Ruiz',
      '($1 = C$1.37) (Reporting by Tom Okafor in Portvale; Editing by Lena Brask)',
      'Adds quote in the fourth paragraph) Reporting by Tom Okafor in Osk; Editing by Lena Brask',
      '(This story corrects the spelling of the mayor\'s name) Reporting by Jo Bell; Editing by Ana Ruiz',
      'Wire staff / AFP (jb)May 4, 2011', 'DW staff / Reuters',
      '(More stock market stories.)', '(More\nstock market stories.)', '(Related coverage.)',
      'Next: Council passes budget after long debate.',
      'This article is more than 11 years old.',
      'Halftime: 2-0;Attendance: 31,204', 'Attendance: 12,400',
    ]) assert.ok(isWireNote(line), line);
    for (const line of [
      // the story's own sentences: figures, a rate in prose, a staff that did something
      'The euro fell to $1.09 after the bank kept its rates, traders said.',
      'Reporting by the Wire showed the port lost $4 million; editing of the figures was later questioned.',
      'The council staff / volunteers cleared 40 tonnes of debris on Tuesday.',
      'More than 300 stories were filed from the port last year.',
      'Next year the council will vote on the tram line.',
      'Attendance at the port\'s schools fell 12% in 2024.',
      'He said this article is more than a decade out of date.',
    ]) assert.ok(!isWireNote(line), line);
  });

  it('knows an agency\'s note on who funds its desk, and a source line named "Original source"', () => {
    assert.ok(isWireNote('The Associated Press Science Desk receives support from the Orland Trust\'s Media Group.'));
    assert.ok(isWireNote('AP\'s ocean coverage receives financial support from several private foundations.'));
    assert.ok(!isWireNote('The Associated Press said the lab receives 40 samples a day.'));
  });

  it('scores such a note 0 where the claim model flagged it', () => {
    assert.equal(claimScore('($1 = C$1.37) (Reporting by Tom Okafor in Portvale; Editing by Lena Brask)'), 0);
    assert.equal(claimScore('Halftime: 2-0;Attendance: 31,204'), 0);
    assert.ok(claimScore('Net income rose to C$41.2 million, or 38 Canadian cents a share, from C$36.5 million a year earlier.') > 0.5);
  });

  it('knows a syndicating site\'s note of the source and a chain\'s placeholder for an advertisement', () => {
    for (const line of [
      '(With inputs from agencies.)',
      'With inputs from Harbour Wire',
      '-- This report by The Prairie Press was first published in French on Oct. 3, 2024.',
      'This article was published in Czech on 4th May 2024 in Vltava Daily.',
      'This advertisement has not loaded yet, but your article continues below.',
      'Advertisement Story continues below This advertisement has not loaded yet, but your article continues below.',
    ]) assert.ok(isWireNote(line), line);
    // (a story's own sentence about what was published stays a claim to check)
    assert.ok(!isWireNote('The report was first published in 2019 and found that 40% of rivers were polluted.'));
    assert.ok(claimScore('The report, first published in March, found that 40% of the province\'s rivers were polluted.') > 0.5);
  });
});
