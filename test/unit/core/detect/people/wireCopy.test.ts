import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';
import { datelinePlaces } from '../../../../../src/core/detect/people/datelinePlaces';

// People in wire copy (wire pass): a dateline's place, a surname that is a people's word, an abbreviated rank, a news
// agency's French name, a name after "post-", a nickname after a title. All names and places are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: wire copy', () => {
  it('a wire dateline\'s place is no person anywhere in the story ("officers in Osk-Vara, who asked …")', () => {
    const story = 'OSK-VARA, March 3 (Reuters) - Rebels advanced on the capital on Sunday, a spokesman said.\n'
      + 'Fighters near Osk-Vara, who asked not to be named, said the road to Osk-Vara was open.';
    assert.deepEqual([...datelinePlaces(story).keys()], ['osk-vara']);
    assert.deepEqual(people(story), []);
    // without the dateline the sentence reads as before (the fighters' "who" is taken for the name's; "officers in"
    // before the name now says it is a place on its own: courtReports.test.ts)
    assert.notDeepEqual(people(story.slice(story.indexOf('\n') + 1)), []);
    // a title-case dateline with its region, and an agency other than Reuters
    assert.deepEqual([...datelinePlaces('Tarvik, Norland (AFP) — Talks resumed.').keys()], ['tarvik']);
    // a person of whose name the place is a part keeps every mention
    assert.deepEqual(people('HALDEN (AP) — Ruth Halden, the city\'s founder\'s great-granddaughter, said Halden had changed.'),
      [['Ruth Halden', 'Ruth Halden'], ['Halden', 'Ruth Halden']]);
  });

  it('a people\'s word last after a given name, ending its clause, is the surname ("said Karim Danish, a spokesman")', () => {
    assert.deepEqual(people('The attack began at dawn, said Karim Danish, a spokesman for the ministry.'), [['Karim Danish', 'Karim Danish']]);
    // the same word alone before a verb of saying is that person (not before a noun, nor after "the")
    assert.deepEqual(people('The road was cut, said Karim Danish, a spokesman. Two officers were hurt, Danish said. Danish officials said the road was open. The Danish said nothing.'),
      [['Karim Danish', 'Karim Danish'], ['Danish', 'Karim Danish']]);
    // before a noun it is the word of a people: "a Roman Catholic charity"
    assert.deepEqual(people('Aid came from an Italian Roman Catholic charity that has worked in Osk since 1990.'), []);
  });

  it('an abbreviated rank after a given name that is also a word is no surname ("Marine Cpl. Tomas Reyk")', () => {
    assert.deepEqual(people('Marine Cpl. Tomas R. Reyk, 22, of Osk, died on Monday.'), [['Tomas R. Reyk', 'Tomas R. Reyk']]);
    assert.deepEqual(people('My heart goes out to the family of Lance Cpl.\nDaniel Varga.'), [['Daniel Varga', 'Daniel Varga']]);
  });

  it('an agency\'s name in another language is no person ("Agence France-Presse", "Prensa Latina")', () => {
    assert.deepEqual(people('Copyright Agence France-Presse, 2006. In an interview published by Prensa Latina, Ramon Puigvert said he was tired.'),
      [['Ramon Puigvert', 'Ramon Puigvert']]);
  });

  it('a full name after "post-" or "anti-" is the person\'s ("the post-Robert Kanga era")', () => {
    assert.deepEqual(people('The vote was the first of the post-Robert Kanga era. Kanga\'s rule lasted 30 years.'),
      [['Robert Kanga', 'Robert Kanga'], ['Kanga', 'Robert Kanga']]);
    // a prefix before one word is skipped with it, as before
    assert.deepEqual(people('Hundreds joined an anti-Kanga march on Friday.'), []);
  });

  it('a nickname in straight quotes after a title ("Former Chief Executive Jacob "Kobi" Aldor")', () => {
    assert.deepEqual(people('Former Chief Executive Jacob "Kobi" Aldor fled abroad earlier this year.'),
      [['Jacob "Kobi" Aldor', 'Jacob "Kobi" Aldor']]);
  });
});
