// Years of an era written with fewer than four figures, which the grammar does not read as years: "201 BC", "500 B.C.",
// "165 BCE", "AD 24", "A.D. 30 and 375", "79 AD". A history or an archaeology story dates by them; the era word is the
// evidence that the figure is a year (a four-figure year is already a mention: "AD 1066" only takes its era into the
// span); a year the grammar did read takes "BC" written after it (beforeChrist, below).
import type { DateMention } from '../spans';
import { pad } from './calendar';
import { lazyPattern } from '../../text/lazyPattern';

/** A figure then its era: "201 BC", "500 B.C.", "165 B.C.E.", "79 AD", "30 CE" (not "10,000 BC", "3.5 AD"). */
const FIGURE_THEN_ERA = lazyPattern(() => /(?<![\p{L}\d.,])(\d{1,4})[ \t\u00a0]?(BCE?|B\.C\.(?:E\.)?|CE|C\.E\.|AD|A\.D\.)(?![\p{L}\d])/gu);

/** The era then a figure: "AD 24", "A.D. 30". */
const ERA_THEN_FIGURE = lazyPattern(() => /(?<![\p{L}\d])(AD|A\.D\.)[ \t\u00a0]?(\d{1,4})(?![\p{L}\d]|[.,]\d)/gu);

/** What every FIGURE_THEN_ERA and every ERA_THEN_FIGURE holds. */
const FIGURE_ERA = /\d[ \t\u00a0]?(?:BCE?|B\.C\.|CE|C\.E\.|AD|A\.D\.)/;
const ERA_FIGURE = /(?:AD|A\.D\.)[ \t\u00a0]?\d/;

/** The first year of a range whose second carries the era: "between 150 and 50 BC", "150–50 BC". */
const RANGE_START_BEFORE = /(?<![\d.,])(\d{1,4})\s*(?:-|–|—|and|to)\s*$/;

/** The second year of a range whose first carries the era: "A.D. 30 and 375", "AD 30–375". */
const RANGE_END_AFTER = lazyPattern(() => /^\s*(?:-|–|—|and|to)\s*(\d{1,4})(?![\p{L}\d]|[.,]\d)/u);

export function yearsOfAnEra(text: string, mentions: DateMention[]): void {
  // (most articles name no era: one look for its letters spares the patterns)
  if (text.indexOf('BC') < 0 && text.indexOf('B.C') < 0 && text.indexOf('AD') < 0 && text.indexOf('A.D') < 0 && text.indexOf('CE') < 0) return;
  const found: DateMention[] = [];
  const add = (start: number, end: number, figure: string, beforeChrist: boolean): void => {
    const at = mentions.find(m => m.start < end && start < m.end);
    if (at) {
      // ("AD 1066", "1066 AD": the year already read takes its era into its span)
      if (!beforeChrist && at.type === 'DATE' && at.value === figure.padStart(4, '0') && start <= at.start && at.end <= end) {
        at.start = start;
        at.end = end;
        at.text = text.slice(start, end);
      }
      return;
    }
    if (+figure === 0 || found.some(m => m.start < end && start < m.end)) return;
    found.push({ start, end, text: text.slice(start, end), type: 'DATE', value: (beforeChrist ? 'BC' : '') + pad(+figure, 4) });
  };
  // (each pattern only where a figure and an era's letters stand together: "AD" and "CE" open many words in capitals,
  // and the patterns' letter classes cost some 0.3 ms each to compile)
  for (const m of FIGURE_ERA.test(text) ? text.matchAll(FIGURE_THEN_ERA()) : []) {
    const beforeChrist = m[2].startsWith('B');
    add(m.index, m.index + m[0].length, m[1], beforeChrist);
    const first = RANGE_START_BEFORE.exec(text.slice(Math.max(0, m.index - 16), m.index));
    // ("between 150 and 50 BC": the earlier year is the larger figure; "AD 30 to 75" the smaller)
    if (first && (beforeChrist ? +first[1] > +m[1] : +first[1] < +m[1])) add(m.index - first[0].length, m.index - first[0].length + first[1].length, first[1], beforeChrist);
  }
  for (const m of ERA_FIGURE.test(text) ? text.matchAll(ERA_THEN_FIGURE()) : []) {
    add(m.index, m.index + m[0].length, m[2], false);
    const second = RANGE_END_AFTER().exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    if (second && +second[1] > +m[2]) {
      const start = m.index + m[0].length + second[0].length - second[1].length;
      add(start, start + second[1].length, second[1], false);
    }
  }
  if (found.length === 0) return;
  mentions.push(...found);
  mentions.sort((a, b) => a.start - b.start);
}

/** The era after a year or a century: "1100 BC", "500 B.C.", "the 14th century BCE". */
const BC_AFTER = /^[ \t]?(?:BCE?|B\.C\.(?:E\.)?)(?![\p{L}\d])/u;

/** What joins the first year of a range to the second: "between 1150 and 1050 BC", "1150-1050 BC". */
const RANGE_JOINER = /^\s*(?:and|to|-|–)\s*$/;

/**
 * "around 1100 BC", "the late 14th century BC": a year or a century before Christ, valued as TIMEX3 writes it (BC1100,
 * BC13), its era in the span; the first year of a range ending in such a year is of that era too ("between 1150 and
 * 1050 BC").
 */
export function beforeChrist(text: string, mentions: DateMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const era = BC_AFTER.exec(text.slice(m.end, m.end + 8));
    if (!era || m.type !== 'DATE' || !/^\d{2}$|^\d{4}$/.test(m.value ?? '')) continue;
    m.value = 'BC' + m.value;
    m.end += era[0].length;
    m.text = text.slice(m.start, m.end);
    const first = mentions[k - 1];
    if (first && first.type === 'DATE' && /^\d{4}$/.test(first.value ?? '') && +first.value! > +m.value.slice(2)
      && RANGE_JOINER.test(text.slice(first.end, m.start))) first.value = 'BC' + first.value;
  }
}
