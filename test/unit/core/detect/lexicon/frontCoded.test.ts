import assert from 'node:assert/strict';
import { frontCode, frontCodedLines, frontCodedWords, frontCodeLines, LINE_HASH_PRIME, LINE_HASH_SEED, MAX_LINE_BYTES } from '../../../../../src/core/detect/lexicon/frontCoded';
import { readWordListsText, WORD_LIST_NAMES } from '../../../../../src/core/detect/lexicon/wordListsFile';
import { sourceDetectorFile } from '../../../../sourceDetectorFiles';
import { peopleLexicon } from '../../../../../src/core/detect/lexicon';

describe('front-coded word lists', () => {
  it('store each word as what it shares with the one before and the rest', () => {
    assert.equal(frontCode(['abandon', 'abandoned', 'abandoning', 'abbey', 'new york']), '0abandon7ed7ing2bey0new york');
    assert.deepEqual(frontCodedWords('0abandon7ed7ing2bey0new york'), ['abandon', 'abandoned', 'abandoning', 'abbey', 'new york']);
  });

  it('share at most nine characters, and read back what they stored', () => {
    assert.equal(frontCode(['internationalisation', 'internationalist', 'interval']), '0internationalisation9onalist5val');
    const words = ['internationalisation', 'internationalist', 'internationally', 'intern', "o'brien", 'van der berg'];
    assert.deepEqual(frontCodedWords(frontCode(words)), words);
    assert.deepEqual(frontCodedWords(''), []);
    assert.throws(() => frontCode(['route 66']), /no digit/);
  });

  it('count from the end where that is shorter: the characters of the word before dropped (9: all), then the rest', () => {
    const forms = ['reconstruct', 'reconstructed', 'reconstructing', 'reconstruction', 'reconstructions', 'reconstructs'];
    assert.equal(frontCode(forms), '~0reconstruct0ed2ing2on0s4s');
    assert.deepEqual(frontCodedWords('~0reconstruct0ed2ing2on0s4s'), forms);
    const restarted = ['internationalisation', 'internationalist', 'internationally', 'internship'];
    assert.equal(frontCode(restarted), '~0internationalisation5t3ly9internship');
    assert.deepEqual(frontCodedWords(frontCode(restarted)), restarted);
  });

  it('hold the shipped lists, generated and hand-written, sorted, without empty words, as the people detector reads them', () => {
    const { coded } = readWordListsText(new TextDecoder().decode(sourceDetectorFile('word-lists.txt')));
    assert.deepEqual([...coded.keys()].sort(), [...WORD_LIST_NAMES].sort());
    for (const [name, list] of coded) {
      const words = frontCodedWords(list);
      assert.ok(words.length > 0, `${name} has its words`);
      assert.ok(words.every((w, i) => w.length > 0 && (i === 0 || words[i - 1] < w)), `${name} is sorted, each word once`);
    }
    const lexicon = peopleLexicon();
    assert.ok(lexicon.givenNames.has('aaron') && lexicon.commonWords.has('abandoned') && lexicon.places.has('abu dhabi'));
  });
});

describe('front-coded lines of bytes', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const decoded = (lines: string[]) => frontCodedLines(frontCodeLines(lines), lines.length, utf8(lines.map(l => l + '\n').join('')).length);
  const fnv = (line: string) => utf8(line).reduce((hash, b) => Math.imul(hash ^ b, LINE_HASH_PRIME), LINE_HASH_SEED);

  it('store each line as how many bytes of the line before it drops, then its last bytes', () => {
    const coded = frontCodeLines(['abandon', 'abandoned', 'abandoning', 'abbey', 'route 66']);
    assert.equal(new TextDecoder().decode(coded), '\x00abandon\x00ed\x02ing\x08bey\x05route 66');
  });

  it('read back each line with its line feed, where it starts and its hash', () => {
    const lines = ['<s>', '</s>', 'café', 'cafés', 'naïve', "don't", 'route 66', 'x'.repeat(MAX_LINE_BYTES), 'x', ''];
    const { text, starts, hashes } = decoded(lines);
    assert.equal(new TextDecoder().decode(text), lines.map(l => l + '\n').join(''));
    assert.deepEqual([...starts], lines.map((_, i) => utf8(lines.slice(0, i).map(l => l + '\n').join('')).length).concat(text.length));
    assert.deepEqual([...hashes], lines.map(fnv));
    assert.deepEqual(decoded([]), { text: new Uint8Array(0), starts: Int32Array.of(0), hashes: new Int32Array(0) });
  });

  it('start afresh after a long line rather than drop more than a code can say', () => {
    const lines = ['internationalisation-of-everything', 'b'];
    assert.equal(frontCodeLines(lines)[35], 31);
    assert.equal(new TextDecoder().decode(decoded(lines).text), 'internationalisation-of-everything\nb\n');
  });

  it('refuse lines they could not give back, and coded lines that do not make what was said', () => {
    assert.throws(() => frontCodeLines(['tab\there']), /control character/);
    assert.throws(() => frontCodeLines(['x'.repeat(MAX_LINE_BYTES + 1)]), /longer than 255 bytes/);
    const coded = frontCodeLines(['rose', 'roses']);
    assert.throws(() => frontCodedLines(coded, 3, 11), /that are 2, not 3/);
    assert.throws(() => frontCodedLines(coded, 1, 11), /that are more than 1/);
    assert.throws(() => frontCodedLines(coded, 2, 12), /of 11 bytes, not 12/);
    assert.throws(() => frontCodedLines(Uint8Array.of(0, 114, 9, 115), 2, 4), /drop more than the line before holds/);
    assert.throws(() => frontCodedLines(utf8('rose'), 1, 5), /do not start with a line/);
  });
});
