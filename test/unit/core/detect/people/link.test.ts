import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

const linked = (text: string) => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: which person a bare surname names', () => {
  it('in the paragraph of the nearest full name, that person; in a later paragraph, the one the article named first', () => {
    const text = [
      'A judge jailed Darren Okoro for fraud on Monday. Okoro showed no remorse.',
      "Okoro's brother, Femi Okoro, was cleared. The jury said Okoro had been misled.",
      'His lawyer said Okoro would appeal.',
    ].join('\n\n');
    assert.deepEqual(linked(text), [
      ['Darren Okoro', 'Darren Okoro'], ['Okoro', 'Darren Okoro'],
      ['Okoro', 'Darren Okoro'], ['Femi Okoro', 'Femi Okoro'], ['Okoro', 'Femi Okoro'],
      ['Okoro', 'Darren Okoro'],
    ]);
    // with no blank line between paragraphs, the nearest full name before as ever
    assert.equal(detectPeople(text.replace(/\n\n/g, ' ')).at(-1)?.entity, 'Femi Okoro');
  });

  it('links the first of two given names joined ("Lars" of "Lars-Erik Halvorsen") to the person', () => {
    assert.deepEqual(linked('Adi Raman beat Lars-Erik Hallvik. "Lars is a great champion," Raman said.'),
      [['Adi Raman', 'Adi Raman'], ['Lars-Erik Hallvik', 'Lars-Erik Hallvik'], ['Lars', 'Lars-Erik Hallvik'], ['Raman', 'Adi Raman']]);
  });

  it('links the last part of a double surname ("Ostby" of "Mira Halvard-Ostby") to the person', () => {
    assert.deepEqual(linked('Voters chose Mira Halvard-Ostby on Sunday.\nOstby defeated the mayor by a wide margin.'),
      [['Mira Halvard-Ostby', 'Mira Halvard-Ostby'], ['Ostby', 'Mira Halvard-Ostby']]);
  });
});

describe('people: a numbered line-up', () => {
  it('reads the names after shirt numbers as players where two of them on the line are people by their own evidence', () => {
    const line = 'Redmere: 1 - Teodor Ilic, 2 - Sam Ferris, 4 - Jarrah Quaid, 9 - Oscar Lind.';
    assert.deepEqual(detectPeople(line).map(p => p.text), ['Teodor Ilic', 'Sam Ferris', 'Jarrah Quaid', 'Oscar Lind']);
    // with only one person known among them, nothing more is read
    assert.deepEqual(detectPeople('Redmere: 1 - Teodor Ilic, 2 - Sam Ferris, 4 - Jarrah Quaid.').map(p => p.text), ['Sam Ferris']);
    // a place or a word of the language after a number is no player
    assert.deepEqual(detectPeople('Results: 1 - Sam Ferris, 2 - Oscar Lind, 3 - North Tarvos, 4 - Jarrah Quaid.').map(p => p.text),
      ['Sam Ferris', 'Oscar Lind', 'Jarrah Quaid']);
  });
});

describe('people: a team sheet', () => {
  it('reads every name-like word of a side\'s sheet of nine or more, its lines set apart by semicolons, as a player', () => {
    const sheet = 'Korvala: Rautio; Halvorsen, Pekkala, Sjoberg, Lindqvist; Aaltonen, Vuorinen (Koski 70), Nieminen; Ostrander, Melkvist, Heino.';
    assert.deepEqual(detectPeople(sheet).map(p => p.text), ['Rautio', 'Halvorsen', 'Pekkala', 'Sjoberg', 'Lindqvist', 'Aaltonen',
      'Vuorinen', 'Koski', 'Nieminen', 'Ostrander', 'Melkvist', 'Heino']);
    // a captain marked makes a list with commas alone a team (names joined by "-ul-", "-ur-" of a cricket squad among them)
    assert.deepEqual(detectPeople('Kharan: Tariq Afzal, Bilal Hamid, Omar Rasheed, Zain-ul-Abideen, Faisal Qadir (captain), Imran Sadiq, '
      + 'Yasir Naveed, Junaid Iqbal, Asad Rauf, Noor-ur-Rahman.').map(p => p.text).filter(t => t.includes('-')),
    ['Zain-ul-Abideen', 'Noor-ur-Rahman']);
    // no semicolon, or fewer names: a list of anything
    assert.deepEqual(detectPeople('Stops: Rautio, Halvorsen, Pekkala, Sjoberg, Lindqvist, Aaltonen, Vuorinen, Nieminen, Heino.').map(p => p.text), []);
    // a list that names a place is a route or a draw, not a sheet
    assert.deepEqual(detectPeople('Route: Leeds; York, Durham, Rautio, Lindqvist; Newcastle, Berwick, Edinburgh; Perth, Dundee.').map(p => p.text), []);
  });
});

describe('people: scorers in brackets after a side\'s score', () => {
  it('reads each name before the minutes of its goals as a player', () => {
    assert.deepEqual(detectPeople('KORVALA 2 (Ostrander 12, Melkvist 78) TEMPLAR 1 (Duvenage 55 pen)').map(p => p.text),
      ['Ostrander', 'Melkvist', 'Duvenage']);
    assert.deepEqual(detectPeople('Harwick 3 (Rautio 4, 67, Pekkala 81) Dunmore 0.').map(p => p.text), ['Rautio', 'Pekkala']);
    // numbers in brackets after anything else are no goals
    assert.deepEqual(detectPeople('Passengers at Gate 4 (Terminal 5, Zone 2) waited.').map(p => p.text), []);
  });
});

describe('people: a ranked results list', () => {
  it('reads three or more full names close together, each after a rank and before its result, as competitors', () => {
    const list = 'Prize money:\n1. Tamsin Orveld 612,400 euros\n2. Kaito Brenvik 398,150\n3. Ilse Marrow (Austria) 377,020\n4. Dario Quellin 254,800';
    assert.deepEqual(detectPeople(list).map(p => p.text), ['Tamsin Orveld', 'Kaito Brenvik', 'Ilse Marrow', 'Dario Quellin']);
    // teams ranked so stay teams where a word of a club's name says so; two ranked names are no list
    assert.deepEqual(detectPeople('Table: 1. Harwick Vale 42 points 2. Dunmore Rovers 40 3. Kestrel Town 38').map(p => p.text), []);
    assert.deepEqual(detectPeople('1. Pello Varsk 612,400 euros 2. Ruvo Denkal 398,150').map(p => p.text), []);
  });
});

describe('people: a squad written as a list of full names', () => {
  it('reads the first of a list of full names as a person where at least half the list are people', () => {
    // a sentence's first two unfamiliar words before a comma are no evidence …
    assert.deepEqual(detectPeople('Jarrah Quaid, Sam Ferris were picked.').map(p => p.text), ['Sam Ferris']);
    // … but opening a squad of names that are people, they are one of them
    assert.deepEqual(detectPeople('The squad: Jarrah Quaid, Sam Ferris, Oscar Lind, Dele Okonjo.').map(p => p.text),
      ['Jarrah Quaid', 'Sam Ferris', 'Oscar Lind', 'Dele Okonjo']);
  });
});

describe('people: couples and relatives', () => {
  it('reads a given name before "and" and a full name, and relatives set off after a kinship noun, as people', () => {
    assert.deepEqual(detectPeople('The bakery is run by Tom and Rosa Reyes.').map(p => p.text), ['Tom', 'Rosa Reyes']);
    assert.deepEqual(
      detectPeople('She is survived by her husband, Peter; her daughters, Jane and Louise; and six grandchildren.').map(p => p.text),
      ['Peter', 'Jane', 'Louise']);
    // a word of the language opening a sentence is no given name there
    assert.deepEqual(detectPeople('Hope and Rosa Reyes met.').map(p => p.text), ['Rosa Reyes']);
  });
});


describe('people: names written in capitals', () => {
  it('reads a surname or full name in capitals as the person the article names in ordinary case', () => {
    const text = "TENNIS - HALVERSEN'S SERVE SINKS OKAFOR\n\nMELBOURNE 2027-01-20\nRuna Halversen beat Chidi Okafor 6-3 6-4.\n"
      + 'RESULTS: RUNA HALVERSEN (Norway) beat CHIDI OKAFOR (Nigeria).\n';
    assert.deepEqual(linked(text), [
      ['HALVERSEN', 'Runa Halversen'], ['OKAFOR', 'Chidi Okafor'],
      ['Runa Halversen', 'Runa Halversen'], ['Chidi Okafor', 'Chidi Okafor'],
      ['RUNA HALVERSEN', 'Runa Halversen'], ['CHIDI OKAFOR', 'Chidi Okafor'],
    ]);
  });
  it('reads nothing in capitals that the article names in no ordinary case, nor a surname two people share', () => {
    // (a byline is the exception: see the test below)
    assert.deepEqual(linked('Filed late\n\nCouncillor TOM BAKER lost his seat. NATO met.'), []);
    const text = 'OKORO BROTHERS IN COURT\n\nDarren Okoro and Femi Okoro appeared in court.';
    assert.deepEqual(linked(text), [['Darren Okoro', 'Darren Okoro'], ['Femi Okoro', 'Femi Okoro']]);
  });
  it('reads the names of a byline in capitals on its own line, up to the outlet or place, and nothing else there', () => {
    assert.deepEqual(linked('By MIRA QUELL\n\nCouncillor TOM BAKER lost his seat.'), [['MIRA QUELL', 'Mira Quell']]);
    assert.deepEqual(linked('Dock strike widens\nBy TOBIAS WREN and LEILA HAMDAN, Reuters\n\nPorts shut on Monday.'),
      [['TOBIAS WREN', 'Tobias Wren'], ['LEILA HAMDAN', 'Leila Hamdan']]);
    assert.deepEqual(linked("BY K. J. ADEYEMI, MARTA O'NEILL AND YUSUF AL-HAKIM in Kano\n\nText."),
      [['K. J. ADEYEMI', 'K. J. Adeyemi'], ["MARTA O'NEILL", "Marta O'Neill"], ['YUSUF AL-HAKIM', 'Yusuf Al-Hakim']]);
    // an agency, a desk, a role and a paper's name are no people; nor a name in capitals that is not on a byline line
    for (const line of ['By STAFF REPORTER', 'BY THE ASSOCIATED PRESS', 'By REUTERS STAFF', 'By SPORTS DESK',
      'By OUR CORRESPONDENT', 'By CITY EDITOR', 'Stand-by MIRA QUELL', 'Text by MIRA QUELL', 'By 2030 NEW HOMES']) {
      assert.deepEqual(linked(line + '\n\nThe vote is on Friday.'), [], line);
    }
  });
});
