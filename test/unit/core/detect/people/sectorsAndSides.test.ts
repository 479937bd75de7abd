import assert from 'node:assert/strict';
import { fixture, people, texts } from './peopleFixtures';

// Made-up stories of issue 14's eleventh pass, of kinds the other people fixtures do not cover (test/fixtures/people): a
// wiki-style vaccine trial with its sources, European football results with clubs opened by Dynamo or Hapoel, T20
// cricket, a markets wrap of firms named like people, a satellite launch, a court fight over a family firm, a hospital
// merger, a fashion house named after its founder, provincial elections in Laos, tech founders, a bishop's
// installation, a shooting outside a bar. Each is read as an
// editor would: every person mention the detector should show, with whom it names, and nothing else. All people,
// firms, clubs and products are invented, bar a few listed firms of the markets wrap.

describe('people in made-up stories of vaccines, European football, cricket, markets, launches, courts and fashion', () => {
  it('wiki-style vaccine trial with its sources: firms ending in a sector noun, a nurse, the authors of the sources', () => {
    const text = fixture('wiki-vaccine-trial.md');
    assert.deepEqual(people(text), [
      ['Abena Owusu-Mensah', 'Abena Owusu-Mensah'],
      ['Owusu-Mensah', 'Abena Owusu-Mensah'],
      ['Tomasz Wierzbicki', 'Tomasz Wierzbicki'],
      ['Rafael Quintana', 'Rafael Quintana'],
      ['Quintana', 'Rafael Quintana'],
      ['Kwesi Darko', 'Kwesi Darko'],
      ['Ines Halloran', 'Ines Halloran'],
      ['Marta Eklund', 'Marta Eklund'],
      ['Yaw Boateng', 'Yaw Boateng'],
    ]);
    for (const word of ['Orvane', 'Kessel', 'Halvern', 'Brightwater', 'Health']) assert.ok(!texts(text).some(t => t.includes(word)), word);
  });

  it('European football: clubs opened by Dynamo, Lokomotiv, Hapoel, Maccabi, FK, Spartak, Slavia; the results list; players and coaches', () => {
    const text = fixture('europe-football-roundup.md');
    assert.deepEqual(people(text), [
      ['Ilya Voronin', 'Ilya Voronin'],
      ['Levan Gelashvili', 'Levan Gelashvili'],
      ['Voronin', 'Ilya Voronin'],
      ['Andrei Sokolov', 'Andrei Sokolov'],
      ['Pavel Hrabal', 'Pavel Hrabal'],
      ['Eitan Mizrahi', 'Eitan Mizrahi'],
      ['Omri Ben-David', 'Omri Ben-David'],
      ['Yossi Peretz', 'Yossi Peretz'],
      ['Lukas Brandstetter', 'Lukas Brandstetter'],
      ['Voronin', 'Ilya Voronin'],
    ]);
    for (const word of ['Dynamo', 'Kirsk', 'Brest', 'Tarsa', 'Dorin', 'Zelen', 'Varna', 'Velo', 'Morsk', 'Velsk', 'Ostrava']) assert.ok(!texts(text).some(t => t.includes(word)), word);
  });

  it('T20 cricket: franchises, a demonym of two words before a player (Sri Lankan all-rounder), short forms by given name', () => {
    const text = fixture('cricket-t20.md');
    assert.deepEqual(people(text), [
      ['Tanvir Hossain', 'Tanvir Hossain'],
      ['Dimuth Wickramaratne', 'Dimuth Wickramaratne'],
      ['Shakil Ahmed', 'Shakil Ahmed'],
      ['Jandre Botha', 'Jandre Botha'],
      ['Tanvir', 'Tanvir Hossain'],
      ['Mominul Karim', 'Mominul Karim'],
      ['Dimuth', 'Dimuth Wickramaratne'],
      ['Ahmed', 'Shakil Ahmed'],
      ['Rahmat Zadran', 'Rahmat Zadran'],
      ['Wickramaratne', 'Dimuth Wickramaratne'],
    ]);
    for (const word of ['Lankan', 'Strikers', 'Warriors', 'Kings', 'Titans']) assert.ok(!texts(text).some(t => t.includes(word)), word);
  });

  it('markets wrap: firms named like people listed with firms as they rise and fall, a studio named after its founder, a founder who steps down', () => {
    const text = fixture('markets-founders.md');
    assert.deepEqual(people(text), [
      ['Dana Kim', 'Dana Kim'],
      ['Priya Raman', 'Priya Raman'],
      ['Marcus Whitlow', 'Marcus Whitlow'],
    ]);
    for (const word of ['Marlow', 'Schwab', 'Tedeschi', 'Voss', 'Kestrel', 'Pemberley', 'Clarke']) assert.ok(!texts(text).some(t => t.includes(word)), word);
  });

  it('satellite launch: a maker named as Defence and Space, a sector noun ending a firm, a satellite with a name, the crew and scientists', () => {
    const text = fixture('satellite-launch.md');
    assert.deepEqual(people(text), [
      ['Sophie Lemaire', 'Sophie Lemaire'],
      ['Mart Kask', 'Mart Kask'],
      ['Henrik Dahl', 'Henrik Dahl'],
      ['Clara Ibsen', 'Clara Ibsen'],
      ['Ibsen', 'Clara Ibsen'],
    ]);
    for (const word of ['Space', 'Orvane', 'Kessel', 'Marlo', 'Aurora']) assert.ok(!texts(text).some(t => t.includes(word)), word);
  });

  it('court: a firm named after its founder beside him and his daughter, the firm\'s shares, a rival firm and its founder', () => {
    const text = fixture('court-family-firm.md');
    assert.deepEqual(people(text), [
      ['Harriet Okafor', 'Harriet Okafor'],
      ['Gordon Pellow', 'Gordon Pellow'],
      ['Pellow', 'Gordon Pellow'],
      ['Pellow', 'Gordon Pellow'],
      ['Naomi Achterberg', 'Naomi Achterberg'],
      ['Pellow', 'Gordon Pellow'],
      ['Pellow', 'Gordon Pellow'],
      ['Simon Thackeray', 'Simon Thackeray'],
      ['Pellow', 'Gordon Pellow'],
      ['Fiona Pellow', 'Fiona Pellow'],
      ['Arthur Brannock', 'Arthur Brannock'],
    ]);
    for (const word of ['Tools']) assert.ok(!texts(text).some(t => t.includes(word)), word);
  });

  it('hospital merger: groups named by sector nouns (Health, Care), a firm named after its founder beside her, a union organiser', () => {
    const text = fixture('hospital-merger.md');
    assert.deepEqual(people(text), [
      ['Amara Nwosu', 'Amara Nwosu'],
      ['Peter Lindqvist', 'Peter Lindqvist'],
      ['Nwosu', 'Amara Nwosu'],
      ['Marguerite Delacroix', 'Marguerite Delacroix'],
      ['Dave Ashworth', 'Dave Ashworth'],
      ['Margaret Carrow', 'Margaret Carrow'],
      ['Richard', 'Richard'],
      ['Margaret Carrow', 'Margaret Carrow'],
    ]);
    for (const word of ['Brightwater', 'Carrow Care', 'Halden', 'Unison']) assert.ok(!texts(text).some(t => t.includes(word)), word);
  });

  it('fashion house named after its founder: the founder and the house in one article, a rival label, an analyst', () => {
    const text = fixture('fashion-house.md');
    assert.deepEqual(people(text), [
      ['Vellini', 'Marta Vellini'],
      ['Joris Vanhecke', 'Joris Vanhecke'],
      ['Marta Vellini', 'Marta Vellini'],
      ['Vellini', 'Marta Vellini'],
      ['Joris', 'Joris Vanhecke'],
      ['Vanhecke', 'Joris Vanhecke'],
      ['Laurent Fabre', 'Laurent Fabre'],
      ['Vanhecke', 'Joris Vanhecke'],
      ['Giulia Ferraro', 'Giulia Ferraro'],
      ['Vellini', 'Marta Vellini'],
      ['Ferraro', 'Giulia Ferraro'],
      ['Vanhecke', 'Joris Vanhecke'],
      ['Vellini', 'Marta Vellini'],
      ['Rosaria Gallo', 'Rosaria Gallo'],
      ['Vellini', 'Marta Vellini'],
    ]);
    // "Vellini's shares … rose" is the house; left: the headline's "Vellini" (the house names a director), "the biggest
    // question over Vellini" and "collection for Vellini" (the house) are read as the founder
    for (const word of ['Aubry', 'Delphine', 'Serravalle']) assert.ok(!texts(text).some(t => t.includes(word)), word);
  });

  it('provincial elections in Laos: names no list holds, a Malaysian honorific, a Vietnamese name with its given name last', () => {
    const text = fixture('election-mekong.md');
    assert.deepEqual(people(text), [
      ['Bounmy Phommachanh', 'Bounmy Phommachanh'],
      ['Sonexay Vongsavath', 'Sonexay Vongsavath'],
      ['Thongsavanh Keomany', 'Thongsavanh Keomany'],
      ['Keomany', 'Thongsavanh Keomany'],
      ['Khamphoui Sisavath', 'Khamphoui Sisavath'],
      ['Aminah Rahim', 'Aminah Rahim'],
      ['Nguyen Thi Lan', 'Nguyen Thi Lan'],
      ['Lan', 'Nguyen Thi Lan'],
    ]);
    for (const word of ['Champasak', 'Datuk']) assert.ok(!texts(text).some(t => t.includes(word)), word);
  });

  it('tech founders: sisters named together, a firm and an assistant named like people, a foundation named after a magnate', () => {
    const text = fixture('tech-founders.md');
    assert.deepEqual(people(text), [
      ['Mei', 'Mei Okada'],
      ['Lian Okada', 'Lian Okada'],
      ['Tobias Renner', 'Tobias Renner'],
      ['Mei Okada', 'Mei Okada'],
      ['Lian Okada', 'Lian Okada'],
      ['Desmond Oyelaran', 'Desmond Oyelaran'],
      ['Ada Whitmore', 'Ada Whitmore'],
      ['Samuel Abiodun', 'Samuel Abiodun'],
      ['Abiodun', 'Samuel Abiodun'],
    ]);
    for (const word of ['Harriet', 'Quill', 'Juniper', 'Ostara', 'Castell', 'Marsh', 'Tully']) assert.ok(!texts(text).some(t => t.includes(word)), word);
  });

  it('a bishop installed: clergy titles (the Right Reverend, Archdeacon, Canon, Father), a cathedral and a trust named after saints', () => {
    const text = fixture('bishop-installed.md');
    assert.deepEqual(people(text), [
      ['Miriam Okonjo', 'Miriam Okonjo'],
      ['Okonjo', 'Miriam Okonjo'],
      ['Paul Whitacre', 'Paul Whitacre'],
      ['Miriam', 'Miriam Okonjo'],
      ['Whitacre', 'Paul Whitacre'],
      ['Fiona Castell', 'Fiona Castell'],
      ['Thomas Brennan', 'Thomas Brennan'],
      ['Declan Murphy', 'Declan Murphy'],
      ['Arthur Penrose', 'Arthur Penrose'],
      ['Okonjo', 'Miriam Okonjo'],
      ['Rachel Dunmore', 'Rachel Dunmore'],
    ]);
    for (const word of ['Columba', 'Brigid', 'Aidan', 'Alexandra', 'Canon']) assert.ok(!texts(text).some(t => t.includes(word)), word);
  });

  it('a bar shooting: suspects with ages and an initial, a bouncer with his suffix, a street named like a person, police ranks', () => {
    const text = fixture('bar-shooting.md');
    assert.deepEqual(people(text), [
      ['Marcus T. Bell', 'Marcus T. Bell'],
      ['DeShawn Hollis', 'DeShawn Hollis'],
      ['Jason Hall', 'Jason Hall'],
      ['Bell', 'Marcus T. Bell'],
      ["Karen O'Donnell", "Karen O'Donnell"],
      ['Luis Ortega Jr.', 'Luis Ortega Jr.'],
      ['Teresa Kowalski', 'Teresa Kowalski'],
      ['Hollis', 'DeShawn Hollis'],
      ['Ortega', 'Luis Ortega Jr.'],
      ['Ana', 'Ana'],
      ['Bell', 'Marcus T. Bell'],
      ['Hollis', 'DeShawn Hollis'],
      ['Mia Tennant', 'Mia Tennant'],
    ]);
    // left: the prosecutor, both of whose words are words of the language ("Mat Rush Jr."), and "Luis" inside the
    // sister's quotation are missed (his suffix alone, "Jr.", is no longer read as the bouncer)
    for (const word of ['Wayne', 'Jr.', 'Rush', 'Tarn', 'Brendan']) assert.ok(!texts(text).some(t => t === word || t.startsWith(word)), word);
  });
});
