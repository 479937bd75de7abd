import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences: a people's word made of a place's name the lists know ("Floridian", "Swedish") is no name.
const names = (text: string) => detectPeople(text).map(p => `${p.text}=${p.entity}`);

describe('a people\'s word made of a place\'s name', () => {
  it('is no name, alone or before a surname', () => {
    assert.deepEqual(names('The 24-year-old Floridian captured her fourth gold.'), []);
    assert.deepEqual(names('Veteran Swedish sprint star Ilsa Brandt won gold. Floridian Brandt said she was happy.'),
      ['Ilsa Brandt=Ilsa Brandt', 'Brandt=Ilsa Brandt']);
  });

  it('leaves surnames with those endings that no place makes', () => {
    assert.deepEqual(names('Kim Varkonian said she was happy.'), ['Kim Varkonian=Kim Varkonian']);
    assert.deepEqual(names('Maria Parrish said she would stay.'), ['Maria Parrish=Maria Parrish']);
    // (a surname made of a place's whole name and "-ian")
    assert.deepEqual(names('Hamid Lisbonian said he would stay.'), ['Hamid Lisbonian=Hamid Lisbonian']);
  });
});
