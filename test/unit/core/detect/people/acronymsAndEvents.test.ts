import assert from 'node:assert/strict';
import { texts } from './peopleFixtures';

// A helper's pass over energy, media, money and travel news: the tail of a body's or a case's name spelled out by the
// acronym in brackets after it, events named like people (a town's plane crash, a rig's disaster), and lists of models
// or ships. Each sentence is made up.
describe('people: phrases an acronym spells, and events named like people', () => {
  it('reads a name ending a phrase whose initials follow in brackets as no person', () => {
    assert.deepEqual(texts('The decision in the 2016 General Tariff Case (GTC) came late, said Mara Klee.'), ['Mara Klee']);
    assert.deepEqual(texts('The party, the Samahan ng Bagong Lakas (SBL), named its slate.'), []);
    // every mention of the name goes with it
    assert.deepEqual(texts('Thousands joined the Karam Adi Saren (KAS) rally. Adi Saren said it will march.'), []);
  });

  it('keeps a person whose own initials are in brackets', () => {
    assert.deepEqual(texts('Dana Rolfe (DR): We met in 2011.'), ['Dana Rolfe']);
    assert.deepEqual(texts('The president, Tomás Ignacio Vela Ruiz (TIVR), spoke on Monday.'), ['Tomás Ignacio Vela Ruiz']);
  });

  it('reads a headline event named after a town, and a rig before "disaster", as no person', () => {
    assert.deepEqual(texts('Board Releases Report On Marion Plane Crash That Killed 4'), []);
    assert.deepEqual(texts('Costs have climbed since the 2009 Marlin Deep oil spill, which closed the field.'), []);
    // the same noun opening a phrase of its own ("explosion of anger") leaves a person be
    assert.deepEqual(texts('He regretted the Ada Vell explosion of anger, said Tom Reyes.'), ['Ada Vell', 'Tom Reyes']);
  });

  it('reads the items of a list that the plural of a made thing ends as no people', () => {
    assert.deepEqual(texts('They include Corvan’s popular Tessa Lyle, Brio, and Vento models, the maker said.'), []);
    assert.deepEqual(texts('The large Ada Marina, Sea Vela, MSC Lumo, and Norra Star cruise ships called here.'), []);
    // one name before such a word is no list ("ships" a verb here), and people in a list the noun does not end stay
    assert.deepEqual(texts('Then Tom Kell ships it, said Ana Ruiz.'), ['Tom Kell', 'Ana Ruiz']);
    assert.deepEqual(texts('Ana Ruiz, Tom Kell and Ben Hale said no.'), ['Ana Ruiz', 'Tom Kell', 'Ben Hale']);
  });
});
