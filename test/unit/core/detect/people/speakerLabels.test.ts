import assert from 'node:assert/strict';
import { people } from './peopleFixtures';

// Made-up broadcast and debate transcripts: each speaker named in capitals at the head of what they say.
describe('people: a transcript\'s speakers named in capitals', () => {
  it('reads a given name and a surname opening a line before a colon, with a title or a role around them', () => {
    const text = 'Evening Report - March 3\n\n[19:00:12] DARA QUILLFORD, NEWS ANCHOR: Good evening.\n\n'
      + 'SEN. OWEN HADLEY (D), CANDIDATE: We will win this state.\n\nQUILLFORD: Thank you, Senator.\n\n'
      + 'DISTRICT ATTORNEY MARTA VELLACOTT:\n\nThe count was fair.';
    assert.deepEqual(people(text), [
      ['DARA QUILLFORD', 'Dara Quillford'], ['OWEN HADLEY', 'Owen Hadley'], ['QUILLFORD', 'Dara Quillford'],
      ['MARTA VELLACOTT', 'Marta Vellacott'],
    ]);
  });

  it('takes the name the article writes in ordinary case, and gives "Mc" its capital', () => {
    assert.deepEqual(people('Guests: Owen T. Hadley.\n\nOWEN HADLEY: Thanks for having me.'),
      [['Owen T. Hadley', 'Owen T. Hadley'], ['OWEN HADLEY', 'Owen T. Hadley']]);
    assert.deepEqual(people('KEVIN MCBRAYNE:\n\nWe shocked them.'), [['KEVIN MCBRAYNE', 'Kevin McBrayne']]);
  });

  it('names no one in a heading, a headline or a firm\'s credit set in capitals before a colon', () => {
    assert.deepEqual(people('WEEKEND FORECAST: Sunny.\n\nALBUM OF THE YEAR: "Low Tide" by the Harbour Band.'), []);
    assert.deepEqual(people('STAR OPENS UP ABOUT DARA QUILLFORD: the singer spoke on Monday.'), []);
    assert.deepEqual(people('PRICES CONTRIBUTED BY J.J. KENNY MARKETS: see the table.'), []);
    // (a word of the language as a given name needs a known surname after it)
    assert.deepEqual(people('ROSE GARDEN: the ceremony was moved indoors.'), []);
  });

  it('reads a Hansard member after "Hon" or "Rt Hon", before an office in brackets or a question put to a minister', () => {
    const text = 'Oral Questions\n\n3. Rt Hon OWEN HADLEY (Leader of the Opposition) to the Minister of Works: Does she stand by '
      + 'her answer?\n\nHon MARTA VELLACOTT (Minister of Works): Yes.\n\nHon MARTA VELLACOTT: And I will say more.';
    assert.deepEqual(people(text), [
      ['OWEN HADLEY', 'Owen Hadley'], ['MARTA VELLACOTT', 'Marta Vellacott'], ['MARTA VELLACOTT', 'Marta Vellacott'],
    ]);
    assert.deepEqual(people('Hon MEMBERS (Interjecting): Shame!'), []);
  });

  it('reads a surname alone after a title, as a chamber\'s record labels its members, and no office after a title', () => {
    const text = 'Senate Debate, Regular Session\n\nSENATOR QUILLFORD: Thank you, Mr. President.\n\n'
      + 'ACTING PRESIDENT VELLACOTT: Senator Hadley.\n\nMADAM SPEAKER: Order.\n\nMR PRESIDENT: The sponsor yields.\n\n'
      + 'THE CHAIR: So ordered.\n\nQUESTION: When will it pass?';
    assert.deepEqual(people(text), [['QUILLFORD', 'Quillford'], ['VELLACOTT', 'Vellacott'], ['Hadley', 'Hadley']]);
    // (the article's full name for it, where it writes one)
    assert.deepEqual(people('Senator Ines Quillford rose first.\n\nSENATOR QUILLFORD: I thank the chair.'),
      [['Ines Quillford', 'Ines Quillford'], ['QUILLFORD', 'Ines Quillford']]);
  });
});
