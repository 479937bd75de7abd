// "the annual report for 2019-20", "fees rose in 2006-07": a financial, academic or sporting year written as its first
// year and the last two figures of the next is a span of two years, as "2006-2007" is; TimeML tags each end ("2019",
// "20" = 2020). The scan reads the first year alone; this pass adds the second end. Only the year right after the
// first counts ("2019-20", "1999-00"), so that a page or a score ("pages 2019-24") stays none.
import type { DateMention } from '../spans';
import { pad } from './calendar';
import { lazyPattern } from '../../text/lazyPattern';

/** A year written in full, alone. */
const YEAR_ALONE = /^\d{4}$/;
/** Right after it: a hyphen, an en dash or a slash and two figures, no more figures nor a further dash after them. */
const SHORT_END = lazyPattern(() => /^[-–/](\d{2})(?![\d\p{L}]|[-–/]\d)/u);

export function shortYearSpans(text: string, mentions: DateMention[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!YEAR_ALONE.test(m.text) || m.value !== m.text) continue;
    const end = SHORT_END().exec(text.slice(m.end, m.end + 4));
    const next = +m.text + 1;
    if (!end || +end[1] !== next % 100) continue;
    // (not when something was read there already, nor a year written before with a dash: "1998-2019-20")
    if (mentions[k + 1]?.start === m.end + 1 || /[-–/]$/.test(text.slice(Math.max(0, m.start - 1), m.start))) continue;
    mentions.splice(k + 1, 0, { start: m.end + 1, end: m.end + 3, text: end[1], type: 'DATE', value: pad(next, 4) });
    k++;
  }
}
