import assert from 'node:assert/strict';
import { frontCode, frontCodedWords } from '../../../../../src/core/detect/lexicon/frontCoded';
import * as coded from '../../../../../src/core/detect/lexicon/names.generated';
import { peopleLexicon } from '../../../../../src/core/detect/lexicon';

describe('front-coded word lists', () => {
  it('store each word as what it shares with the one before and the rest', () => {
    assert.equal(frontCode(['abandon', 'abandoned', 'abandoning', 'abbey', 'new york']), '0abandon7ed7ing2bey0new york');
    assert.deepEqual(frontCodedWords('0abandon7ed7ing2bey0new york'), ['abandon', 'abandoned', 'abandoning', 'abbey', 'new york']);
  });

  it('share at most nine characters, and read back what they stored', () => {
    const words = ['internationalisation', 'internationalist', 'internationally', 'intern', "o'brien", 'van der berg'];
    assert.equal(frontCode(words).slice(0, 22), '0internationalisation9');
    assert.deepEqual(frontCodedWords(frontCode(words)), words);
    assert.deepEqual(frontCodedWords(''), []);
    assert.throws(() => frontCode(['route 66']), /no digit/);
  });

  it('hold the generated lists sorted, without empty words, as the people detector reads them', () => {
    for (const [name, list] of Object.entries(coded)) {
      const words = frontCodedWords(list);
      assert.ok(words.length > 100, `${name} has its words`);
      assert.ok(words.every((w, i) => w.length > 0 && (i === 0 || words[i - 1] < w)), `${name} is sorted, each word once`);
    }
    const lexicon = peopleLexicon();
    assert.ok(lexicon.givenNames.has('aaron') && lexicon.commonWords.has('abandoned') && lexicon.places.has('abu dhabi'));
  });
});
