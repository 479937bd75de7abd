import assert from 'node:assert/strict';
import { peopleLexicon } from '../../../../../src/core/detect/lexicon';
import { NEVER_NAME_WORDS } from '../../../../../src/core/detect/lexicon/cues';
import { EXTRA_GIVEN_NAMES } from '../../../../../src/core/detect/lexicon/given-names';
import { decodeWordLists } from '../../../../../src/core/detect/lexicon/wordListsFile';
import { sourceDetectorFile } from '../../../../sourceDetectorFiles';

const { GIVEN_NAMES } = decodeWordLists(sourceDetectorFile('word-lists.txt'));

describe('lexicon: the hand-written given names', () => {
  it('holds only names the generated list lacks, sorted and lower case, each once', () => {
    const generated = new Set(GIVEN_NAMES);
    assert.deepEqual(EXTRA_GIVEN_NAMES.filter(name => generated.has(name)), []);
    assert.deepEqual(EXTRA_GIVEN_NAMES, [...new Set(EXTRA_GIVEN_NAMES)].sort());
    for (const name of EXTRA_GIVEN_NAMES) assert.equal(name, name.toLowerCase());
  });

  it('are given names in the lexicon beside the generated ones, but for words never a name', () => {
    const { givenNames } = peopleLexicon();
    const never = new Set(NEVER_NAME_WORDS);
    const expected = new Set([...GIVEN_NAMES, ...EXTRA_GIVEN_NAMES].filter(name => !never.has(name)));
    assert.deepEqual([...expected].filter(name => !givenNames.has(name)), []);
    assert.equal(givenNames.size, expected.size);
    assert.ok(givenNames.has('oleksandr') && !givenNames.has('april'));
  });
});
