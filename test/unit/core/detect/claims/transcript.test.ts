import assert from 'node:assert/strict';
import { claimScore, scoreClaims } from '../../../../../src/core/detect/claims';
import { hasLetter, isTranscript, isTranscriptFurniture, transcriptBody } from '../../../../../src/core/detect/claims/transcript';
import { splitSentences } from '../../../../../src/core/text/sentences';

// Transcripts of debates, briefings, interviews and chambers (transcripts pass): made-up turns of made-up people.
describe('claims: transcripts', () => {
  it('finds the words of a turn after its time stamp, voice tag, stage direction and label', () => {
    const cases: [string, boolean, string][] = [
      ['0:01:46 > 0:01:51In Dunmore we built 900 homes last year.', false, 'In Dunmore'],
      ['00:00:10,243 --> 00:00:11,683\nthe levy rose twice', false, 'the levy'],
      [':00:15. > :00:16.The county closed four clinics.', false, 'The county'],
      ['> :01:12.otherwise the ferry would have sunk.', false, 'otherwise'],
      ['02:11One of the issues was the £9 billion gap.', false, 'One of'],
      ['9:00 pm\nthe bill passed the house in May.', false, 'the bill'],
      ['<v Speaker 2>It was a quiet night.', false, 'It was'],
      ['(APPLAUSE)\nWe won eight of the last nine counties.', false, 'We won'],
      ['[23:00:00] MAYA ORTIZ (D), STATE SENATOR: We cut the waiting list by half.', true, 'We cut'],
      ['DANA RUIZ, HOST: The port handled 4 million boxes.', true, 'The port'],
      ['Jen Lowe: (00:54)\nThe fund paid out $3 million.', true, 'The fund'],
      ['SEN. TOMAS GRAY:\nI voted against it twice.', true, 'I voted'],
      ['Mr. PAUL VANCE (Author): Thanks for having me.', true, 'Thanks'],
      ['Q: Did the council meet on Monday?', true, 'Did'],
    ];
    for (const [unit, labels, words] of cases) {
      const start = transcriptBody(unit, labels);
      assert.ok(unit.slice(start).startsWith(words), `${JSON.stringify(unit)} → ${JSON.stringify(unit.slice(start))}`);
    }
    // a label is taken off only in a transcript; a time stamp or a direction anywhere
    assert.equal(transcriptBody('Report: Dana Reyes to step down as chair', false), 0);
    assert.equal(transcriptBody('Harbour Wire: "The pier will close in May," the mayor said.', true), 0);
    assert.equal(transcriptBody('[harbour-news] Ferry fares rise 5% in May', true), 0);
    assert.equal(transcriptBody('The council met at 9:30 and voted 5-2.', true), 0);
    assert.equal(transcriptBody('Sales rose 4% in May, the firm said.', true), 0);
    assert.equal(transcriptBody('2023 was the warmest year on record.', true), 0);
    assert.ok(!hasLetter('00:00:14,214 --> 00:00:15,984') && !hasLetter('12') && hasLetter('Yes.'));
  });

  it('calls a text a transcript when two of its units open with a speaker\'s label', () => {
    const units = (text: string) => splitSentences(text);
    assert.ok(isTranscript(units('ANA COLE: Good evening.\n\nTOM REED: The plant closed in 2019.\n\nANA COLE: Why?')));
    assert.ok(!isTranscript(units('Report: Dana Reyes to step down as chair. She led the board for ten years.')));
    // a list's fields are labels of their own, not one speaker speaking twice
    assert.ok(!isTranscript(units('Pupils: 61,300\nSchools: 88\nBudget per pupil: $6,720')));
  });

  it('knows what a transcript says around its claims', () => {
    for (const unit of [
      '(APPLAUSE)', '[laughter]', '(END VIDEOTAPE)', '(Time expired)',
      'Good evening from Carver Hall in Linden.', 'Thank you, Mr Speaker.', 'Welcome back.', 'Please welcome Governor Ana Ruiz and Mayor Tom Reed.',
      "I'm Dana Ruiz, anchor of The Evening Hour and co-host of Face the Week.", "I'm Neal Moss, in Linden.",
      'This is MORNING DESK.', 'From Metro News in Linden, the longest-running show on the dial, this is Face the Week with Ana Cole.',
      'Prime Minister.', 'Ms. Okafor.', 'Mr. VANCE.', 'I now call Dame Ruth Ames.', 'Questions to the Prime Minister.',
      'This morning I had meetings with ministerial colleagues and others.', 'I reserve the balance of my time.',
      'Madam Speaker, I rise on a point of order.', 'The committee will come to order.',
      'Each candidate will have two minutes to respond.', 'The 90-minute debate is divided into six segments.',
      'Both campaigns have agreed to those rules.', 'This forum is sponsored by the Linden Civic League.',
      'Harbour Council Budget Hearing Transcript, May 3', 'A transcript of the minister\'s testimony before the committee on May 3.',
      'THIS IS A RUSH TRANSCRIPT.', 'Aired May 3, 2016 - 23:00 ET',
      'On Wednesday, I will be in Dunmore for the opening of the new ward.', 'This week, I am in Linden on Tuesday and Wednesday.',
      'Tomorrow I will attend the growers\' forum in Ashby.',
    ]) assert.ok(isTranscriptFurniture(unit, /\d/.test(unit)), unit);
    for (const unit of [
      // claims said in a transcript
      'We built 900 homes last year, more than any council in the region.', 'Thanks to the levy, 40 clinics stayed open.',
      'The transcript shows the mayor was told in March.', 'Transcript shows Mayor Vance pressed the board',
      'Transcript reproduces the mayor\'s speech to the court after the vote.', "I'm not going to let that stand.", 'It was the warmest May on record.',
      'We are back at war in the north.', 'We will cut the levy by half.', 'Started the wall.',
      'Good evening, and unemployment fell to 4% this month.', 'The 2019 debate drew 12 million viewers.',
      'The candidates agreed on little.', 'Tonight, I am speaking to you because the river has burst its banks.',
    ]) assert.ok(!isTranscriptFurniture(unit, /\d/.test(unit)), unit);
  });

  it('scores a turn without its label, and framing talk 0', () => {
    const text = 'ANA COLE: Good evening from Carver Hall.\n\nTOM REED: Thank you, Ana.\n\n' +
      'TOM REED: The county closed four clinics in 2019 and cut 300 nursing jobs.\n\nANA COLE: Senator Reed.\n\n(APPLAUSE)\n\n0:01:46 > 0:01:51';
    const units = splitSentences(text);
    const claims = scoreClaims(units, [], [], text);
    const score = (start: string) => claims.find(c => c.text.startsWith(start))?.score;
    assert.equal(score('ANA COLE: Good evening'), 0);
    assert.equal(score('TOM REED: Thank you'), 0);
    assert.equal(score('ANA COLE: Senator Reed.'), 0);
    assert.equal(score('(APPLAUSE)'), 0);
    assert.equal(score('0:01:46'), 0);
    const turn = score('TOM REED: The county');
    assert.ok(turn !== undefined && turn >= 0.5, String(turn));
    assert.equal(turn, Math.round(claimScore('The county closed four clinics in 2019 and cut 300 nursing jobs.') * 1000) / 1000);
  });
});

// A host's introduction of the guest, a transcript's own note, a cue's time before a mark (interviews pass): made-up
// turns.
describe('claims: the framing of an interview', () => {
  it('knows a guest\'s introduction and "What follows is a lightly edited transcript"', () => {
    for (const line of ['Tonight, my first and only guest is the Mayor of Dunmore, Ana Ruiz.', 'Joining us now is the harbourmaster.'])
      assert.ok(isTranscriptFurniture(line, /\d/.test(line)), line);
    assert.equal(claimScore('What follows is a lightly edited transcript of our conversation, including parts cut from the podcast.'), 0);
    // (a guest's introduction with a figure says more, and is left to the model)
    assert.ok(!isTranscriptFurniture('My guest today is the man who cut the budget by 12% in 2019.', true));
    assert.ok(!isTranscriptFurniture('Our guests are mostly walkers from the coast, the owner said.', false));
    assert.ok(claimScore('The transcript shows the mayor was told in March.') > 0);
  });

  it('takes a cue\'s time before a bar or a mark off the turn', () => {
    assert.equal(transcriptBody('0:07.0 | The levy rose twice last year.', false), '0:07.0 | '.length);
    assert.equal(transcriptBody('00:01:12 ◼ ► the pier closed in May', false), '00:01:12 ◼ ► '.length);
    assert.equal(transcriptBody('9:30 - 10:30 am: Registration', false), 0);
  });
});

describe('claims: a podcast transcript site\'s time stamp', () => {
  it('takes "Starting point is 00:01:16" off the head of a turn, and no other "starting point"', () => {
    const unit = 'Starting point is 00:01:16 The pier closed in 2019 after the storm.';
    assert.equal(unit.slice(transcriptBody(unit, false)), 'The pier closed in 2019 after the storm.');
    assert.equal(transcriptBody('Starting point is the pier, which closed in 2019.', false), 0);
  });
});
