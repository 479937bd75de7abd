import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences of Irish and New Zealand public life: the words of their institutions, offices and language,
// written with capitals beside names, are no one's name (the lexicon's cues.ts, titles.ts and places.ts).
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: Irish and Māori words of public life', () => {
  it('the police and its ranks ("An Garda Síochána", "a local Garda", "Garda Aoife Brennan")', () => {
    assert.deepEqual(names('A spokeswoman for An Garda Síochána said a local Garda was hurt. Garda Aoife Brennan gave evidence.'), ['Aoife Brennan']);
  });

  it('a council\'s chair and deputy ("the new Cathaoirleach", "Leas Cathaoirleach Tom Mulvey")', () => {
    assert.deepEqual(names('Cllr Nora Keane was elected Cathaoirleach today, and Leas Cathaoirleach Tom Mulvey will deputise.'), ['Nora Keane', 'Tom Mulvey']);
  });

  it('the parliament and a competition ("Dáil Éireann", "the All-Ireland")', () => {
    assert.deepEqual(names('Deputy Ciara Dunne told Dáil Éireann the county had not won the All-Ireland since 1998.'), ['Ciara Dunne']);
  });

  it('the language and bodies named in te reo ("Te Reo Māori", "Whānau Ora", "Te Puni Kōkiri")', () => {
    assert.deepEqual(names('Minister for Whānau Ora Hemi Tane said Te Reo Māori should be taught, and Te Puni Kōkiri agreed.'), ['Hemi Tane']);
  });

  it('keeps a person whose surname is spelled without the accent ("Laura Dail")', () => {
    assert.deepEqual(names('The actor Laura Dail joined the cast.'), ['Laura Dail']);
  });
});
