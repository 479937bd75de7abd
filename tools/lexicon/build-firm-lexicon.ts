// Writes the firm lists of src/core/detect/lexicon/word-lists.txt: the firm names the people detector would otherwise read as a
// person's ("Edward Jones", "Herman Miller"), taken from two openly licensed npm packages, read from their tarballs:
//   - name-suggestion-index (BSD-3-Clause, OpenStreetMap's index of brand and operator names, each with its Wikidata
//     item): brand and operator names;
//   - @cspell/dict-companies (MIT, Street Side Software): the words of well-known company names.
// Only the ambiguous entries are kept, classified by the detector's own word classes, so the shipped list stays small.
// Run:  node --import tsx tools/lexicon/build-firm-lexicon.ts [name-suggestion-index.tgz dict-companies.tgz]
// Without arguments it fetches the pinned versions below with `npm pack` into a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { peopleLexicon } from '../../src/core/detect/lexicon';
import { classifyWord, type WordClass } from '../../src/core/detect/people/classify';
import { updateWordLists, useSourceWordLists } from './wordListsSource';

const NSI = 'name-suggestion-index@8.0.20260918';
const CSPELL = '@cspell/dict-companies@3.2.14';

/** The files of a .tgz whose names `wanted` accepts, as text (a plain ustar reader: the packages use nothing else). */
function readTarball(file: string, wanted: (name: string) => boolean): Map<string, string> {
  const tar = zlib.gunzipSync(fs.readFileSync(file));
  const files = new Map<string, string>();
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every(b => b === 0)) break;
    const field = (from: number, length: number) => header.subarray(from, from + length).toString('utf8').replace(/\0.*$/s, '');
    const name = (field(345, 155) ? field(345, 155) + '/' : '') + field(0, 100);
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    if ((type === '0' || type === '') && wanted(name)) files.set(name, tar.subarray(at + 512, at + 512 + size).toString('utf8'));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

function packed(spec: string, dir: string): string {
  const name = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').pop();
  if (!name) throw new Error(`npm pack ${spec} wrote no tarball`);
  return path.join(dir, name);
}

const [nsiTarball, cspellTarball] = process.argv.length >= 4 ? process.argv.slice(2, 4) : (() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'firm-lexicon-'));
  return [packed(NSI, dir), packed(CSPELL, dir)];
})();

useSourceWordLists();
const lex = peopleLexicon();
const classOf = (word: string): WordClass => classifyWord(word.toLowerCase(), lex, true);
const personal = (c: WordClass) => c === 'given' || c === 'surname';
/** A word the detector may read as part of a person's name. */
const nameLike = (c: WordClass) => personal(c) || c === 'unknown';
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;

interface NsiItem { tags: Record<string, string> }
const nsiFile = readTarball(nsiTarball, n => n === 'package/dist/json/nsi.json');
const nsiText = nsiFile.get('package/dist/json/nsi.json');
if (!nsiText) throw new Error(`${nsiTarball}: no package/dist/json/nsi.json`);
const nsi = JSON.parse(nsiText) as { _meta: { version: string }; nsi: Record<string, { items: NsiItem[] }> };

// Brands and operators with a Wikidata item (so known beyond one shop sign); transit networks are routes, not firms.
const nsiNames = new Set<string>();
for (const [category, { items }] of Object.entries(nsi.nsi)) {
  if (category.startsWith('transit/')) continue;
  for (const { tags } of items) {
    for (const key of ['brand', 'operator']) if (tags[key] && tags[`${key}:wikidata`]) nsiNames.add(tags[key]);
  }
}

const cspellFile = readTarball(cspellTarball, n => n === 'package/dict/companies.txt');
const cspellText = cspellFile.get('package/dict/companies.txt');
if (!cspellText) throw new Error(`${cspellTarball}: no package/dict/companies.txt`);
const cspellWords = new Set(cspellText.split(/\r?\n/).filter(w => PLAIN_WORD.test(w)));

// Two or three plain words, every one of which could be part of a person's name, at least one a known given name or
// surname: the names that read as "first last" ("Edward Jones").
const firmNames = new Set<string>();
for (const name of nsiNames) {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every(w => PLAIN_WORD.test(w))) continue;
  const classes = words.map(classOf);
  if (classes.every(nameLike) && classes.some(personal)) firmNames.add(name.toLowerCase());
}

// Words of company names that are no given name, surname, ordinary word or place ("Grumman"-like): a pair of unfamiliar
// capitalised words with one of these in it names a firm unless the article shows a person.
const firmWords = new Set<string>();
for (const word of cspellWords) if (classOf(word) === 'unknown' && word.length >= 4) firmWords.add(word.toLowerCase());

// One-word brands that are also surnames ("Ferrari"), known to both sources: a bare one with no full name of that
// surname in the article and nothing personal about it names the firm.
const firmSurnames = new Set<string>();
for (const name of nsiNames) if (PLAIN_WORD.test(name) && cspellWords.has(name) && classOf(name) === 'surname') firmSurnames.add(name.toLowerCase());

updateWordLists('tools/lexicon/build-firm-lexicon.ts',
  `name-suggestion-index ${nsi._meta.version} (BSD-3-Clause: brand and operator names with a Wikidata item) and ` +
  `${CSPELL.replace(/@(?=[^@]*$)/, ' ')} (MIT: words of company names); the licences' notices are in the README`,
  { FIRM_NAMES: [...firmNames], FIRM_WORDS: [...firmWords], FIRM_SURNAMES: [...firmSurnames] });
