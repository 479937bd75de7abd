import assert from 'node:assert/strict';
import { claimScore } from '../../../../../src/core/detect/claims';
import { saysOnlyWhatWasNotSaid } from '../../../../../src/core/detect/claims/notSaid';

describe('claims: sentences that say only what was not said', () => {
  const none = [
    'Chevron declined to comment.', 'A spokeswoman for the ministry did not immediately respond to a request for comment.',
    'The mayor could not be reached for comment on Friday.', 'Representatives for the singer did not return calls seeking comment.',
    'The club refused to comment on the report.', "Lawyers for Ms Dunn didn't respond to e-mails seeking comment late Tuesday.",
    'The company had no immediate comment.', 'The council and the contractor would not comment when contacted by the Harbour Wire.',
    'No one was available for comment at the embassy.', 'A spokesman declined to comment further.',
    'Reuters could not independently verify the reports.', 'The Associated Press was unable to independently confirm the claim.',
    'Financial terms of the deal were not disclosed.', 'The names of the victims have not been released.',
    'Police gave no further details.', 'No further details were available.', 'The ministry did not give details.',
    'The plan was first reported by Bloomberg News on Tuesday.',
  ];
  const said = [
    'Police confirmed two arrests but declined to comment further.', 'The firm, which lost $2 billion last year, declined to comment.',
    'A deal could not be reached.', 'The vaccine was not available.', 'Chevron declined to comment on its $4 billion Nigerian sale.',
    'Residents said the council did not respond to 40 complaints about the noise.', 'The report was not released.',
    'The inspectors could not verify that 300 tonnes had been destroyed.', 'The virus was first reported in Wuhan in December 2019.', 'The virus was first reported in Wuhan.',
    'The disease was first reported by doctors in Guangdong.',
    'Doctors could not confirm the cause of death; the family said she had been ill for weeks.',
  ];

  it('recognises the standing lines of wire copy: no comment, not verified, not disclosed, whose scoop', () => {
    for (const line of none) assert.ok(saysOnlyWhatWasNotSaid(line), line);
  });

  it('does not where the sentence says more: a figure, a "but", a clause of its own, a deal or a vaccine not had', () => {
    for (const line of said) assert.ok(!saysOnlyWhatWasNotSaid(line), line);
  });

  it('gives such a sentence no claim score, and leaves the others to the model', () => {
    for (const line of none) assert.equal(claimScore(line), 0, line);
    for (const line of said) assert.ok(claimScore(line) > 0, line);
  });
});
