import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of the pass on made-up wiki-style and wire news of places, works and things named after people (airports,
// stadiums, ships, prizes, films, novels, plays, mines, laws), of churches, bands and councils (5 December, third
// pass), each with sentences it must read and sentences it must leave alone. All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: places and works named after people (5 December, third pass)', () => {
  it('"Bandmate" or "Parishioner" opening a sentence is a role before the name, not its first word', () => {
    assert.deepEqual(people('Bandmate Marigold Finch said the pair were heartbroken.'), [['Marigold Finch', 'Marigold Finch']]);
    assert.deepEqual(people('Parishioner Margaret Dunn, 82, said she had been married there. Dunn said the village would fight.'),
      [['Margaret Dunn', 'Margaret Dunn'], ['Dunn', 'Margaret Dunn']]);
  });

  it('a name right after the noun of a work is its title, and so elsewhere where nothing personal is said of it', () => {
    assert.deepEqual(people('The biographical drama "Kessler" took $82 million. Kessler, directed by Imogen Stroud, tells the story of '
      + 'the physicist Anton Kessler, who led a radar project. Actor Julian Marsh plays Kessler. Critics praised the film. '
      + 'Kessler had been expected to open at $60 million.'),
    [['Imogen Stroud', 'Imogen Stroud'], ['Anton Kessler', 'Anton Kessler'], ['Julian Marsh', 'Julian Marsh'], ['Kessler', 'Anton Kessler']]);
    assert.deepEqual(people('Ashgrove Books would reissue Charlotte Pemberton\'s novel "Agnes Wilde" in a new edition. The novel follows '
      + 'Agnes Wilde, an orphan who becomes a governess. Agnes Wilde has sold more than 20 million copies.'),
    [['Charlotte Pemberton', 'Charlotte Pemberton'], ['Agnes Wilde', 'Agnes Wilde']]);
    // a title written inside the work's name ("Mrs Ambrose") is the show's where nothing else personal is said of it
    assert.deepEqual(people('Channel Nine has renewed its detective drama Mrs Ambrose for a fourth series. The show stars Philippa '
      + 'Greaves as Dorothy Ambrose, a retired headmistress. Mrs Ambrose drew 7 million viewers.'),
    [['Philippa Greaves', 'Philippa Greaves'], ['Dorothy Ambrose', 'Dorothy Ambrose']]);
    // a quotation the name opens but does not close is a longer title; its words may name a character elsewhere
    assert.deepEqual(people('The horror film "Ezra Is Still Upstairs" earned $9.1 million. The film\'s villain, Ezra Blackwood, is played by Tom Ruddle.'),
      [['Ezra Blackwood', 'Ezra Blackwood'], ['Tom Ruddle', 'Tom Ruddle']]);
    // "play" is a verb in sport: only "the play" is a work
    assert.deepEqual(people('Manager Mick Carthy named the team to play Liechtenstein. Carthy said the side would play Liechtenstein in Vaduz.'),
      [['Mick Carthy', 'Mick Carthy'], ['Carthy', 'Mick Carthy']]);
  });

  it('"named the Anna Larsen", "named the Captain Ellis Trafford": what is named "the" someone is a ship or an aircraft', () => {
    assert.deepEqual(people('Shipping line Kessgaard said it had ordered eight ships. The first ship will be named the Anna Larsen, '
      + 'after the founder\'s wife.'), []);
    assert.deepEqual(people('The Dash 8, named the Captain Ellis Trafford after a pioneer pilot, was taken out of service.'), []);
    // a person is named to a post, or named after someone
    assert.deepEqual(people('The club named Ana Ruiz as coach. Her daughter was named Carla Ruiz after her grandmother.'),
      [['Ana Ruiz', 'Ana Ruiz'], ['Carla Ruiz', 'Carla Ruiz']]);
  });

  it('a bare surname between "the" and a mine\'s, a wing\'s or a law\'s noun names the thing, and the person stays a person elsewhere', () => {
    assert.deepEqual(people('Chairman Pieter Rensvold said flooding at the Mulenga mine was exceptional. The Mulenga mine, named after '
      + 'the independence leader Joseph Mulenga, produces a third of its copper.'),
    [['Pieter Rensvold', 'Pieter Rensvold'], ['Joseph Mulenga', 'Joseph Mulenga']]);
    assert.deepEqual(people('Professor Linnea Berg said the Ostrander law failed below 2 kelvin. The law was first set out by the physicist '
      + 'Gustav Ostrander in 1921. "Ostrander would have been delighted," Berg said.'),
    [['Linnea Berg', 'Linnea Berg'], ['Gustav Ostrander', 'Gustav Ostrander'], ['Ostrander', 'Gustav Ostrander'], ['Berg', 'Linnea Berg']]);
    assert.deepEqual(people('The gift came from the shipping heir Halvard Moe. Director Erik Nygaard said the Moe wing would house 12 '
      + 'laboratories. Moe, 79, said he had lost his wife to cancer.'),
    [['Halvard Moe', 'Halvard Moe'], ['Erik Nygaard', 'Erik Nygaard'], ['Moe', 'Halvard Moe']]);
    // a family, a campaign, an administration: the person in a noun's modifier
    assert.deepEqual(people('President Tom Hallam spoke. The Hallam campaign and the Hallam family said little.'),
      [['Tom Hallam', 'Tom Hallam'], ['Hallam', 'Tom Hallam'], ['Hallam', 'Tom Hallam']]);
  });

  it('", a seventh-century monk who is said to" set off after a name makes a person of it; a band or a club who stays many', () => {
    assert.deepEqual(people('The church is named after Aldric, a seventh-century monk who is said to have preached on the hill.'),
      [['Aldric', 'Aldric']]);
    assert.deepEqual(people('The council hired Tarvik, a local firm which builds roads, and Osmund, a local club who sit fourth.'), []);
  });

  it('a character an actor plays is a person in the text: "takes the part of Polonius", "played Banquo" in a theatre story', () => {
    assert.deepEqual(people('The theatre said veteran actor Sir Leonard Dunmore takes the part of Polonius. Dunmore played Banquo last year.'),
      [['Leonard Dunmore', 'Leonard Dunmore'], ['Polonius', 'Polonius'], ['Dunmore', 'Leonard Dunmore'], ['Banquo', 'Banquo']]);
    // in sport a side is played
    assert.deepEqual(people('Rovers played Tarvik on Sunday. Coach Ana Ruiz said the side played Kessington well.'), [['Ana Ruiz', 'Ana Ruiz']]);
  });

  it('a possessive right after "said" opens what was said or names the speaker\'s firm, unless a person\'s role follows it', () => {
    assert.deepEqual(people('Mining group Blackwood Cassidy cut its copper forecast. Analysts said Cassidy\'s forecast was lower than expected.'), []);
    assert.deepEqual(people('"They built too much," said Kessler\'s Jonas Brandt, who rates the stock a hold.'), [['Jonas Brandt', 'Jonas Brandt']]);
    assert.deepEqual(people('"We will win," said Okonkwo\'s lawyer.'), [['Okonkwo', 'Okonkwo']]);
  });

  it('a given name and a surname right after "the" and before a comma, a stop or "and" is a thing named after a person', () => {
    assert.deepEqual(people('The airline named its new jets after national heroes; the first of which, the Simón Calderón, made its '
      + 'first flight on Tuesday. The others will be named the Rosa Pineda, the Manuel Ortega and the Luisa Ferrer.'), []);
    assert.deepEqual(people('He would not fight for the Brady Bill.'), []);
    // and so where the article names it again with nothing personal said of it
    assert.deepEqual(people('The first jet, the Simón Calderón, made its first flight. The Simón Calderón flew to Madrid.'), []);
    // "the John Major government" names him in a noun's modifier; ", who" after the name makes a person
    assert.deepEqual(people('Critics of the John Major government spoke. It was not the Ruth Alder, who ran the shop, but her sister.'),
      [['John Major', 'John Major'], ['Ruth Alder', 'Ruth Alder']]);
  });

  it('"the Castellanos telescope", "the new Vera Castellanos observatory" name the instrument, not the astronomer', () => {
    assert.deepEqual(people('The telescope is named after the astronomer Vera Castellanos. Dr. Tomasz Wilk said the Castellanos telescope '
      + 'found the galaxy. Castellanos, who died in 2009, mapped the southern sky.'),
    [['Vera Castellanos', 'Vera Castellanos'], ['Tomasz Wilk', 'Tomasz Wilk'], ['Castellanos', 'Vera Castellanos']]);
    assert.deepEqual(people('Results from the new Halvard Brenning observatory confirmed the find.'), []);
  });

  it('a saint\'s church named first leaves the saint a person where ", a … monk who" is said of him', () => {
    assert.deepEqual(people('The Church of St Aldric will close. "St Aldric\'s has served this village," Bishop Clement Ashworth said. '
      + 'The church is named after Aldric, a seventh-century monk who is said to have preached on the hill.'),
    [['Clement Ashworth', 'Clement Ashworth'], ['Aldric', 'Aldric']]);
  });
});
