import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up obituaries and tributes: the family named around the person who died.
const linked = (text: string) => detectPeople(text).map(p => [p.text, p.entity]);
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: obituaries, a relative named beside the person who died', () => {
  it('reads a bare surname after "son of the late …" parents as the person who died, not the last parent named', () => {
    const text = 'Tomas Brandvik, 81, died on Monday. He was the son of the late Olaf Brandvik and Ingrid Brandvik. '
      + 'A graduate of Hamar college, Brandvik taught for 40 years.';
    assert.equal(detectPeople(text).at(-1)?.entity, 'Tomas Brandvik');
    // without the kinship noun and "of", the nearest full name as ever
    const plain = 'Tomas Brandvik, 81, died on Monday. Ingrid Brandvik chaired the board. Brandvik taught for 40 years.';
    assert.equal(detectPeople(plain).at(-1)?.entity, 'Ingrid Brandvik');
  });

  it('reads a bare surname after "X, his father, said" and "father of … Y" as the story\'s person', () => {
    const text = 'Keeper Rory Quillan died after collapsing on Saturday.\nDermot Quillan, Rory\'s father, said the family was grateful.\n'
      + 'Quillan was taken to hospital but did not recover.';
    assert.deepEqual(linked(text).at(-1), ['Quillan', 'Rory Quillan']);
    const father = 'Flags will fly for former councillor Anselm Dorrity.\nDorrity, father of current council leader Fiona Dorrity, '
      + 'served for 20 years.\nDorrity was also a veteran.';
    assert.deepEqual(linked(father).at(-1), ['Dorrity', 'Anselm Dorrity']);
    // in the same sentence as the relative, the nearest name
    const same = 'Dermot Quillan, Rory\'s father, said Quillan had been well.';
    assert.equal(detectPeople('Rory Quillan died. ' + same).at(-1)?.entity, 'Dermot Quillan');
  });

  it('keeps an initial-led name apart from a relative whose first name that initial does not open', () => {
    const text = 'Veteran editor R Jaspal Grewal died on Monday. Grewal, 88, had been ill, Meena Jaspal Grewal, his niece, said.';
    assert.deepEqual(linked(text).slice(0, 2), [['R Jaspal Grewal', 'R Jaspal Grewal'], ['Grewal', 'R Jaspal Grewal']]);
  });
});

describe('people: obituaries, the survivors listed', () => {
  it('reads given names after plural kinship nouns with no possessive ("survived by daughters …", "and sisters …")', () => {
    assert.deepEqual(names('She is survived by daughters Marla and Connie, and sisters Joan, Pat and Chris.'),
      ['Marla', 'Connie', 'Joan', 'Pat', 'Chris']);
    assert.deepEqual(names('He loved his three younger sisters Wynne, Bea and Lotte.'), ['Wynne', 'Bea', 'Lotte']);
  });

  it('reads great-nieces, nephews and a wife of many years set off by commas, and a list after a colon', () => {
    assert.deepEqual(names('Other survivors include: great-niece, Tamsin; great-nephew, Oren; and his wife of 40 years, Celia.'),
      ['Tamsin', 'Oren', 'Celia']);
    assert.deepEqual(names('He leaves his grandchildren: Pietro, Alys, Suzette and Kenzie.'), ['Pietro', 'Alys', 'Suzette', 'Kenzie']);
    // a colon after another noun opens no names
    assert.deepEqual(names('He leaves his favourite places: Rome, Oslo and Lima.'), []);
  });

  it('keeps a one-word nickname in single quotation marks inside the name', () => {
    assert.deepEqual(names('Keyboardist Andy ‘Fletch’ Fletcherby died. Bandmate Rolf \'Ace\' Marinov said so.'),
      ['Andy ‘Fletch’ Fletcherby', "Rolf 'Ace' Marinov"]);
  });
});

describe('people: obituaries, where the dead are buried and the clubs that mourn them', () => {
  it('reads a cemetery or a crematorium named like a person as no person', () => {
    assert.deepEqual(names('They buried him at Calvary Cemetery on Monday. The procession went on to Holt Cemetery.'), []);
    assert.deepEqual(names('They buried Edda Morvay at Calvary Cemetery on Monday, after a service at Holt Crematorium.'), ['Edda Morvay']);
  });

  it('reads a club named for its players ("Wigan Warriors", "Brighouse Rangers") as no person', () => {
    assert.deepEqual(names('Sharing the statement, Tarnby Warriors said: "Our thoughts are with them." Holm Rangers said the same.'), []);
  });
});
