import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { claimScore } from '../../../../../src/core/detect/claims';
import { onlyLeadsIn, onlyTellsOfChecking } from '../../../../../src/core/detect/claims/leadIn';

describe('claims: a line that only leads in to what follows', () => {
  const leadIns = [
    'According to those reports:', 'According to the ministry:', 'The minister said:', 'Reyes told reporters:',
    'The company said in a statement on Tuesday:', 'A spokeswoman for the council added:', 'He wrote on social media:', 'The Valley Press reports:',
  ];
  const says = [
    'Police said the suspect was armed and added:', 'Mayor Ann Reyes, who won in 2022, said:',
    'The minister said: the budget will rise by 5 percent.', 'According to those reports, the mine closed.',
    'Three things changed in 2024:', 'The council said the road would close and warned:',
  ];

  it('recognises who says what follows, ending in a colon', () => {
    for (const line of leadIns) assert.ok(onlyLeadsIn(line), line);
  });

  it('does not where the line says something of its own, or goes on after its colon', () => {
    for (const line of says) assert.ok(!onlyLeadsIn(line), line);
  });

  it('gives the lead-in no claim score, and scores what follows it on its own', () => {
    for (const line of leadIns) assert.equal(claimScore(line), 0, line);
    const text = 'According to those reports:\n\n- The mine employed 300 people.\n- It closed in 2019.\n';
    const claims = analyze(text, { claimThreshold: 0 }).claims.filter(c => c.score > 0).map(c => c.text);
    assert.deepEqual(claims, ['The mine employed 300 people.', 'It closed in 2019.']);
  });
});

// A fact-check's sentences about its own work (issue 14, politics audit): made-up lines of the kind.
describe('claims: a fact-check telling of its own checking', () => {
  const checking = [
    'This report fact-checks four claims about rents, bus fares and the port.',
    'The Valley Post checking desk has looked into dozens of statements made by the three candidates.',
    'Our team investigated some of the false claims the mayor repeated during the campaign.',
    'In this report, we sought to verify the accuracy of some of the claims made in the speech.',
    'Here are the first of six key claims we are fact-checking in the mayor\'s speech.',
    'During the debates on March 4 and 5, we noted a number of statements that we wanted to verify.',
    'Claim: Nine claims by the city\'s candidates for mayor.',
  ];
  const claims = [
    'The minister checked into a hotel after the vote.',
    'While three of the five claims checked were found to be correct, two were misleading.',
    'The fact-checker has debunked the governor\'s statements on the dam.',
    'Auditors said the firm filed late statements for two years.',
    'The claims we checked in 2023 found 14 errors in the budget.',
    'Claim: The mayor made 12 claims about rents.',
  ];

  it('recognises checking of claims left unnamed', () => {
    for (const line of checking) assert.ok(onlyTellsOfChecking(line), line);
    for (const line of claims) assert.ok(!onlyTellsOfChecking(line), line);
  });

  it('scores it 0, but not where it holds a figure or a quote', () => {
    for (const line of checking) assert.equal(claimScore(line), 0, line);
    assert.ok(claimScore('We checked the claims of 2023: the mayor said rents fell 12%.') > 0);
  });
});
