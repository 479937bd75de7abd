// The word lists file in the source tree (src/core/detect/lexicon/word-lists.txt), which the lexicon scripts write:
// each script replaces its own lists and its note of where they come from, and keeps the other script's.
import fs from 'node:fs';
import path from 'node:path';
import { provideDetectorFile, WORD_LISTS_FILE } from '../../src/core/detect/detectorFiles';
import { withHandWrittenLists } from '../../src/core/detect/lexicon/handWrittenLists';
import {
  codeWordList, GENERATED_LIST_NAMES, type GeneratedListName, readWordListsText, writeWordListsText,
} from '../../src/core/detect/lexicon/wordListsFile';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const WORD_LISTS_SOURCE = path.join(root, 'src/core/detect/lexicon', WORD_LISTS_FILE);
const HEADER = '# Factcheck word lists, read by the people detector (src/core/detect/lexicon/wordListsFile.ts). Generated: do not edit.';

/** Makes core (the people lexicon) read the word lists from the source tree, as they are before this run (with the
 *  hand-written lists, as build.mjs ships them). */
export function useSourceWordLists(): void {
  provideDetectorFile(WORD_LISTS_FILE, () => new TextEncoder().encode(withHandWrittenLists(fs.readFileSync(WORD_LISTS_SOURCE, 'utf8'))));
}

/** Writes `lists` into the word lists file, noting that `script` made them from `source`. */
export function updateWordLists(script: string, source: string, lists: Partial<Record<GeneratedListName, readonly string[]>>): void {
  const before = fs.existsSync(WORD_LISTS_SOURCE) ? readWordListsText(fs.readFileSync(WORD_LISTS_SOURCE, 'utf8')) : { notes: [], coded: new Map() };
  const notePrefix = `# ${script}:`;
  const notes = [HEADER, ...before.notes.filter(n => n !== HEADER && !n.startsWith(notePrefix)),
    `${notePrefix} ${Object.keys(lists).join(' ')} from ${source}`];
  const coded = new Map<string, string>();
  for (const name of GENERATED_LIST_NAMES) {
    const words = lists[name];
    const kept = words ? codeWordList(words) : before.coded.get(name);
    if (kept !== undefined) coded.set(name, kept);
  }
  fs.writeFileSync(WORD_LISTS_SOURCE, writeWordListsText({ notes, coded }));
  console.log(`wrote ${path.relative(root, WORD_LISTS_SOURCE)}: ` + Object.entries(lists).map(([k, v]) => `${k} ${v?.length}`).join(', '));
}
