/** Two full names run together with no comma between them ("… Varma, Arun Veldkar Sanjit Morwal and …"), split in two. */
import type { Token } from './tokenize';
import type { PeopleLexicon } from '../lexicon';
import type { Run } from './candidates';

/**
 * A run of four capitalised words read as given name, surname, given name, surname is two people where the article
 * shows it: one half is written elsewhere as a name of its own (a byline "By Ana Ruiz and Tom Lee Ana Ruiz and …"), or
 * the run is an item of a comma list (a list's comma dropped). A middle name that is no given name keeps one person:
 * "Mirza Tahmid Islam Rohan" is no list item and has no half written alone.
 */
export function splitRunTogetherNames(text: string, tokens: readonly Token[], runs: readonly Run[], lex: PeopleLexicon): Run[] {
  let out: Run[] | undefined;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    const at = run.last - run.first === 3 ? twoNamesAt(text, tokens, run.first, lex) : false;
    if (at) {
      out ??= runs.slice(0, r);
      out.push({ first: run.first, last: run.first + 1 }, { first: run.first + 2, last: run.last });
    } else if (out) out.push(run);
  }
  return out ?? (runs as Run[]);
}

function twoNamesAt(text: string, tokens: readonly Token[], i: number, lex: PeopleLexicon): boolean {
  const [a, b, c, d] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  // (four words one blank apart: no nickname in brackets inside, "Peter Aldous (Pete) Varn")
  for (const t of [a, b, c, d]) if (t.shape !== 'capitalised' || t.line !== a.line) return false;
  if (b.start !== a.end + 1 || c.start !== b.end + 1 || d.start !== c.end + 1) return false;
  if (!lex.givenNames.has(a.lower) || !lex.givenNames.has(c.lower)) return false;
  // (a last word of the language may be the line's next word run on: "Ada Fox Merrin Former senior reporter")
  if (lex.givenNames.has(b.lower) || lex.givenNames.has(d.lower) || lex.nameSuffixes.has(d.lower) || lex.commonWords.has(d.lower)) return false;
  if (standsAlone(text, text.slice(a.start, b.end)) || standsAlone(text, text.slice(c.start, d.end))) return true;
  // an item of a comma list: a comma before, a comma or "and" after
  return /,[ \t]$/.test(text.slice(a.start - 2, a.start)) && /^(?:,|[ \t]and[ \t])/.test(text.slice(d.end, d.end + 5));
}

/** Whether the article writes `name` with no capitalised word right before or after it (so not inside the run itself). */
function standsAlone(text: string, name: string): boolean {
  for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) {
    if (!/\p{Lu}[\p{L}'’.-]*[ \t]$/u.test(text.slice(Math.max(0, k - 30), k)) && !/^[ \t]+\p{Lu}/u.test(text.slice(k + name.length, k + name.length + 3))) return true;
  }
  return false;
}
