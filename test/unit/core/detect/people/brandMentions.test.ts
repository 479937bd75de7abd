import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up fashion and business news: houses called by their founder's name, and the founders themselves.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: a house called by its founder\'s name, decided mention by mention', () => {
  const founder = 'Livia Orsanti founded her house in Turin in 1978. ';

  it('the house\'s shop, look and goods after the bare name are the brand\'s', () => {
    assert.deepEqual(names(`${founder}The Orsanti boutique opened in May.`), ['Livia Orsanti']);
    assert.deepEqual(names(`${founder}Critics praised the distinctive Orsanti aesthetic.`), ['Livia Orsanti']);
    assert.deepEqual(names(`${founder}Orsanti will open its first store in Oslo on Friday.`), ['Livia Orsanti']);
  });

  it('a design head after the possessive or before "of" marks the house', () => {
    assert.deepEqual(names(`${founder}Since being named Orsanti's new creative director, Pavel Drost has cut the line.`),
      ['Livia Orsanti', 'Pavel Drost']);
    assert.deepEqual(names(`${founder}Pavel Drost, creative director of Orsanti, spoke first.`), ['Livia Orsanti', 'Pavel Drost']);
  });

  it('a heading of a name shown as a brand is the house\'s', () => {
    const text = 'Notes from the shows\n\nMarra Quell\n\nSince being named Marra Quell\'s new creative director, Pavel Drost has cut the line.\n';
    assert.deepEqual(names(text), ['Pavel Drost']);
  });

  it('what is worn is the house\'s, but not a possessive after it', () => {
    assert.deepEqual(names(`${founder}The actress arrived wearing a strapless Orsanti at the gala.`), ['Livia Orsanti']);
    assert.deepEqual(names(`${founder}The singer wore a jersey signed by Orsanti.`), ['Livia Orsanti', 'Orsanti']);
  });

  it('where the article shows the brand, "at" and "on behalf of" before the bare name are the house', () => {
    const text = 'Sarah Dunmore left the group\'s Aldo Velloro label after a decade. She was known for sharp styles at Velloro, '
      + 'and took the award on behalf of Velloro. The founder, Aldo Velloro, died in 2010. Velloro said in 2009 he was tired. '
      + 'Reporters looked at Velloro when he spoke.';
    assert.deepEqual(names(text), ['Sarah Dunmore', 'Aldo Velloro', 'Velloro', 'Velloro']);
  });

  it('keeps the person where nothing around the name is a house\'s', () => {
    assert.deepEqual(names(`${founder}Orsanti said the season was hard. Orsanti, who is 70, smiled.`),
      ['Livia Orsanti', 'Orsanti', 'Orsanti']);
  });

  it('a firm\'s legal form after the founder\'s surname is the firm', () => {
    assert.deepEqual(names('Tobias Grell - Grell LP\n\nTobias Grell built the data firm in 1981.'), ['Tobias Grell', 'Tobias Grell']);
  });

  it('a one-word name the article writes before a firm\'s word is the firm in every mention', () => {
    const text = 'Navy seizes Varnholt containership\n\nThe ship was managed for Varnholt when the navy fired warning shots. '
      + 'Varnholt Line said the crew was safe. "We are in contact with the authorities," said Varnholt.\n';
    assert.deepEqual(names(text), []);
    assert.deepEqual(names('Tobias Grell built the firm. Grell Media grew. Grell said he was proud.'), ['Tobias Grell', 'Grell']);
  });
});
