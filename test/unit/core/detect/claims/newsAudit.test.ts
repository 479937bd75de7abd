import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';
import { endsWithCaptionCredit, furnitureOf, opensAsCaption } from '../../../../../src/core/detect/claims/furniture';
import { isInstruction } from '../../../../../src/core/detect/claims/instruction';
import { pointsToList } from '../../../../../src/core/detect/claims/leadIn';
import { isWireNote } from '../../../../../src/core/detect/claims/wireNotes';

// Errors of the second claims audit on unseen general news (7 December): made-up lines.
const scoresOf = (text: string) => new Map(analyze(text, { claimThreshold: 0 }).claims.map(c => [c.text, c.score]));

describe('claims: a headline\'s passive', () => {
  it('flags a headline that tells its event with a participle and a preposition', () => {
    const scores = scoresOf('Arrest made in robbery of corner shop in Lymeford\n\nA man was charged on Monday, police said.');
    assert.ok((scores.get('Arrest made in robbery of corner shop in Lymeford') ?? 0) >= 0.5);
  });

  it('reads "Suspect arrested in …" as a headline, not an instruction to suspect', () => {
    assert.ok(!isInstruction('Suspect arrested in robbery of corner shop'));
    assert.ok(isInstruction('Test suspected cases at once.'));
    const scores = scoresOf('Suspect arrested in robbery of corner shop\n\nA man was charged on Monday, police said.');
    assert.ok((scores.get('Suspect arrested in robbery of corner shop') ?? 0) >= 0.5);
  });

  it('leaves a table\'s head before its colon and an infinitive alone', () => {
    const scores = scoresOf('Football matches played on Saturday:\nLymeford 2 Oakport 1\n\nThe blue scarf seemed to be a nod to the old club');
    assert.ok((scores.get('Football matches played on Saturday:\nLymeford 2 Oakport 1') ?? 1) < 0.5);
    assert.ok((scores.get('The blue scarf seemed to be a nod to the old club') ?? 1) < 0.5);
  });
});

describe('claims: captions without a credit line', () => {
  it('knows a caption labelled by its picture\'s place on the page', () => {
    assert.ok(opensAsCaption('Right: Crews clear a fallen tree from a road in Lymeford on Monday.'));
    assert.ok(opensAsCaption('Above: Volunteers fill sandbags outside the town hall.'));
    assert.ok(!opensAsCaption('Rightly or wrongly, the council cut 40 jobs.'));
  });

  it('knows a caption that places its person in the picture, in the present tense', () => {
    assert.ok(opensAsCaption('Harbour master Jo Bell, center, speaks to reporters at the quay on Sunday.'));
    assert.ok(!opensAsCaption('The mayor, left, and the council met 12 times in May.'));
    assert.ok(!opensAsCaption('Left without power, 3,000 homes waited for crews.'));
  });

  it('knows a credit in capitals run into the caption\'s last sentence', () => {
    assert.ok(endsWithCaptionCredit('Floodwater fills the streets of Lymeford yesterday.PHOTOS: HARBOUR WIRE'));
    assert.ok(!endsWithCaptionCredit('Floodwater filled the streets of Lymeford, the agency said.'));
  });

  it('takes a bracketed link to a gallery for no credit, so the sentences above it keep their scores', () => {
    assert.notEqual(furnitureOf('(PHOTOS: Storms Batter the Coast in Lymeshire)'), 'credit');
    assert.equal(furnitureOf('(PHOTO: Jo Bell for The Harbour Times)'), 'credit');
    const scores = scoresOf('The two fires have burned through 229 square miles since Friday, officials said.\n(PHOTOS: Storms Batter the Coast in Lymeshire)\nCrews were sent.');
    assert.ok((scores.get('The two fires have burned through 229 square miles since Friday, officials said.') ?? 0) >= 0.5);
  });
});

describe('claims: a wire\'s note of what a version changed', () => {
  it('knows "(Updates with …)" and "(Adds …)" notes', () => {
    assert.ok(isWireNote('(Updates with comment from the port authority in fourth paragraph)'));
    assert.ok(isWireNote('(Adds details of the vote, byline)'));
    assert.ok(!isWireNote('(Adding to the pressure, the union called a strike on May 3.)'));
  });
});

describe('claims: a pointer to the updates that follow', () => {
  it('knows "Here\'s a brief update on each of …" for a pointer, and one with a figure for a claim', () => {
    assert.ok(pointsToList('Here\'s a brief update on each of the fires still burning in the north.'));
    assert.ok(!pointsToList('Here\'s a brief update: 14 fires are still burning in the north.'));
  });
});

// Errors of the fourth claims audit on unseen general news (7 December): made-up lines.
describe('claims: credits and links of the fourth audit', () => {
  it('takes a photographer\'s name, a slash and the agency on a line of their own for furniture that makes no caption', () => {
    for (const line of ['Jo Bell/Harbour Wire', 'Ana Ruiz/AP', 'Tom Okafor/Valley Press']) assert.equal(furnitureOf(line), 'byline', line);
    for (const line of ['Bread/Butter', 'Sales rose 4% in Lymeford/Oakport.', 'The mayor and/or the council']) assert.equal(furnitureOf(line), undefined, line);
    assert.equal(furnitureOf('Jo Bell/Getty Images'), 'credit');
    const scores = scoresOf('The storm cut power to 3,000 homes on Monday, the utility said.\nJo Bell/Harbour Wire\nCrews worked through the night.');
    assert.equal(scores.get('Jo Bell/Harbour Wire'), 0);
    assert.ok((scores.get('The storm cut power to 3,000 homes on Monday, the utility said.') ?? 0) >= 0.5);
  });

  it('takes a release\'s bracketed link to its picture for no credit, so the sentence before it keeps its score', () => {
    assert.notEqual(furnitureOf('(Photo:                                 )'), 'credit');
    assert.equal(furnitureOf('(Photo: Jo Bell)'), 'credit');
    const scores = scoresOf('LYMEFORD, March 3 /Harbour Wire/ -- The Lymeford port authority won the national safety award on Friday. (Photo: http://wire.example/pictures/20240119/LYM026)\n\nThe port employs 400 people.');
    assert.ok((scores.get('The Lymeford port authority won the national safety award on Friday.') ?? 0) >= 0.5);
    assert.equal(scores.get('(Photo: http://wire.example/pictures/20240119/LYM026)'), 0);
  });

  it('knows a caption that seats its person on one side of the picture', () => {
    assert.ok(opensAsCaption('Nurse Jo Bell from Lymeford Hospital, seated on the right, receives a trial vaccine at the clinic.'));
    assert.ok(!opensAsCaption('Nurse Jo Bell, seated with the mayor, said 40 beds were empty.'));
  });

  it('gives a related story under "In the News:" no score', () => {
    const scores = scoresOf('The council approved the budget on Monday.\n\nIn the News: Lymeford port strike ends as pay deal is signed\n');
    assert.equal(scores.get('In the News: Lymeford port strike ends as pay deal is signed'), 0);
  });
});
