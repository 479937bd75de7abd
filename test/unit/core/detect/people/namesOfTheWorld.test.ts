import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Names written as other languages and newsrooms write them: accents the word lists hold only without, a short form
// in brackets inside the name, and what only a person is said to be or do. All names are made up.
const people = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('people: names as the world writes them', () => {
  it('reads an accented name as the word lists know it without accents', () => {
    assert.deepEqual(people('The coach met reporters. Szabó said the squad was tired.'), ['Szabó']);
    assert.deepEqual(people('Anaïs Watanabe, a former judge, chaired the panel.'), ['Anaïs Watanabe']);
    // an accented ordinary word stays one
    assert.deepEqual(people('Café Orlo reopened on Friday.'), []);
  });

  it('keeps a given name or the initials in brackets inside the name, not a country of a results list', () => {
    assert.deepEqual(people('The mayor, William (Bill) Carrow, said the vote was fair.'), ['William (Bill) Carrow']);
    assert.deepEqual(people('The historian Alan Peter (A.P.) Carrow died in 1990.'), ['Alan Peter (A.P.) Carrow']);
    assert.deepEqual(people('2. Lance Hartwell (U.S.) Motorola 2 seconds behind'), ['Lance Hartwell']);
    assert.deepEqual(people('Tom Hale (Britain) beat Jan Novak in the final.'), ['Tom Hale', 'Jan Novak']);
  });

  it('links the bracketed short form with the surname, and a bare surname with its particles, to the full name', () => {
    const text = 'The mayor, William (Bill) Carrow, opened the bridge. Bill Carrow later left. Police arrested Tomas de la Cruz. '
      + 'His lawyer said de la Cruz would appeal.';
    assert.deepEqual(detectPeople(text).map(p => [p.text, p.entity]), [
      ['William (Bill) Carrow', 'William (Bill) Carrow'], ['Bill Carrow', 'William (Bill) Carrow'],
      ['Tomas de la Cruz', 'Tomas de la Cruz'], ['de la Cruz', 'Tomas de la Cruz'],
    ]);
  });

  it('reads a surname that opens with its particles, with no given name before it, whole', () => {
    assert.deepEqual(people('Police detained de la Cruz and his colleague, the lawyers said.'), ['de la Cruz']);
    assert.deepEqual(people('"I missed it," said van der Berg.'), ['van der Berg']);
    // not a phrase of another language, nor an English word that is a particle elsewhere
    assert.deepEqual(people('The Tour de France starts in July. They drove a van Ford had lent them.'), []);
  });

  it('keeps a title that is a given name too inside a name after a given name', () => {
    assert.deepEqual(people('Akbar Shah Malik, a police commander, told reporters.'), ['Akbar Shah Malik']);
    assert.deepEqual(people('Home Minister Amit Shah said the vote was fair.'), ['Amit Shah']);
  });

  it('reads a place\'s word alone after a title a person holds as a surname, not after a royal\'s', () => {
    assert.deepEqual(people('President Park said the vote was fair. Coach Wood was fired on Thursday.'), ['Park', 'Wood']);
    assert.deepEqual(people('They met in King Street by the Prince Park gates. The President Hotel was closed.'), []);
  });

  it('reads a given name and a place\'s word as a person after a person\'s role or before "told reporters"', () => {
    assert.deepEqual(people('Tony Hall told reporters the service would cut jobs.'), ['Tony Hall']);
    assert.deepEqual(people('Centre Daniel Park scored a try.'), ['Daniel Park']);
    // a place as before, and a car dealer's "said" is no person's
    assert.deepEqual(people('We walked in Grace Park. Lincoln Ford said prices rose.'), []);
  });

  it('reads a name after a title held in a body ("Speaker of the House") as after "Secretary of State"', () => {
    assert.deepEqual(people('Speaker of the House Corvin Tallis has called for calm.'), ['Corvin Tallis']);
    assert.deepEqual(people('Photographs show the Orvane Space Tarvo Ranger on its last flight.'), []);
  });

  it('reads what owns a person\'s full name by its possessive as no person: a country, a side, a firm', () => {
    assert.deepEqual(people('A win will earn him a rematch against Tarvia Nolde\'s Hector “Macho” Salgado.'), ['Hector “Macho” Salgado']);
    assert.deepEqual(people('Kestrel Ardane\'s Ana Ruiz said sales rose.'), ['Ana Ruiz']);
  });

  it('a seat in a house of lawmakers, and a batter\'s hits, say a person', () => {
    assert.deepEqual(people('Corvo Lindqvist, a member of the state Senate, said the bill was unfair.'), ['Corvo Lindqvist']);
    assert.deepEqual(people('Halvex Systems, a member of the FTSE 100 index, fell.'), []);
    assert.deepEqual(people('Orrin Tavaké went 3-for-4 and drove in two runs for the home side.'), ['Orrin Tavaké']);
  });

  it('reads a two-word name opened by a Spanish article as no person, unless it ends a longer name of the article', () => {
    assert.deepEqual(people('El Tarro said it would resume flights to Larnaca next week.'), []);
    assert.deepEqual(people('La Brava clubs voted on Tuesday, and Los Corvos beat Wales in Cardiff.'), []);
    assert.deepEqual(people('Mohamed El Tarro arrived in Cairo on Friday. El Tarro said the vote was fair.'), ['Mohamed El Tarro', 'El Tarro']);
    assert.deepEqual(people('Joaquin "El Corvo" Guzmán was extradited in January. El Corvo had escaped twice.'), ['Joaquin "El Corvo" Guzmán', 'El Corvo']);
    // a third word is a name's: "El Mehdi" is a Moroccan given name
    assert.deepEqual(people('4. El Mehdi Tarrow (Morocco) 13:11.20'), ['El Mehdi Tarrow']);
  });
});
