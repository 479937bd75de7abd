import assert from 'node:assert/strict';
import {
  CLAIM_MODEL_FILE, decodedDetectorFile, detectorFileBytes, provideDetectorFile, WORD_LISTS_FILE,
} from '../../../../src/core/detect/detectorFiles';
import { detection } from '../../../../src/core/detect/detection';
import { detectPeople } from '../../../../src/core/detect/people';
import { codeWordList, decodeWordLists, readWordListsText, WORD_LIST_NAMES, writeWordListsText } from '../../../../src/core/detect/lexicon/wordListsFile';
import { useDetectorFiles } from '../../../../src/node/detectorFiles';
import { useSourceDetectorFiles } from '../../../sourceDetectorFiles';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('detector files', () => {
  afterEach(useSourceDetectorFiles);

  it('are read once and decoded once, until a file is provided again', () => {
    let reads = 0;
    let decodes = 0;
    const decode = (bytes: Uint8Array | ArrayBuffer) => { decodes++; return new TextDecoder().decode(bytes); };
    provideDetectorFile(WORD_LISTS_FILE, () => { reads++; return utf8('first'); });
    assert.equal(decodedDetectorFile(WORD_LISTS_FILE, decode), 'first');
    assert.equal(decodedDetectorFile(WORD_LISTS_FILE, decode), 'first');
    assert.deepEqual([reads, decodes], [1, 1]);
    provideDetectorFile(WORD_LISTS_FILE, () => utf8('second'));
    assert.equal(decodedDetectorFile(WORD_LISTS_FILE, decode), 'second');
    assert.equal(decodes, 2);
  });

  it('say which file is missing and why, and a later use tries again', () => {
    useDetectorFiles(detection, file => `/nowhere/${file}`);
    assert.throws(() => detectorFileBytes(CLAIM_MODEL_FILE), /cannot read the claim model \/nowhere\/claim-model\.bin: ENOENT/);
    assert.throws(() => detectPeople('Maria Lopez said so.'), /cannot read the word lists \/nowhere\/word-lists\.txt: ENOENT/);
    useSourceDetectorFiles();
    assert.deepEqual(detectPeople('Maria Lopez said so.').map(p => p.text), ['Maria Lopez']);
  });
});

describe('the word lists file', () => {
  it('holds each list on a line of its own, front-coded, with notes that say where they come from', () => {
    const text = writeWordListsText({ notes: ['# made up for a test'], coded: new Map([['SURNAMES', codeWordList(['okafor', 'lindqvist'])]]) });
    assert.equal(text, '# made up for a test\nSURNAMES\t0lindqvist0okafor\n');
    const read = readWordListsText(text);
    assert.deepEqual(read.notes, ['# made up for a test']);
    assert.deepEqual([...read.coded], [['SURNAMES', '0lindqvist0okafor']]);
  });

  it('decodes every list the lexicon needs and names one that is missing', () => {
    const coded = new Map(WORD_LIST_NAMES.map(name => [name as string, codeWordList([name.toLowerCase()])]));
    const lists = decodeWordLists(utf8(writeWordListsText({ notes: [], coded })));
    assert.deepEqual(lists.FIRM_WORDS, ['firm_words']);
    coded.delete('DEMONYMS');
    assert.throws(() => decodeWordLists(utf8(writeWordListsText({ notes: [], coded }))), /no list DEMONYMS/);
    assert.throws(() => readWordListsText('GIVEN_NAMES 0ann\n'), /a line without a list's name/);
  });
});
