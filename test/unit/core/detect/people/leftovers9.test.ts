import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// The rules of issue 14's ninth pass, each with sentences it must read and sentences it must leave alone. All names
// are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: firms together, spacecraft, racehorses, honorifics (ninth pass)', () => {
  it('a name joined by "and" to a firm, the pair doing what firms do with a share, is a firm', () => {
    assert.deepEqual(people('Shares of Calder Robotics fell 6% after Jefferies and Piper Sandler both lowered their price targets.'), []);
    assert.deepEqual(people('Piper Sandler and Evercore cut their ratings on the stock to neutral.'), []);
    assert.deepEqual(people('Orrin Vale and Ardmore Securities downgraded the shares last week.'), []);
    assert.deepEqual(people('Shares fell after Jefferies and Orrin Vale kept their buy ratings on the stock.'), []);
    // an article that shows the name to be a person's keeps it
    assert.deepEqual(people('Piper Sandler, who runs the fund, said he was calm. Jefferies and Piper Sandler cut their targets for the stock.'),
      [['Piper Sandler', 'Piper Sandler'], ['Piper Sandler', 'Piper Sandler']]);
  });

  it('keeps people who lower targets together, a bare surname, and a given name opening the name', () => {
    assert.deepEqual(people('Analysts Dana Whitcombe and Marcus Flint lowered their price targets on Monday.'),
      [['Dana Whitcombe', 'Dana Whitcombe'], ['Marcus Flint', 'Marcus Flint']]);
    assert.deepEqual(people('Analyst Dana Whitcombe agreed. Whitcombe and Jefferies both told their clients to sell.'),
      [['Dana Whitcombe', 'Dana Whitcombe'], ['Whitcombe', 'Dana Whitcombe']]);
    assert.deepEqual(people('Ruth Alder and Tomas Brenn lowered their expectations for the season.'),
      [['Ruth Alder', 'Ruth Alder'], ['Tomas Brenn', 'Tomas Brenn']]);
  });

  it('a spacecraft named like a person, by what it does in space, is no person; a crew member or a minister is', () => {
    assert.deepEqual(people('Vera Lindqvist is due to enter orbit around Saturn in 2031, the agency said.'), []);
    assert.deepEqual(people('Lucy Marchetti flew past the asteroid on Tuesday and beamed back images.'), []);
    assert.deepEqual(people('Astronaut Vera Lindqvist is due to arrive at the space station on Friday.'),
      [['Vera Lindqvist', 'Vera Lindqvist']]);
    assert.deepEqual(people('Minister Ana Kovach is due to arrive in Geneva on Monday for talks on the lunar programme.'),
      [['Ana Kovach', 'Ana Kovach']]);
    assert.deepEqual(people('Talia Brandt flew past the leaders on the final lap to win the 1,500 metres.'),
      [['Talia Brandt', 'Talia Brandt']]);
  });

  it('a horse that won a race, where the sentence says what only a race has, is no person; its jockey and trainer are', () => {
    assert.deepEqual(people('Hope Springs won the Gold Cup at Cheltenham on Friday under Aidan Coyle.'), [['Aidan Coyle', 'Aidan Coyle']]);
    assert.deepEqual(people('Marigold Vance won the Kessington Stakes at 7-2, trained by Hugh Pennant. Marigold Vance will run again in May.'),
      [['Hugh Pennant', 'Hugh Pennant']]);
    // a golfer or a player who wins a cup stays a person
    assert.deepEqual(people('Maisie Calloway won the Gold Cup in Dublin by three strokes, her first title since 2022.'),
      [['Maisie Calloway', 'Maisie Calloway']]);
    assert.deepEqual(people('Oskar Lindahl won the Kessington Cup at 21, beating his brother in the final.'),
      [['Oskar Lindahl', 'Oskar Lindahl']]);
  });

  it('a horse beaten by lengths is no person, its title included; a swimmer beaten by seconds is', () => {
    assert.deepEqual(people("Silver Lachlan beat the favourite Lady Rosamund by two lengths. Lady Rosamund's trainer said she was tired."), []);
    assert.deepEqual(people('Captain Ferrall took the Redmire Stakes under Aoife Brennan. Captain Ferrall is a five-year-old.'),
      [['Aoife Brennan', 'Aoife Brennan']]);
    assert.deepEqual(people('Swimmer Ana Ruiz beat Carla Pons by two seconds in the final.'), [['Ana Ruiz', 'Ana Ruiz'], ['Carla Pons', 'Carla Pons']]);
  });

  it('a vessel named in apposition after what it is ("A tug, the Hendrik Laan,") is no person; a relative so named is', () => {
    assert.deepEqual(people('A tug, the Hendrik Laan, and two boats pulled the ship free.'), []);
    assert.deepEqual(people('The tanker, the Sofia Marsh, was refloated. Sofia Marsh reached Antwerp on Tuesday.'), []);
    assert.deepEqual(people('Her daughter, the Reverend Ann Lowe, spoke at the service.'), [['Ann Lowe', 'Ann Lowe']]);
  });

  it('a building or estate named after a person, in lower case after "the" and its name, is no mention of the person', () => {
    assert.deepEqual(people('Residents of the nearby Hannah Moore estate objected. The Arthur Pollard wing will close.'), []);
    // a case, a report or a family home keeps the person
    assert.deepEqual(people('The Marta Lindqvist case was heard on Friday. The Ruth Alder report was published on Monday.'),
      [['Marta Lindqvist', 'Marta Lindqvist'], ['Ruth Alder', 'Ruth Alder']]);
  });

  it('"X\'s pensions arm" and "a full name at X said" make a firm of X; a person\'s own arm does not', () => {
    assert.deepEqual(people("Ashby Grant's pensions arm will be sold. Corlett Vane's payments unit grew."), []);
    assert.deepEqual(people('Trader Luis Ferreira at Brandt Kellner said volumes were light.'), [['Luis Ferreira', 'Luis Ferreira']]);
    assert.deepEqual(people("Shortstop Ella Moss hurt her throwing arm. Ella Moss's left arm was in a sling."),
      [['Ella Moss', 'Ella Moss'], ['Ella Moss', 'Ella Moss']]);
    assert.deepEqual(people("Coach Ivo Marr spoke to Lena Voss at Tom Reid's funeral on Monday."),
      [['Ivo Marr', 'Ivo Marr'], ['Lena Voss', 'Lena Voss'], ['Tom Reid', 'Tom Reid']]);
  });

  it('a building named after a titled person is no person ("Queen Adelaide Hospital", "the Lord Nelson pub"); a titled surname is', () => {
    assert.deepEqual(people('Pupils at King Edward School won. Queen Adelaide Hospital was busy. Prince Alfred Road was shut.'), []);
    assert.deepEqual(people('Police were called to the Lord Nelson pub on Saturday.'), []);
    assert.deepEqual(people('Dr Tony Hall said the ward was full. Sir Alan Bridge said the road would reopen.'),
      [['Tony Hall', 'Tony Hall'], ['Alan Bridge', 'Alan Bridge']]);
  });

  it('", whose X assistant has 40 million users" is a firm; a person whose channel has subscribers and who is "she" is not', () => {
    assert.deepEqual(people('Orchard, whose Jasper assistant has 40 million users, declined to comment. A spokeswoman for Orchard said no.'), []);
    assert.deepEqual(people('Ana Ruiz, whose Twitch channel has 90,000 subscribers, said she would stop.'), [['Ana Ruiz', 'Ana Ruiz']]);
    assert.deepEqual(people('Ana Ruiz, whose podcast has 2 million listeners, said the show would end.'), [['Ana Ruiz', 'Ana Ruiz']]);
  });

  it('a trade no list holds, opening a sentence before a given name and a surname, is the role ("Forecaster Hamish Ogilvie")', () => {
    assert.deepEqual(people('Forecaster Hamish Ogilvie said gusts reached 94 mph. Ogilvie expects calmer winds.'),
      [['Hamish Ogilvie', 'Hamish Ogilvie'], ['Ogilvie', 'Hamish Ogilvie']]);
    assert.deepEqual(people('Hydrologist Anna Berg and auctioneer Tom Reid spoke.'), [['Anna Berg', 'Anna Berg'], ['Tom Reid', 'Tom Reid']]);
    // not a surname the lists know, nor a word before a surname alone
    assert.deepEqual(people('Webster Anna Berg said rivers rose.'), [['Webster Anna Berg', 'Webster Anna Berg']]);
  });

  it('"Jan" and "Jun" before a capitalised word are given names; before a number or a full stop they are months', () => {
    assert.deepEqual(people('It hangs beside works by Jan Vermaas and Pieter de Wolde.'),
      [['Jan Vermaas', 'Jan Vermaas'], ['Pieter de Wolde', 'Pieter de Wolde']]);
    assert.deepEqual(people('Jan Kowalczyk said the vote was fair. Kowalczyk left.'),
      [['Jan Kowalczyk', 'Jan Kowalczyk'], ['Kowalczyk', 'Jan Kowalczyk']]);
    assert.deepEqual(people('Sales rose in Jan and Feb. Prices fell on Jan 5. In Jan The Courier said so.'), []);
    // "Jun" the same: a Japanese, Korean or Chinese given name before a capitalised word, June before a day or a year
    assert.deepEqual(people('Cellist Jun Takeda opened the festival. Takeda played Bach.'),
      [['Jun Takeda', 'Jun Takeda'], ['Takeda', 'Jun Takeda']]);
    assert.deepEqual(people('Fixtures: Jun 5 v Harlow; Jun 12 v Kelso. Sales in Jun 2024 rose.'), []);
  });

  it('a name after "the band", "the choir", "the orchestra" is the ensemble, unless shown to be a person', () => {
    assert.deepEqual(people('The band Marlow Kestrel played first. Marlow Kestrel closed the night.'), []);
    assert.deepEqual(people('She joined the orchestra under conductor Ivo Marr.'), [['Ivo Marr', 'Ivo Marr']]);
  });

  it('a seeding joined to a name by a hyphen is no part of it; a party in the plural of its word is no person', () => {
    assert.deepEqual(people('2-Ana Cristina Rus (Romania) beat Mei Tanaka (Japan) 6-1 6-2\n14-Kai Whitford (Australia) beat Ivo Marr 6-4 6-4'),
      [['Ana Cristina Rus', 'Ana Cristina Rus'], ['Mei Tanaka', 'Mei Tanaka'], ['Kai Whitford', 'Kai Whitford'], ['Ivo Marr', 'Ivo Marr']]);
    assert.deepEqual(people('The 3-D Printing show and the 4-WAY Stop drew 1992-Lisk fans.'), []);
    assert.deepEqual(people('Albers, whose Christian Democrats won, met Christian Bauer. Tom Banks said he would go.'),
      [['Albers', 'Albers'], ['Christian Bauer', 'Christian Bauer'], ['Tom Banks', 'Tom Banks']]);
  });

  it('"X, the wealth manager," is a firm; "the fund manager" and a manager at a firm may be people', () => {
    assert.deepEqual(people('Morgan Hale, the wealth manager, said it had raised its stake.'), []);
    assert.deepEqual(people('Tracy Lund, the fund manager, said she sold.'), [['Tracy Lund', 'Tracy Lund']]);
    assert.deepEqual(people('Ivo Marr, the team manager, said he was proud.'), [['Ivo Marr', 'Ivo Marr']]);
  });

  it('a conjecture, a hypothesis, a lemma or an inequality named after a person is no mention of the person, in a headline too', () => {
    assert.deepEqual(people('Fresh Doubt On Old Halvorsen Conjecture\n\nEinar Halvorsen posed it in 1962.'),
      [['Einar Halvorsen', 'Einar Halvorsen']]);
    assert.deepEqual(people("Lena Marr said the Marr hypothesis and Okafor's lemma were wrong. Marr was 40."),
      [['Lena Marr', 'Lena Marr'], ['Marr', 'Lena Marr']]);
  });

  it('"Pak", "Bapak", "Ibu", "Datuk" are titles before a name; "Pak" before a hyphenated Korean given name is a family name', () => {
    assert.deepEqual(people('Pak Wiranto said the harvest was late. Ibu Ratna told reporters the school would reopen.'),
      [['Wiranto', 'Wiranto'], ['Ratna', 'Ratna']]);
    assert.deepEqual(people('Datuk Lim Wei Seng opened the bridge. Bapak Hartono Wijaya, 64, runs the cooperative.'),
      [['Lim Wei Seng', 'Lim Wei Seng'], ['Hartono Wijaya', 'Hartono Wijaya']]);
    assert.deepEqual(people("The premier in Pyongyang, Pak Se-jin, met the delegation. Pak said talks were useful."),
      [['Pak Se-jin', 'Pak Se-jin'], ['Pak', 'Pak Se-jin']]);
  });
});
