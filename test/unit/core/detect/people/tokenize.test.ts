import assert from 'node:assert/strict';
import { detectPeople } from '../../../../../src/core/detect/people';
import { tokenize } from '../../../../../src/core/detect/people/tokenize';

// Made-up sentences: a name joined by a hyphen to a past participle ("Kemp-created") is the name without it.
const names = (text: string) => detectPeople(text).map(p => `${p.text}=${p.entity}`);

describe('a name before a hyphen and a participle', () => {
  it('ends at the hyphen: "a Vane-created drama", "the Talbot-produced series"', () => {
    assert.deepEqual(names('The Martha Vane-created drama hit a season high, Vane said.'), ['Martha Vane=Martha Vane', 'Vane=Martha Vane']);
    assert.deepEqual(names('The network renewed the Peter Talbot-produced series, Talbot said.'), ['Peter Talbot=Peter Talbot', 'Talbot=Peter Talbot']);
    assert.deepEqual(names('Orla Fenwick said a Fenwick-led group would bid.'), ['Orla Fenwick=Orla Fenwick', 'Fenwick=Orla Fenwick']);
  });

  it('ends at the hyphen before "-starring" too ("the Dario Fennick-starring thriller")', () => {
    assert.deepEqual(names('Critics panned the Dario Fennick-starring thriller.'), ['Dario Fennick=Dario Fennick']);
  });

  it('reads one capital joined to a word in small letters as a word ("K-pop", "X-ray")', () => {
    assert.deepEqual(names('The K-pop quintet Lumen signed a new deal.'), []);
    assert.deepEqual(names('Fans of K-pop waited for the X-ray results.'), []);
  });

  it('keeps a double-barrelled surname whole', () => {
    assert.deepEqual(names('Anna Lowe-Smith said she would stay.'), ['Anna Lowe-Smith=Anna Lowe-Smith']);
  });
});

describe('the tokenizer\'s counts of a line', () => {
  it('counts a person\'s initial among a line\'s other words, not the letters of "U.S."', () => {
    const { lines } = tokenize('J. Smith and U.S. officials met in 2019.\nM. Ruiz and T. Vale spoke.', new Set(['van']), () => false);
    assert.deepEqual(lines.map(l => [l.capitalised, l.lower, l.other, l.years]), [[1, 1, 2, 1], [2, 1, 2, 0]]);
  });
});
