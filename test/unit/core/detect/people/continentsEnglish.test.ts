import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences in the styles of English-language news from continental Europe, Latin America, Australia, New
// Zealand, the Pacific and Canada: hyphenated offices, Maori places and tribes, Fijian chiefly titles, picture credits
// that end a caption's line, a council's list of staff with their jobs in brackets.
const texts = (text: string) => detectPeople(text).map(p => p.text);
const linked = (text: string) => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: English-language news from Europe, Latin America, the Pacific and Canada', () => {
  it('reads an office in one hyphenated word before a full name as a title ("Chancellor-designate", "Solicitor-General")', () => {
    assert.deepEqual(linked("On Friday, Austria's Chancellor-designate Otmar Reiter praised the deal. Reiter said more."),
      [['Otmar Reiter', 'Otmar Reiter'], ['Reiter', 'Otmar Reiter']]);
    assert.deepEqual(texts('Portuguese Premier-in-waiting Rui Matos Gouveia spoke first.'), ['Rui Matos Gouveia']);
    assert.deepEqual(texts('She was sworn in by Solicitor-General Dana Whitlow in Regina.'), ['Dana Whitlow']);
    // (a hyphenated given name stays whole)
    assert.deepEqual(texts('Jean-Luc Moreau and Anne-Sophie Roux spoke.'), ['Jean-Luc Moreau', 'Anne-Sophie Roux']);
  });

  it('reads a marae, a runanga, an iwi opened by "Ngāti", a cenotaph or a homestead as no person', () => {
    assert.deepEqual(texts('The ministers were welcomed at Te Koru Marae by Ngāti Rewa elders, then at Te Whare Rūnanga.'), []);
    assert.deepEqual(texts('The service starts at 5.30am at the Eskdale Cenotaph, then breakfast at Kowhai Homestead, said Tane Hohaia.'),
      ['Tane Hohaia']);
  });

  it('reads a name owning a bay or an island as a place ("Hawke’s Bay", "Mason\'s Island")', () => {
    assert.deepEqual(texts('Mayor Ruth Kenning of Upper Hawke’s Bay said roads were shut. Flooding hit Mason\'s Island too.'),
      ['Ruth Kenning']);
  });

  it('reads "Ratu" before a Fijian name as a title', () => {
    assert.deepEqual(texts('The gift went to Ratu Semi Naulivou, the former minister.'), ['Semi Naulivou']);
  });

  it('ends a name at a caption\'s credit label and never runs a credit into the next line', () => {
    assert.deepEqual(texts('Finland\'s new minister, Aino Laakso Image: Maria Niemi / Yle'), ['Aino Laakso', 'Maria Niemi']);
    assert.deepEqual(texts('Rally in Tampere on Sunday against the new policies taking effect next year. Image: Yle\nOssi Rantala\nThat was the day.'),
      ['Ossi Rantala']);
    assert.deepEqual(texts('A temporary ford over the river at Waipori, after the flood took the road bridge. Photo / Ian Crane\nOne week on, the road is shut.'),
      ['Ian Crane']);
    assert.deepEqual(texts('Mask Credit: Lotte Brandt for Kurier (licence)'), ['Lotte Brandt']);
  });

  it('reads the department after a title in a person\'s bracketed job as no person', () => {
    const text = 'IN ATTENDANCE\n\nAna Ruiz (General Manager Climate and Growth), Tom Hale (Group Manager Property), '
      + 'Nina Morgan (Kaiārahi (General Manager Policy and Partnerships)) and Jo Bell (Team leader Creative Services)';
    assert.deepEqual(texts(text), ['Ana Ruiz', 'Tom Hale', 'Nina Morgan', 'Jo Bell']);
    // (a second name for the same person in brackets is a person still)
    assert.deepEqual(texts('The pastor, known as Father Benny (Father Benedito Fernandes), thanked the parish.'),
      ['Benny', 'Benedito Fernandes']);
  });
});
