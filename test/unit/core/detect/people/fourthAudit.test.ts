import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up lines in the shapes a fourth reading of local, court, obituary and sports pages found: a list of names each
// with a dash and a rank, a body's plural before "said he", a player who "produces" a feat, a photographer's credit
// before a slash and a university.
const names = (text: string): string[] => detectPeople(text).map(p => p.text);

describe('a fourth audit of real pages', () => {
  it('reads a list of lines, each a name opening its line, a dash and what the person holds', () => {
    const text = 'The ministry released the names of the crew:\n\nTalvo Renquist – Squadron Leader\n\nOrrin Vesk Dahl – Flying Officer\n\n'
      + 'James Holt – Sergeant\n\nMary Alder – Corporal\n';
    assert.deepEqual(names(text), ['Talvo Renquist', 'Orrin Vesk Dahl', 'James Holt', 'Mary Alder']);
  });

  it('takes no body in the plural for the one its "said he" speaks of', () => {
    assert.deepEqual(names('Harlan Voss was charged in May. Authorities said he sold the rifles to a dealer.'), ['Harlan Voss']);
    // (a surname in -ies that no body's word ends keeps its own "he")
    assert.deepEqual(names('The mayor spoke first. Humphries said he would vote against it.'), ['Humphries']);
  });

  it('keeps a given name and a surname that "produces" a feat a person', () => {
    assert.deepEqual(names('Ada Kestrel produces a century for the Harbour club\n\nThe opener scored 104.'), ['Ada Kestrel']);
  });

  it('keeps a photographer credited before a slash and a university', () => {
    assert.deepEqual(names('The dean arrives at the ceremony. (Photo: Ada Quillon/Harbour University)'), ['Ada Quillon']);
  });

  it('reads a firm after a trade in the plural, its first word of the language included, before a comma and a verb', () => {
    assert.deepEqual(names('Tara Quill, a partner with media law specialists Bright Orvane Tessel, said the court erred.'), ['Tara Quill']);
  });

  it('reads a gallery written with its foreign noun before the name as no person', () => {
    assert.deepEqual(names('The prints were lent by Galerie Vossberg, Cologne.'), []);
  });

  it('keeps a byline\'s first word of the language, in small letters or in capitals', () => {
    const story = 'The storm hit the coast on Monday.';
    assert.deepEqual(names(`Storm floods the coast road\n\nBy Kelvin Odawa Tesh\n\n${story}`), ['Kelvin Odawa Tesh']);
    assert.deepEqual(names(`Storm floods the coast road\n\nBY KELVIN ODAWA TESH\n\n${story}`), ['KELVIN ODAWA TESH']);
  });

  it('reads two words of the language run together and capitalised as a brand, no person', () => {
    assert.deepEqual(names('Odds of a cut rose to 60%, according to the CME FedWatch Tool, a gauge of market bets.'), []);
    // (a name's inner capital opens a part no dictionary holds)
    assert.deepEqual(names('DeShawn Jones met LaToya Price.'), ['DeShawn Jones', 'LaToya Price']);
  });

  it('reads a person right after a newspaper\'s name that ends in its noun', () => {
    assert.deepEqual(names('A court ordered that the reporter for The Harbour Street Journal Evan Tolliver be held.'), ['Evan Tolliver']);
  });

  it('reads "Rtd" (retired) before a rank or a name as a title', () => {
    const text = 'The envoy, Rtd Admiral Obiora Kest, arrived on Monday. The arrival of Rtd Kest was welcomed.';
    assert.deepEqual(detectPeople(text).map(p => `${p.text}=${p.entity}`), ['Obiora Kest=Obiora Kest', 'Kest=Obiora Kest']);
  });

  it('reads a head of a field in small letters before a name as the person\'s post', () => {
    assert.deepEqual(names('Head of content Mara West said the paper would appeal.'), ['Mara West']);
  });

  it('reads an Indian street written with "Veedhi" after its namesake as a place', () => {
    assert.deepEqual(names('The attack took place on Periyar Veedhi, a short walk from the station, police said.'), []);
  });
});
