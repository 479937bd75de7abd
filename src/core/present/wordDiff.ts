// What changed between the words a verdict was given on and the words there now, word by word, for the hover and the
// Claims view: "was ~~approved~~ **not approved**". Formatting differences (spacing, line wraps, quote and dash style)
// are not changes (reviewed.ts decides what counts), so words are compared by their wording key.
import { wordingKey } from '../sidecar/reviewed';
import { escapeInline } from './markdownText';

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Beyond this many words a side, the diff is "all removed, all added" (the table is words × words). */
const MAX_DIFF_WORDS = 400;

/** The word-level diff of `before` → `after` (longest common subsequence of words). */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length > MAX_DIFF_WORDS || b.length > MAX_DIFF_WORDS) return merge([...a.map(w => part('removed', w)), ...b.map(w => part('added', w))]);
  const keyA = a.map(wordingKey);
  const keyB = b.map(wordingKey);
  // lengths of common subsequences of the suffixes a[i..], b[j..]
  const table = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i][j] = keyA[i] === keyB[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && keyA[i] === keyB[j]) {
      parts.push(part('same', b[j]));
      i++;
      j++;
    } else if (i < a.length && (j === b.length || table[i + 1][j] >= table[i][j + 1])) {
      parts.push(part('removed', a[i++])); // removals first: a replaced word reads "old new"
    } else parts.push(part('added', b[j++]));
  }
  return merge(parts);
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function part(kind: DiffPart['kind'], text: string): DiffPart {
  return { kind, text };
}

/** Neighbouring parts of one kind joined into one. */
function merge(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (last && last.kind === p.kind) last.text += ` ${p.text}`;
    else merged.push({ ...p });
  }
  return merged;
}

/** The diff as Markdown on one line: removed words struck through, added words in bold, all text escaped. */
export function wordDiffMarkdown(before: string, after: string): string {
  return wordDiff(before, after).map(p => {
    const text = escapeInline(p.text);
    return p.kind === 'removed' ? `~~${text}~~` : p.kind === 'added' ? `**${text}**` : text;
  }).join(' ');
}

/** The diff in plain text, for terminals and reports: "was [-approved-] {+not approved+}". */
export function wordDiffText(before: string, after: string): string {
  return wordDiff(before, after).map(p => (p.kind === 'removed' ? `[-${p.text}-]` : p.kind === 'added' ? `{+${p.text}+}` : p.text)).join(' ');
}
