// Words the verdicts use for one another, learnt from the verdicts themselves: a verdict's heading restates its
// quote in other words ("Did a Councillor Pocket the Levy?" over "A council member kept the tax money"), so a word
// the heading says where its quote says another, again and again across verdicts, is another way to say it: the
// tense or form of a word ("went" / "go"), a short name for a long one ("lab" / "laboratory"), one word for another
// ("lorry" / "truck"). A claim's word then also says those, at a low weight, and meets a verdict
// written the other way. No table ships: the desk's verdicts are the table, and the weights are global.

/** Least number of verdicts whose heading and quote trade the two words (once is a coincidence of one story). */
const LEAST_VERDICTS = 3;
/** Least association of the two (verdicts trading them, over the geometric mean of the verdicts where each word is
 *  said by one side only): common words met by chance in many stories stay below it. */
const LEAST_ASSOCIATION = 0.2;
/** How many times more often than chance the two must be traded (were they said independently of each other): a word
 *  of every heading ("Fact check: …", "Story 12") meets every common word of the quotes about as often as chance has
 *  it, and above the association asked for. */
const LEAST_LIFT = 10;
/** At most so many other words a word is read as, the strongest first. */
const MOST_PER_WORD = 3;

export interface Restatements {
  /** The terms a term is also said as, strongest first (none: an empty list). */
  of(term: string): readonly string[];
}

export const NO_RESTATEMENTS: Restatements = { of: () => [] };

/** Learns from verdicts' (quote terms, heading terms) pairs which terms one side says where the other says another. */
export function learnRestatements(pairs: Iterable<{ readonly quote: readonly string[]; readonly heading: readonly string[] }>): Restatements {
  // terms as small numbers, pairs of them as one number: 10,000 verdicts trade a few hundred thousand pairs
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const idOf = (term: string) => {
    let id = ids.get(term);
    if (id === undefined) ids.set(term, (id = terms.push(term) - 1));
    return id;
  };
  const alone = new Map<number, number>();
  const traded = new Map<number, number>();
  const PAIR = 2 ** 26;
  let verdicts = 0;
  for (const { quote, heading } of pairs) {
    verdicts++;
    const quoteSet = new Set(quote);
    const headingSet = new Set(heading);
    const quoteOnly = [...quoteSet].filter(term => !headingSet.has(term)).map(idOf);
    const headingOnly = [...headingSet].filter(term => !quoteSet.has(term)).map(idOf);
    for (const id of quoteOnly) alone.set(id, (alone.get(id) ?? 0) + 1);
    for (const id of headingOnly) alone.set(id, (alone.get(id) ?? 0) + 1);
    for (const a of headingOnly) {
      for (const b of quoteOnly) {
        const key = a < b ? a * PAIR + b : b * PAIR + a;
        traded.set(key, (traded.get(key) ?? 0) + 1);
      }
    }
  }
  const found = new Map<string, Array<{ term: string; association: number }>>();
  const add = (from: number, to: number, association: number) => {
    let list = found.get(terms[from]);
    if (!list) found.set(terms[from], (list = []));
    list.push({ term: terms[to], association });
  };
  for (const [key, count] of traded) {
    if (count < LEAST_VERDICTS) continue;
    const a = Math.floor(key / PAIR);
    const b = key % PAIR;
    const association = count / Math.sqrt(alone.get(a)! * alone.get(b)!);
    if (association < LEAST_ASSOCIATION) continue;
    if (count < (LEAST_LIFT * alone.get(a)! * alone.get(b)!) / verdicts) continue;
    add(a, b, association);
    add(b, a, association);
  }
  const restated = new Map<string, readonly string[]>();
  for (const [term, list] of found) {
    list.sort((x, y) => y.association - x.association || (x.term < y.term ? -1 : 1));
    restated.set(term, list.slice(0, MOST_PER_WORD).map(({ term }) => term));
  }
  return { of: term => restated.get(term) ?? [] };
}
