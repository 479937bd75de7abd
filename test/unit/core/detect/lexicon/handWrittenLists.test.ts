import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { peopleLexicon } from '../../../../../src/core/detect/lexicon';
import { NAME_PARTICLES } from '../../../../../src/core/detect/lexicon/cues';
import { HAND_WRITTEN_LISTS, withHandWrittenLists } from '../../../../../src/core/detect/lexicon/handWrittenLists';
import { VEHICLE_NOUNS } from '../../../../../src/core/detect/lexicon/things';
import { ROLE_NOUNS, TITLES } from '../../../../../src/core/detect/lexicon/titles';
import {
  codeWordList, decodeWordLists, GENERATED_LIST_NAMES, HAND_WRITTEN_LIST_NAMES, readWordListsText, writeWordListsText,
} from '../../../../../src/core/detect/lexicon/wordListsFile';

const root = path.resolve(__dirname, '../../../../..');
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A made-up generated file: every generated list with one word, and a note. */
const generated = writeWordListsText({
  notes: ['# made up for a test'],
  coded: new Map(GENERATED_LIST_NAMES.map(name => [name as string, codeWordList([name.toLowerCase()])])),
});

describe('lexicon: the hand-written lists in the word lists file', () => {
  it('are added after the generated lists, each sorted and each word once, with a note; the generated ones are kept', () => {
    const text = withHandWrittenLists(generated);
    const { notes, coded } = readWordListsText(text);
    // a list that widens a generated one stands right after it
    const wideners = ['EXTRA_GIVEN_NAMES', 'EXTRA_PLACE_NAMES', 'EXTRA_DEMONYMS'];
    assert.deepEqual([...coded.keys()], [
      ...GENERATED_LIST_NAMES.flatMap(name => wideners.includes(`EXTRA_${name}`) ? [name, `EXTRA_${name}`] : [name]),
      ...HAND_WRITTEN_LIST_NAMES.filter(name => !wideners.includes(name)),
    ]);
    assert.deepEqual([...coded.keys()].slice(0, 3), ['GIVEN_NAMES', 'EXTRA_GIVEN_NAMES', 'SURNAMES']);
    assert.equal(notes[0], '# made up for a test');
    assert.match(notes[1], /^# src\/core\/detect\/lexicon\/handWrittenLists\.ts/);
    const lists = decodeWordLists(utf8(text));
    assert.deepEqual(lists.SURNAMES, ['surnames']);
    assert.deepEqual(lists.TITLES, [...new Set(TITLES)].sort());
    assert.deepEqual(lists.NAME_PARTICLES, [...new Set(NAME_PARTICLES)].sort());
    // added again (a file that already has them), the lists and the note are there once
    assert.equal(withHandWrittenLists(text), text);
  });

  it('are what the people lexicon looks words up in', () => {
    const lex = peopleLexicon();
    assert.deepEqual(ROLE_NOUNS.filter(w => !lex.roleNouns.has(w)), []);
    assert.equal(lex.roleNouns.size, new Set(ROLE_NOUNS).size);
    assert.ok(lex.titles.has('mr') && lex.particles.has('van') && !lex.titles.has('spokesman') && lex.roleNouns.has('spokesman'));
  });

  it('hold the word classes of things and people that single rules read, as the lexicon\'s sets', () => {
    const lex = peopleLexicon();
    assert.deepEqual(VEHICLE_NOUNS.filter(w => !lex.vehicleNouns.has(w)), []);
    assert.equal(lex.vehicleNouns.size, new Set(VEHICLE_NOUNS).size);
    assert.ok(lex.vehicleNouns.has('schooner') && !lex.vehicleNouns.has('captain') && lex.personRanksAfterName.has('captain'));
    assert.ok(lex.placeNounsBefore.has('université') && lex.namesakeNouns.has('airport') && !lex.companyNouns.has('airport'));
  });

  it('are needed: a file without one is not a complete word lists file', () => {
    const { notes, coded } = readWordListsText(withHandWrittenLists(generated));
    coded.delete('EXTRA_DEMONYMS');
    assert.throws(() => decodeWordLists(utf8(writeWordListsText({ notes, coded }))), /no list EXTRA_DEMONYMS/);
  });

  it('hold no digit and no empty word (front-coding needs neither)', () => {
    for (const [name, words] of Object.entries(HAND_WRITTEN_LISTS)) {
      assert.ok(words.length > 0, name);
      for (const word of words) assert.match(word, /^[^\d\s]+$/, `${name}: "${word}"`);
    }
  });
});

// The point of the move: the lists ship once, as data, and not as code in the detection script.
describe('lexicon: the hand-written lists are no code of the detection script', () => {
  const IMPORT = /(?:from\s+|require\(\s*|import\(\s*)['"](\.[^'"]*)['"]/g;
  const LIST_MODULES = ['cues', 'titles', 'places', 'given-names', 'things', 'handWrittenLists'].map(m => `src/core/detect/lexicon/${m}.ts`);

  /** The project files reached from `entry` by relative imports, with `planted` imports added to the files named. */
  function reached(entry: string, planted: Record<string, string> = {}): Set<string> {
    const seen = new Set<string>();
    const todo = [entry];
    while (todo.length > 0) {
      const file = todo.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = fs.readFileSync(path.join(root, file), 'utf8') + (planted[file] ?? '');
      for (const [, specifier] of source.matchAll(IMPORT)) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
        const found = [`${target}.ts`, `${target}/index.ts`].find(f => fs.existsSync(path.join(root, f)));
        if (found) todo.push(found);
      }
    }
    return seen;
  }

  it('none of their modules is reached from the detection script\'s entry, and a planted import would be', () => {
    const entry = 'src/web/analysisWorker.ts';
    const fromEntry = reached(entry);
    assert.ok(fromEntry.has('src/core/detect/lexicon/index.ts') && fromEntry.has('src/core/detect/lexicon/wordListsFile.ts'));
    assert.deepEqual(LIST_MODULES.filter(m => fromEntry.has(m)), []);
    const planted = reached(entry, { 'src/core/detect/lexicon/index.ts': "\nimport { TITLES } from './titles';" });
    assert.ok(planted.has('src/core/detect/lexicon/titles.ts'));
  });
});
