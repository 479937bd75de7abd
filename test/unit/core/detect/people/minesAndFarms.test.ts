import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up mining and farm news: sites and firms named like people, and officials named after their portfolio.
const names = (text: string) => detectPeople(text).map(p => p.text);

describe('people: mines, mills and firms named like people', () => {
  it('"the Tessa Ridge mine" makes every mention of the name the site\'s or its operator\'s', () => {
    const text = 'Tessa Ridge said this week that the first shipment from the Tessa Ridge mine was delayed. '
      + 'Tessa Ridge chairman Colm Varley said the project had succeeded. The bulk of Tessa Ridge\'s output is sold.';
    assert.deepEqual(names(text), ['Colm Varley']);
  });

  it('a mine or a mill named with its capitalised noun is no person, nor its short form', () => {
    assert.deepEqual(names('Investigators entered the Harlan Pike Mine No. 1 on Tuesday. Pike officials declined to comment.'), []);
    assert.deepEqual(names('The grower Dara Kells said the season ran late. Oriel Mill is the last one still crushing.'), ['Dara Kells']);
  });

  it('keeps a person whom the article names beside a site of that name', () => {
    const text = 'The Tessa Ridge mine opened in 1990. Tessa Ridge, who founded it, died last year. Mrs Ridge was 90.';
    assert.deepEqual(names(text).includes('Tessa Ridge'), true);
  });

  it('keeps a person before "mine" where no determiner makes it a site\'s name', () => {
    assert.deepEqual(names('Rescuers said Owen Barlas mine workers were safe. Owen Barlas said he was relieved.').includes('Owen Barlas'), true);
  });

  it('reads a farm trade\'s giant as a firm', () => {
    assert.deepEqual(names('The meatpacking giant Carver Holt will close two plants, chief executive Ann Lisle said.'), ['Ann Lisle']);
  });

  it('cuts "Industry" and "Energy" from a minister\'s portfolio before the name', () => {
    assert.deepEqual(names('Minister for Mining and Industry Nicole Varsen said exports rose. Ms Varsen said so again.'),
      ['Nicole Varsen', 'Varsen']);
    assert.deepEqual(names('Minister for Climate and Energy Hamish Corlett said prices fell.'), ['Hamish Corlett']);
  });
});
