import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/detect/analyze';

// A wire photo's caption on a line of its own, with no credit, and the credits that make captions: made-up lines.
const scoresOf = (text: string, date = '2025-06-01') =>
  new Map(analyze(text, { claimThreshold: 0, referenceDate: date }).claims.map(c => [c.text, c.score]));

describe('claims: a caption standing alone', () => {
  it('scores a caption in the present, ending on its place and past day, 0', () => {
    const text = 'Port strike ends\n\nFerries pass through the Strait of Lyme on December 21, 2024.\n\nThe port handled 41,000 containers in May, up 12% on the year.';
    const scores = scoresOf(text);
    assert.equal(scores.get('Ferries pass through the Strait of Lyme on December 21, 2024.'), 0);
    assert.ok((scores.get('The port handled 41,000 containers in May, up 12% on the year.') ?? 0) > 0.5);
  });

  it('keeps a past deed, a plan, a timetable ahead and a line inside a paragraph', () => {
    for (const line of ['Police arrested two men in Lyme on December 21, 2024.', 'Rebels are planning to strike the port in Lyme on 11 June 2024.',
      'Voting closes in Elmford on November 5, 2025.', 'The mayor says rents rose 9% this spring, speaking in Lyme on May 2, 2025.']) {
      assert.ok((scoresOf(`Port news\n\n${line}\n\nMore follows.`).get(line) ?? 0) > 0, line);
    }
    const inside = 'Ferries pass through the Strait of Lyme on December 21, 2024.';
    assert.ok((scoresOf(`The strike ended. ${inside} Trade resumed.`).get(inside) ?? 0) > 0);
  });
});

describe('claims: credits that make captions', () => {
  it('takes a bracketed photographer and agency, a pool\'s credit "via" an agency and a one-word photographer as credits', () => {
    for (const credit of ['(Harbour Wire/Jo Bell)', '[Jo van Dam/Harbour Wire]', 'Jo Bell/Pool via WIRE', 'PORT TV/HARBOUR/via WIRE', 'WIRE/Stringer']) {
      const caption = 'Dancers perform at the festival in Lyme.';
      const scores = scoresOf(`Festival week\n\n${caption} ${credit}\n\nThe festival sold 3,000 tickets in May, up 12% on the year.`);
      assert.equal(scores.get(caption), 0, credit);
      assert.ok((scores.get('The festival sold 3,000 tickets in May, up 12% on the year.') ?? 0) > 0.5, credit);
    }
  });

  it('leaves a title on the line above a caption to its own score', () => {
    const scores = scoresOf('Tankers attacked in the Gulf of Lyme\nAttacks on two tankers left one ablaze. WIRE/via HARBOUR');
    assert.equal(scores.get('Attacks on two tankers left one ablaze.'), 0);
    assert.ok((scores.get('Tankers attacked in the Gulf of Lyme') ?? 0) > 0.5);
  });
});

describe('claims: a caption with its day before its place, a credit glued to its caption, credits run into the next caption', () => {
  it('scores a standing caption ending on its day and then its place 0, and keeps a past deed and a day ahead', () => {
    const caption = 'A ferry leaves the harbour on a grey morning, Thursday, Oct. 7, 2024, in Lyme, Elmshire.';
    const scores = scoresOf(`Port news\n\n${caption}\n\nThe port handled 41,000 containers in May, up 12% on the year.`);
    assert.equal(scores.get(caption), 0);
    for (const line of ['Police arrested two men on a grey morning, Thursday, Oct. 7, 2024, in Lyme, Elmshire.',
      'Ferries leave the harbour for the regatta, Sunday, Oct. 5, 2025, in Lyme, Elmshire.']) {
      assert.ok((scoresOf(`Port news\n\n${line}\n\nMore follows.`).get(line) ?? 0) > 0, line);
    }
  });

  it('takes a photographer and agency glued to the caption\'s last word as its credit, not a slash in a sentence', () => {
    for (const caption of ['A singer arrives at the premiere of the film in LyntonJO BELL/Harbour Wire',
      "A singer arrives at the premiere of 'The Last Tram' in L.A.JO BELL/Harbour Wire",
      "A singer arrives at the premiere of 'The Last Tram'Jo A. Bell/The Harbour Press"]) {
      assert.equal(scoresOf(`Red carpet\n\n${caption}\n\n1 of 20`).get(caption), 0, caption);
    }
    const sentence = 'The council approved the budget of $4 million, the mayor told Harbour Radio/TV';
    assert.ok((scoresOf(`Council news\n\n${sentence}\n\nMore follows.`).get(sentence) ?? 0) > 0);
  });

  it('reads a caption opening after the credit of the caption before it', () => {
    const text = 'Ferries run again\nFILE - In this July 6, 2024, file photo, ferries wait at the pier in Lyme. (Wire Photo/Jo Bell, File)FILE - In this June 27, 2024, file photo, workers cheer after the council voted to reopen the pier in Lyme.';
    const unit = analyze(text, { claimThreshold: 0, referenceDate: '2025-06-01' }).claims.find(c => c.text.startsWith('(Wire Photo/Jo Bell, File)'));
    assert.equal(unit?.score, 0);
  });
});

describe('claims: a gallery\'s button under a credit', () => {
  it('takes an agency\'s credit with "Close" run in under it as the credit, and "Close" under a sentence as nothing', () => {
    const caption = 'Jo Ann Reed, 5, walks through a spring bloom caused by a wet winter in Lake Lyme, Elmshire.';
    const slide = `${caption} WIRE/Jo Bell`;
    const scores = scoresOf(`Close\n1 / 34\n${slide}\n\nWire / Wednesday, March 15, 2024\n${slide}\nClose\n2 / 34`);
    assert.equal(scores.get('WIRE/Jo Bell\nClose'), 0);
    assert.equal(scores.get(caption), 0);
    const story = 'The festival sold 3,000 tickets in May, up 12% on the year.';
    assert.ok((scoresOf(`Festival week\n\n${story}\nClose`).get(story) ?? 0) > 0.5);
  });
});
