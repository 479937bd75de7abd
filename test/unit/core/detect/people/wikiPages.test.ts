import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Wiki-style citizen-news pages (issue 14, Wikinews pass): captions with their credit on the next line, interviews set
// out as questions, a rover or an island named like a person, events named with their year. All names are made up.
const people = (text: string): string[][] => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: wiki-style news pages (Wikinews pass)', () => {
  it('a caption\'s last word and the credit label opening the next line are no name ("Harbournews⏎Image:")', () => {
    assert.deepEqual(people('Dana Okoro, the station manager, discussed the plans with Harbournews\nImage: Tarn Division.\n\n'
      + 'Harbournews spoke with Dana Okoro about the campaign.'), [['Dana Okoro', 'Dana Okoro'], ['Dana Okoro', 'Dana Okoro']]);
    // a name broken across a long line of prose still joins
    assert.deepEqual(people('After a long meeting with the regional transport committee on Monday the director Branko\nBilbija said the line would open.'),
      [['Branko\nBilbija', 'Branko Bilbija']]);
  });

  it('an interview\'s "You’re" or "We’re" opens no name', () => {
    assert.deepEqual(people('Lena Hart: You’re Tomas Brandt, the founder?\nTomas Brandt: Yes. You\'re Lena Hart.'),
      [['Lena Hart', 'Lena Hart'], ['Tomas Brandt', 'Tomas Brandt'], ['Tomas Brandt', 'Tomas Brandt'], ['Lena Hart', 'Lena Hart']]);
  });

  it('a name set off as a place\'s or a country\'s rover, probe or ship is no one ("Silver Hare, Tarvania\'s first moon rover")', () => {
    assert.deepEqual(people('State media said Jade Corran, Tarvania\'s first moon rover, had stopped working.'), []);
    // a person set off by a country's role stays one
    assert.deepEqual(people('Jade Corran, Tarvania\'s first woman astronaut, said the mission had gone well.'), [['Jade Corran', 'Jade Corran']]);
  });

  it('a given name before "Island" or "Peninsula" names a place, on a caption\'s line of its own too', () => {
    assert.deepEqual(people('Two strong earthquakes strike the South Pacific\n\nMarcel Island\nImage: Survey Office.\n\nOn Monday, two earthquakes struck.'), []);
    // a person whose surname is a place's word is kept
    assert.deepEqual(people('Marcel Hill, the harbour master, said the island was safe.'), [['Marcel Hill', 'Marcel Hill']]);
  });

  it('a name right before "area" or "neighbourhood" is a place\'s', () => {
    assert.deepEqual(people('The blast destroyed shops in the crowded Kasbah Bazaar area of the city.'), []);
    // a person who lives in an area is kept
    assert.deepEqual(people('Rana Kassem, who lives in the Old Town area, said the shops were shut.'), [['Rana Kassem', 'Rana Kassem']]);
  });

  it('an event named with its year, as a heading or after "the", is no one ("2012 Summer Paralympics")', () => {
    assert.deepEqual(people('2014 Winter Paralympics\n\nNewest stories from the games.'), []);
    assert.deepEqual(people('Newest stories\n\n2030 Summer Paralympics\n\nThe games opened on Friday.'), []);
    // a person after a year and a preposition, or a person's campaign after a year, is kept
    assert.deepEqual(people('In 2012 Dana Ruiz won the seat.'), [['Dana Ruiz', 'Dana Ruiz']]);
    assert.deepEqual(people('The 2016 Dana Ruiz campaign spent $2 million.'), [['Dana Ruiz', 'Dana Ruiz']]);
  });
});
