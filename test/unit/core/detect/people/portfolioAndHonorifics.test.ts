import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';

// Made-up sentences in the house styles of Nigerian, Pakistani, Sri Lankan and Zimbabwean papers (issue 14, world
// English pass): a portfolio written before the name, a party's initials before it, and the honorifics "Hon.", "Barr."
// and "Cde".
const names = (text: string) => detectPeople(text).map(p => p.text);
const entities = (text: string) => [...new Set(detectPeople(text).map(p => p.entity))];

describe('people: a portfolio, initials and honorifics before a name', () => {
  it('cuts a portfolio\'s word from the front of the name after "Minister for"', () => {
    assert.deepEqual(names('Federal Minister for Ports and Shipping Tariq Aziz Baloch said the talks go on. Tariq Aziz Baloch added more.'),
      ['Tariq Aziz Baloch', 'Tariq Aziz Baloch']);
    assert.deepEqual(names('Provincial Minister for Railways Imtiaz Ahmed Bhatti said the line will reopen.'), ['Imtiaz Ahmed Bhatti']);
    assert.deepEqual(entities('The Under Secretary for Trade and Intelligence Brian Keller will visit. Keller left.'), ['Brian Keller']);
  });

  it('keeps a name after a portfolio that is no field of work\'s word, and a two-word name', () => {
    assert.deepEqual(names('The Commissioner for Health Grace Wanjiru Atieno spoke.'), ['Grace Wanjiru Atieno']);
    assert.deepEqual(names('Minister for Finance Kemi Adeyemi spoke.'), ['Kemi Adeyemi']);
  });

  it('cuts initials the article spells out in brackets, not a name\'s own initials', () => {
    assert.deepEqual(entities('The Harbour Reform Party (HRP) met. Chairman HRP Salim Khan spoke, and Khan left.'), ['Salim Khan']);
    assert.deepEqual(names('The Deputy Inspector General (DIG) spoke. DIG Ramesh Thapa retires today.'), ['Ramesh Thapa']);
    assert.deepEqual(names('The Harbour Reform Party (HRP) met. Prime Minister KP Sharma Rana spoke.'), ['KP Sharma Rana']);
  });

  it('reads "Hon." and "Barr." inside a sentence as titles, and "Cde" as an honorific', () => {
    assert.deepEqual(names('The motion was moved by Hon. Kabiru Adamu Lere on Tuesday.'), ['Kabiru Adamu Lere']);
    assert.deepEqual(names('The list was read by the secretary, Barr. Tolani Ajose-Bello, and others.'), ['Tolani Ajose-Bello']);
    assert.deepEqual(names('The memo went to the lawyer Edwin Barr. The firm said nothing.'), ['Edwin Barr']);
    assert.deepEqual(entities('Provincial chairman Cde Tonderai Moyo spoke. Cde Moyo later left, and Tonderai Moyo agreed.'), ['Tonderai Moyo']);
  });

  it('reads a Malaysian or Indonesian firm\'s legal ending as a firm\'s, not a surname', () => {
    assert.deepEqual(names('Harta Maju Bhd said the remand of its director Sobri Osman was not related to it.'), ['Sobri Osman']);
    assert.deepEqual(names('Shares of Nusa Prima Tbk rose, said analyst Dewi Lestari.'), ['Dewi Lestari']);
  });
});
