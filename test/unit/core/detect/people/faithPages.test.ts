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
