import assert from 'node:assert/strict';
import { texts } from './peopleFixtures';

// Made-up technology stories: an officer's initials set off after a name, and a brand styled with a closing capital.

describe('technology news: officers and brands', () => {
  it('a name set off by an officer\'s initials is a person, whatever its first word is elsewhere', () => {
    // ("Durham" is a place's name: no given name opens this name, and only the apposition says it is a person's)
    assert.deepEqual(texts('The news came on Monday. Durham Kowal, the CEO of Brightfall, has stirred up controversy.'),
      ['Durham Kowal']);
    assert.deepEqual(texts('The news came on Monday. Durham Kowal, Brightfall\'s CFO, has resigned.'), ['Durham Kowal']);
    // (a day's word opening a sentence is no one: "Yesterday, the CEO of …")
    assert.deepEqual(texts('Yesterday, the CEO of Brightfall called the plan reckless.'), []);
    // (without it, nothing shows a person)
    assert.deepEqual(texts('The news came on Monday. Durham Kowal has stirred up controversy.'), []);
  });

  it('a word of small letters closed by one capital is a brand, not a person', () => {
    assert.deepEqual(texts('Dana Kowal, not content with running Chirper alongside OrbitX and his other firms, has founded a '
      + 'start-up.'), ['Dana Kowal']);
    assert.deepEqual(texts('Yann LeCun met Ronald McDonald in Paris.'), ['Yann LeCun', 'Ronald McDonald']);
  });
});

describe('technology news: a title-case headline with a brand styled in small letters', () => {
  it('is still read as a headline: "iPhone" leaves its capitals no evidence of a name', () => {
    const text = 'Ten Years Ago Today, Ada Brook Introduced the iPhone\n\nToday marks the anniversary of the day Ada Brook '
      + 'showed the phone on stage.\n';
    assert.deepEqual(texts(text), ['Ada Brook', 'Ada Brook']);
  });
});
