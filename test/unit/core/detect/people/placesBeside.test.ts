import assert from 'node:assert/strict';
import { people, texts } from './peopleFixtures';

// Places and venues that listings and local reports name like people (issue 14, venues pass:
// src/core/detect/people/placesBeside.ts, streetNames.ts, stormsAndTitles.ts). All sentences and names are made up.

describe('people: towns, streets, venues and labels written like names (venues pass)', () => {
  it('a town after an address and "in", opened by a title\'s word, is the town in every mention', () => {
    const text = 'The garden club meets at 7 p.m. Tuesday at the old mill, 12 Ferry St. in Prince Alwyn. All welcome.\n'
      + 'Dunmore Library Prince Alwyn will host a resume workshop at 2 p.m. Thursday.';
    assert.deepEqual(texts(text), []);
    // a prince named with nothing of an address is still a person
    assert.deepEqual(texts('The visit of Prince Alwyn to the port was cut short.'), ['Alwyn']);
  });

  it('a town after a street or a place and a comma, ending the sentence or before its day, is the town', () => {
    assert.deepEqual(texts('She was found at her home in Larch Road, Gilbert Marsh on May 3. A shop in Gilbert Marsh sold the fuel.'), []);
    assert.deepEqual(texts('Officers are appealing for witnesses after a burglary in Ashby, Stanley Vale.'), []);
    // a person set off after a role and "in" a place stays a person
    assert.deepEqual(texts('He campaigned with the party\'s candidate in Ashby, Jonah Trell. He will do well, he said.'), ['Jonah Trell']);
  });

  it('a venue after "at the", with nothing after it, is the venue in every mention', () => {
    assert.deepEqual(texts('Folk night, 8 p.m., Crooked Fiddle, and quiz night, 9 p.m., all at the Crooked Fiddle, and more.'), []);
    assert.deepEqual(texts('Laura Finch, 6 p.m., Contented Goat. Quiz night, 9 p.m., all at the Contented Goat, and more.'), ['Laura Finch']);
  });

  it('a street written short after a house number, or a street\'s noun written short alone, is no name', () => {
    assert.deepEqual(texts('Outdoor film: 8:45 p.m. Maple Park, 1420 Willow St. S., Springfield; free.'), []);
    assert.deepEqual(texts('Doors open at 6 p.m. at the hall, 9 E. 31st St., Springfield.'), []);
  });

  it('a street after "the 800 block of", or beside another street, is the street', () => {
    assert.deepEqual(texts('Crews put out an attic fire in the 800 block of N. Fleetwood early today.'), []);
    assert.deepEqual(texts('A man in the 100 block of Gilmore Way reported a theft.'), []);
    assert.deepEqual(texts('Lanes will close between Elm Avenue and Queen Ada Street overpass on Monday.'), []);
    // a person with a title and nothing of a street beside her stays a person
    assert.deepEqual(texts('The visit of Queen Ada to the harbour was cut short.'), ['Ada']);
  });

  it('a duo named after its player is the duo', () => {
    assert.deepEqual(people('Jon Pike and Marta Lindqvist Duo: 7:30 p.m.; Music Hall, 36 Oak St., Lakeside.'), [['Jon Pike', 'Jon Pike']]);
  });

  it('a weather label written after "a", and again in block capitals, is no one', () => {
    const text = 'The weather service has issued a Winter Storm Warning for the valley. ...WINTER STORM WARNING IN EFFECT '
      + 'UNTIL MIDNIGHT... A Winter Storm Warning means travel will be very difficult.';
    assert.deepEqual(texts(text), []);
  });
});
