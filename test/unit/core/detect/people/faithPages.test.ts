import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences in the shape of religion news: clergy with the titles of their tradition, and houses of worship
// named in that tradition's word.
const linked = (text: string) => detectPeople(text).map(p => [p.text, p.entity]);

describe('people: religion news', () => {
  it('leaves the spellings of a Muslim scholar\'s title, and a prime minister\'s Irish title, out of the name', () => {
    assert.deepEqual(linked('Shaikh Omar Baradi led the prayers. Later Mawlana Baradi urged calm.'),
      [['Omar Baradi', 'Omar Baradi'], ['Baradi', 'Omar Baradi']]);
    assert.deepEqual(linked('Shaykh Yusuf Tamimi gave the sermon.'), [['Yusuf Tamimi', 'Yusuf Tamimi']]);
    assert.deepEqual(linked('Taoiseach Fionn Cassidy arrived late.'), [['Fionn Cassidy', 'Fionn Cassidy']]);
  });

  it('reads a name with "Masjid" as a mosque, not a person', () => {
    assert.deepEqual(linked('Imam Bilal Okoro welcomed worshippers to Noor Masjid on Friday. Guards shut Masjid al-Rahma at noon.'),
      [['Bilal Okoro', 'Bilal Okoro']]);
  });
});

describe('people: anniversary headlines', () => {
  it('reads a title-case headline with an ordinal ("25th Jubilee") as a headline, linking only the name the story knows', () => {
    const text = 'Villagers Celebrate Mirela Dunwoody\'s 25th Jubilee in Harrowby\nHundreds filled the hall at the weekend. '
      + 'The vicar thanked Mirela Dunwoody for her years of service.';
    assert.deepEqual(linked(text), [['Mirela Dunwoody', 'Mirela Dunwoody'], ['Mirela Dunwoody', 'Mirela Dunwoody']]);
  });

  it('still reads names in a line of scorers\' minutes or of placings', () => {
    assert.deepEqual(linked('Harrowby - Tomas Reyne (31st), Aldo Ferrante (75th)').map(m => m[0]), ['Tomas Reyne', 'Aldo Ferrante']);
  });
});
