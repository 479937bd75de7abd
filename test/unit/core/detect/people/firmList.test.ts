import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { detectPeople } from '../../../../../src/core/detect/people';
import { peopleLexicon } from '../../../../../src/core/detect/lexicon';
import { classifyWord } from '../../../../../src/core/detect/people/classify';
import { decodeWordLists } from '../../../../../src/core/detect/lexicon/wordListsFile';
import { GENERATED_WORD_LISTS, sourceDetectorFile } from '../../../../sourceDetectorFiles';

const { FIRM_NAMES, FIRM_SURNAMES, FIRM_WORDS } = decodeWordLists(sourceDetectorFile('word-lists.txt'));

// The firm lists are generated from openly licensed data (tools/lexicon/build-firm-lexicon.ts); the firms below are
// entries of those lists, every person and every other firm is made up for these tests.
const entities = (text: string): string[] => [...new Set(detectPeople(text).map(p => p.entity))];

describe('people: the generated firm lists', () => {
  it('holds lower-case entries of the kinds it promises', () => {
    const lex = peopleLexicon();
    assert.ok(FIRM_NAMES.length > 100 && FIRM_WORDS.length > 100 && FIRM_SURNAMES.length > 0);
    for (const name of FIRM_NAMES) {
      assert.equal(name, name.toLowerCase());
      const words = name.split(' ');
      assert.ok(words.length >= 2 && words.length <= 3, name);
      const classes = words.map(w => classifyWord(w, lex, true));
      assert.ok(classes.some(c => c === 'given' || c === 'surname'), `${name}: a word a person's name has`);
    }
    for (const word of FIRM_WORDS) assert.equal(classifyWord(word, lex, true), 'unknown', word);
    for (const word of FIRM_SURNAMES) assert.equal(classifyWord(word, lex, true), 'surname', word);
  });

  it('ships with its sources\' licence notices in the README, which the .vsix carries', () => {
    const root = path.resolve(__dirname, '../../../../..');
    const generated = fs.readFileSync(GENERATED_WORD_LISTS, 'utf8');
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');
    assert.match(generated, /name-suggestion-index [\d.]+ \(BSD-3-Clause/);
    assert.match(generated, /@cspell\/dict-companies [\d.]+ \(MIT/);
    assert.ok(readme.includes('Copyright 2026, name-suggestion-index contributors. Redistribution and use in source and binary forms'));
    assert.ok(readme.includes('EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.'));
    assert.ok(readme.includes('Copyright (c) 2017-2025 Street Side Software'));
    assert.ok(readme.includes('The above copyright notice and this permission notice shall be included in all copies'));
  });

  it('drops listed firms that read as a first and last name when the article shows no such person', () => {
    const text = [
      'NEW YORK, March 12 (Wire) - Charles Schwab and Edward Jones both cut their forecasts for the retailer on',
      'Wednesday. Herman Miller said it would buy office-furniture maker Quill & Tanner for $310 million.',
      'Chief executive Renata Okafor said the company would close 40 stores.',
    ].join('\n');
    assert.deepEqual(entities(text), ['Renata Okafor']);
  });

  it('keeps a listed name where the article shows a person: a title or role, a pronoun, an age, a byline, a person\'s verb', () => {
    assert.deepEqual(entities('Retired teacher Edward Jones said he had lost his savings.'), ['Edward Jones']);
    assert.deepEqual(entities('Edward Jones, 58, said the fund had lost money. Edward Jones now lives in Leeds.'),
      ['Edward Jones']);
    assert.deepEqual(entities('Flood defences hold in Carlisle\nEdward Jones\n\nThe river peaked on Monday night.'),
      ['Edward Jones']);
    // a role noun or a verb people do is enough against a list
    assert.deepEqual(entities('Union leader Edward Jones resigned on Friday. Edward Jones said talks had failed.'), ['Edward Jones']);
    assert.deepEqual(entities('Herman Miller died on Sunday at his home in Leeds.'), ['Herman Miller']);
  });

  it('reads a pair of unfamiliar words opened by a word of company names as a firm, even when it "said"', () => {
    const text = 'Vulcan Marlowe said on Monday it had won a $2 billion contract. Vulcan Marlowe builds radar systems.';
    assert.deepEqual(entities(text), []);
    // a given name first, or a company's word only as the surname, is a person's name
    assert.deepEqual(entities('Analyst Maria Vulcan said the deal was fair.'), ['Maria Vulcan']);
    assert.deepEqual(entities('Tarrow Vulcan said the deal was fair.'), ['Tarrow Vulcan']);
  });

  it('reads a lone one-word brand that is a surname as the firm, unless the article names a person by it', () => {
    assert.deepEqual(entities('Ferrari said on Tuesday it would build 400 more cars this year.'), []);
    const text = 'Lucia Ferrari, the town\'s mayor, opened the bridge. Ferrari said the work took two years.';
    assert.deepEqual(detectPeople(text).map(p => [p.text, p.entity]),
      [['Lucia Ferrari', 'Lucia Ferrari'], ['Ferrari', 'Lucia Ferrari']]);
  });
});
